/**
 * Puts the images the caller managed to store into the imported figures. Figures come out of the
 * builder as placeholders (asset null, missingName = the path as typed); those whose image was
 * found get the asset's hash and lose the placeholder name, the others stay visible placeholders.
 */
import type { BlockElement, FigureElement } from '../model/document';
import type { ImportedNode, MarkdownReport } from './build-report';

/** `assets`: figure block id → sha256 of its stored image. */
export function withFigureAssets(report: MarkdownReport, assets: ReadonlyMap<string, string>): MarkdownReport {
  if (assets.size === 0) return report;
  const figure = (block: FigureElement): FigureElement => {
    const sha256 = assets.get(block.id);
    if (sha256 === undefined) return block;
    const { missingName: _placeholder, ...found } = block;
    return { ...found, asset: sha256 };
  };
  const blocks = (content: readonly BlockElement[]): BlockElement[] =>
    content.map((block) => {
      if (block.type === 'figure') return figure(block);
      if (block.type === 'case') return { ...block, children: block.children.map((child) => (child.type === 'figure' ? figure(child) : child)) };
      return block;
    });
  const node = (imported: ImportedNode): ImportedNode => ({ ...imported, content: blocks(imported.content), children: imported.children.map(node) });
  return { ...report, nodes: report.nodes.map(node) };
}
