/** Tables as WordprocessingML strings (see ooxml.ts for why strings); children in schema order. */
import type { Border } from './ooxml';

export interface CellSpec {
  /** Twips. */
  readonly width: number;
  readonly gridSpan?: number;
  readonly vMerge?: 'restart' | 'continue';
  /** Hex RGB fill. */
  readonly fill?: string;
  readonly vAlignCenter?: boolean;
  /** Twips: top, right, bottom, left. */
  readonly margins?: readonly [number, number, number, number];
  /** Paragraphs (a cell must end with one). */
  readonly content: string;
}

export interface RowSpec {
  readonly header?: boolean;
  readonly cantSplit?: boolean;
  readonly cells: readonly CellSpec[];
}

export interface TableSpec {
  /** Twips; the grid columns add up to it. */
  readonly width: number;
  readonly columns: readonly number[];
  readonly border: Border;
  /** false: no line between rows (a box made of several rows). */
  readonly rowLines?: boolean;
  readonly rows: readonly RowSpec[];
}

/** tcPr children in schema order: tcW, gridSpan, vMerge, shd, tcMar, vAlign. */
function cell(spec: CellSpec): string {
  let pr = `<w:tcW w:w="${spec.width}" w:type="dxa"/>`;
  if (spec.gridSpan !== undefined && spec.gridSpan > 1) pr += `<w:gridSpan w:val="${spec.gridSpan}"/>`;
  if (spec.vMerge !== undefined) pr += `<w:vMerge w:val="${spec.vMerge}"/>`;
  if (spec.fill !== undefined) pr += `<w:shd w:val="clear" w:color="auto" w:fill="${spec.fill}"/>`;
  if (spec.margins !== undefined) {
    const [top, right, bottom, left] = spec.margins;
    pr += `<w:tcMar><w:top w:w="${top}" w:type="dxa"/><w:left w:w="${left}" w:type="dxa"/><w:bottom w:w="${bottom}" w:type="dxa"/><w:right w:w="${right}" w:type="dxa"/></w:tcMar>`;
  }
  if (spec.vAlignCenter) pr += '<w:vAlign w:val="center"/>';
  return `<w:tc><w:tcPr>${pr}</w:tcPr>${spec.content}</w:tc>`;
}

function row(spec: RowSpec): string {
  let pr = '';
  if (spec.cantSplit) pr += '<w:cantSplit/>';
  if (spec.header) pr += '<w:tblHeader/>';
  let cells = '';
  for (const c of spec.cells) cells += cell(c);
  return `<w:tr>${pr === '' ? '' : `<w:trPr>${pr}</w:trPr>`}${cells}</w:tr>`;
}

/** tblPr children in schema order: tblW, jc, tblBorders, tblLayout, tblCellMar. */
export function table(spec: TableSpec): string {
  const line = `w:val="${spec.border.style}" w:sz="${spec.border.size}" w:space="0" w:color="${spec.border.color}"`;
  const none = 'w:val="nil"';
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => `<w:${side} ${side === 'insideH' && spec.rowLines === false ? none : line}/>`)
    .join('');
  const pr =
    `<w:tblW w:w="${spec.width}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${borders}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>';
  const grid = spec.columns.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  let rows = '';
  for (const r of spec.rows) rows += row(r);
  return `<w:tbl><w:tblPr>${pr}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
}
