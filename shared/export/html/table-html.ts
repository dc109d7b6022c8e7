/**
 * Data tables and the generated 编写分工 grid: caption above, header rows in <thead> (Chromium repeats
 * them on every page the table runs onto), 数据来源 below. Spans come straight from the table (its
 * rows list only the cells whose top-left corner they hold, which is HTML's own model).
 */
import type { GridBlock, TableBlock } from '../report-plan';
import { printedCellAlign } from '../table-cell-align';
import { buildTableMap, type MappedCell } from '../../tables/table-map';
import type { TableElement } from '../../tables/table-types';
import { captionText } from './caption-text';
import { escapeHtmlAttribute, escapeHtmlText } from '../../escape/html-escape';

function cellContent(mapped: MappedCell): string {
  return mapped.cell.children
    .map((runPart) => {
      let html = escapeHtmlText(runPart.text).replace(/\n/g, '<br>');
      if (runPart.bold) html = `<b>${html}</b>`;
      if (runPart.italic) html = `<i>${html}</i>`;
      if (runPart.underline) html = `<u>${html}</u>`;
      return html;
    })
    .join('');
}

function colgroup(weights: readonly number[]): string {
  const safe = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 1));
  const total = safe.reduce((a, b) => a + b, 0) || 1;
  return `<colgroup>${safe.map((w) => `<col style="width:${((w / total) * 100).toFixed(3)}%">`).join('')}</colgroup>`;
}

function spans(mapped: MappedCell): string {
  return `${mapped.rowSpan > 1 ? ` rowspan="${mapped.rowSpan}"` : ''}${mapped.colSpan > 1 ? ` colspan="${mapped.colSpan}"` : ''}`;
}

function gridHtml(table: TableElement, widths: readonly number[]): string {
  const map = buildTableMap(table);
  const header = Math.min(Math.max(0, table.headerRows), map.height);
  const rows: string[][] = Array.from({ length: map.height }, () => []);
  for (const mapped of map.cells) {
    const isHeader = mapped.row < header;
    const tag = isHeader ? 'th' : 'td';
    rows[mapped.row]?.push(`<${tag}${spans(mapped)} style="text-align:${escapeHtmlAttribute(printedCellAlign(table, mapped, isHeader))}">${cellContent(mapped)}</${tag}>`);
  }
  const tr = (cells: string[]): string => `<tr>${cells.join('')}</tr>`;
  // A header row span reaching into the body would be cut by the thead/tbody split; such a table
  // keeps all its rows in the body (its header then does not repeat, but prints correctly).
  const headerSpansOut = map.cells.some((m) => m.row < header && m.row + m.rowSpan > header);
  const headRows = headerSpansOut ? 0 : header;
  const thead = headRows > 0 ? `<thead>${rows.slice(0, headRows).map(tr).join('')}</thead>` : '';
  const tbody = `<tbody>${rows.slice(headRows).map(tr).join('')}</tbody>`;
  return `<table class="data">${colgroup(widths)}${thead}${tbody}</table>`;
}

export function tableBlockHtml(block: TableBlock): string {
  const { caption } = block;
  const id = caption.anchor === null ? '' : ` id="${escapeHtmlAttribute(caption.anchor)}"`;
  const source = block.source === '' ? '' : `<p class="source">数据来源：${escapeHtmlText(block.source)}</p>`;
  return (
    `<div class="table-block${block.keepTogether ? ' keep' : ''}"><p class="caption table-caption"${id}>${escapeHtmlText(captionText(caption))}</p>` +
    `${gridHtml(block.table, block.columnWidths)}</div>${source}`
  );
}

export function gridBlockHtml(block: GridBlock): string {
  const head = `<thead><tr>${block.header.map((h) => `<th style="text-align:center">${escapeHtmlText(h)}</th>`).join('')}</tr></thead>`;
  const body = block.rows.map((row) => `<tr>${row.map((cell) => `<td style="text-align:left">${escapeHtmlText(cell)}</td>`).join('')}</tr>`).join('');
  return `<div class="table-block"><table class="data">${colgroup(block.widths)}${head}<tbody>${body}</tbody></table></div>`;
}
