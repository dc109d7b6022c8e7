/**
 * What counts as cells on the clipboard (Excel/WPS HTML or tab-separated text) and what is left to
 * the ordinary paste (prose, a Word passage, content copied inside the editor); and a sheet read
 * by main turned into the cell grid tables are built from.
 */
import { gridToTable } from '../../shared/tables/cell-grid';
import { buildTableMap } from '../../shared/tables/table-map';
import { cellText } from '../../shared/tables/table-types';
import { spreadsheetToGrid } from '../../renderer/src/editor/table/spreadsheet-grid';
import { clipboardCells } from '../../renderer/src/editor/table/use-table-paste';

function clipboard(data: Record<string, string>): Pick<DataTransfer, 'getData'> {
  return { getData: (type: string) => data[type] ?? '' };
}

const texts = (grid: ReturnType<typeof clipboardCells>): string[][] =>
  (grid?.rows ?? []).map((row) => row.map((cell) => (typeof cell.content === 'string' ? cell.content : cell.content.map((r) => r.text).join(''))));

describe('clipboardCells', () => {
  const excelHtml = '<table><tr><td rowspan="2">机械工程系</td><td>数控技术</td></tr><tr><td>机电一体化技术</td></tr></table>';

  test('Excel HTML with merged cells, in or out of a table', () => {
    for (const inTable of [true, false]) {
      const grid = clipboardCells(clipboard({ 'text/html': excelHtml, 'text/plain': '机械工程系\t数控技术\r\n\t机电一体化技术\r\n' }), inTable);
      expect(grid?.rows[0]?.[0]).toMatchObject({ content: '机械工程系', rowSpan: 2 });
    }
  });

  test('tab-separated text becomes cells anywhere; several lines only inside a table', () => {
    expect(texts(clipboardCells(clipboard({ 'text/plain': '院系\t人数\r\n机械工程系\t939\r\n' }), false))).toEqual([
      ['院系', '人数'],
      ['机械工程系', '939'],
    ]);
    expect(texts(clipboardCells(clipboard({ 'text/plain': '机械工程系\r\n智能技术系\r\n' }), true))).toEqual([['机械工程系'], ['智能技术系']]);
    expect(clipboardCells(clipboard({ 'text/plain': '第一段。\n第二段。' }), false)).toBeNull();
  });

  test('a single line of text, a Word passage around a table, and Slate fragments are not cells', () => {
    expect(clipboardCells(clipboard({ 'text/plain': '939' }), true)).toBeNull();
    const word = { 'text/html': `<p>如下表：</p>${excelHtml}<p>以上。</p>`, 'text/plain': '如下表：\n机械工程系\t数控技术\n\t机电一体化技术\n以上。' };
    expect(clipboardCells(clipboard(word), false)).toBeNull();
    expect(clipboardCells(clipboard({ 'application/x-slate-fragment': 'abc', 'text/plain': 'a\tb' }), true)).toBeNull();
  });
});

test('a sheet with merges becomes spans on the top-left cells, covered cells left out', () => {
  const grid = spreadsheetToGrid(
    {
      sheets: ['毕业生'],
      sheet: '毕业生',
      range: 'A1:C4',
      grid: [
        ['院系', '专业', '人数'],
        ['机械工程系', '数控技术', '236'],
        ['', '小计', '236'],
        ['合计', '', '236'],
      ],
      merges: [
        { top: 1, left: 0, bottom: 3, right: 1 },
        { top: 3, left: 0, bottom: 4, right: 2 },
      ],
      columnWidths: [16, 24, 8],
    },
    1,
  );
  const table = gridToTable(grid);
  const map = buildTableMap(table);
  expect(map.problems).toEqual([]);
  expect(table.headerRows).toBe(1);
  expect(table.columns.map((c) => c.width)).toEqual([16, 24, 8]);
  expect(table.children.map((row) => row.children.map((cell) => `${cellText(cell)}${cell.rowSpan ? `↓${cell.rowSpan}` : ''}${cell.colSpan ? `→${cell.colSpan}` : ''}`))).toEqual([
    ['院系', '专业', '人数'],
    ['机械工程系↓2', '数控技术', '236'],
    ['小计', '236'],
    ['合计→2', '236'],
  ]);
});
