/** Plan blocks → WordprocessingML, in order. */
import type { HeadingBlock, ListBlock, PlanBlock } from '../../../shared/export/report-plan';
import { renderCase } from './cases';
import { renderFigure } from './figures';
import { inlineRuns } from './inline';
import { bookmark, justify, paragraph, run } from './ooxml';
import { nextBookmarkId, type RenderContext } from './render-context';
import { headingStyleId, STYLE } from './style-ids';
import { renderGrid, renderTable } from './tables';

function renderHeading(block: HeadingBlock, context: RenderContext): string {
  const content = run(block.number) + inlineRuns(block.content);
  return paragraph(
    {
      style: headingStyleId(block.level),
      pageBreakBefore: block.pageBreakBefore,
      // Levels past 4 share 标题 4's look but keep their own place in the outline.
      ...(block.level > 4 ? { outlineLevel: Math.min(block.level, 9) - 1 } : {}),
    },
    bookmark(block.anchor, nextBookmarkId(context), content),
  );
}

function renderList(block: ListBlock, context: RenderContext): string {
  const size = (context.inCase ? context.preset.caseBody : context.preset.body).font.sizePt;
  // Hanging indent of two characters, so wrapped lines align with the text after the marker.
  const indent = Math.round(size * 2 * 20);
  return block.items
    .map((item, index) =>
      paragraph(
        { style: context.inCase ? STYLE.caseBody : STYLE.normal, leftTab: indent, indent: { left: indent, hanging: indent, firstLineChars: 0 } },
        // 1）2）: “1.” is the third heading level's number, and an item must not read as one.
        run(block.ordered ? `${index + 1}）\t` : '•\t') + inlineRuns(item),
      ),
    )
    .join('');
}

export function renderBlocks(blocks: readonly PlanBlock[], context: RenderContext): string {
  let xml = '';
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        xml += renderHeading(block, context);
        break;
      case 'subhead':
        xml += context.inCase
          ? paragraph({ style: STYLE.caseBody, keepNext: true }, inlineRuns(block.content, { bold: true }))
          : paragraph({ style: STYLE.subhead }, inlineRuns(block.content));
        break;
      case 'paragraph':
        xml += paragraph(
          { style: context.inCase ? STYLE.caseBody : STYLE.normal, ...(block.align === undefined ? {} : { align: justify(block.align) }) },
          inlineRuns(block.content),
        );
        break;
      case 'list':
        xml += renderList(block, context);
        break;
      case 'table':
        xml += renderTable(block, context);
        break;
      case 'figure':
        xml += renderFigure(block, context);
        break;
      case 'case':
        xml += renderCase(block, context, renderBlocks);
        break;
      case 'grid':
        xml += renderGrid(block, context);
        break;
      case 'note':
        xml += paragraph({ style: STYLE.note }, run(block.text));
        break;
    }
  }
  return xml;
}
