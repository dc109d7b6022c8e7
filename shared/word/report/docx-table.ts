/**
 * A Word table → the cell grid of ../../tables/cell-grid.ts. Word writes a horizontal merge as one
 * cell with gridSpan and a vertical merge as a `restart` cell followed, in the rows below, by
 * `continue` cells in the same grid column: those become one cell with rowSpan, as our tables and
 * HTML store it. Cell text keeps bold/italic/underline; paragraphs inside a cell are joined with line
 * breaks; a nested table is flattened to its text and a picture in a cell cannot be kept (both reported).
 */
import type { FormattedText } from '../../model/document';
import type { CellGrid, GridCell } from '../../tables/cell-grid';
import type { DocxBlock, DocxRun, DocxTable } from './docx-model';

export interface TableGrid {
  readonly grid: CellGrid;
  /** Pictures and nested tables found in cells (not kept as such). */
  readonly pictures: number;
  readonly nestedTables: number;
}

export function marks(run: DocxRun): Omit<FormattedText, 'text'> {
  return { ...(run.bold ? { bold: true as const } : {}), ...(run.italic ? { italic: true as const } : {}), ...(run.underline ? { underline: true as const } : {}) };
}

/** Runs with equal marks joined, leading and trailing spaces (indents) trimmed; tabs inside stay (authors align with them). */
export function tidyRuns(runs: readonly DocxRun[], keepMarks = true): FormattedText[] {
  const out: FormattedText[] = [];
  for (const run of runs) {
    const text = run.text;
    const formatted: FormattedText = keepMarks ? { text, ...marks(run) } : { text };
    const last = out[out.length - 1];
    if (last && last.bold === formatted.bold && last.italic === formatted.italic && last.underline === formatted.underline) out[out.length - 1] = { ...last, text: last.text + text };
    else out.push(formatted);
  }
  if (out.length > 0) {
    const first = out[0] as FormattedText;
    out[0] = { ...first, text: first.text.replace(/^[\s\u3000]+/, '') };
    const last = out[out.length - 1] as FormattedText;
    out[out.length - 1] = { ...last, text: last.text.replace(/[\s\u3000]+$/, '') };
  }
  const kept = out.filter((r) => r.text !== '');
  return kept.length > 0 ? kept : [{ text: '' }];
}

function cellContent(blocks: readonly DocxBlock[], counts: { pictures: number; nestedTables: number }): FormattedText[] {
  const lines: FormattedText[][] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      counts.pictures += block.pictures.length;
      const runs = tidyRuns(block.runs);
      if (runs.some((r) => r.text !== '')) lines.push(runs);
    } else {
      counts.nestedTables += 1;
      for (const row of block.rows) {
        const texts = row.cells.map((cell) => cellContent(cell.blocks, counts).map((r) => r.text).join('')).filter((t) => t !== '');
        if (texts.length > 0) lines.push([{ text: texts.join(' ') }]);
      }
    }
  }
  const out: FormattedText[] = [];
  lines.forEach((line, index) => {
    if (index > 0) out.push({ text: '\n' });
    out.push(...line);
  });
  return out.length > 0 ? out : [{ text: '' }];
}

export function tableGrid(table: DocxTable): TableGrid {
  const counts = { pictures: 0, nestedTables: 0 };
  const rows: GridCell[][] = [];
  /** Grid column → the cell a vertical merge continues, with the row it started in. */
  const open = new Map<number, GridCell>();
  for (const row of table.rows) {
    const out: GridCell[] = [];
    let column = 0;
    for (const cell of row.cells) {
      const span = cell.colSpan;
      if (cell.vMerge === 'continue' && open.has(column)) {
        const origin = open.get(column) as GridCell;
        origin.rowSpan = (origin.rowSpan ?? 1) + 1;
        column += span;
        continue;
      }
      const gridCell: GridCell = { content: cellContent(cell.blocks, counts), ...(span > 1 ? { colSpan: span } : {}) };
      out.push(gridCell);
      for (let c = column; c < column + span; c++) open.delete(c);
      if (cell.vMerge === 'restart') open.set(column, gridCell);
      column += span;
    }
    rows.push(out);
  }
  let headerRows = 0;
  while (headerRows < table.rows.length && table.rows[headerRows]?.header === true) headerRows += 1;
  // Word tables rarely mark their header rows; the first row of a data table is its header.
  if (headerRows === 0 || headerRows >= rows.length) headerRows = Math.min(1, rows.length);
  // Header cells are bold by the table's look; a bold mark on every header run says nothing.
  for (const row of rows.slice(0, headerRows)) {
    for (const cell of row) {
      const runs = cell.content as FormattedText[];
      if (runs.every((r) => r.text === '\n' || r.bold === true)) cell.content = runs.map(({ bold: _bold, ...rest }) => rest);
    }
  }
  return { grid: { rows, headerRows, columnWidths: [], caption: '' }, ...counts };
}

/** Grid columns of the table (the widest row, spans counted). */
export function columnCount(table: DocxTable): number {
  return Math.max(0, ...table.rows.map((row) => row.cells.reduce((sum, cell) => sum + cell.colSpan, 0)));
}
