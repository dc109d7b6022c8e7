/**
 * Table editing commands on the current selection: each computes the new table with a pure
 * function of ../tables/ and writes it back with replaceTable (one undo step, caret in a sensible
 * cell). The toolbar, the context menu and the keyboard all call these, and the editor fixtures
 * test them without a browser.
 */
import { Editor, Path, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { newBlockId } from '../ids/block-id';
import { paragraph } from '../model/document';
import { setAlign, setColumnFormat, setColumnWidths, setFormat, setFormula, setHeaderRows, updateCells } from '../tables/cell-props';
import { createTable, gridToTable, type CellGrid } from '../tables/cell-grid';
import { recalculate } from '../tables/formulas';
import { attachGroupFormulas } from '../tables/group-detection';
import { canMergeCells, canSplitCell, mergeCells, splitCell } from '../tables/merge-split';
import { formatCellNumber, parseCellNumber, type NumberFormat } from '../tables/number-format';
import { pasteIntoTable } from '../tables/paste-into-table';
import { deleteColumns, deleteRows, insertColumns, insertRows, type InsertSide } from '../tables/row-column-ops';
import { cellsInRect } from '../tables/table-map';
import { cellText, type CellAlign, type TableCellElement, type TableElement, type TableRect } from '../tables/table-types';
import { isCase } from './element-kinds';
import { formulaForMark, type FormulaMark } from './table-formula-marks';
import { tableSelection, type TableSelection } from './table-location';
import { removeTable, replaceTable, selectCell, type CellFocus } from './table-replace';
import './custom-types';

function withTable(editor: Editor, change: (sel: TableSelection) => { table: TableElement; focus?: CellFocus } | null): boolean {
  const sel = tableSelection(editor);
  if (!sel) return false;
  const result = change(sel);
  if (!result) return false;
  replaceTable(editor, sel.tablePath, sel.table, result.table, result.focus ?? { cellId: sel.focus.cell.id });
  return result.table !== sel.table;
}

/** Inserts as many rows as are selected, above or below the selection (Word's rule). */
export function insertTableRows(editor: Editor, side: InsertSide): boolean {
  return withTable(editor, ({ table, rect }) => {
    const count = rect.bottom - rect.top;
    return { table: insertRows(table, side === 'before' ? rect.top : rect.bottom - 1, side, count) };
  });
}

/** Inserts as many columns as are selected, left or right of the selection. */
export function insertTableColumns(editor: Editor, side: InsertSide): boolean {
  return withTable(editor, ({ table, rect }) => {
    const count = rect.right - rect.left;
    return { table: insertColumns(table, side === 'before' ? rect.left : rect.right - 1, side, count) };
  });
}

/** Deletes the selected rows; deleting every row deletes the table. */
export function deleteTableRows(editor: Editor): boolean {
  const sel = tableSelection(editor);
  if (!sel) return false;
  if (sel.rect.top === 0 && sel.rect.bottom >= sel.map.height) return deleteCurrentTable(editor);
  return withTable(editor, ({ table, rect, focus }) => ({
    table: deleteRows(table, rect.top, rect.bottom - 1),
    focus: { row: rect.top, col: focus.col },
  }));
}

/** Deletes the selected columns; deleting every column deletes the table. */
export function deleteTableColumns(editor: Editor): boolean {
  const sel = tableSelection(editor);
  if (!sel) return false;
  if (sel.rect.left === 0 && sel.rect.right >= sel.map.width) return deleteCurrentTable(editor);
  return withTable(editor, ({ table, rect, focus }) => ({
    table: deleteColumns(table, rect.left, rect.right - 1),
    focus: { row: focus.row, col: rect.left },
  }));
}

export function canMergeSelection(sel: TableSelection | null): boolean {
  return sel !== null && sel.multi && canMergeCells(sel.table, sel.rect);
}

export function canSplitSelection(sel: TableSelection | null): boolean {
  return sel !== null && !sel.multi && canSplitCell(sel.table, sel.focus.cell.id);
}

/** Merges the selected rectangle of cells into its top-left cell. */
export function mergeSelectedCells(editor: Editor, rect?: TableRect): boolean {
  return withTable(editor, (sel) => {
    const target = rect ?? sel.rect;
    const origin = cellsInRect(sel.map, target)[0];
    if (!origin || !canMergeCells(sel.table, target)) return null;
    return { table: recalculate(mergeCells(sel.table, target)), focus: { cellId: origin.cell.id } };
  });
}

/** Splits the merged cell holding the caret back into single cells. */
export function splitSelectedCell(editor: Editor): boolean {
  return withTable(editor, ({ table, focus }) => ({ table: splitCell(table, focus.cell.id), focus: { cellId: focus.cell.id } }));
}

export function setTableHeaderRows(editor: Editor, headerRows: number): boolean {
  return withTable(editor, ({ table }) => ({ table: setHeaderRows(table, headerRows) }));
}

/** Relative column widths (a resize drag, or the width field). */
export function setTableColumnWidths(editor: Editor, tablePath: Path, widths: readonly number[]): boolean {
  const table = Editor.node(editor, tablePath)[0] as TableElement;
  const next = setColumnWidths(table, widths);
  replaceTable(editor, tablePath, table, next);
  return next !== table;
}

export function setSelectedAlign(editor: Editor, align: CellAlign | undefined): boolean {
  return withTable(editor, ({ table, rect }) => ({ table: setAlign(table, rect, align) }));
}

export type FormatScope = 'cells' | 'columns';

/**
 * Sets the number format of the selected cells, or of their columns (the default for every cell
 * of the column). Numbers already typed in the targeted cells are rewritten in the new format, so
 * what the page shows is what the format says; computed cells follow by recalculation.
 */
export function setSelectedFormat(editor: Editor, format: NumberFormat | undefined, scope: FormatScope): boolean {
  return withTable(editor, ({ table, rect }) => {
    let next = table;
    if (scope === 'columns') {
      for (let col = rect.left; col < rect.right; col++) next = setColumnFormat(next, col, format);
      // A cell's own format would hide the column's: clear it.
      next = setFormat(next, { top: next.headerRows, left: rect.left, bottom: next.children.length, right: rect.right }, undefined);
    } else {
      next = setFormat(next, rect, format);
    }
    if (format !== undefined) {
      const target: TableRect = scope === 'columns' ? { top: next.headerRows, left: rect.left, bottom: next.children.length, right: rect.right } : rect;
      next = updateCells(next, target, (cell) => reformatTyped(cell, format));
    }
    return { table: recalculate(next) };
  });
}

function reformatTyped(cell: TableCellElement, format: NumberFormat): TableCellElement {
  if (cell.formula !== undefined) return cell;
  const text = cellText(cell);
  const parsed = parseCellNumber(text);
  if (parsed === null) return cell;
  const formatted = formatCellNumber(parsed.value, format);
  if (formatted === text) return cell;
  const { text: _old, ...marks } = cell.children[0] ?? { text: '' };
  return { ...cell, children: [{ ...marks, text: formatted }] };
}

/** Makes the caret's cell a computed 小计/合计/占比/同比 cell; false when it cannot be one there. */
export function markSelectedCell(editor: Editor, mark: FormulaMark): boolean {
  return withTable(editor, ({ table, focus }) => {
    const formula = formulaForMark(table, focus.cell.id, mark);
    return formula ? { table: recalculate(setFormula(table, focus.cell.id, formula)) } : null;
  });
}

/** Turns the selected computed cells back into plain cells (their current text stays). */
export function clearSelectedFormulas(editor: Editor): boolean {
  return withTable(editor, ({ table, rect, map }) => {
    let next = table;
    for (const cell of cellsInRect(map, rect)) if (cell.cell.formula !== undefined) next = setFormula(next, cell.cell.id, undefined);
    return { table: next };
  });
}

/** Recognises 小计/合计 rows and 占比 columns and makes them computed (attachGroupFormulas). */
export function detectSelectedTableFormulas(editor: Editor): boolean {
  return withTable(editor, ({ table }) => ({ table: attachGroupFormulas(table) }));
}

/** Deletes the table holding the selection (undo brings it back in one step). */
export function deleteCurrentTable(editor: Editor): boolean {
  const sel = tableSelection(editor);
  if (!sel) return false;
  removeTable(editor, sel.tablePath);
  return true;
}

/**
 * Where a new block goes: after the top-level block holding the selection, or after the block of
 * a case box holding it (tables may stand in a case box).
 */
function blockPathAtSelection(editor: Editor): Path | null {
  const { selection } = editor;
  if (!selection) return null;
  const path = selection.anchor.path;
  const top = path.slice(0, 1);
  const node = Editor.node(editor, top)[0];
  return isCase(node) && path.length > 2 ? path.slice(0, 2) : top;
}

/**
 * Inserts `table` where the caret is: in place of an empty paragraph, else after the block holding
 * the caret. A paragraph follows the table when nothing else would, so the caret can leave it.
 * The caret goes to the table's first cell.
 */
export function insertTableBlock(editor: Editor, table: TableElement): void {
  const at = blockPathAtSelection(editor) ?? [editor.children.length - 1];
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      const current = Editor.hasPath(editor, at) ? Editor.node(editor, at)[0] : null;
      const emptyParagraph = current !== null && 'type' in current && current.type === 'paragraph' && Editor.isEmpty(editor, current);
      const target = emptyParagraph ? at : Path.next(at);
      // One operation at a time (not batched), so its dirty paths are the plugins' own: a table in
      // normal form is then normalized as a table, not cell by cell (getDirtyPaths in with-tables.ts).
      Transforms.insertNodes(editor, table, { at: target, batchDirty: false });
      const after = Path.next(target);
      if (!Editor.hasPath(editor, after)) Transforms.insertNodes(editor, paragraph(newBlockId(), ''), { at: after });
      selectCell(editor, target, { row: 0, col: 0, edge: 'start' });
    });
  });
}

