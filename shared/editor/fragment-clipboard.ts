/**
 * The text/plain and text/html flavours of a copied Slate fragment, written from the model.
 *
 * Why not from the DOM, as slate-react does: a long table draws only the rows near the viewport
 * (renderer/src/editor/table/row-window.ts), so the DOM of a selection across it holds empty
 * placeholder rows, and Word or Excel would get a table with rows silently missing. The fragment
 * (what the app's own paste reads) is always complete; these two are built from it.
 *
 * Tables become what Excel itself puts on the clipboard: a tab-separated grid (a cell's text in its
 * top-left slot, covered slots empty, cells with tabs, line breaks or a leading quote in double
 * quotes: the format ../tables/paste-tsv.ts reads back) and an HTML <table> with rowspan/colspan.
 * Other blocks become lines of text and simple HTML. Every string from the document passes the
 * HTML escaper. Computed labels (表 1-1, references) come from `labelOf`, as the editor shows them.
 */
import { escapeHtmlAttribute, escapeHtmlText } from '../escape/html-escape';
import { t } from '../i18n';
import type { FormattedText, ReportElement, ReportNode, XrefElement } from '../model/document';
import type { TableCellElement, TableElement } from '../tables/table-types';

export interface FragmentClipboardOptions {
  /** The computed label of a block (表 1-1, 图 2-1, 案例 1-1); null when there is none, undefined while unknown. */
  readonly labelOf: (id: string) => string | null | undefined;
}

export interface FragmentClipboard {
  readonly text: string;
  readonly html: string;
}

const isText = (node: ReportNode): node is FormattedText => 'text' in node;
const isElement = (node: ReportNode): node is ReportElement => !isText(node) && Array.isArray((node as ReportElement).children);

/** Whether the fragment holds a table anywhere (a case box may hold one). */
export function fragmentHasTable(nodes: readonly ReportNode[]): boolean {
  return nodes.some((node) => isElement(node) && (node.type === 'table' || (node.type === 'case' && fragmentHasTable(node.children))));
}

export function fragmentToClipboard(nodes: readonly ReportNode[], options: FragmentClipboardOptions): FragmentClipboard {
  // A fragment that is one table (a range of selected cells) is copied as cells only, as from Excel.
  const cellsOnly = nodes.length === 1 && isElement(nodes[0] as ReportNode) && (nodes[0] as ReportElement).type === 'table';
  const text: string[] = [];
  const html: string[] = [];
  for (const node of nodes) writeBlock(node, options, cellsOnly, text, html);
  return { text: text.join('\n'), html: html.join('') };
}

function xrefText(node: XrefElement, options: FragmentClipboardOptions): string {
  const label = options.labelOf(node.target);
  return label === undefined ? t('xref.pending') : (label ?? t('xref.broken'));
}

function inlineText(children: readonly ReportNode[], options: FragmentClipboardOptions): string {
  let text = '';
  for (const child of children) {
    if (isText(child)) text += child.text;
    else if (child.type === 'xref') text += xrefText(child, options);
    else text += inlineText(child.children, options);
  }
  return text;
}

/** Inline content as HTML: marks as <b>/<i>/<u>, line breaks as `br` (Excel: in the same cell). */
function inlineHtml(children: readonly ReportNode[], options: FragmentClipboardOptions, br: string): string {
  let html = '';
  for (const child of children) {
    if (!isText(child)) {
      html += child.type === 'xref' ? escapeHtmlText(xrefText(child, options)) : inlineHtml(child.children, options, br);
      continue;
    }
    let run = escapeHtmlText(child.text).replace(/\r?\n/g, br);
    if (child.underline) run = `<u>${run}</u>`;
    if (child.italic) run = `<i>${run}</i>`;
    if (child.bold) run = `<b>${run}</b>`;
    html += run;
  }
  return html;
}

function labelled(label: string | null | undefined, title: string): string {
  return label ? `${label} ${title}`.trim() : title;
}

