/**
 * Which units one side moved: put into another container, or reordered among the units its
 * container shares with the base. Reordering is found as the complement of a longest common
 * subsequence (jsdiff's Myers diff over the id lists), so moving one paragraph marks that
 * paragraph, not every paragraph it jumped over.
 */
import { diffArrays } from 'diff';
import type { UnitIndex } from './merge-units';

export function movedUnits(base: UnitIndex, side: UnitIndex): Set<string> {
  const moved = new Set<string>();
  for (const [id, unit] of side.units) {
    const original = base.units.get(id);
    if (original !== undefined && original.parentId !== unit.parentId) moved.add(id);
  }
  for (const [parent, ids] of side.children) {
    const originalIds = base.children.get(parent);
    if (originalIds === undefined) continue;
    const inSide = new Set(ids);
    const inBase = new Set(originalIds);
    const before = originalIds.filter((id) => inSide.has(id));
    const after = ids.filter((id) => inBase.has(id));
    if (before.length === after.length && before.every((id, i) => id === after[i])) continue;
    for (const part of diffArrays(before, after)) if (part.added || part.removed) for (const id of part.value) moved.add(id);
  }
  return moved;
}

/** The nearest sibling before `id` (in `side`) that `other` also has in the same container. */
export function sharedPredecessor(side: UnitIndex, other: UnitIndex, id: string): string | null {
  const unit = side.units.get(id);
  if (unit === undefined) return null;
  const siblings = side.children.get(unit.parentId) ?? [];
  for (let i = siblings.indexOf(id) - 1; i >= 0; i -= 1) {
    const sibling = siblings[i] as string;
    if (other.units.get(sibling)?.parentId === unit.parentId) return sibling;
  }
  return null;
}

/** Ids in document order (pre-order: a container before its children). */
export function preorder(index: UnitIndex): string[] {
  const out: string[] = [];
  const walk = (parent: string | null): void => {
    for (const id of index.children.get(parent) ?? []) {
      out.push(id);
      if (index.children.has(id)) walk(id);
    }
  };
  walk(null);
  return out;
}
