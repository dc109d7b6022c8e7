/**
 * Case boxes (案例) as a one-column table with a border and light shading: a title row, then a row
 * with the case's content, with no line between them, so it reads as one box.
 *
 * Why a table and not paragraph borders: a case may hold figures and tables. Paragraph borders only
 * join into one box across consecutive paragraphs with identical settings; a table inside breaks the
 * box, and LibreOffice and WPS join such borders differently from Word. A table keeps everything in
 * one box in every reader, and its content row may break across pages (no cantSplit), so a long
 * case flows on like text. pandoc reads it as a table: tests count case boxes among the tables.
 * The title is a row of its own, kept with the next row: keep-with-next on a paragraph that shares
 * its row with the content makes LibreOffice keep the whole case on one page, pushing long cases
 * to the next page; on a row of its own it only keeps the title from standing alone at a page foot.
 */
import type { CaseBlock, PlanBlock } from '../../../shared/export/report-plan';
import { captionRuns } from './captions';
import { paragraph } from './ooxml';
import { table } from './ooxml-table';
import type { RenderContext } from './render-context';
import { STYLE } from './style-ids';

/** Padding inside the box, in twips (about 3.5 mm at the sides). */
const PADDING_X = 200;
const PADDING_Y = 120;

export type BlockRenderer = (blocks: readonly PlanBlock[], context: RenderContext) => string;

function caseInnerWidth(widthTwips: number): number {
  return widthTwips - 2 * PADDING_X;
}

export function renderCase(block: CaseBlock, context: RenderContext, renderBlocks: BlockRenderer): string {
  const inner: RenderContext = { ...context, widthTwips: caseInnerWidth(context.widthTwips), inCase: true };
  const title = paragraph({ style: STYLE.caseTitle, keepNext: true }, captionRuns(block.caption, context));
  let content = renderBlocks(block.children, inner);
  // A cell must end with a paragraph (Word reports a damaged file otherwise).
  if (content === '' || content.endsWith('</w:tbl>')) content += paragraph({ style: STYLE.caseBody }, '');
  return table({
    width: context.widthTwips,
    columns: [context.widthTwips],
    border: { style: 'single', size: 8, color: context.preset.caseBorderColor },
    rowLines: false,
    rows: [
      { cantSplit: true, cells: [{ width: context.widthTwips, fill: context.preset.caseShading, margins: [PADDING_Y, PADDING_X, 0, PADDING_X], content: title }] },
      { cells: [{ width: context.widthTwips, fill: context.preset.caseShading, margins: [0, PADDING_X, PADDING_Y, PADDING_X], content }] },
    ],
  });
}
