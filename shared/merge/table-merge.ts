/**
 * Three-way merge inside one table, cell by cell (cells are matched by id).
 *
 * A department that only typed into cells leaves the table's shape alone; its cell changes are
 * applied to the office's table one by one, so the office may meanwhile have edited other cells or
 * even added rows. A change of shape (rows, columns, merged cells) cannot be replayed cell by cell:
 * it is proposed as a change of the whole table, and is a conflict if the office changed the table
 * too. Computed cells (小计, 占比 …) never conflict: their text follows from the others, and the
 * merged table is recalculated.
 */
import { recalculate } from '../tables/formulas';
import type { TableCellElement, TableElement } from '../tables/table-types';
import { canonicalJson } from './canonical-json';

/** Rows, cells, spans and column ids: what cell-by-cell application relies on. */
export function tableShape(table: TableElement): string {
  return canonicalJson({
    columns: table.columns.map((c) => c.id),
    rows: table.children.map((row) => ({ id: row.id, cells: row.children.map((c) => [c.id, c.rowSpan ?? 1, c.colSpan ?? 1]) })),
  });
}

/** A cell's content and properties, without what the shape already covers. */
function cellKey(cell: TableCellElement): string {
  const { id: _id, rowSpan: _r, colSpan: _c, computed: _computed, formulaError: _error, ...rest } = cell;
  return canonicalJson(cell.formula !== undefined ? { formula: cell.formula } : rest);
}

/** Table-level properties that merge one by one. */
const TABLE_FIELDS = ['caption', 'source', 'headerRows', 'columns'] as const;
type TableField = (typeof TABLE_FIELDS)[number];

function cellsById(table: TableElement): Map<string, TableCellElement> {
  const out = new Map<string, TableCellElement>();
  for (const row of table.children) for (const cell of row.children) out.set(cell.id, cell);
  return out;
}

export type TableMergeResult =
  /** The department changed nothing that matters (only computed results, or key order). */
  | { readonly status: 'unchanged' }
  /** `merged` is the office table with the department's changes; `conflicts` lists cells both changed. */
  | { readonly status: 'merged'; readonly merged: TableElement; readonly conflictCells: ReadonlySet<string>; readonly conflictFields: readonly TableField[] }
  /** The department changed the table's shape: only the whole table can be taken. */
  | { readonly status: 'structural'; readonly conflict: boolean };

/**
 * Merges the department's (theirs) changes into the office's (ours) table. Where both changed a cell
 * differently, the department's text is in `merged` and the cell is listed in `conflictCells`.
 */
export function mergeTable(base: TableElement, ours: TableElement, theirs: TableElement): TableMergeResult {
  const oursUnchanged = canonicalJson(ours) === canonicalJson(base);
  if (tableShape(theirs) !== tableShape(base)) return { status: 'structural', conflict: !oursUnchanged };

  const baseCells = cellsById(base);
  const oursCells = cellsById(ours);
  const replacements = new Map<string, TableCellElement>();
  const conflictCells = new Set<string>();
  for (const row of theirs.children) {
    for (const cell of row.children) {
      const original = baseCells.get(cell.id) as TableCellElement;
      if (cellKey(cell) === cellKey(original)) continue;
      const current = oursCells.get(cell.id);
      // The office removed the cell (a row or column deleted): the department's text has nowhere to go.
      if (current === undefined) {
        conflictCells.add(cell.id);
        continue;
      }
      if (cellKey(current) === cellKey(cell)) continue;
      if (cellKey(current) !== cellKey(original)) conflictCells.add(cell.id);
      // Spans are the office's: its table may have been reshaped around this cell.
      const next: TableCellElement = { ...cell, id: current.id };
      if (current.rowSpan !== undefined) next.rowSpan = current.rowSpan;
      else delete next.rowSpan;
      if (current.colSpan !== undefined) next.colSpan = current.colSpan;
      else delete next.colSpan;
      replacements.set(cell.id, next);
    }
  }

  const fields: Partial<Record<TableField, unknown>> = {};
  const conflictFields: TableField[] = [];
  for (const name of TABLE_FIELDS) {
    const [b, o, t] = [canonicalJson(base[name]), canonicalJson(ours[name]), canonicalJson(theirs[name])];
    if (t === b || t === o) continue;
    if (o !== b) conflictFields.push(name);
    fields[name] = theirs[name];
  }
  // Columns come with the shape check above only by id; widths or formats changed by the department
  // apply only if the office kept the same columns.
  if (fields.columns !== undefined && canonicalJson(ours.columns.map((c) => c.id)) !== canonicalJson(theirs.columns.map((c) => c.id))) {
    delete fields.columns;
    if (!conflictFields.includes('columns')) conflictFields.push('columns');
  }

  if (replacements.size === 0 && Object.keys(fields).length === 0 && conflictCells.size === 0) return { status: 'unchanged' };
  const children = ours.children.map((row) => {
    if (!row.children.some((cell) => replacements.has(cell.id))) return row;
    return { ...row, children: row.children.map((cell) => replacements.get(cell.id) ?? cell) };
  });
  const combined: TableElement = { ...ours, ...(fields as Partial<TableElement>), children };
  const hasFormulas = children.some((row) => row.children.some((cell) => cell.formula !== undefined));
  return { status: 'merged', merged: hasFormulas ? recalculate(combined) : combined, conflictCells, conflictFields };
}
