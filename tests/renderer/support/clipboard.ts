/**
 * Ctrl+C / Ctrl+X as slate-react does them, minus the DOM: the selected fragment travels through
 * the clipboard as JSON (so the paste gets a copy, never the editor's own objects), and a cut
 * deletes the selection afterwards.
 */
import { Editor, Transforms, type Descendant, type Path } from 'slate';

export function copyFragment(editor: Editor): Descendant[] {
  return JSON.parse(JSON.stringify(editor.getFragment())) as Descendant[];
}

export function cutFragment(editor: Editor): Descendant[] {
  const fragment = copyFragment(editor);
  editor.deleteFragment();
  return fragment;
}

/** Puts the caret at the end of the block at `path`, where the next paste goes. */
export function caretAtEnd(editor: Editor, path: Path): void {
  Transforms.select(editor, Editor.end(editor, path));
}
