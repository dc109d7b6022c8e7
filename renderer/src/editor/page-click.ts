/**
 * The white page below the last line belongs to the text, as in Word: a press there puts the
 * caret at the end of the section (and gives the editor the keyboard). Without it the press
 * landed on the page's own box, the editor lost the focus, and the next IME input went nowhere.
 */
import type { MouseEvent } from 'react';
import { Editor, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import type { SectionEditorInstance } from './section-editor-type';

export function caretToEndOnPageClick(editor: SectionEditorInstance, event: MouseEvent<HTMLElement>, readOnly: boolean): void {
  if (readOnly || event.button !== 0 || event.shiftKey) return;
  let editable: HTMLElement;
  try {
    editable = ReactEditor.toDOMNode(editor, editor);
  } catch {
    return;
  }
  const last = editor.children[editor.children.length - 1];
  if (!last) return;
  const target = event.target as Node;
  // Only the empty page below the last block (the editor's own empty area, or the page's box).
  // Anything else under the pointer (a menu, a tool, a notice) keeps its press.
  if (target !== editable && target !== event.currentTarget) return;
  if (event.clientY <= ReactEditor.toDOMNode(editor, last).getBoundingClientRect().bottom) return;
  if (target !== editable && event.clientY <= editable.getBoundingClientRect().top) return;
  event.preventDefault();
  const end = Editor.end(editor, []);
  Transforms.select(editor, end);
  ReactEditor.focus(editor);
  // The page's selection too, at once: Slate would otherwise read the old one back from the page.
  const selection = editable.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(ReactEditor.toDOMRange(editor, { anchor: end, focus: end }));
}
