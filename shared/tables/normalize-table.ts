/**
 * Brings any table-shaped value (an old file, a hand-edited one, a paste, an import) into the normal
 * form every other function here relies on:
 * - the grid is rectangular: each slot covered by exactly one cell, each row with a cell of its own;
 * - at least one row and one column; `columns` has one entry per grid column;
 * - spans are positive integers and a span of 1 is not stored; `headerRows` is within 0..rows;
 * - table, row and cell ids are non-empty and unique, column ids too;
 * - number formats and formulas have a valid shape (malformed ones, from a damaged file, are dropped);
 * - a cell's children are text runs, with no two neighbours of equal marks and no empty run next
 *   to a non-empty one (what Slate's own normalization would do, so Slate never changes our tables).
 *
 * Repairs keep content: a span that runs off the last row is cut there; a cell that overlaps an
 * earlier one shrinks to the slots still free instead of being dropped; holes get new empty cells.
 * Normalizing a normal table returns the very same object, so normalizeTable is idempotent.
 */
import { newBlockId } from '../ids/block-id';
import { childrenAreNormal, normalizeChildren } from './cell-text';
import { isCellFormula } from './formula-types';
import { isNumberFormat } from './number-format';
import { emptyCell, emptyRow, fromPlaced, type PlacedCell } from './placed-table';
import { MAX_COL_SPAN, buildTableMap } from './table-map';
import type { TableCellElement, TableColumn, TableElement, TableRowElement } from './table-types';

const DEFAULT_COLUMN_WIDTH = 1;

function usableId(id: unknown, taken: Set<string>): string {
  let fresh = typeof id === 'string' && id.length > 0 && !taken.has(id) ? id : '';
  while (fresh === '' || taken.has(fresh)) fresh = newBlockId();
  taken.add(fresh);
  return fresh;
}

function isPositiveInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

function isValidColumn(column: TableColumn): boolean {
  return (
    typeof column.id === 'string' &&
    column.id.length > 0 &&
    typeof column.width === 'number' &&
    Number.isFinite(column.width) &&
    column.width > 0 &&
    (column.format === undefined || isNumberFormat(column.format))
  );
}

/** Whether `table` already is in normal form (see the file comment). */
export function isNormalTable(table: TableElement): boolean {
  if (table.type !== 'table' || typeof table.caption !== 'string' || typeof table.source !== 'string') return false;
  if (!Array.isArray(table.children) || table.children.length === 0 || !Array.isArray(table.columns)) return false;
  if (!table.children.every((row) => row.type === 'table-row' && Array.isArray(row.children) && row.children.every((cell) => cell.type === 'table-cell'))) return false;
  const map = buildTableMap(table);
  if (map.problems.length > 0 || map.width === 0) return false;
  if (table.columns.length !== map.width || !table.columns.every(isValidColumn)) return false;
  if (new Set(table.columns.map((c) => c.id)).size !== table.columns.length) return false;
  if (!Number.isInteger(table.headerRows) || table.headerRows < 0 || table.headerRows > map.height) return false;
  const ids = new Set<string>();
  const fresh = (id: unknown): boolean => {
    if (typeof id !== 'string' || id.length === 0 || ids.has(id)) return false;
    ids.add(id);
    return true;
  };
  if (!fresh(table.id)) return false;
  for (const row of table.children) {
    if (!fresh(row.id)) return false;
    for (const cell of row.children) {
      if (!fresh(cell.id) || cell.rowSpan === 1 || cell.colSpan === 1) return false;
      if (cell.format !== undefined && !isNumberFormat(cell.format)) return false;
      if (cell.formula !== undefined && !isCellFormula(cell.formula)) return false;
      if (!childrenAreNormal(cell.children)) return false;
    }
  }
  return true;
}

function cleanCell(cell: TableCellElement, taken: Set<string>): TableCellElement {
  const id = usableId(cell.id, taken);
  const children = normalizeChildren(cell.children);
  const { format, formula, ...rest } = cell;
  const next: TableCellElement = { ...rest, type: 'table-cell', id, children };
  if (format !== undefined && isNumberFormat(format)) next.format = format;
  if (formula !== undefined && isCellFormula(formula)) next.formula = formula;
  return next;
}

