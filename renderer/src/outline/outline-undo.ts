/**
 * Ctrl+Z in the outline: the moves and deletions done there, undone last first. A move is undone
 * by moving the node back to where it was; a deletion by restoring the node (main keeps deleted
 * nodes with their content, see 已删除). Only the outline's own operations are kept here: text
 * edits have their editor's undo.
 */
import type { OutlineMove } from './drop-plan';

export type OutlineUndoEntry =
  | { readonly kind: 'move'; readonly id: string; readonly back: OutlineMove }
  | { readonly kind: 'delete'; readonly id: string };

/** As many steps as anyone will press Ctrl+Z for; the oldest go first. */
export const MAX_OUTLINE_UNDO = 50;

export class OutlineUndoStack {
  private entries: OutlineUndoEntry[] = [];

  push(entry: OutlineUndoEntry): void {
    this.entries = [...this.entries, entry].slice(-MAX_OUTLINE_UNDO);
  }

  pop(): OutlineUndoEntry | null {
    const last = this.entries[this.entries.length - 1];
    if (last === undefined) return null;
    this.entries = this.entries.slice(0, -1);
    return last;
  }

  /** A node restored by other means (the 已删除 list) leaves nothing to undo about its deletion. */
  forget(id: string): void {
    this.entries = this.entries.filter((e) => !(e.kind === 'delete' && e.id === id));
  }

  get size(): number {
    return this.entries.length;
  }
}
