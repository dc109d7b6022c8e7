/**
 * How a person names a table's rows and columns when telling someone which cell changed: a column
 * by its header cells, a body row by its label cells (“就业率”列，“计算机应用技术”行), as the
 * merge review and the checks do, instead of grid indexes nobody counts.
 *
 * - A column's label is its lowest non-empty header cell (columnTitle, as formulas and charts
 *   name columns); when another column has the same lowest title (人数 under 2024 届 and under
 *   2025 届) all its header cells top to bottom are used (“2025 届 人数”).
 * - A body row's label is the last text before the row's first number (the rule the table checks
 *   use: 院系 | 专业 | 人数 names the row by its 专业); counting columns (序号) are skipped, their
 *   numbers are not data. When another row has the same label (the 小计 of every group) the row's
 *   label texts left to right are used (“机械工程系 小计”).
 * - '' where no label names the row or column alone: the caller falls back to its number.
 */
import { parseCellNumber } from './number-format';
import { buildTableMap, cellAt, columnTitle, type TableMap } from './table-map';
import { cellText, type TableElement } from './table-types';
import { compactText } from './cjk-text';

/** Columns that count rows (序号 1, 2, 3): their numbers do not end a row's label. */
const COUNTER_TITLE = /^(序号|编号|排名|名次|no\.?)$/i;

export function isCounterTitle(text: string): boolean {
  return COUNTER_TITLE.test(compactText(text));
}

function textAt(map: TableMap, row: number, col: number): string {
  const mapped = cellAt(map, row, col);
  return mapped === undefined ? '' : cellText(mapped.cell).trim();
}

/** Header cells over a column, top to bottom, distinct and non-empty. */
function headerParts(table: TableElement, map: TableMap, col: number): string[] {
  const parts: string[] = [];
  for (let row = 0; row < Math.min(table.headerRows, map.height); row++) {
    const text = textAt(map, row, col);
    if (text !== '' && !parts.includes(text)) parts.push(text);
  }
  return parts;
}

/**
 * The texts that name a body row, left to right: every non-empty text before the first number
 * (cells merged down from above, such as a 院系 label, included), counting columns skipped.
 */
export function rowLabelParts(table: TableElement, map: TableMap, row: number): string[] {
  const parts: string[] = [];
  for (let col = 0; col < map.width; col++) {
    const text = textAt(map, row, col);
    if (text === '') continue;
    if (parseCellNumber(text) !== null) {
      if (table.headerRows > 0 && isCounterTitle(columnTitle(table, map, col))) continue;
      break;
    }
    if (!parts.includes(text)) parts.push(text);
  }
  return parts;
}

/** For each entry, its last part, else all its parts, whichever no other entry shares; '' when neither is unique. */
function uniqueLabels(forms: readonly (readonly string[])[]): string[] {
  const short = forms.map((parts) => parts[parts.length - 1] ?? '');
  const long = forms.map((parts) => parts.join(' '));
  const unique = (all: readonly string[], value: string): boolean => all.filter((x) => x === value).length === 1;
  return forms.map((_parts, i) => {
    const s = short[i] as string;
    const l = long[i] as string;
    if (s === '') return '';
    if (unique(short, s)) return s;
    return unique(long, l) ? l : '';
  });
}

export interface TableLabels {
  /** Per grid row: the body row's label ('' for header rows and unnamed rows). */
  readonly rows: readonly string[];
  /** Per grid column: the column's label ('' without header rows or when not unique). */
  readonly columns: readonly string[];
}

/** Every row's and column's label (see the module comment), computed in one pass over the table. */
export function tableLabels(table: TableElement, map: TableMap = buildTableMap(table)): TableLabels {
  const columnForms = Array.from({ length: map.width }, (_, col) => headerParts(table, map, col));
  const bodyRows = Array.from({ length: map.height }, (_, row) => (row < table.headerRows ? [] : rowLabelParts(table, map, row)));
  return { rows: uniqueLabels(bodyRows), columns: uniqueLabels(columnForms) };
}