/** A new rows × cols table (default 4 × 3 with one header row) at the caret. */
export function insertNewTable(editor: Editor, rows = 4, cols = 3, headerRows = 1): void {
  insertTableBlock(editor, createTable(rows, cols, headerRows));
}

/**
 * Cells from the clipboard or a spreadsheet: written into the table at the caret (the block's top
 * left on the caret's cell, the table growing as needed), or inserted as a new table.
 */
export function pasteCellGrid(editor: Editor, grid: CellGrid): void {
  const sel = tableSelection(editor);
  if (sel) {
    const at = { row: sel.rect.top, col: sel.rect.left };
    replaceTable(editor, sel.tablePath, sel.table, recalculate(pasteIntoTable(sel.table, grid, at)), at);
    return;
  }
  // Spreadsheet clipboards carry no header information, yet nearly every report table opens with
  // a header row: a new table of several rows gets one unless the source said otherwise.
  insertTableBlock(editor, gridToTable(grid.headerRows > 0 || grid.rows.length < 2 ? grid : { ...grid, headerRows: 1 }));
}

/** Replaces the content of the table at the caret with `grid`, keeping its id, caption and source. */
export function replaceTableContent(editor: Editor, grid: CellGrid): boolean {
  return withTable(editor, ({ table }) => {
    const fresh = gridToTable(grid);
    return { table: { ...fresh, id: table.id, caption: table.caption, source: table.source }, focus: { row: 0, col: 0, edge: 'start' } };
  });
}
