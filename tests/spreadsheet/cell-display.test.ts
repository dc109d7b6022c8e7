/** Excel number formats rendered the way Excel and WPS show them (what ends up in the report). */
import { displayText, formatDate, formatNumber } from '../../electron/spreadsheet/cell-display';
import { columnIndex, columnLetters, formatRange, parseRange } from '../../electron/spreadsheet/sheet-range';

test.each([
  [0.1121, '0.00%', '11.21%'],
  [1, '0%', '100%'],
  [1106, '#,##0', '1,106'],
  [1106.5, '#,##0.00', '1,106.50'],
  [36.364, '0.0', '36.4'],
  [-5, '0.00', '-5.00'],
  [-1234, '#,##0;(#,##0)', '(1,234)'],
  [0, '#,##0;-#,##0;"-"', '-'],
  [1234.5, '[$¥-804]#,##0.00', '¥1,234.50'],
  [12, '0"人"', '12人'],
  [3337, 'General', '3337'],
  [0.1 + 0.2, undefined, '0.3'],
  [42, '@', '42'],
])('%p with %p shows %p', (value, format, shown) => {
  expect(formatNumber(value, format)).toBe(shown);
});

test('dates keep Chinese 年月日 formats, others are ISO', () => {
  const date = new Date(Date.UTC(2025, 5, 30));
  expect(formatDate(date, 'yyyy"年"m"月"d"日"')).toBe('2025年6月30日');
  expect(formatDate(date, 'yyyy"年"m"月"')).toBe('2025年6月');
  expect(formatDate(date, 'yyyy-mm-dd')).toBe('2025-06-30');
});

test('rich text, formulas, errors and hyperlinks show their text', () => {
  expect(displayText({ richText: [{ text: '机械' }, { text: '工程系' }] }, undefined)).toBe('机械工程系');
  expect(displayText({ formula: 'C2/C9', result: 0.2814 }, '0.00%')).toBe('28.14%');
  expect(displayText({ error: '#DIV/0!' }, undefined)).toBe('#DIV/0!');
  expect(displayText({ text: '教育部', hyperlink: 'https://www.moe.gov.cn' }, undefined)).toBe('教育部');
  expect(displayText(null, undefined)).toBe('');
});

test('A1 ranges', () => {
  expect(parseRange('A1:D20')).toEqual({ top: 0, left: 0, bottom: 20, right: 4 });
  expect(parseRange('$d$20:$a$1')).toEqual({ top: 0, left: 0, bottom: 20, right: 4 });
  expect(parseRange('B3')).toEqual({ top: 2, left: 1, bottom: 3, right: 2 });
  expect(() => parseRange('A0:B2')).toThrow(/A1:D20/);
  expect(columnIndex('AA')).toBe(26);
  expect(columnLetters(26)).toBe('AA');
  expect(formatRange({ top: 0, left: 27, bottom: 1, right: 28 })).toBe('AB1');
});
