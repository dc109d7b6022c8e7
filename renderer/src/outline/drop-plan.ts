/**
 * Where a node dropped in the outline lands, as the `outline.move` call main expects
 * (`parentId` + `index` among the siblings once the node has left its old place), or null when
 * the drop is not allowed: the outline has two levels only (章 / 节), so a chapter with sections
 * cannot become a section, and nothing can go below a section.
 */
import { MAX_OUTLINE_DEPTH, type OutlineNode } from '../../../shared/model/outline';

export type DropPlace = 'before' | 'after' | 'inside';

export interface OutlineMove {
  readonly parentId: string | null;
  readonly index: number;
}

/** Rows of chapters accept drops inside (middle half); rows of sections only before / after. */
export function placeFromPointer(offsetY: number, height: number, canHoldChildren: boolean): DropPlace {
  const ratio = height > 0 ? offsetY / height : 0.5;
  if (!canHoldChildren) return ratio < 0.5 ? 'before' : 'after';
  if (ratio < 0.25) return 'before';
  if (ratio > 0.75) return 'after';
  return 'inside';
}

function siblingsOf(nodes: readonly OutlineNode[], parentId: string | null): OutlineNode[] {
  return nodes.filter((n) => n.parentId === parentId).sort((a, b) => a.position - b.position);
}

function depthOf(byId: ReadonlyMap<string, OutlineNode>, node: OutlineNode): number {
  let depth = 1;
  let parent = node.parentId === null ? undefined : byId.get(node.parentId);
  while (parent) {
    depth += 1;
    parent = parent.parentId === null ? undefined : byId.get(parent.parentId);
  }
  return depth;
}

export function planMove(nodes: readonly OutlineNode[], draggedId: string, targetId: string, place: DropPlace): OutlineMove | null {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const dragged = byId.get(draggedId);
  const target = byId.get(targetId);
  if (!dragged || !target || dragged.id === target.id) return null;
  // Nothing may move into its own subtree.
  for (let p = target.parentId; p !== null; p = byId.get(p)?.parentId ?? null) if (p === dragged.id) return null;
  const draggedHeight = siblingsOf(nodes, dragged.id).length > 0 ? 2 : 1;

  const parentId = place === 'inside' ? target.id : target.parentId;
  const parentDepth = parentId === null ? 0 : depthOf(byId, byId.get(parentId) as OutlineNode);
  if (parentDepth + draggedHeight > MAX_OUTLINE_DEPTH) return null;

  const siblings = siblingsOf(nodes, parentId).filter((n) => n.id !== dragged.id);
  if (place === 'inside') return { parentId, index: siblings.length };
  const at = siblings.findIndex((n) => n.id === target.id);
  return { parentId, index: place === 'before' ? at : at + 1 };
}

/** True when the move would put the node back where it is. */
export function isNoMove(nodes: readonly OutlineNode[], draggedId: string, move: OutlineMove): boolean {
  const dragged = nodes.find((n) => n.id === draggedId);
  if (!dragged || dragged.parentId !== move.parentId) return false;
  const siblings = siblingsOf(nodes, move.parentId);
  return siblings.findIndex((n) => n.id === draggedId) === move.index;
}
