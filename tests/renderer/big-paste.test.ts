/**
 * Which pastes run in steps with a progress bar (renderer/src/editor/table/big-paste.ts): the size
 * of the clipboard's block of cells is counted from its tab-separated text without parsing it.
 */
import { BIG_PASTE_CELLS, estimateCells } from '../../renderer/src/editor/table/big-paste';
import { excelClipboard, graduateRows } from '../support/excel-clipboard';

test.each<[string, string, { rows: number; cols: number }]>([
  ['Excel rows end with CRLF', '院系\t人数\r\n机械\t10\r\n', { rows: 2, cols: 2 }],
  ['a last row without a line break', '院系\t人数\n机械\t10', { rows: 2, cols: 2 }],
  ['one line', 'a\tb\tc', { rows: 1, cols: 3 }],
  ['nothing', '', { rows: 0, cols: 1 }],
])('%s', (_name, text, expected) => {
  expect(estimateCells(text)).toEqual(expected);
});

test('a 2 000 × 12 Excel range is a long paste; a 20-row one is not', () => {
  const big = estimateCells(excelClipboard(graduateRows(2000))['text/plain']);
  expect(big).toEqual({ rows: 2000, cols: 12 });
  expect(big.rows * big.cols).toBeGreaterThanOrEqual(BIG_PASTE_CELLS);
  const small = estimateCells(excelClipboard(graduateRows(20))['text/plain']);
  expect(small.rows * small.cols).toBeLessThan(BIG_PASTE_CELLS);
});
