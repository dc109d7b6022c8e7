/**
 * What each cross-reference target shows and where it points. A reference shows the target's number
 * (表 1-1, 图 2-3, 案例 1-2) or, for a heading or outline node, its number and title (（一）立德树人), so
 * the sentence around it still reads well.
 *
 * Targets are looked up among ALL of the report's items, not only the exported ones: a target in a
 * part switched off still has a number, written as plain text; only a target that no longer exists
 * is broken.
 */
import type { OutlineNode } from '../model/outline';
import { outlineInOrder } from '../model/outline';
import type { SectionContent } from '../model/document';
import { plainText } from '../model/document';
import { numberContentHeadings, numberOutline } from '../numbering/heading-numbering';
import type { StructureNumbering } from '../numbering/structure-numbering';
import type { AnchorNames } from './anchors';

export interface XrefTarget {
  readonly result: string;
  readonly anchor: string;
  /** Outline node that holds the target (its top-level part decides whether it is exported). */
  readonly nodeId: string;
}

export function collectXrefTargets(
  outline: readonly OutlineNode[],
  contentOf: (nodeId: string) => SectionContent | undefined,
  numbering: StructureNumbering,
  anchors: AnchorNames,
): Map<string, XrefTarget> {
  const targets = new Map<string, XrefTarget>();
  const nodeLabels = numberOutline(outline);
  for (const node of outlineInOrder(outline)) {
    targets.set(node.id, { result: `${nodeLabels.get(node.id) ?? ''}${node.title}`, anchor: anchors.of(node.id), nodeId: node.id });
    const content = contentOf(node.id) ?? [];
    const labels = numberContentHeadings(content, node.depth);
    for (const block of content) {
      if (block.type !== 'heading') continue;
      targets.set(block.id, { result: `${labels.get(block.id) ?? ''}${plainText(block.children).trim()}`, anchor: anchors.of(block.id), nodeId: node.id });
    }
  }
  for (const structure of numbering.ordered) {
    targets.set(structure.id, { result: structure.label, anchor: anchors.of(structure.id), nodeId: structure.nodeId });
  }
  return targets;
}
