/**
 * The HTML flavour of a clipboard (Excel, WPS, Word, browsers, Google Sheets) → a cell grid with
 * spans, without a DOM (see ./html-tokenizer.ts).
 *
 * What it takes from the first top-level `<table>`: rows and cells with colspan/rowspan (cells
 * without end tags are closed the way HTML closes them), header rows (rows in `<thead>`, else leading
 * rows made only of `<th>`), `<caption>`, `<col width>` as relative widths, and alignment from the
 * `align` attribute, an inline `text-align`, or Excel's class rules in `<style>`. Rows and cells
 * hidden with `display:none` (Excel's hidden rows and columns) are skipped, as a browser would.
 *
 * Cell text follows HTML whitespace rules: runs of spaces and line breaks become one space, `<br>`
 * is a line break, and paragraphs inside a cell (Word) become lines. One addition from CSS Text:
 * a source line break between two CJK characters disappears instead of becoming a space, because
 * Excel and Word wrap long source lines and that must not put a space into Chinese text.
 */
import type { CellGrid, GridCell } from './cell-grid';
import { isCjkChar } from './cjk-text';
import { tokenizeHtml, type HtmlToken } from './html-tokenizer';
import type { CellAlign } from './table-types';

/** Forced line break (`<br>`) and block boundary (`<p>`, `<div>`) markers inside collected text. */
const HARD = '\u0001';
const SOFT = '\u0002';

const BLOCK_TAGS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'dl', 'dt', 'dd', 'section', 'article']);

/** HTML spec limits: colspan ≤ 1000, rowspan ≤ 65534 (rowspan="0" means "to the end", which normalization clamps). */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

function spanAttr(value: string | undefined, max: number, zeroMeans: number): number {
  if (value === undefined) return 1;
  const n = parseInt(value.trim(), 10);
  if (n === 0) return zeroMeans;
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(n, max);
}

