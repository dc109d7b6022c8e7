/**
 * What Excel puts on the clipboard when a range of cells is copied: the cells as tab-separated text
 * (CRLF rows) and as an HTML table in Excel's own dialect (mso styles, one <col width=72 span=…>
 * for default-width columns, height/width on every cell). Used by the long-table e2e test and
 * bench/big-table.mjs, so both paste exactly what a user pasting from Excel would.
 */

const HEAD = ['序号', '院系', '专业名称', '学号', '姓名', '性别', '年级', '入学年份', '就业单位', '月薪（元）', '满意度', '备注'];
const DEPARTMENTS = ['机械工程系', '电气工程系', '信息工程系', '经济管理系', '艺术设计系'];
const MAJORS = ['机电一体化技术', '数控技术', '工业机器人技术', '软件技术', '大数据技术', '会计信息管理', '视觉传达设计'];
const EMPLOYERS = ['天津某某精密机械制造有限公司', '中国移动通信集团天津有限公司', '海尔智家股份有限公司', '天津港集团'];

/** A graduates' table: a header row, then `rows - 1` rows whose first cell is the row number. */
export function graduateRows(rows: number, cols = HEAD.length): string[][] {
  const out: string[][] = [HEAD.slice(0, cols)];
  for (let r = 1; r < rows; r++) {
    const row = [
      String(r),
      DEPARTMENTS[r % DEPARTMENTS.length] as string,
      MAJORS[r % MAJORS.length] as string,
      `2021${String(r).padStart(5, '0')}`,
      `学生${r}`,
      r % 2 ? '男' : '女',
      `${2021 + (r % 3)}级`,
      String(2021 + (r % 3)),
      EMPLOYERS[r % EMPLOYERS.length] as string,
      String(4000 + ((r * 37) % 3000)),
      `${(80 + (r % 20)).toFixed(1)}%`,
      r % 10 === 0 ? '升学' : '',
    ];
    out.push(row.slice(0, cols));
  }
  return out;
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The clipboard flavours Excel writes for `cells`. */
export function excelClipboard(cells: readonly (readonly string[])[]): { 'text/plain': string; 'text/html': string } {
  const cols = cells.reduce((max, row) => Math.max(max, row.length), 0);
  const text = cells.map((row) => row.join('\t')).join('\r\n') + '\r\n';
  const body = cells
    .map((row) => ` <tr height=18 style='height:13.5pt'>\r\n${row.map((cell) => `  <td height=18 class=xl65 width=72 style='height:13.5pt;width:54pt'>${escapeHtml(cell)}</td>\r\n`).join('')} </tr>\r\n`)
    .join('');
  const html =
    `<html xmlns:v="urn:schemas-microsoft-com:vml"\r\nxmlns:o="urn:schemas-microsoft-com:office:office"\r\nxmlns:x="urn:schemas-microsoft-com:office:excel"\r\nxmlns="http://www.w3.org/TR/REC-html40">\r\n<head>\r\n` +
    `<meta http-equiv=Content-Type content="text/html; charset=utf-8">\r\n<meta name=ProgId content=Excel.Sheet>\r\n<meta name=Generator content="Microsoft Excel 15">\r\n` +
    `<style>\r\n<!--table\r\n\t{mso-displayed-decimal-separator:"\\.";\r\n\tmso-displayed-thousand-separator:"\\,";}\r\ntd\r\n\t{padding-top:1px;\r\n\tcolor:black;\r\n\tfont-size:11.0pt;\r\n\tfont-family:等线;\r\n\twhite-space:nowrap;}\r\n.xl65\r\n\t{text-align:center;}\r\n-->\r\n</style>\r\n</head>\r\n\r\n` +
    `<body link="#0563C1" vlink="#954F72">\r\n\r\n<table border=0 cellpadding=0 cellspacing=0 width=${72 * cols} style='border-collapse:\r\n collapse;width:${54 * cols}pt'>\r\n<!--StartFragment-->\r\n <col width=72 span=${cols} style='width:54pt'>\r\n` +
    body +
    `<!--EndFragment-->\r\n</table>\r\n\r\n</body>\r\n\r\n</html>\r\n`;
  return { 'text/plain': text, 'text/html': html };
}
