/**
 * Formulas of computed cells (小计, 合计, 占比, 同比增长).
 *
 * References name rows by their element id and columns by their table-local column id, never by
 * position: inserting or deleting other rows and columns then leaves every formula valid without
 * rewriting it, and a three-way merge of two people's edits cannot make a reference silently point
 * at a different row. Ranges are given by their two end rows/columns and cover everything between
 * them in the current table order, so a row inserted inside a group is summed automatically; when an
 * end row or column is deleted, ./formula-refs.ts moves that end inward.
 *
 * A reference to a row or column that no longer exists is not an error of the model: recalculate()
 * reports it on the cell ("引用的行已被删除") and checkTable() lists it.
 */

/** Two ends of a run of rows (row element ids) or columns (column ids), inclusive, in either order. */
export interface IdRange {
  from: string;
  to: string;
}

export interface CellRef {
  kind: 'cell';
  /** Row element id. */
  row: string;
  /** Column id. */
  col: string;
}

export interface RangeRef {
  kind: 'range';
  rows: IdRange;
  cols: IdRange;
}

/**
 * Sum of the numeric cells in a range. Like Excel's SUBTOTAL, cells that are themselves sums are
 * skipped, so a 合计 over a whole column counts each 小计's rows once, and a 小计's range may include
 * its own row (which makes a row inserted just above the 小计 part of the group).
 */
export interface SumFormula {
  kind: 'sum';
  range: RangeRef;
}

/** 占比: the value in column `value` of this cell's row divided by a total (a cell or a range sum). */
export interface ShareFormula {
  kind: 'share';
  /** Column id of the value, read in the formula cell's own row. */
  value: string;
  total: CellRef | RangeRef;
}

/**
 * Year-over-year comparison of two columns of the formula cell's row: 'growth' is the relative
 * change (curr − prev) / prev, shown as a percentage (增长率); 'change' is the difference (增减).
 */
export interface YoyFormula {
  kind: 'yoy';
  /** Column id of the earlier year. */
  prev: string;
  /** Column id of the later year. */
  curr: string;
  mode: 'growth' | 'change';
}

export type CellFormula = SumFormula | ShareFormula | YoyFormula;

export function cellRef(row: string, col: string): CellRef {
  return { kind: 'cell', row, col };
}

export function rangeRef(rows: IdRange, cols: IdRange): RangeRef {
  return { kind: 'range', rows, cols };
}

function isIdRange(value: unknown): value is IdRange {
  const range = value as Partial<IdRange> | null;
  return typeof range === 'object' && range !== null && typeof range.from === 'string' && typeof range.to === 'string';
}

function isRangeRef(value: unknown): value is RangeRef {
  const ref = value as Partial<RangeRef> | null;
  return typeof ref === 'object' && ref !== null && ref.kind === 'range' && isIdRange(ref.rows) && isIdRange(ref.cols);
}

function isCellRef(value: unknown): value is CellRef {
  const ref = value as Partial<CellRef> | null;
  return typeof ref === 'object' && ref !== null && ref.kind === 'cell' && typeof ref.row === 'string' && typeof ref.col === 'string';
}

/** Shape check for formulas read from files: a malformed one is dropped by normalization, not evaluated. */
export function isCellFormula(value: unknown): value is CellFormula {
  if (typeof value !== 'object' || value === null) return false;
  const formula = value as { kind?: unknown } & Record<string, unknown>;
  switch (formula.kind) {
    case 'sum':
      return isRangeRef(formula.range);
    case 'share':
      return typeof formula.value === 'string' && (isCellRef(formula.total) || isRangeRef(formula.total));
    case 'yoy':
      return typeof formula.prev === 'string' && typeof formula.curr === 'string' && (formula.mode === 'growth' || formula.mode === 'change');
    default:
      return false;
  }
}
