/**
 * A copied Slate fragment → the clipboard's text/plain and text/html (shared/editor/fragment-clipboard.ts),
 * as data: each case gives a fragment and the exact text and HTML expected. Then the two flavours
 * are read back with the app's own Excel paste parsers (the merged cells and the quoting survive),
 * and a 2 000-row table gives 2 000 lines and 2 000 <tr>. Negative controls: a fragment without a
 * table is not claimed by fragmentHasTable; markup in cell text stays text.
 */
import { fragmentHasTable, fragmentToClipboard } from '../../shared/editor/fragment-clipboard';
import type { ReportNode, TableElement, TableCellElement } from '../../shared/model/document';
import { parseHtmlTable } from '../../shared/tables/paste-html';
import { parseTabSeparated } from '../../shared/tables/paste-tsv';
import { contentText } from '../../shared/tables/table-types';

const cell = (text: string, spans: Partial<Pick<TableCellElement, 'rowSpan' | 'colSpan'>> = {}): TableCellElement => ({ type: 'table-cell', id: `c-${text}`, ...spans, children: [{ text }] });

function table(rows: TableCellElement[][], extra: Partial<TableElement> = {}): TableElement {
  return {
    type: 'table',
    id: 't1',
    caption: '毕业生分布',
    source: '就业系统',
    headerRows: 1,
    columns: [{ id: 'a', width: 1 }, { id: 'b', width: 1 }, { id: 'c', width: 1 }],
    children: rows.map((children, r) => ({ type: 'table-row', id: `r${r}`, children })),
    ...extra,
  };
}

/** 院系 spans two rows (机械工程系), 合计 spans two columns. */
const MERGED = table([
  [cell('院系'), cell('专业'), cell('人数')],
  [cell('机械工程系', { rowSpan: 2 }), cell('数控技术'), cell('236')],
  [cell('机电一体化技术'), cell('374')],
  [cell('合计', { colSpan: 2 }), cell('610')],
]);

const labels: Record<string, string> = { t1: '表 1-1', t2: '表 1-2' };
const labelOf = (id: string): string | null => labels[id] ?? null;

interface Case {
  name: string;
  fragment: ReportNode[];
  text: string;
  html: string;
}

const CASES: Case[] = [
  {
    name: 'a range of cells (one table): cells only, spans as rowspan/colspan, covered slots empty in the text',
    fragment: [MERGED],
    text: '院系\t专业\t人数\n机械工程系\t数控技术\t236\n\t机电一体化技术\t374\n合计\t\t610',
    html:
      '<table border="1" style="border-collapse:collapse"><thead><tr><th>院系</th><th>专业</th><th>人数</th></tr></thead><tbody>' +
      '<tr><td rowspan="2">机械工程系</td><td>数控技术</td><td>236</td></tr><tr><td>机电一体化技术</td><td>374</td></tr>' +
      '<tr><td colspan="2">合计</td><td>610</td></tr></tbody></table>',
  },
  {
    name: 'a table among paragraphs: caption with its number above, source below; a reference shows its label',
    fragment: [
      { type: 'paragraph', id: 'p1', children: [{ text: '如' }, { type: 'xref', id: 'x1', target: 't1', children: [{ text: '' }] }, { text: '所示：', bold: true }] },
      table([[cell('院系'), cell('人数')], [cell('机械'), cell('236')]], { columns: [{ id: 'a', width: 1 }, { id: 'b', width: 1 }] }),
      { type: 'heading', id: 'h1', level: 1, children: [{ text: '二、质量' }] },
    ],
    text: '如表 1-1所示：\n表 1-1 毕业生分布\n院系\t人数\n机械\t236\n数据来源：就业系统\n二、质量',
    html:
      '<p>如表 1-1<b>所示：</b></p><p>表 1-1 毕业生分布</p><table border="1" style="border-collapse:collapse"><thead><tr><th>院系</th><th>人数</th></tr></thead>' +
      '<tbody><tr><td>机械</td><td>236</td></tr></tbody></table><p>数据来源：就业系统</p><h2>二、质量</h2>',
  },
  {
    name: 'cell text with markup, quotes, a tab and a line break: escaped in HTML, quoted in the text',
    fragment: [table([[cell('<b>A&B</b>'), cell('"引号"'), cell('一行\n二行\t列')]], { headerRows: 0 })],
    text: '<b>A&B</b>\t"""引号"""\t"一行\n二行\t列"',
    html:
      '<table border="1" style="border-collapse:collapse"><tbody><tr><td>&lt;b&gt;A&amp;B&lt;/b&gt;</td><td>&quot;引号&quot;</td>' +
      '<td>一行<br style="mso-data-placement:same-cell">二行\t列</td></tr></tbody></table>',
  },
  {
    name: 'a partial table whose rowspan runs past the copied rows: cut at the last row',
    fragment: [table([[cell('甲', { rowSpan: 3 }), cell('乙'), cell('丙')]], { headerRows: 0 })],
    text: '甲\t乙\t丙',
    html: '<table border="1" style="border-collapse:collapse"><tbody><tr><td>甲</td><td>乙</td><td>丙</td></tr></tbody></table>',
  },
  {
    name: 'a list and a case box holding a table',
    fragment: [
      { type: 'bulleted-list', id: 'l1', children: [{ type: 'list-item', id: 'i1', children: [{ text: '一 & 二' }] }] },
      { type: 'case', id: 'k1', title: '订单班', children: [table([[cell('x')]], { id: 't2', caption: '', source: '', headerRows: 0, columns: [{ id: 'a', width: 1 }] })] },
    ],
    text: '一 & 二\n案例 订单班\n表 1-2\nx',
    html: '<ul><li>一 &amp; 二</li></ul><div><p><b>案例 订单班</b></p><p>表 1-2</p><table border="1" style="border-collapse:collapse"><tbody><tr><td>x</td></tr></tbody></table></div>',
  },
];

