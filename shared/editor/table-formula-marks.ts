/**
 * "Mark this cell as 小计 / 合计 / 占比 / 同比": the formula an author means, read from where the cell
 * stands, so nobody has to type a range. Formulas reference row and column ids
 * (../tables/formula-types.ts), so they keep working when rows are inserted or deleted later.
 *
 * - 小计 sums its column from the row after the previous 小计/合计 row (or the first body row) down
 *   to its own row (a sum skips other sums, so including its own row is harmless and makes a row
 *   inserted just above the 小计 part of the group);
 * - 合计 sums its column over the whole body above it (sums skipped: each group counts once);
 * - 占比 divides the nearest number to its left by that column's 合计 (or the column's sum);
 * - 同比 compares the two nearest numbers to its left (the two latest year columns when the header
 *   names years).
 */
import { cellRef, rangeRef, type CellFormula } from '../tables/formula-types';
import { parseCellNumber } from '../tables/number-format';
import { isSubtotalLabel, isTotalLabel } from '../tables/row-labels';
import { buildTableMap, cellStartingAt, findCell, type TableMap } from '../tables/table-map';
import { detectYearColumns } from '../tables/year-comparison';
import { cellText, type TableElement } from '../tables/table-types';

export type FormulaMark = 'subtotal' | 'total' | 'share' | 'growth' | 'change';

function rowHasLabel(map: TableMap, row: number, test: (text: string) => boolean): boolean {
  for (let col = 0; col < map.width; col++) {
    const cell = cellStartingAt(map, row, col);
    if (cell && test(cellText(cell.cell))) return true;
  }
  return false;
}

function closesGroup(map: TableMap, row: number, col: number): boolean {
  if (rowHasLabel(map, row, (text) => isSubtotalLabel(text) || isTotalLabel(text))) return true;
  return cellStartingAt(map, row, col)?.cell.formula?.kind === 'sum';
}

/** The number typed (or computed) in the cell starting at (row, col), if any. */
function numberAt(map: TableMap, row: number, col: number): { percent: boolean } | null {
  const cell = cellStartingAt(map, row, col);
  if (!cell) return null;
  const parsed = parseCellNumber(cellText(cell.cell));
  return parsed ? { percent: parsed.percent } : null;
}

/** Columns left of `col` holding a plain (non-percentage) number in `row`, nearest first. */
function numberColumnsLeft(map: TableMap, row: number, col: number): number[] {
  const found: number[] = [];
  for (let c = col - 1; c >= 0; c--) {
    const value = numberAt(map, row, c);
    if (value && !value.percent) found.push(c);
  }
  return found;
}

/** The formula for marking the cell `cellId`, or null when its surroundings do not allow one. */
export function formulaForMark(table: TableElement, cellId: string, mark: FormulaMark): CellFormula | null {
  const map = buildTableMap(table);
  const cell = findCell(map, cellId);
  if (!cell || cell.row < table.headerRows) return null;
  const rowId = (r: number): string => table.children[r]?.id ?? '';
  const colId = (c: number): string => table.columns[c]?.id ?? '';
  const { row, col } = cell;
  const firstBody = table.headerRows;
  const ownColumn = { from: colId(col), to: colId(col) };

  switch (mark) {
    case 'subtotal': {
      let start = row;
      while (start - 1 >= firstBody && !closesGroup(map, start - 1, col)) start--;
      if (start === row) return null;
      return { kind: 'sum', range: rangeRef({ from: rowId(start), to: rowId(row) }, ownColumn) };
    }
    case 'total':
      if (row === firstBody) return null;
      return { kind: 'sum', range: rangeRef({ from: rowId(firstBody), to: rowId(row) }, ownColumn) };
    case 'share': {
      const valueCol = numberColumnsLeft(map, row, col)[0];
      if (valueCol === undefined) return null;
      let totalRow = -1;
      for (let r = firstBody; r < map.height; r++) if (rowHasLabel(map, r, isTotalLabel)) totalRow = r;
      const valueColumn = colId(valueCol);
      if (totalRow >= 0) return { kind: 'share', value: valueColumn, total: cellRef(rowId(totalRow), valueColumn) };
      return { kind: 'share', value: valueColumn, total: rangeRef({ from: rowId(firstBody), to: rowId(map.height - 1) }, { from: valueColumn, to: valueColumn }) };
    }
    case 'growth':
    case 'change': {
      const years = detectYearColumns(table).filter((y) => y.col < col);
      const pair =
        years.length >= 2
          ? [(years[years.length - 2] as { col: number }).col, (years[years.length - 1] as { col: number }).col]
          : numberColumnsLeft(map, row, col).slice(0, 2).reverse();
      const [prev, curr] = pair;
      if (prev === undefined || curr === undefined) return null;
      return { kind: 'yoy', prev: colId(prev), curr: colId(curr), mode: mark };
    }
  }
}

/** What a computed cell is, as the UI names it (the tooltip of a computed cell). */
export function formulaMarkOf(table: TableElement, cellId: string): FormulaMark | null {
  const map = buildTableMap(table);
  const cell = findCell(map, cellId);
  const formula = cell?.cell.formula;
  if (!cell || !formula) return null;
  switch (formula.kind) {
    case 'sum':
      // The formula cannot tell a 合计 from a 小计 of one big group; the row's label can.
      return rowHasLabel(map, cell.row, isTotalLabel) ? 'total' : 'subtotal';
    case 'share':
      return 'share';
    case 'yoy':
      return formula.mode;
  }
}
