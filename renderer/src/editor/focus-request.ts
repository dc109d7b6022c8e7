/**
 * "Type here next": a block inserted from the toolbar (a case box, a figure) wants the keyboard in
 * its own field (the title, the caption) as soon as it is drawn. The command that inserts it
 * leaves a request; the block's view takes it when it mounts.
 */
import type { Editor } from 'slate';

const pending = new WeakMap<Editor, string>();

export function requestFieldFocus(editor: Editor, blockId: string): void {
  pending.set(editor, blockId);
}

/** True (once) when the block `blockId` of `editor` should focus its field now. */
export function takeFieldFocus(editor: Editor, blockId: string): boolean {
  if (pending.get(editor) !== blockId) return false;
  pending.delete(editor);
  return true;
}