function writeBlock(node: ReportNode, options: FragmentClipboardOptions, cellsOnly: boolean, text: string[], html: string[]): void {
  if (isText(node)) {
    // A bare text node: a fragment of a selection inside one inline (rare, but keep its text).
    text.push(node.text);
    html.push(`<p>${inlineHtml([node], options, '<br>')}</p>`);
    return;
  }
  switch (node.type) {
    case 'paragraph':
    case 'list-item':
      text.push(inlineText(node.children, options));
      html.push(`<${node.type === 'paragraph' ? 'p' : 'li'}>${inlineHtml(node.children, options, '<br>')}</${node.type === 'paragraph' ? 'p' : 'li'}>`);
      return;
    case 'heading': {
      text.push(inlineText(node.children, options));
      const tag = `h${Math.min(6, Math.max(1, node.level + 1))}`;
      html.push(`<${tag}>${inlineHtml(node.children, options, '<br>')}</${tag}>`);
      return;
    }
    case 'bulleted-list':
    case 'numbered-list': {
      const tag = node.type === 'bulleted-list' ? 'ul' : 'ol';
      const inner: string[] = [];
      for (const item of node.children) writeBlock(item, options, false, text, inner);
      html.push(`<${tag}>${inner.join('')}</${tag}>`);
      return;
    }
    case 'figure': {
      const line = labelled(options.labelOf(node.id) ?? t('figure.pendingNumber'), node.caption);
      text.push(line);
      html.push(`<p>${escapeHtmlText(line)}</p>`);
      return;
    }
    case 'case': {
      const line = labelled(options.labelOf(node.id) ?? t('case.pendingNumber'), node.title);
      text.push(line);
      const inner: string[] = [];
      for (const child of node.children) writeBlock(child, options, false, text, inner);
      html.push(`<div><p><b>${escapeHtmlText(line)}</b></p>${inner.join('')}</div>`);
      return;
    }
    case 'table':
      writeTable(node, options, cellsOnly, text, html);
      return;
    case 'table-row':
    case 'table-cell':
      // Not at the top of a fragment from getFragment(); if one comes, keep its text.
      text.push(inlineText(node.children, options));
      html.push(`<p>${escapeHtmlText(inlineText(node.children, options))}</p>`);
      return;
    case 'xref':
      text.push(xrefText(node, options));
      html.push(`<p>${escapeHtmlText(xrefText(node, options))}</p>`);
      return;
  }
}

interface Placed {
  readonly cell: TableCellElement;
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/**
 * Places the cells on a grid the way HTML does (see ../tables/table-map.ts, whose cache this must
 * not touch: a fragment's table has the document table's id but only some of its rows). A partial
 * table from a copy may have spans running past its last row: they are cut there.
 */
function placeCells(table: TableElement): { width: number; slots: (Placed | null)[][] } {
  const height = table.children.length;
  const slots: (Placed | null)[][] = Array.from({ length: height }, () => []);
  table.children.forEach((row, r) => {
    let col = 0;
    for (const cell of row.children) {
      const owners = slots[r] as (Placed | null)[];
      while (owners[col] !== undefined) col++;
      const colSpan = Math.max(1, Math.floor(cell.colSpan ?? 1));
      const rowSpan = Math.min(Math.max(1, Math.floor(cell.rowSpan ?? 1)), height - r);
      const placed: Placed = { cell, row: r, col, rowSpan, colSpan };
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = slots[r + dr] as (Placed | null)[];
        for (let dc = 0; dc < colSpan; dc++) if (target[col + dc] === undefined) target[col + dc] = placed;
      }
      col += colSpan;
    }
  });
  const width = slots.reduce((max, row) => Math.max(max, row.length), 0);
  for (const row of slots) for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null;
  return { width, slots };
}

/** A cell in tab-separated text, quoted when it would otherwise split or start a quoted field. */
function tsvField(value: string): string {
  return /[\t\r\n]/.test(value) || value.startsWith('"') ? `"${value.replace(/"/g, '""')}"` : value;
}

function writeTable(table: TableElement, options: FragmentClipboardOptions, cellsOnly: boolean, text: string[], html: string[]): void {
  const caption = cellsOnly ? '' : labelled(options.labelOf(table.id), table.caption);
  if (caption) {
    text.push(caption);
    html.push(`<p>${escapeHtmlText(caption)}</p>`);
  }
  const { width, slots } = placeCells(table);
  const headerRows = Math.max(0, Math.min(table.headerRows, slots.length));
  const rowsHtml: string[] = [];
  slots.forEach((row, r) => {
    const fields: string[] = [];
    let tr = '';
    for (let c = 0; c < width; c++) {
      const placed = row[c] ?? null;
      if (placed === null) {
        // A hole in a damaged grid: an empty cell keeps the columns to its right in place.
        fields.push('');
        tr += '<td></td>';
        continue;
      }
      const origin = placed.row === r && placed.col === c;
      fields.push(origin ? tsvField(inlineText(placed.cell.children, options)) : '');
      if (!origin) continue;
      const tag = r < headerRows ? 'th' : 'td';
      const spans = `${placed.rowSpan > 1 ? ` rowspan="${escapeHtmlAttribute(String(placed.rowSpan))}"` : ''}${placed.colSpan > 1 ? ` colspan="${escapeHtmlAttribute(String(placed.colSpan))}"` : ''}`;
      tr += `<${tag}${spans}>${inlineHtml(placed.cell.children, options, '<br style="mso-data-placement:same-cell">')}</${tag}>`;
    }
    text.push(fields.join('\t'));
    rowsHtml.push(`<tr>${tr}</tr>`);
  });
  const head = rowsHtml.slice(0, headerRows).join('');
  const body = rowsHtml.slice(headerRows).join('');
  html.push(`<table border="1" style="border-collapse:collapse">${head ? `<thead>${head}</thead>` : ''}<tbody>${body}</tbody></table>`);
  const source = cellsOnly || !table.source ? '' : t('editor.dataSource', { source: table.source });
  if (source) {
    text.push(source);
    html.push(`<p>${escapeHtmlText(source)}</p>`);
  }
}
