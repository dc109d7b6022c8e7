/**
 * Puts a whole section's content into an open editor as ONE undo step (a history version restored
 * in the editor, issue 15): Ctrl+Z brings back the text from before the restore. The blocks keep
 * their ids (nothing else holds them once the old blocks are removed), so comments and
 * cross-references anchored to them still find them.
 */
import { Editor, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { SectionContent } from '../model/document';
import './custom-types';

export function replaceEditorContent(editor: Editor, content: SectionContent): void {
  const run = (): void =>
    Editor.withoutNormalizing(editor, () => {
      Transforms.deselect(editor);
      for (let i = editor.children.length - 1; i >= 0; i -= 1) Transforms.removeNodes(editor, { at: [i] });
      // A copy: the editor must never share objects with the caller's value (Slate treats nodes as immutable).
      Transforms.insertNodes(editor, JSON.parse(JSON.stringify(content)) as SectionContent, { at: [0] });
    });
  if (HistoryEditor.isHistoryEditor(editor)) HistoryEditor.withNewBatch(editor, run);
  else run();
  // The caret goes to the start of the restored text (the view is scrolled there too).
  Transforms.select(editor, Editor.start(editor, []));
}
