/**
 * A table as a flat list of cells with grid positions: the working form of every structural
 * operation. Inserting a row, merging cells or pasting is simple arithmetic on positions and spans;
 * fromPlaced() then rebuilds row elements, so no operation has to juggle row children itself.
 *
 * Unchanged cell and row objects are reused as they are, which keeps their ids (and lets Slate and
 * React see what really changed).
 */
import { newBlockId } from '../ids/block-id';
import { repairFormulaRefs } from './formula-refs';
import { buildTableMap } from './table-map';
import type { TableCellElement, TableColumn, TableElement, TableRowElement } from './table-types';

export interface PlacedCell {
  cell: TableCellElement;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface PlacedTable {
  /** The table before the change: other properties (id, caption, source) come from it, and formula repair compares with it. */
  base: TableElement;
  /** One row element per grid row; only their ids and other properties are used, not their children. */
  rows: TableRowElement[];
  columns: TableColumn[];
  headerRows: number;
  cells: PlacedCell[];
}

/** The placed form of a table whose map has no problems (normalize first when unsure). */
export function toPlaced(table: TableElement): PlacedTable {
  const map = buildTableMap(table);
  return {
    base: table,
    rows: [...table.children],
    columns: [...table.columns],
    headerRows: table.headerRows,
    cells: map.cells.map(({ cell, row, col, rowSpan, colSpan }) => ({ cell, row, col, rowSpan, colSpan })),
  };
}

/** The cell with spans as given, written in normal form (a span of 1 is not stored). */
export function withSpans(cell: TableCellElement, rowSpan: number, colSpan: number): TableCellElement {
  if ((cell.rowSpan ?? 1) === rowSpan && (cell.colSpan ?? 1) === colSpan && cell.rowSpan !== 1 && cell.colSpan !== 1) return cell;
  const { rowSpan: _rowSpan, colSpan: _colSpan, ...rest } = cell;
  return { ...rest, ...(colSpan > 1 ? { colSpan } : {}), ...(rowSpan > 1 ? { rowSpan } : {}) };
}

export function emptyCell(template?: TableCellElement): TableCellElement {
  const cell: TableCellElement = { type: 'table-cell', id: newBlockId(), children: [{ text: '' }] };
  if (template?.align !== undefined) cell.align = template.align;
  if (template?.format !== undefined) cell.format = { ...template.format };
  return cell;
}

export function emptyRow(): TableRowElement {
  return { type: 'table-row', id: newBlockId(), children: [] };
}

/**
 * Rows in which no cell starts (every slot covered by a rowSpan from above) are removed, shrinking
 * the spans that crossed them: such a row carries nothing, and Slate cannot hold an element with no
 * children. This is also why merging whole rows collapses them into one, as Word does.
 */
function collapseEmptyRows(placed: PlacedTable): PlacedTable {
  let { rows, cells, headerRows } = placed;
  for (;;) {
    const starts = new Set(cells.map((c) => c.row));
    const empty = rows.findIndex((_, r) => !starts.has(r));
    if (empty < 0) break;
    cells = cells.map((c) => {
      if (c.row > empty) return { ...c, row: c.row - 1 };
      if (c.row + c.rowSpan > empty) return { ...c, rowSpan: c.rowSpan - 1 };
      return c;
    });
    rows = rows.filter((_, r) => r !== empty);
    if (empty < headerRows) headerRows--;
  }
  return { ...placed, rows, cells, headerRows };
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * Rebuilds the table from positions (callers make sure the cells tile the grid), then moves formula
 * range ends off rows and columns that are gone (./formula-refs.ts).
 */
export function fromPlaced(input: PlacedTable): TableElement {
  const placed = collapseEmptyRows(input);
  const byRow: PlacedCell[][] = placed.rows.map(() => []);
  for (const c of placed.cells) byRow[c.row]?.push(c);
  const rows = placed.rows.map((row, r) => {
    const children = (byRow[r] ?? []).sort((a, b) => a.col - b.col).map((c) => withSpans(c.cell, c.rowSpan, c.colSpan));
    return sameItems(row.children, children) ? row : { ...row, children };
  });
  const base = placed.base;
  const headerRows = Math.max(0, Math.min(placed.headerRows, rows.length));
  if (
    headerRows === base.headerRows &&
    sameItems(base.columns, placed.columns) &&
    sameItems(base.children, rows)
  ) {
    return base;
  }
  return repairFormulaRefs(base, { ...base, headerRows, columns: placed.columns, children: rows });
}