function declaration(style: string | undefined, property: string): string | undefined {
  if (style === undefined) return undefined;
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`, 'i').exec(style);
  return match?.[1]?.trim().toLowerCase();
}

function toAlign(value: string | undefined): CellAlign | undefined {
  if (value === undefined) return undefined;
  const v = value.replace(/!important/, '').trim().toLowerCase();
  return v === 'left' || v === 'center' || v === 'right' ? v : undefined;
}

/** `.xl65 { text-align: center }` rules (Excel styles cells through classes). */
function classAlignments(css: string): Map<string, CellAlign> {
  const result = new Map<string, CellAlign>();
  const rule = /([^{}]+)\{([^}]*)\}/g;
  for (let match = rule.exec(css); match !== null; match = rule.exec(css)) {
    const align = toAlign(declaration(match[2], 'text-align'));
    if (align === undefined) continue;
    for (const selector of (match[1] as string).split(',')) {
      const cls = /\.([A-Za-z0-9_-]+)\s*$/.exec(selector.trim());
      if (cls?.[1] !== undefined) result.set(cls[1], align);
    }
  }
  return result;
}

function isHidden(attrs: ReadonlyMap<string, string>): boolean {
  return declaration(attrs.get('style'), 'display') === 'none' || attrs.has('hidden');
}

/** Collected cell text (with HARD/SOFT markers) → the cell's text, following the rules above. */
export function finishCellText(raw: string): string {
  const collapsed = raw
    .replace(/[\u0000\u0003-\u0008\u000b\u000e-\u001f]/g, '')
    .replace(/[ \t\n\r\f]+/g, (run: string, offset: number, whole: string) => {
      const hasBreak = /[\n\r]/.test(run);
      const before = Array.from(whole.slice(Math.max(0, offset - 2), offset)).pop();
      const after = Array.from(whole.slice(offset + run.length, offset + run.length + 2))[0];
      return hasBreak && isCjkChar(before) && isCjkChar(after) ? '' : ' ';
    });
  const lines = collapsed
    .replace(new RegExp(`[ ${SOFT}]*${SOFT}[ ${SOFT}]*`, 'g'), SOFT)
    .replace(new RegExp(`^[ ${SOFT}]+|[ ${SOFT}]+$`, 'g'), '')
    .split(new RegExp(`[${HARD}${SOFT}]`));
  return lines
    .map((line) => line.replace(/\u00a0/g, ' ').replace(/^ +| +$/g, ''))
    .join('\n')
    .trim();
}

interface OpenCell {
  text: string;
  colSpan: number;
  rowSpan: number;
  align: CellAlign | undefined;
  hidden: boolean;
  header: boolean;
}

interface OpenRow {
  cells: GridCell[];
  hidden: boolean;
  inHead: boolean;
  allHeaderCells: boolean;
}

function colWidth(attrs: ReadonlyMap<string, string>): number | undefined {
  const width = parseFloat(attrs.get('width') ?? '');
  if (Number.isFinite(width) && width > 0) return width;
  const styled = /^([\d.]+)\s*(pt|px)?/.exec(declaration(attrs.get('style'), 'width') ?? '');
  if (styled?.[1] === undefined) return undefined;
  const value = parseFloat(styled[1]);
  if (!Number.isFinite(value) || value <= 0) return undefined;
  return styled[2] === 'pt' ? (value * 4) / 3 : value;
}

/** The first table in clipboard HTML as a cell grid, or null when there is no table. */
export function parseHtmlTable(html: string): CellGrid | null {
  const tokens = tokenizeHtml(html);
  const classes = new Map<string, CellAlign>();
  for (const token of tokens) if (token.kind === 'style') for (const [k, v] of classAlignments(token.css)) classes.set(k, v);

  const rows: GridCell[][] = [];
  const rowKinds: { inHead: boolean; allHeaderCells: boolean }[] = [];
  const columnWidths: number[] = [];
  let caption = '';
  let captionText: string | null = null;
  let depth = 0;
  let found = false;
  let inHead = false;
  let row: OpenRow | null = null;
  let cell: OpenCell | null = null;

  const alignOf = (attrs: ReadonlyMap<string, string>): CellAlign | undefined => {
    const inline = toAlign(declaration(attrs.get('style'), 'text-align'));
    if (inline !== undefined) return inline;
    const attr = toAlign(attrs.get('align'));
    if (attr !== undefined) return attr;
    for (const cls of (attrs.get('class') ?? '').split(/\s+/)) {
      const fromClass = classes.get(cls);
      if (fromClass !== undefined) return fromClass;
    }
    return undefined;
  };
  const closeCell = (): void => {
    if (cell === null || row === null) return;
    if (!cell.hidden) {
      const gridCell: GridCell = { content: finishCellText(cell.text) };
      if (cell.colSpan > 1) gridCell.colSpan = cell.colSpan;
      if (cell.rowSpan > 1) gridCell.rowSpan = cell.rowSpan;
      if (cell.align !== undefined) gridCell.align = cell.align;
      row.cells.push(gridCell);
      row.allHeaderCells &&= cell.header;
    }
    cell = null;
  };
  const closeRow = (): void => {
    closeCell();
    // An empty <tr> is kept: under a rowspan it is a real grid row (normalization collapses it).
    if (row !== null && !row.hidden) {
      rows.push(row.cells);
      rowKinds.push({ inHead: row.inHead, allHeaderCells: row.allHeaderCells });
    }
    row = null;
  };
  const openRow = (hidden: boolean): void => {
    closeRow();
    row = { cells: [], hidden, inHead, allHeaderCells: true };
  };
  const append = (text: string): void => {
    if (captionText !== null) captionText += text;
    else if (cell !== null) cell.text += text;
  };

  for (const token of tokens as HtmlToken[]) {
    if (token.kind === 'style') continue;
    if (token.kind === 'start' && token.name === 'table') {
      if (depth === 0 && found) break;
      if (depth > 0) append(SOFT);
      depth++;
      found = true;
      continue;
    }
    if (token.kind === 'end' && token.name === 'table') {
      if (depth === 0) continue;
      depth--;
      if (depth === 0) break;
      append(SOFT);
      continue;
    }
    if (depth === 0) continue;
    if (token.kind === 'text') {
      append(token.text);
      continue;
    }
    const name = token.name;
    if (name === 'br' && token.kind === 'start') {
      append(HARD);
      continue;
    }
    if (depth > 1) {
      // Inside a nested table: its cells become words and its rows lines of the outer cell.
      if (name === 'td' || name === 'th') append(' ');
      else if (name === 'tr' || BLOCK_TAGS.has(name)) append(SOFT);
      continue;
    }
    if (token.kind === 'start') {
      switch (name) {
        case 'caption':
          closeRow();
          captionText = '';
          break;
        case 'col': {
          const width = colWidth(token.attrs);
          const span = spanAttr(token.attrs.get('span'), MAX_COLSPAN, 1);
          if (width !== undefined) for (let i = 0; i < span; i++) columnWidths.push(width);
          break;
        }
        case 'thead':
          closeRow();
          inHead = true;
          break;
        case 'tbody':
        case 'tfoot':
          closeRow();
          inHead = false;
          break;
        case 'tr':
          openRow(isHidden(token.attrs));
          break;
        case 'td':
        case 'th':
          closeCell();
          if (row === null) openRow(false);
          cell = {
            text: '',
            colSpan: spanAttr(token.attrs.get('colspan'), MAX_COLSPAN, 1),
            rowSpan: spanAttr(token.attrs.get('rowspan'), MAX_ROWSPAN, MAX_ROWSPAN),
            align: alignOf(token.attrs),
            hidden: isHidden(token.attrs),
            header: name === 'th',
          };
          break;
        default:
          if (BLOCK_TAGS.has(name)) append(SOFT);
      }
    } else {
      switch (name) {
        case 'caption':
          caption = captionText === null ? caption : finishCellText(captionText);
          captionText = null;
          break;
        case 'thead':
          closeRow();
          inHead = false;
          break;
        case 'tr':
          closeRow();
          break;
        case 'td':
        case 'th':
          closeCell();
          break;
        default:
          if (BLOCK_TAGS.has(name)) append(SOFT);
      }
    }
  }
  if (!found) return null;
  closeRow();

  const leading = (test: (kind: { inHead: boolean; allHeaderCells: boolean }) => boolean): number => {
    const index = rowKinds.findIndex((kind) => !test(kind));
    return index < 0 ? rowKinds.length : index;
  };
  const fromHead = leading((kind) => kind.inHead);
  const headerRows = fromHead > 0 ? fromHead : leading((kind) => kind.allHeaderCells);
  return { rows, headerRows: headerRows === rows.length && rows.length > 1 ? 0 : headerRows, columnWidths, caption };
}
