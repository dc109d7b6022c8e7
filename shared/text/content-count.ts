import type { ReportNode, SectionContent } from '../model/document';
import { addCounts, countText, ZERO_COUNT, type CharCount } from './char-count';

/** Counts a section's content block by block, so that words never join across block boundaries. */
export function countContent(content: SectionContent): CharCount {
  let total = ZERO_COUNT;
  const walk = (node: ReportNode): void => {
    if ('text' in node) return;
    if (node.children.length > 0 && 'text' in (node.children[0] as ReportNode)) {
      total = addCounts(total, countText(node.children.map((c) => ('text' in c ? c.text : '')).join('')));
      return;
    }
    for (const child of node.children) walk(child as ReportNode);
  };
  content.forEach(walk);
  return total;
}
