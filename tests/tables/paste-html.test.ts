import { decodeEntities, tokenizeHtml } from '../../shared/tables/html-tokenizer';
import { finishCellText, parseHtmlTable } from '../../shared/tables/paste-html';
import { gridToTable } from '../../shared/tables/cell-grid';
import { contentText } from '../../shared/tables/table-types';
import { expectNormal, tableToSpec } from './table-spec';

/** What Excel (Windows, 2016+) puts on the clipboard as text/html, trimmed to the parts that matter. */
const EXCEL = `Version:0.9
StartHTML:0000000105
EndHTML:0000002000
<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link id=Main-File rel=Main-File href="file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip.htm">
<style>
<!--table
\t{mso-displayed-decimal-separator:"\\.";
\tmso-displayed-thousand-separator:"\\,";}
br
\t{mso-data-placement:same-cell;}
td
\t{padding-top:1px;
\tcolor:black;
\tfont-family:等线;
\ttext-align:general;
\tvertical-align:bottom;}
.xl65
\t{text-align:center;
\tvertical-align:middle;}
.xl66
\t{mso-number-format:"0\\.00%";
\ttext-align:right;}
-->
</style>
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>Sheet1</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook>
</xml><![endif]-->
</head>
<body link="#0563C1" vlink="#954F72">
<table border=0 cellpadding=0 cellspacing=0 width=264 style='border-collapse:
 collapse;width:198pt'>
<!--StartFragment-->
 <col width=120 style='mso-width-source:userset;mso-width-alt:3840;width:90pt'>
 <col width=72 span=2 style='width:54pt'>
 <tr height=19 style='height:14.25pt'>
  <td height=19 class=xl65 width=120 style='height:14.25pt;width:90pt'>院系</td>
  <td class=xl65 width=72 style='width:54pt'>人数</td>
  <td class=xl65 width=72 style='width:54pt'>占比</td>
 </tr>
 <tr height=19 style='height:14.25pt'>
  <td rowspan=2 height=38 class=xl65 style='height:28.5pt'>机械工程系</td>
  <td align=right x:num>374</td>
  <td class=xl66 x:num="0.1121">11.21%</td>
 </tr>
 <tr height=19 style='height:14.25pt'>
  <td height=19 align=right style='height:14.25pt' x:num>236</td>
  <td class=xl66 x:num="7.0700000000000002E-2">7.07%</td>
 </tr>
 <tr height=19 style='display:none'>
  <td>隐藏行</td><td>1</td><td>1%</td>
 </tr>
 <tr height=38 style='height:28.5pt'>
  <td height=38 width=120 style='height:28.5pt;width:90pt'>智能技术系<br>
  （含大数据技术专业等五个专业的全部毕业生合计人数）</td>
  <td colspan=2 class=xl65>暂无&nbsp;数据 &amp; 说明</td>
 </tr>
<!--EndFragment-->
</table>
</body>
</html>`;

describe('parseHtmlTable: Excel clipboard', () => {
  const grid = parseHtmlTable(EXCEL);

  test('cells, spans and text; the hidden row is skipped', () => {
    expect(grid).not.toBeNull();
    const table = gridToTable(grid!);
    expectNormal(table);
    expect(tableToSpec(table)).toEqual([
      ['院系', '人数', '占比'],
      ['机械工程系', '374', '11.21%'],
      ['^', '236', '7.07%'],
      ['智能技术系\n（含大数据技术专业等五个专业的全部毕业生合计人数）', '暂无 数据 & 说明', '<'],
    ]);
  });

  test('alignment from class rules in <style>, the align attribute, or nothing', () => {
    expect(grid!.rows.map((row) => row.map((cell) => cell.align ?? '-'))).toEqual([
      ['center', 'center', 'center'],
      ['center', 'right', 'right'],
      ['right', 'right'],
      ['-', 'center'],
    ]);
  });

  test('column widths from <col>, span included', () => {
    expect(grid!.columnWidths).toEqual([120, 72, 72]);
    expect(gridToTable(grid!).columns.map((c) => c.width)).toEqual([120, 72, 72]);
  });

  test('no <thead> or <th>: no header rows are claimed', () => {
    expect(grid!.headerRows).toBe(0);
  });
});

