/**
 * Alt+Shift+↑/↓ in the outline (Word's 上移 / 下移 in outline view), as the `outline.move` call
 * main expects. A node swaps with its neighbour among its siblings; a section already first (last)
 * in its chapter goes to the end (start) of the previous (next) chapter, so a section can travel
 * through the whole report by keyboard. Null when there is nowhere to go. Pure.
 */
import type { OutlineNode } from '../../../shared/model/outline';
import type { OutlineMove } from './drop-plan';

function siblingsOf(nodes: readonly OutlineNode[], parentId: string | null): OutlineNode[] {
  return nodes.filter((n) => n.parentId === parentId).sort((a, b) => a.position - b.position);
}

export function keyboardMove(nodes: readonly OutlineNode[], id: string, direction: 'up' | 'down'): OutlineMove | null {
  const node = nodes.find((n) => n.id === id);
  if (!node) return null;
  const siblings = siblingsOf(nodes, node.parentId);
  const at = siblings.findIndex((n) => n.id === id);
  const target = direction === 'up' ? at - 1 : at + 1;
  // `index` counts the siblings once the node has left its place: one step either way.
  if (target >= 0 && target < siblings.length) return { parentId: node.parentId, index: target };
  if (node.parentId === null) return null;
  // Across the chapter boundary, into the neighbouring chapter.
  // Only body chapters take sections: 前言 and the appendices have none.
  const chapters = siblingsOf(nodes, null).filter((c) => c.role === 'body' || c.id === node.parentId);
  const chapterAt = chapters.findIndex((c) => c.id === node.parentId);
  const chapter = chapters[direction === 'up' ? chapterAt - 1 : chapterAt + 1];
  if (!chapter) return null;
  return { parentId: chapter.id, index: direction === 'up' ? siblingsOf(nodes, chapter.id).length : 0 };
}

/** Where a node is now, as the move that would put it back there (for undo). */
export function currentPlace(nodes: readonly OutlineNode[], id: string): OutlineMove | null {
  const node = nodes.find((n) => n.id === id);
  if (!node) return null;
  return { parentId: node.parentId, index: siblingsOf(nodes, node.parentId).findIndex((n) => n.id === id) };
}
