/**
 * Heading numbers are computed (一、 （一） 1.), so a number the author types at the start of a
 * heading would show twice (“1.1.师资队伍建设”). As import does (stripTypedNumber), the typed
 * number is recognised as the title's text begins after it, and dropped in an undo step of its
 * own: one Ctrl+Z brings it back, and it then stays (the rule only fires when text is typed right
 * after the number, not on later edits further along the title).
 */
import { Editor, Range, Text, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { typedNumberLength } from '../numbering/heading-numbering';
import { isHeading } from './element-kinds';
import './custom-types';

export function withTypedHeadingNumbers<E extends Editor>(editor: E): E {
  const { insertText } = editor;

  editor.insertText = (text, options) => {
    const { selection } = editor;
    const entry = selection && Range.isCollapsed(selection) ? Editor.above(editor, { match: isHeading }) : undefined;
    if (!entry || !selection) {
      insertText(text, options);
      return;
    }
    const [, path] = entry;
    const before = Editor.string(editor, { anchor: Editor.start(editor, path), focus: selection.anchor }).length;
    insertText(text, options);

    const [heading] = Editor.node(editor, path);
    if (!isHeading(heading) || heading.numbered === false) return;
    const full = Editor.string(editor, path);
    const length = typedNumberLength(full);
    // A number, title text after it, and the text just typed touching it (not an edit further on).
    if (length === 0 || length >= full.length || length < before) return;
    const first = heading.children[0];
    // The number within the first run of text (as typed); anything else is left as it is.
    if (!first || !Text.isText(first) || first.text.length < length) return;
    const drop = (): void => Transforms.delete(editor, { at: { anchor: { path: [...path, 0], offset: 0 }, focus: { path: [...path, 0], offset: length } } });
    if (HistoryEditor.isHistoryEditor(editor)) HistoryEditor.withNewBatch(editor, drop);
    else drop();
  };

  return editor;
}
