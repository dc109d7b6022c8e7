/**
 * Multi-year comparison tables (表 3-1 服务贡献表: 2023 年 / 2024 年 / 2025 年 columns): finding the
 * year columns and adding a computed year-over-year column next to them.
 */
import { setCellText, setFormula, cellIdAt } from './cell-props';
import { recalculate } from './formulas';
import { parseCellNumber } from './number-format';
import { normalizeTable } from './normalize-table';
import { yearOfTitle } from './row-labels';
import { insertColumn } from './row-column-ops';
import { buildTableMap, cellStartingAt, columnTitle } from './table-map';
import { cellText, type TableElement } from './table-types';

export interface YearColumn {
  col: number;
  year: number;
}

/** Columns whose title is a year, left to right. */
export function detectYearColumns(table: TableElement): YearColumn[] {
  const normal = normalizeTable(table);
  const map = buildTableMap(normal);
  const years: YearColumn[] = [];
  for (let col = 0; col < map.width; col++) {
    const year = yearOfTitle(columnTitle(normal, map, col));
    if (year !== null) years.push({ col, year });
  }
  return years;
}

/**
 * Inserts a column right of the later of two year columns holding, for each body row with numbers
 * in both, the growth rate ('growth', as a percentage) or the difference ('change'); its title goes
 * in the last header row. Returns the recalculated table, unchanged if a column is out of range.
 */
export function addYoyColumn(table: TableElement, prevCol: number, currCol: number, mode: 'growth' | 'change' = 'growth'): TableElement {
  const normal = normalizeTable(table);
  const width = normal.columns.length;
  if (prevCol === currCol || prevCol < 0 || currCol < 0 || prevCol >= width || currCol >= width) return normal;
  const prevId = (normal.columns[prevCol] as { id: string }).id;
  const currId = (normal.columns[currCol] as { id: string }).id;
  const at = Math.max(prevCol, currCol) + 1;
  let result = insertColumn(normal, at - 1, 'after');

  const map = buildTableMap(normal);
  // "2025 年比 2024 年增长": a space between digits and Chinese, as the report writes years.
  const labelOf = (col: number): string => {
    const title = columnTitle(normal, map, col);
    const year = yearOfTitle(title);
    return year === null ? `“${title}”` : ` ${year} 年`;
  };
  if (result.headerRows > 0) {
    const headerId = cellIdAt(result, result.headerRows - 1, at);
    const title = `${labelOf(currCol)}比${labelOf(prevCol)}${mode === 'growth' ? '增长' : '增减'}`.trim();
    if (headerId !== null) result = setCellText(result, headerId, title);
  }
  for (let row = normal.headerRows; row < map.height; row++) {
    const hasNumber = (col: number): boolean => {
      const cell = cellStartingAt(map, row, col);
      return cell !== undefined && parseCellNumber(cellText(cell.cell)) !== null;
    };
    if (!hasNumber(prevCol) || !hasNumber(currCol)) continue;
    const id = cellIdAt(result, row, at);
    if (id !== null) result = setFormula(result, id, { kind: 'yoy', prev: prevId, curr: currId, mode });
  }
  return recalculate(result);
}
