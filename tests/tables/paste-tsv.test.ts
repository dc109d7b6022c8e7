import { looksTabSeparated, parseTabSeparated } from '../../shared/tables/paste-tsv';
import { contentText } from '../../shared/tables/table-types';

const grid = (text: string): string[][] => parseTabSeparated(text).rows.map((row) => row.map((cell) => contentText(cell.content)));

describe('parseTabSeparated (Excel / WPS clipboard text)', () => {
  test.each([
    ['Excel: CRLF rows and a final CRLF', '院系\t人数\r\n机械工程系\t939\r\n', [['院系', '人数'], ['机械工程系', '939']]],
    ['LF rows, no final break', 'a\tb\nc\td', [['a', 'b'], ['c', 'd']]],
    ['old Mac CR rows', 'a\tb\rc\td\r', [['a', 'b'], ['c', 'd']]],
    ['empty cells kept, trailing ones too', 'a\t\tc\r\n\t\t\r\n', [['a', '', 'c'], ['', '', '']]],
    ['ragged rows padded', 'a\tb\tc\r\nd\r\n', [['a', 'b', 'c'], ['d', '', '']]],
    ['quoted cell with an embedded line break', '"智能技术系\n（含大数据）"\t806\r\n', [['智能技术系\n（含大数据）', '806']]],
    ['quoted cell with CRLF inside becomes LF', '"a\r\nb"\tc', [['a\nb', 'c']]],
    ['quoted cell with a tab and doubled quotes', '"x\ty ""z"""\t1', [['x\ty "z"', '1']]],
    ['a quote inside an unquoted cell is literal', '5" screen\t2', [['5" screen', '2']]],
    ['text after a closing quote is kept', '"ab"cd\te', [['abcd', 'e']]],
    ['an empty row in the middle survives', 'a\r\n\r\nb\r\n', [['a'], [''], ['b']]],
    ['a single copied cell', '3337\r\n', [['3337']]],
    ['quoted empty cell', '""\tx', [['', 'x']]],
    ['unterminated quote runs to the end', '"abc\ndef', [['abc\ndef']]],
    ['byte order mark dropped', '\uFEFFa\tb', [['a', 'b']]],
    ['nothing', '', []],
  ])('%s', (_name, text, expected) => {
    expect(grid(text)).toEqual(expected);
  });

  test('no header rows are guessed from plain text', () => {
    expect(parseTabSeparated('a\tb\r\n1\t2').headerRows).toBe(0);
  });

  test.each([
    ['a\tb', true],
    ['一段普通文字\n第二段', false],
  ])('looksTabSeparated(%p) → %p', (text, expected) => {
    expect(looksTabSeparated(text)).toBe(expected);
  });
});
