/** Dates in Chinese order for the app's date fields (issue 15, polish). */
import { formatChineseDate, parseChineseDate } from '../../shared/text/chinese-date';

test.each([
  ['2025年12月30日', '2025-12-30'],
  ['2025年1月5日', '2025-01-05'],
  ['2025-12-30', '2025-12-30'],
  ['2025/1/5', '2025-01-05'],
  ['2025.12.30', '2025-12-30'],
  [' 20251230 ', '2025-12-30'],
  ['', ''],
  // No real calendar day, or not a date at all: refused (null), never guessed.
  ['2025年2月30日', null],
  ['2025-13-01', null],
  ['12/30/2025', null],
  ['明天', null],
])('“%s” → %p', (text, expected) => {
  expect(parseChineseDate(text)).toBe(expected);
});

test('formats a day the Chinese way, and back again', () => {
  expect(formatChineseDate('2025-01-05')).toBe('2025年1月5日');
  expect(formatChineseDate('')).toBe('');
  expect(parseChineseDate(formatChineseDate('2024-02-29'))).toBe('2024-02-29');
});
