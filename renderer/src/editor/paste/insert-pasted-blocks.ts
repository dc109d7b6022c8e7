/** Pasted blocks into a section editor, as one undo step. */
import { Editor, Element, Range, Transforms, type BaseRange } from 'slate';
import { HistoryEditor } from 'slate-history';
import { newBlockId } from '../../../../shared/ids/block-id';
import type { BlockElement } from '../../../../shared/model/document';
import type { SectionEditorInstance } from '../section-editor-type';

const emptyParagraph = (): BlockElement => ({ type: 'paragraph', id: newBlockId(), children: [{ text: '' }] });

/**
 * The blocks go in where the caret is, through the editor's insertFragment (ids checked against
 * the report, a table cell takes text only). Into an empty paragraph they replace it (Slate would
 * leave it standing above them). In the middle of text Slate merges the first and last pasted
 * block into the text around the caret, as Word does with paragraphs; a heading, list, table or
 * figure there would lose its kind (a table its cells), so an empty paragraph is put around such a
 * block and merged instead, and the block goes in whole.
 */
export function insertPastedBlocks(editor: SectionEditorInstance, blocks: BlockElement[], at: BaseRange | null): void {
  if (blocks.length === 0) return;
  const run = (): void => {
    if (at) Transforms.select(editor, at);
    if (editor.selection && Range.isExpanded(editor.selection)) editor.deleteFragment();
    const { selection } = editor;
    const entry = selection ? Editor.above(editor, { at: selection.anchor, match: (n) => Element.isElement(n) && Editor.isBlock(editor, n) }) : undefined;
    let fragment = blocks;
    let empty: ReturnType<typeof Editor.pathRef> | null = null;
    if (selection && entry && Element.isElement(entry[0])) {
      const [block, path] = entry;
      if (block.type === 'paragraph' && Editor.isEmpty(editor, block)) empty = Editor.pathRef(editor, path);
      else {
        const first = blocks[0] as BlockElement;
        const last = blocks[blocks.length - 1] as BlockElement;
        fragment = [
          ...(!Editor.isStart(editor, selection.anchor, path) && first.type !== 'paragraph' ? [emptyParagraph()] : []),
          ...blocks,
          ...(!Editor.isEnd(editor, selection.anchor, path) && last.type !== 'paragraph' ? [emptyParagraph()] : []),
        ];
      }
    }
    editor.insertFragment(fragment);
    const path = empty?.unref();
    if (path && Editor.hasPath(editor, path)) {
      const [node] = Editor.node(editor, path);
      if (Element.isElement(node) && node.type === 'paragraph' && Editor.isEmpty(editor, node)) Transforms.removeNodes(editor, { at: path });
    }
  };
  if (HistoryEditor.isHistoryEditor(editor)) HistoryEditor.withNewBatch(editor, run);
  else run();
}
