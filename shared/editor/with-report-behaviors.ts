/**
 * Word habits the default Slate behaviour lacks:
 * - Enter at the end of a heading continues with a body paragraph, not another heading;
 * - Enter in an empty list item, or Backspace at the start of a list item, leaves the list.
 */
import { Editor, Path, Point, Range, Transforms } from 'slate';
import { newBlockId } from '../ids/block-id';
import { paragraph } from '../model/document';
import { liftListItemToParagraph } from './block-format';
import { isTextBlock, type TextBlock } from './element-kinds';
import './custom-types';

function collapsedTextBlock(editor: Editor): { block: TextBlock; path: Path; point: Point } | null {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return null;
  const entry = Editor.above<TextBlock>(editor, { at: selection.anchor, match: (n) => isTextBlock(n), mode: 'lowest' });
  if (!entry) return null;
  return { block: entry[0], path: entry[1], point: selection.anchor };
}

export function withReportBehaviors<E extends Editor>(editor: E): E {
  const { insertBreak, deleteBackward } = editor;

  editor.insertBreak = () => {
    const here = collapsedTextBlock(editor);
    if (here?.block.type === 'heading' && Editor.isEnd(editor, here.point, here.path) && !Editor.isStart(editor, here.point, here.path)) {
      Transforms.insertNodes(editor, paragraph(newBlockId(), ''), { at: Path.next(here.path), select: true });
      return;
    }
    if (here?.block.type === 'list-item' && Editor.isEmpty(editor, here.block)) {
      liftListItemToParagraph(editor, here.path);
      return;
    }
    insertBreak();
  };

  editor.deleteBackward = (unit) => {
    const here = collapsedTextBlock(editor);
    if (here?.block.type === 'list-item' && Editor.isStart(editor, here.point, here.path)) {
      liftListItemToParagraph(editor, here.path);
      return;
    }
    deleteBackward(unit);
  };

  return editor;
}
