/**
 * Where the selection is with respect to tables: the table and cell around a point, and the
 * rectangle of cells a selection covers (a drag or shift+click from one cell to another selects
 * the rectangle between them, as in Word, not the run of text between them in document order).
 *
 * Everything here reads one table's map (cached per table object by buildTableMap), never the
 * whole document, so it is cheap enough to run on every selection change.
 */
import { Editor, Element, Path, type Location, type Node, type NodeEntry, type Range } from 'slate';
import { buildTableMap, cellRect, expandRectToCells, findCell, type MappedCell, type TableMap } from '../tables/table-map';
import type { TableCellElement, TableElement, TableRect, TableRowElement } from '../tables/table-types';
import './custom-types';

export function isTable(node: Node): node is TableElement {
  return Element.isElement(node) && node.type === 'table';
}

export function isTableRow(node: Node): node is TableRowElement {
  return Element.isElement(node) && node.type === 'table-row';
}

export function isTableCell(node: Node): node is TableCellElement {
  return Element.isElement(node) && node.type === 'table-cell';
}

/** The innermost table containing `at` (a table's own path counts as inside it). */
export function tableAbove(editor: Editor, at: Location): NodeEntry<TableElement> | undefined {
  return Editor.above<TableElement>(editor, { at, match: (n) => isTable(n), mode: 'lowest' }) ?? tableAt(editor, at);
}

function tableAt(editor: Editor, at: Location): NodeEntry<TableElement> | undefined {
  if (!Path.isPath(at)) return undefined;
  const node = Editor.node(editor, at)[0];
  return isTable(node) ? [node, at] : undefined;
}

export function cellAbove(editor: Editor, at: Location): NodeEntry<TableCellElement> | undefined {
  return Editor.above<TableCellElement>(editor, { at, match: (n) => isTableCell(n), mode: 'lowest' });
}

/** The table and cell holding the collapsed or expanded selection's focus, if it is in a cell. */
export interface TableSelection {
  readonly table: TableElement;
  readonly tablePath: Path;
  readonly map: TableMap;
  /** The cell the caret (the selection's focus) is in. */
  readonly focus: MappedCell;
  readonly focusPath: Path;
  /** The cell the selection started in: the focus cell unless a range of cells is selected. */
  readonly anchor: MappedCell;
  /** The selected cells as a grid rectangle that cuts no merged cell. */
  readonly rect: TableRect;
  /** More than one cell is selected (the anchor and focus are in different cells of the table). */
  readonly multi: boolean;
}

function mappedCellAt(editor: Editor, map: TableMap, at: Path): { cell: MappedCell; path: Path } | undefined {
  const entry = cellAbove(editor, at);
  if (!entry) return undefined;
  const found = findCell(map, entry[0].id);
  return found ? { cell: found, path: entry[1] } : undefined;
}

function unionRect(a: TableRect, b: TableRect): TableRect {
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}

/** The table selection, or null when the selection's focus is not in a table cell. */
export function tableSelection(editor: Editor, selection: Range | null = editor.selection): TableSelection | null {
  if (!selection) return null;
  const tableEntry = Editor.above<TableElement>(editor, { at: selection.focus.path, match: (n) => isTable(n), mode: 'lowest' });
  if (!tableEntry) return null;
  const [table, tablePath] = tableEntry;
  const map = buildTableMap(table);
  const focus = mappedCellAt(editor, map, selection.focus.path);
  if (!focus) return null;
  const sameTable = Path.isAncestor(tablePath, selection.anchor.path);
  const anchor = sameTable ? mappedCellAt(editor, map, selection.anchor.path) : undefined;
  const multi = anchor !== undefined && anchor.cell.cell.id !== focus.cell.cell.id;
  const rect = multi ? expandRectToCells(map, unionRect(cellRect(anchor.cell), cellRect(focus.cell))) : cellRect(focus.cell);
  return { table, tablePath, map, focus: focus.cell, focusPath: focus.path, anchor: anchor?.cell ?? focus.cell, rect, multi };
}

/** The path of a cell by id inside the table at `tablePath` (rows are grid rows, so this is direct). */
export function cellPathById(table: TableElement, tablePath: Path, cellId: string): Path | undefined {
  const found = findCell(buildTableMap(table), cellId);
  return found ? [...tablePath, found.row, found.childIndex] : undefined;
}