describe('fragment → clipboard text and HTML', () => {
  test.each(CASES)('$name', ({ fragment, text, html }) => {
    expect(fragmentHasTable(fragment)).toBe(true);
    expect(fragmentToClipboard(fragment, { labelOf })).toEqual({ text, html });
  });

  test('negative control: paragraphs alone are left to slate-react', () => {
    expect(fragmentHasTable([{ type: 'paragraph', id: 'p', children: [{ text: '<table>' }] }])).toBe(false);
    expect(fragmentHasTable([{ type: 'case', id: 'k', title: '', children: [{ type: 'paragraph', id: 'p', children: [{ text: 'x' }] }] }])).toBe(false);
  });

  test('references before the numbering arrives and broken ones are said so, not dropped', () => {
    const fragment: ReportNode[] = [{ type: 'paragraph', id: 'p', children: [{ text: '见' }, { type: 'xref', id: 'x', target: 'gone', children: [{ text: '' }] }] }, MERGED];
    expect(fragmentToClipboard(fragment, { labelOf: () => null }).text.split('\n')[0]).toBe('见〔引用失效〕');
    expect(fragmentToClipboard(fragment, { labelOf: () => undefined }).text.split('\n')[0]).toBe('见〔引用〕');
  });

  test('what Excel and the app read back: the same grid, merges and quoting included', () => {
    const { text, html } = fragmentToClipboard([MERGED], { labelOf });
    const fromHtml = parseHtmlTable(html);
    expect(fromHtml?.rows.map((row) => row.map((c) => [contentText(c.content), c.rowSpan ?? 1, c.colSpan ?? 1]))).toEqual([
      [['院系', 1, 1], ['专业', 1, 1], ['人数', 1, 1]],
      [['机械工程系', 2, 1], ['数控技术', 1, 1], ['236', 1, 1]],
      [['机电一体化技术', 1, 1], ['374', 1, 1]],
      [['合计', 1, 2], ['610', 1, 1]],
    ]);
    const quoted = fragmentToClipboard([table([[cell('一行\n二行'), cell('"x"')]], { headerRows: 0 })], { labelOf }).text;
    expect(parseTabSeparated(quoted).rows.map((row) => row.map((c) => contentText(c.content)))).toEqual([['一行\n二行', '"x"']]);
    expect(parseTabSeparated(text).rows.map((row) => row.map((c) => contentText(c.content)))).toEqual([
      ['院系', '专业', '人数'],
      ['机械工程系', '数控技术', '236'],
      ['', '机电一体化技术', '374'],
      ['合计', '', '610'],
    ]);
  });

  test('a 2 000-row table: every row in both flavours', () => {
    const rows = Array.from({ length: 2000 }, (_, r) => [cell(`行${r}`), cell(String(r * 3)), cell('备注')]);
    const { text, html } = fragmentToClipboard([table(rows)], { labelOf });
    const lines = text.split('\n');
    expect(lines).toHaveLength(2000);
    expect(lines[1999]).toBe('行1999\t5997\t备注');
    expect(html.match(/<tr>/g)).toHaveLength(2000);
  });
});
