/**
 * Writing a table computed by a pure function of ../tables/ back into the editor.
 *
 * The new table replaces the old one in one history step: table properties (columns, header rows,
 * caption, source) are set in place and only the run of rows that differs is removed and
 * re-inserted. The pure functions keep unchanged rows as the very same objects, so inserting a row
 * touches one row, and unchanged rows keep their React components and their selection. Undo puts
 * the old rows back in one step.
 */
import { Editor, Path, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { newBlockId } from '../ids/block-id';
import { paragraph } from '../model/document';
import { buildTableMap, cellAt, findCell } from '../tables/table-map';
import type { TableElement } from '../tables/table-types';
import './custom-types';

/** Where the caret goes after the change: a cell by id, else the cell covering a grid slot. */
export interface CellFocus {
  readonly cellId?: string;
  readonly row?: number;
  readonly col?: number;
  /** Caret at the start or end of the cell's text, or its whole text selected. */
  readonly edge?: 'start' | 'end' | 'all';
}

type TableProps = Pick<TableElement, 'caption' | 'source' | 'headerRows' | 'columns'>;

function changedProps(before: TableElement, after: TableElement): Partial<TableProps> | null {
  const props: Partial<TableProps> = {};
  if (before.caption !== after.caption) props.caption = after.caption;
  if (before.source !== after.source) props.source = after.source;
  if (before.headerRows !== after.headerRows) props.headerRows = after.headerRows;
  if (before.columns !== after.columns && JSON.stringify(before.columns) !== JSON.stringify(after.columns)) props.columns = after.columns;
  return Object.keys(props).length > 0 ? props : null;
}

/** Puts the caret into a cell of the table at `tablePath`. */
export function selectCell(editor: Editor, tablePath: Path, focus: CellFocus): void {
  const table = Editor.node(editor, tablePath)[0] as TableElement;
  const map = buildTableMap(table);
  const byId = focus.cellId === undefined ? undefined : findCell(map, focus.cellId);
  const clamp = (value: number | undefined, size: number): number => Math.max(0, Math.min(size - 1, value ?? 0));
  const target = byId ?? cellAt(map, clamp(focus.row, map.height), clamp(focus.col, map.width));
  if (!target) return;
  const cellPath = [...tablePath, target.row, target.childIndex];
  const start = Editor.start(editor, cellPath);
  const end = Editor.end(editor, cellPath);
  const edge = focus.edge ?? 'end';
  if (edge === 'all') Transforms.select(editor, { anchor: start, focus: end });
  else Transforms.select(editor, edge === 'start' ? start : end);
}

/**
 * Writes `after` over `before` (the table at `path`) with as few operations as the row objects
 * allow, without starting an undo step or moving the caret: the building block of replaceTable,
 * and what normalization uses to repair a table in place.
 */
export function writeTable(editor: Editor, path: Path, before: TableElement, after: TableElement): void {
  if (after === before) return;
  Editor.withoutNormalizing(editor, () => {
    const props = changedProps(before, after);
    if (props) Transforms.setNodes(editor, props, { at: path });
    const oldRows = before.children;
    const newRows = after.children;
    let start = 0;
    while (start < oldRows.length && start < newRows.length && oldRows[start] === newRows[start]) start++;
    let oldEnd = oldRows.length;
    let newEnd = newRows.length;
    while (oldEnd > start && newEnd > start && oldRows[oldEnd - 1] === newRows[newEnd - 1]) {
      oldEnd--;
      newEnd--;
    }
    // Removing first frees the ids of rows and cells that come back (a changed row, a cell that
    // moved to another row), so the id plugin sees no duplicates and keeps them.
    for (let i = oldEnd - 1; i >= start; i--) Transforms.removeNodes(editor, { at: [...path, i] });
    if (newEnd > start) Transforms.insertNodes(editor, newRows.slice(start, newEnd), { at: [...path, start] });
  });
}

/**
 * Replaces the table at `path` (which must hold `before`) by `after` in one undo step and moves
 * the caret to `focus`. Does nothing when the pure function returned the table unchanged.
 */
export function replaceTable(editor: Editor, path: Path, before: TableElement, after: TableElement, focus?: CellFocus): void {
  if (after === before) return;
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      writeTable(editor, path, before, after);
      if (focus) selectCell(editor, path, focus);
    });
  });
}

/** Removes a whole table in one undo step; the caret goes to the block that takes its place. */
export function removeTable(editor: Editor, path: Path): void {
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      const previous = Path.hasPrevious(path) ? Editor.end(editor, Path.previous(path)) : null;
      Transforms.removeNodes(editor, { at: path });
      if (Editor.hasPath(editor, path)) Transforms.select(editor, Editor.start(editor, path));
      else if (previous) Transforms.select(editor, previous);
      else {
        // The table was all there was (in the section or its case box): leave a paragraph to type in.
        Transforms.insertNodes(editor, paragraph(newBlockId(), ''), { at: path, select: true });
      }
    });
  });
}
