/**
 * Keeping formula references meaningful across structural changes (why references are ids at all:
 * ./formula-types.ts).
 *
 * Only two things can break an id reference: the row or column it names is deleted (or collapsed
 * by a merge), or the whole table gets fresh ids (paste, duplicate). The first is handled for range
 * ends, which move inward to the nearest surviving row or column of the old range: deleting the
 * first 专业 of a group must not break its 小计. A single-cell reference to a deleted row stays
 * dangling on purpose; recalculate() then says so on the cell instead of guessing a substitute.
 */
import { newBlockId } from '../ids/block-id';
import type { CellFormula, IdRange, RangeRef } from './formula-types';
import type { TableCellElement, TableElement } from './table-types';

function fixRange(range: IdRange, order: readonly string[], alive: ReadonlySet<string>): IdRange {
  if (alive.has(range.from) && alive.has(range.to)) return range;
  const i = order.indexOf(range.from);
  const j = order.indexOf(range.to);
  if (i < 0 || j < 0) return range;
  const survivors = order.slice(Math.min(i, j), Math.max(i, j) + 1).filter((id) => alive.has(id));
  const first = survivors[0];
  const last = survivors[survivors.length - 1];
  if (first === undefined || last === undefined) return range;
  return i <= j ? { from: first, to: last } : { from: last, to: first };
}

function fixRangeRef(ref: RangeRef, fix: (rows: IdRange, cols: IdRange) => RangeRef): RangeRef {
  const next = fix(ref.rows, ref.cols);
  return next.rows === ref.rows && next.cols === ref.cols ? ref : next;
}

/** Applies `mapRange` to every range in a formula (and `mapId` to every single id), sharing unchanged parts. */
function mapFormula(
  formula: CellFormula,
  mapRows: (range: IdRange) => IdRange,
  mapCols: (range: IdRange) => IdRange,
  mapRowId: (id: string) => string,
  mapColId: (id: string) => string,
): CellFormula {
  const mapRef = (ref: RangeRef): RangeRef => fixRangeRef(ref, (rows, cols) => ({ kind: 'range', rows: mapRows(rows), cols: mapCols(cols) }));
  switch (formula.kind) {
    case 'sum': {
      const range = mapRef(formula.range);
      return range === formula.range ? formula : { ...formula, range };
    }
    case 'share': {
      const value = mapColId(formula.value);
      const total =
        formula.total.kind === 'range'
          ? mapRef(formula.total)
          : mapRowId(formula.total.row) === formula.total.row && mapColId(formula.total.col) === formula.total.col
            ? formula.total
            : { kind: 'cell' as const, row: mapRowId(formula.total.row), col: mapColId(formula.total.col) };
      return value === formula.value && total === formula.total ? formula : { ...formula, value, total };
    }
    case 'yoy': {
      const prev = mapColId(formula.prev);
      const curr = mapColId(formula.curr);
      return prev === formula.prev && curr === formula.curr ? formula : { ...formula, prev, curr };
    }
  }
}

function mapFormulas(table: TableElement, mapCell: (formula: CellFormula) => CellFormula): TableElement {
  let changed = false;
  const children = table.children.map((row) => {
    let rowChanged = false;
    const cells = row.children.map((cell): TableCellElement => {
      if (cell.formula === undefined) return cell;
      const formula = mapCell(cell.formula);
      if (formula === cell.formula) return cell;
      rowChanged = true;
      return { ...cell, formula };
    });
    if (!rowChanged) return row;
    changed = true;
    return { ...row, children: cells };
  });
  return changed ? { ...table, children } : table;
}

/** `after` with range ends that named rows or columns gone since `before` moved inward. */
export function repairFormulaRefs(before: TableElement, after: TableElement): TableElement {
  const rowOrder = before.children.map((row) => row.id);
  const colOrder = before.columns.map((column) => column.id);
  const rowsAlive = new Set(after.children.map((row) => row.id));
  const colsAlive = new Set(after.columns.map((column) => column.id));
  if (rowOrder.every((id) => rowsAlive.has(id)) && colOrder.every((id) => colsAlive.has(id))) return after;
  const same = (id: string): string => id;
  return mapFormulas(after, (formula) =>
    mapFormula(
      formula,
      (range) => fixRange(range, rowOrder, rowsAlive),
      (range) => fixRange(range, colOrder, colsAlive),
      same,
      same,
    ),
  );
}

/**
 * A copy of the table where the table, every row, cell and column has a new id, with formulas
 * rewritten to match. Pasting or duplicating a table must go through this rather than a generic
 * "fresh ids for every element" pass, which would leave the formulas pointing at the original.
 */
export function renewTableIds(table: TableElement): TableElement {
  const rowIds = new Map(table.children.map((row) => [row.id, newBlockId()]));
  const colIds = new Map(table.columns.map((column) => [column.id, newBlockId()]));
  const rowId = (id: string): string => rowIds.get(id) ?? id;
  const colId = (id: string): string => colIds.get(id) ?? id;
  const renewed: TableElement = {
    ...table,
    id: newBlockId(),
    columns: table.columns.map((column) => ({ ...column, id: colId(column.id) })),
    children: table.children.map((row) => ({
      ...row,
      id: rowId(row.id),
      children: row.children.map((cell) => ({ ...cell, id: newBlockId() })),
    })),
  };
  return mapFormulas(renewed, (formula) =>
    mapFormula(
      formula,
      (range) => ({ from: rowId(range.from), to: rowId(range.to) }),
      (range) => ({ from: colId(range.from), to: colId(range.to) }),
      rowId,
      colId,
    ),
  );
}
