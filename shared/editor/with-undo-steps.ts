/**
 * Undo granularity closer to Word/WPS. slate-history merges every run of adjacent typing into one
 * undo step, so a whole paragraph typed through a Chinese IME would vanish with one Ctrl+Z. Here a
 * new step starts:
 * - at every multi-character insertion (an IME commit such as “高职教育”, or pasted plain text),
 *   and at the first keystroke after one;
 * - at the first character of a new word after whitespace, when typing Latin text key by key.
 */
import { Editor, Range } from 'slate';
import { HistoryEditor } from 'slate-history';
import './custom-types';

function charBeforeCursor(editor: Editor): string {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return '';
  const before = Editor.before(editor, selection.anchor, { unit: 'character' });
  return before ? Editor.string(editor, { anchor: before, focus: selection.anchor }) : '';
}

export function withUndoSteps<E extends Editor>(editor: E): E {
  const { insertText } = editor;
  let afterPhrase = false;

  editor.insertText = (text, options) => {
    const phrase = Array.from(text).length > 1;
    const wordStart = !phrase && /\S/u.test(text) && /\s/u.test(charBeforeCursor(editor));
    const newStep = phrase || afterPhrase || wordStart;
    afterPhrase = phrase;
    if (newStep && HistoryEditor.isHistoryEditor(editor)) HistoryEditor.withNewBatch(editor, () => insertText(text, options));
    else insertText(text, options);
  };

  return editor;
}