describe('parseHtmlTable: other sources', () => {
  const cells = (html: string): string[][] => (parseHtmlTable(html)?.rows ?? []).map((row) => row.map((cell) => contentText(cell.content)));

  test('Word: paragraphs in a cell become lines; Office tags and spans vanish', () => {
    const html = `<table class=MsoTableGrid border=1><tr><td width=189 valign=top style='width:142pt'>
<p class=MsoNormal><span lang=EN-US>2023</span><span style='font-family:宋体'>年</span><o:p></o:p></p>
<p class=MsoNormal><span style='font-family:宋体'>第二段</span><o:p>&nbsp;</o:p></p></td><td><p class=MsoNormal><o:p>&nbsp;</o:p></p></td></tr></table>`;
    expect(cells(html)).toEqual([['2023年\n第二段', '']]);
  });

  test('Google Sheets: wrapper element, colgroup, inline text-align', () => {
    const html = `<meta charset='utf-8'><google-sheets-html-origin><style type="text/css"><!--td {border: 1px solid #cccccc;}br {mso-data-placement:same-cell;}--></style><table xmlns="http://www.w3.org/1999/xhtml" cellspacing="0" cellpadding="0" dir="ltr" border="1" data-sheets-root="1"><colgroup><col width="100"/><col width="60"/></colgroup><tbody><tr style="height:21px;"><td style="overflow:hidden;vertical-align:bottom;">河北省</td><td style="overflow:hidden;vertical-align:bottom;text-align:right;" data-sheets-value="{&quot;1&quot;:3,&quot;3&quot;:1106}">1106</td></tr></tbody></table>`;
    const grid = parseHtmlTable(html);
    expect(cells(html)).toEqual([['河北省', '1106']]);
    expect(grid?.rows[0]?.[1]?.align).toBe('right');
    expect(grid?.columnWidths).toEqual([100, 60]);
  });

  test('a web page: <thead> rows are header rows, <caption> is kept, cells without end tags close', () => {
    const html = `<p>前文</p><table><caption>表 3-1 服务贡献表</caption><thead><tr><th rowspan="2">指标<th colspan="3">年份</tr><tr><th>2023<th>2024<th>2025</tr></thead>
<tbody><tr><td>横向技术服务到款额<td>2.57<td>5<td>36.36</tr></tbody></table><table><tr><td>second table</td></tr></table>`;
    const grid = parseHtmlTable(html);
    expect(grid?.headerRows).toBe(2);
    expect(grid?.caption).toBe('表 3-1 服务贡献表');
    expect(tableToSpec(gridToTable(grid!))).toEqual([
      ['指标', '年份', '<', '<'],
      ['^', '2023', '2024', '2025'],
      ['横向技术服务到款额', '2.57', '5', '36.36'],
    ]);
  });

  test('leading rows of <th> only are header rows when there is no <thead>', () => {
    expect(parseHtmlTable('<table><tr><th>项目</th><th>人数</th></tr><tr><th>订单培养</th><td>650</td></tr></table>')?.headerRows).toBe(1);
  });

  test('a nested table is flattened into its cell', () => {
    expect(cells('<table><tr><td>外<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table></td><td>x</td></tr></table>')).toEqual([['外\na b\nc', 'x']]);
  });

  test('hidden cells (Excel hidden columns) are skipped', () => {
    expect(cells("<table><tr><td>a</td><td style='display:none'>h</td><td>b</td></tr></table>")).toEqual([['a', 'b']]);
  });

  test('rowspan="0" spans to the end; absurd spans are clamped', () => {
    const table = gridToTable(parseHtmlTable('<table><tr><td rowspan="0">A</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></table>')!);
    expect(tableToSpec(table)).toEqual([['A', '1'], ['^', '2'], ['^', '3']]);
    const wide = gridToTable(parseHtmlTable('<table><tr><td colspan="99999">A</td></tr></table>')!);
    expect(wide.columns.length).toBe(1000);
  });

  test('no table → null', () => {
    expect(parseHtmlTable('<p>只是一段文字</p>')).toBeNull();
    expect(parseHtmlTable('')).toBeNull();
  });
});

describe('cell text whitespace', () => {
  test.each([
    ['runs of spaces and breaks collapse', 'a \n\t b', 'a b'],
    ['a source line break between CJK characters disappears', '产教融合企业合作培养\r\n   学生数', '产教融合企业合作培养学生数'],
    ['a source line break next to Latin or digits is a space', '2025\n届', '2025 届'],
    ['a typed space between CJK characters stays (only line breaks are artefacts)', '机械 工程', '机械 工程'],
    ['<br> is a line break; spaces around it go', 'a \u0001  b', 'a\nb'],
    ['two <br> give an empty line', 'a\u0001\u0001b', 'a\n\nb'],
    ['paragraph boundaries collapse and are trimmed at the ends', '\u0002\u0002a\u0002 \u0002b\u0002', 'a\nb'],
    ['non-breaking spaces are content, shown as spaces, trimmed at the ends', '\u00a0a\u00a0\u00a0b\u00a0', 'a  b'],
  ])('%s', (_name, raw, expected) => {
    expect(finishCellText(raw)).toBe(expected);
  });
});

describe('tokenizer details', () => {
  test.each([
    ['&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;', '<b> & "x" \'y\''],
    ['&#x4E2D;&#25991;', '中文'],
    ['&nbsp;&NBSP;&nbsp', '\u00a0&NBSP;\u00a0'],
    ['&AMP; &LT;', '& <'],
    ['&unknown; &amp', '&unknown; &'],
    ['&#0; &#xD800; &#x110000;', '\uFFFD \uFFFD \uFFFD'],
    ['&mdash;&hellip;&ldquo;&rdquo;', '—…“”'],
  ])('decodeEntities(%p)', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });

  test('attributes: quoted both ways, unquoted, valueless, upper-case names, entities in values', () => {
    const [token] = tokenizeHtml(`<TD ColSpan=2 class='xl65 x' style="a:b" x:num title="a&amp;b" nowrap>`);
    expect(token).toEqual({
      kind: 'start',
      name: 'td',
      selfClosing: false,
      attrs: new Map([
        ['colspan', '2'],
        ['class', 'xl65 x'],
        ['style', 'a:b'],
        ['x:num', ''],
        ['title', 'a&b'],
        ['nowrap', ''],
      ]),
    });
  });

  test('comments, conditional markers, declarations and scripts produce no text; "<" alone is text', () => {
    const tokens = tokenizeHtml('<!DOCTYPE html><?xml version="1.0"?><!--x<td>--><![if !supportMisc]>a < b<![endif]><script>if (a<b) {}</script><br/>');
    expect(tokens).toEqual([
      { kind: 'text', text: 'a < b' },
      { kind: 'start', name: 'script', attrs: new Map(), selfClosing: false },
      { kind: 'end', name: 'script' },
      { kind: 'start', name: 'br', attrs: new Map(), selfClosing: true },
    ]);
  });

  test('an unterminated comment or tag ends the input without throwing', () => {
    expect(tokenizeHtml('a<!-- never closed')).toEqual([{ kind: 'text', text: 'a' }]);
    expect(tokenizeHtml('<td class="x')).toHaveLength(1);
  });
});
