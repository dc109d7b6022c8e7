/**
 * What a package keeps of the sections it does not carry: only what numbering needs — headings,
 * and the figures, tables and cases with their ids and captions (the body text stays with the
 * office). With these, contributor mode computes the same 图/表/案例 numbers and cross-reference
 * labels as the office, and keeps them right when the department adds a figure of its own.
 */
import type { BlockElement, CaseChild, SectionContent } from '../../shared/model/document';

function skeletonOf(block: BlockElement | CaseChild): BlockElement | null {
  switch (block.type) {
    case 'heading':
      return block;
    case 'figure':
      return { type: 'figure', id: block.id, asset: null, caption: block.caption, source: '', width: 100, children: [{ text: '' }] };
    case 'table':
      return { type: 'table', id: block.id, caption: block.caption, source: '', headerRows: 0, columns: [], children: [] };
    case 'case': {
      const children = block.children.map(skeletonOf).filter((b): b is BlockElement => b !== null) as CaseChild[];
      return { type: 'case', id: block.id, title: block.title, ...(block.classic ? { classic: true as const } : {}), children };
    }
    default:
      return null;
  }
}

export function numberingSkeleton(content: SectionContent): BlockElement[] {
  return content.map(skeletonOf).filter((b): b is BlockElement => b !== null);
}

/** The asset hashes figures refer to, those in case boxes included. */
export function figureAssets(content: readonly BlockElement[]): string[] {
  const found: string[] = [];
  const walk = (node: BlockElement | CaseChild): void => {
    if (node.type === 'figure' && node.asset !== null) found.push(node.asset);
    if (node.type === 'case') node.children.forEach(walk);
  };
  content.forEach(walk);
  return found;
}
