/**
 * Data tables: caption above, the grid, 数据来源 below.
 *
 * - Spans come from the table map (shared/tables/table-map.ts): a cell's colSpan is Word's gridSpan,
 *   its rowSpan becomes vMerge="restart" on its first row and a vMerge continuation cell in each slot
 *   it covers below, written explicitly so no reader has to infer the grid.
 * - Widths are explicit everywhere (table, grid columns, every cell) and the layout is fixed: column
 *   weights become shares of the available width. WPS sizes columns from the grid alone.
 * - Header rows repeat on every page (tblHeader); rows do not break across pages.
 * - Alignment: shared/export/table-cell-align.ts, the same rule as the PDF export.
 */
import type { GridBlock, TableBlock } from '../../../shared/export/report-plan';
import { printedCellAlign } from '../../../shared/export/table-cell-align';
import { buildTableMap, cellAt } from '../../../shared/tables/table-map';
import type { CellAlign, TableElement } from '../../../shared/tables/table-types';
import { captionRuns } from './captions';
import { paragraph, run, type Border } from './ooxml';
import { table, type CellSpec, type RowSpec } from './ooxml-table';
import type { RenderContext } from './render-context';
import { STYLE } from './style-ids';

const LINE: Border = { style: 'single', size: 4, color: '000000' };
const HEADER_FILL = 'E7E6E6';

/** Integer twips per column, proportional to the weights, adding up exactly to `total`. */
export function columnTwips(weights: readonly number[], total: number): number[] {
  const safe = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 1));
  const sum = safe.reduce((a, b) => a + b, 0) || 1;
  const widths = safe.map((w) => Math.floor((w / sum) * total));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] as number) + rest;
  return widths;
}

/** keepNext on every row but the last keeps a short table on one page (Word's own way to do it). */
function cellParagraph(runs: string, align: CellAlign, keepNext: boolean): string {
  return paragraph({ style: STYLE.tableText, align, ...(keepNext ? { keepNext: true } : {}) }, runs);
}

function spanWidth(widths: readonly number[], col: number, span: number): number {
  let sum = 0;
  for (let c = col; c < col + span; c++) sum += widths[c] ?? 0;
  return sum;
}

/** The grid of a data table, spans written explicitly. */
function renderDataGrid(data: TableElement, weights: readonly number[], keepTogether: boolean, widthTwips: number): string {
  const map = buildTableMap(data);
  const widths = columnTwips(
    Array.from({ length: map.width }, (_, c) => weights[c] ?? 1),
    widthTwips,
  );
  const rows: RowSpec[] = [];
  for (let r = 0; r < map.height; r++) {
    const header = r < data.headerRows;
    const keep = keepTogether && r < map.height - 1;
    const cells: CellSpec[] = [];
    for (let c = 0; c < map.width; ) {
      const mapped = cellAt(map, r, c);
      if (mapped === undefined) {
        c += 1;
        continue;
      }
      const common = { width: spanWidth(widths, mapped.col, mapped.colSpan), gridSpan: mapped.colSpan, vAlignCenter: true, ...(header ? { fill: HEADER_FILL } : {}) };
      if (mapped.row < r) {
        cells.push({ ...common, vMerge: 'continue', content: paragraph({ style: STYLE.tableText, ...(keep ? { keepNext: true } : {}) }, '') });
      } else {
        let runs = '';
        for (const t of mapped.cell.children) {
          runs += run(t.text, { ...(header || t.bold ? { bold: true } : {}), ...(t.italic ? { italic: true } : {}), ...(t.underline ? { underline: true } : {}) });
        }
        cells.push({ ...common, ...(mapped.rowSpan > 1 ? { vMerge: 'restart' as const } : {}), content: cellParagraph(runs, printedCellAlign(data, mapped, header), keep) });
      }
      c = mapped.col + mapped.colSpan;
    }
    rows.push({ header, cantSplit: true, cells });
  }
  return table({ width: widthTwips, columns: widths, border: LINE, rows });
}

export function renderTable(block: TableBlock, context: RenderContext): string {
  let xml = paragraph({ style: STYLE.caption, keepNext: true, keepLines: true }, captionRuns(block.caption, context));
  xml += renderDataGrid(block.table, block.columnWidths, block.keepTogether, context.widthTwips);
  if (block.source !== '') xml += paragraph({ style: STYLE.source }, run(`数据来源：${block.source}`));
  return xml;
}

/** A plain generated table (编写分工): one header row, text cells. */
export function renderGrid(block: GridBlock, context: RenderContext): string {
  const widths = columnTwips(block.widths, context.widthTwips);
  const row = (texts: readonly string[], header: boolean): RowSpec => ({
    header,
    cantSplit: true,
    cells: texts.map((text, c) => ({
      width: widths[c] ?? 0,
      vAlignCenter: true,
      ...(header ? { fill: HEADER_FILL } : {}),
      content: cellParagraph(run(text, header ? { bold: true } : {}), header ? 'center' : 'left', false),
    })),
  });
  return table({ width: context.widthTwips, columns: widths, border: LINE, rows: [row(block.header, true), ...block.rows.map((texts) => row(texts, false))] });
}