/**
 * Places cells like buildTableMap, but resolves conflicts as it goes: a cell is cut to the run of
 * free slots in its first row. That is the only conflict sequential placement can meet: a slot
 * below that run can only be taken by a rowSpan that started higher up, and that rowSpan would
 * cover the slot in the first row as well.
 */
function placeWithoutOverlaps(rows: readonly TableCellElement[][]): { cells: PlacedCell[]; width: number } {
  const height = rows.length;
  const taken: boolean[][] = Array.from({ length: height }, () => []);
  const cells: PlacedCell[] = [];
  rows.forEach((rowCells, r) => {
    const free = (col: number): boolean => taken[r]?.[col] !== true;
    let col = 0;
    for (const cell of rowCells) {
      while (!free(col)) col++;
      const wantCols = isPositiveInteger(cell.colSpan) ? Math.min(cell.colSpan as number, MAX_COL_SPAN) : 1;
      const rowSpan = isPositiveInteger(cell.rowSpan) ? Math.min(cell.rowSpan as number, height - r) : 1;
      let colSpan = 1;
      while (colSpan < wantCols && free(col + colSpan)) colSpan++;
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) (taken[r + dr] as boolean[])[col + dc] = true;
      cells.push({ cell, row: r, col, rowSpan, colSpan });
      col += colSpan;
    }
  });
  const width = Math.max(1, ...taken.map((row) => row.length));
  // Holes: each gets an empty 1×1 cell.
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      if (taken[r]?.[c] !== true) cells.push({ cell: emptyCell(), row: r, col: c, rowSpan: 1, colSpan: 1 });
    }
  }
  return { cells, width };
}

function fitColumns(columns: readonly TableColumn[] | undefined, width: number): TableColumn[] {
  const taken = new Set<string>();
  const valid = (Array.isArray(columns) ? columns : []).slice(0, width).map((column) => {
    const next: TableColumn = { ...column, id: usableId(column.id, taken) };
    if (typeof next.width !== 'number' || !Number.isFinite(next.width) || next.width <= 0) next.width = DEFAULT_COLUMN_WIDTH;
    if (next.format !== undefined && !isNumberFormat(next.format)) delete next.format;
    return next;
  });
  // New columns get the average width, so the existing ones keep their proportions to each other.
  const average = valid.length > 0 ? valid.reduce((sum, c) => sum + c.width, 0) / valid.length : DEFAULT_COLUMN_WIDTH;
  while (valid.length < width) valid.push({ id: usableId(undefined, taken), width: average });
  return valid;
}

/** The table in normal form (see the file comment); the same object when it already is. */
export function normalizeTable(table: TableElement): TableElement {
  if (isNormalTable(table)) return table;
  const taken = new Set<string>();
  const tableId = usableId(table.id, taken);
  const rowValues: unknown[] = Array.isArray(table.children) ? table.children : [];
  const rowElements: TableRowElement[] = [];
  const rowCells: TableCellElement[][] = [];
  for (const value of rowValues) {
    const row = value as Partial<TableRowElement>;
    if (row.type !== 'table-row') continue;
    const cells = (Array.isArray(row.children) ? row.children : []).filter((cell) => cell.type === 'table-cell').map((cell) => cleanCell(cell, taken));
    rowElements.push({ ...(row as TableRowElement), type: 'table-row', id: usableId(row.id, taken), children: [] });
    rowCells.push(cells);
  }
  if (rowElements.length === 0) {
    const row = emptyRow();
    taken.add(row.id);
    rowElements.push(row);
    rowCells.push([]);
  }
  const { cells, width } = placeWithoutOverlaps(rowCells);
  const headerRows = Number.isInteger(table.headerRows) ? Math.max(0, Math.min(table.headerRows, rowElements.length)) : 0;
  const columns = fitColumns(table.columns, width);
  const base: TableElement = {
    ...table,
    type: 'table',
    id: tableId,
    caption: typeof table.caption === 'string' ? table.caption : '',
    source: typeof table.source === 'string' ? table.source : '',
    columns,
    children: rowElements,
  };
  return fromPlaced({ base, rows: rowElements, columns, headerRows, cells });
}
