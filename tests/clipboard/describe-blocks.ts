/** Blocks as short readable lines, so that expected results can be written (and read) as data. */
import type { BlockElement, FormattedText } from '../../shared/model/document';

function inline(children: readonly unknown[]): string {
  return (children as FormattedText[])
    .map((run) => {
      if (typeof run.text !== 'string') return '[ref]';
      let text = run.text;
      if (run.underline) text = `_${text}_`;
      if (run.italic) text = `*${text}*`;
      if (run.bold) text = `**${text}**`;
      return text;
    })
    .join('');
}

export function describeBlocks(blocks: readonly BlockElement[]): unknown[] {
  return blocks.map((block) => {
    switch (block.type) {
      case 'heading':
        return `h${block.level} ${inline(block.children)}`;
      case 'paragraph':
        return `p ${inline(block.children)}`;
      case 'bulleted-list':
      case 'numbered-list':
        return `${block.type === 'bulleted-list' ? 'ul' : 'ol'} ${block.children.map((item) => inline(item.children)).join(' | ')}`;
      case 'table':
        return {
          table: block.caption,
          source: block.source,
          rows: block.children.map((row) =>
            row.children.map((cell) => `${inline(cell.children)}${cell.rowSpan ? `↓${cell.rowSpan}` : ''}${cell.colSpan ? `→${cell.colSpan}` : ''}`),
          ),
        };
      case 'figure':
        return `figure ${block.asset !== null ? `asset:${block.asset}` : `missing:${block.missingName ?? ''}`} “${block.caption}” ${block.width}%`;
      case 'case':
        return { case: block.title, children: describeBlocks(block.children as BlockElement[]) };
      default:
        return (block as { type: string }).type;
    }
  });
}
