/**
 * 同比 against last year in a new year's table: last year's numbers come from the copy of last
 * year's sections kept in the project, found by the same table, row and column ids (a carried
 * table keeps last year's ids; see ./carry-forward.ts), so no number is retyped and a row added
 * this year simply has no value last year.
 */
import { cellIdAt, setCellText, setFormula } from '../tables/cell-props';
import { recalculate } from '../tables/formulas';
import { parseCellNumber } from '../tables/number-format';
import { normalizeTable } from '../tables/normalize-table';
import { yearOfTitle } from '../tables/row-labels';
import { insertColumn } from '../tables/row-column-ops';
import { buildTableMap, cellStartingAt, columnTitle } from '../tables/table-map';
import { cellText, type TableElement } from '../tables/table-types';
import type { SectionContent } from '../model/document';
import { priorCellText } from './carry-forward';

export interface PriorColumn {
  readonly id: string;
  readonly title: string;
}

/** Columns of last year's table that held numbers in its body: the ones worth comparing. */
export function numericColumns(table: TableElement): PriorColumn[] {
  const normal = normalizeTable(table);
  const map = buildTableMap(normal);
  const found: PriorColumn[] = [];
  normal.columns.forEach((column, col) => {
    for (let row = normal.headerRows; row < map.height; row++) {
      const cell = cellStartingAt(map, row, col);
      if (cell && cell.cell.formula === undefined && parseCellNumber(cellText(cell.cell)) !== null) {
        found.push({ id: column.id, title: columnTitle(normal, map, col) || `第 ${col + 1} 列` });
        return;
      }
    }
  });
  return found;
}

export interface PriorComparison {
  readonly table: TableElement;
  /** Body rows that got last year's value. */
  readonly filled: number;
}

/**
 * Inserts, left of this year's column `colId`, a column "{last} 年" with last year's values of that
 * column row by row, and right of it a computed 同比增长 column comparing the two (a yoy formula in
 * every row that had a number last year, 合计 rows aside: until this year's number is typed the
 * cell says which value is missing). A column title that still names last year (carried header "2024 年") becomes
 * this year's. Null when the table has no such column.
 */
export function compareWithPriorYear(table: TableElement, lastYear: SectionContent, colId: string, years: { readonly last: number; readonly current: number }): PriorComparison | null {
  const normal = normalizeTable(table);
  const col = normal.columns.findIndex((c) => c.id === colId);
  if (col < 0) return null;
  const map = buildTableMap(normal);
  const thisTitle = columnTitle(normal, map, col);
  let result = insertColumn(normal, col, 'before');
  const prevCol = col;
  const currCol = col + 1;
  const prevId = (result.columns[prevCol] as { id: string }).id;
  if (result.headerRows > 0) {
    const header = cellIdAt(result, result.headerRows - 1, prevCol);
    if (header !== null) result = setCellText(result, header, `${years.last} 年`);
    const currHeader = cellIdAt(result, result.headerRows - 1, currCol);
    if (currHeader !== null && yearOfTitle(thisTitle) === years.last) result = setCellText(result, currHeader, `${years.current} 年`);
  }
  const growthAt = currCol + 1;
  result = insertColumn(result, currCol, 'after');
  if (result.headerRows > 0) {
    const header = cellIdAt(result, result.headerRows - 1, growthAt);
    if (header !== null) result = setCellText(result, header, '同比增长');
  }
  let filled = 0;
  const resultMap = buildTableMap(normalizeTable(result));
  for (let row = result.headerRows; row < resultMap.height; row++) {
    const rowId = resultMap.rowIds[row] as string;
    const text = priorCellText(lastYear, table.id, rowId, colId);
    const target = cellStartingAt(resultMap, row, prevCol);
    if (text === null || target === undefined || parseCellNumber(text) === null) continue;
    result = setCellText(result, target.cell.id, text);
    filled += 1;
    // A sum of this year's still empty column reads 0, and its growth would print −100%: a 合计 row
    // gets its growth cell marked by the author (设为同比增长率) once the numbers are in.
    const growth = cellStartingAt(resultMap, row, growthAt);
    const thisYears = cellStartingAt(resultMap, row, currCol);
    if (growth && thisYears?.cell.formula?.kind !== 'sum') result = setFormula(result, growth.cell.id, { kind: 'yoy', prev: prevId, curr: colId, mode: 'growth' });
  }
  return { table: recalculate(result), filled };
}
