/**
 * Where an inserted or moved block goes, said the way an author finds it: after which block of
 * the department's version (a paragraph by its opening words, a heading by its title, a table by
 * its caption), or first in the section, case box or list. The review shows it so that a new
 * paragraph is not judged without knowing what it follows.
 */
import type { ChangePlace, MergeNode, PlaceAnchor } from './merge-types';
import type { UnitIndex } from './merge-units';
import { inlineText } from './redlines';

/** A block's text as the reviewer reads it (the wording module shortens it). */
export function blockText(node: MergeNode): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'list-item':
      return inlineText(node.children);
    case 'table':
    case 'figure':
      return node.caption;
    case 'case':
      return node.title;
    case 'bulleted-list':
    case 'numbered-list':
      return node.children[0] ? inlineText(node.children[0].children) : '';
  }
}

function anchor(side: UnitIndex, office: UnitIndex, id: string): PlaceAnchor | null {
  const unit = side.units.get(id);
  if (unit === undefined) return null;
  return { id, type: unit.node.type, text: blockText(unit.node), added: !office.units.has(id) };
}

/** Where `id` stands in `side` (the department's version); `office` tells which anchors are new. */
export function placeOf(side: UnitIndex, office: UnitIndex, id: string): ChangePlace | undefined {
  const unit = side.units.get(id);
  if (unit === undefined) return undefined;
  const siblings = side.children.get(unit.parentId) ?? [];
  const at = siblings.indexOf(id);
  const previous = at > 0 ? siblings[at - 1] : undefined;
  return {
    after: previous === undefined ? null : anchor(side, office, previous),
    within: unit.parentId === null ? null : anchor(side, office, unit.parentId),
  };
}
