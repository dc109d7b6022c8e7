/**
 * A lightweight grid of cell contents: what the paste and import parsers produce, before it becomes
 * a table (gridToTable) or is written into one (./paste-into-table.ts). Rows list the cells that
 * start in them, with spans, exactly like table rows and HTML.
 */
import { newBlockId } from '../ids/block-id';
import { normalizeChildren } from './cell-text';
import { normalizeTable } from './normalize-table';
import { contentToChildren, type CellAlign, type CellContent, type TableCellElement, type TableColumn, type TableElement } from './table-types';

export interface GridCell {
  content: CellContent;
  rowSpan?: number;
  colSpan?: number;
  align?: CellAlign;
}

export interface CellGrid {
  rows: GridCell[][];
  /** Leading rows that are header rows (from `<thead>`/`<th>` or the pipe table's header line). */
  headerRows: number;
  /** Relative column widths when the source had them (Excel's `<col width>`), else empty. */
  columnWidths: number[];
  caption: string;
}

export function gridFromStrings(rows: readonly (readonly string[])[], headerRows = 0): CellGrid {
  return { rows: rows.map((row) => row.map((text) => ({ content: text }))), headerRows, columnWidths: [], caption: '' };
}

export interface GridToTableOptions {
  caption?: string;
  source?: string;
}

function toCell(gridCell: GridCell): TableCellElement {
  const cell: TableCellElement = { type: 'table-cell', id: newBlockId(), children: normalizeChildren(contentToChildren(gridCell.content)) };
  if (gridCell.colSpan !== undefined && gridCell.colSpan > 1) cell.colSpan = gridCell.colSpan;
  if (gridCell.rowSpan !== undefined && gridCell.rowSpan > 1) cell.rowSpan = gridCell.rowSpan;
  if (gridCell.align !== undefined) cell.align = gridCell.align;
  return cell;
}

/** A new normal table (fresh ids) holding the grid; ragged rows and bad spans are repaired. */
export function gridToTable(grid: CellGrid, options: GridToTableOptions = {}): TableElement {
  const columns: TableColumn[] = grid.columnWidths
    .filter((w) => Number.isFinite(w) && w > 0)
    .map((width) => ({ id: newBlockId(), width }));
  return normalizeTable({
    type: 'table',
    id: newBlockId(),
    caption: options.caption ?? grid.caption,
    source: options.source ?? '',
    headerRows: grid.headerRows,
    columns,
    children: grid.rows.map((row) => ({ type: 'table-row', id: newBlockId(), children: row.map(toCell) })),
  });
}

/** A new table of `rows` × `cols` empty cells, the first `headerRows` rows being the header. */
export function createTable(rows: number, cols: number, headerRows = 1): TableElement {
  const size = (n: number): number => Math.max(1, Math.floor(Number.isFinite(n) ? n : 1));
  const empty = Array.from({ length: size(rows) }, () => Array.from({ length: size(cols) }, () => ''));
  return gridToTable(gridFromStrings(empty, headerRows));
}
