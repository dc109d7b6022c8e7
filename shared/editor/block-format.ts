/**
 * Formatting commands of the editor, as pure Slate transforms (no DOM): marks, paragraph /
 * heading styles and lists. The renderer binds them to the toolbar and to Word's shortcuts.
 */
import { Editor, Element, Transforms, type NodeEntry, type Path } from 'slate';
import { newBlockId } from '../ids/block-id';
import type { HeadingLevel, ListElement } from '../model/document';
import { isList, isListItem, isTextBlock, type TextBlock } from './element-kinds';
import './custom-types';

export type MarkName = 'bold' | 'italic' | 'underline';
export type ListType = ListElement['type'];
export type BlockStyle = 'paragraph' | 'heading-1' | 'heading-2' | 'heading-3' | ListType;

export function isMarkActive(editor: Editor, mark: MarkName): boolean {
  const marks = Editor.marks(editor);
  return marks !== null && marks[mark] === true;
}

export function toggleMark(editor: Editor, mark: MarkName): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}

function selectedTextBlocks(editor: Editor, at?: Path): NodeEntry<TextBlock>[] {
  const options = at ? { at } : {};
  return Array.from(Editor.nodes<TextBlock>(editor, { ...options, match: (n) => isTextBlock(n), mode: 'lowest' }));
}

/** The style of the block holding the selection's start (what the style box shows). */
export function activeBlockStyle(editor: Editor): BlockStyle | null {
  if (!editor.selection) return null;
  const [first] = selectedTextBlocks(editor);
  if (!first) return null;
  const [block, path] = first;
  if (block.type === 'heading') return `heading-${block.level}` as BlockStyle;
  if (block.type === 'list-item') {
    const parent = Editor.parent(editor, path)[0];
    return isList(parent) ? parent.type : 'paragraph';
  }
  return 'paragraph';
}

/** Moves the selected list items out of their lists (splitting a list around them). */
function liftSelectedListItems(editor: Editor): void {
  Transforms.liftNodes(editor, { match: (n) => isListItem(n), mode: 'lowest' });
}

export function setParagraph(editor: Editor): void {
  if (!editor.selection) return;
  Editor.withoutNormalizing(editor, () => {
    liftSelectedListItems(editor);
    const match = (n: unknown): boolean => Element.isElement(n) && isTextBlock(n);
    Transforms.unsetNodes(editor, ['level', 'numbered'], { match, mode: 'lowest' });
    Transforms.setNodes(editor, { type: 'paragraph' }, { match, mode: 'lowest' });
  });
}

export function setHeading(editor: Editor, level: HeadingLevel): void {
  if (!editor.selection) return;
  Editor.withoutNormalizing(editor, () => {
    liftSelectedListItems(editor);
    Transforms.setNodes(editor, { type: 'heading', level }, { match: (n) => isTextBlock(n), mode: 'lowest' });
  });
}

export function isListActive(editor: Editor, type: ListType): boolean {
  return activeBlockStyle(editor) === type;
}

export function toggleList(editor: Editor, type: ListType): void {
  if (!editor.selection) return;
  const current = activeBlockStyle(editor);
  Editor.withoutNormalizing(editor, () => {
    if (current === type) {
      setParagraph(editor);
      return;
    }
    if (current === 'bulleted-list' || current === 'numbered-list') {
      // Switching bullets ↔ numbers changes the list itself, keeping its items (and their ids).
      Transforms.setNodes(editor, { type }, { match: (n) => isList(n), mode: 'lowest' });
      return;
    }
    const match = (n: unknown): boolean => Element.isElement(n) && isTextBlock(n);
    Transforms.unsetNodes(editor, ['level', 'numbered', 'align'], { match, mode: 'lowest' });
    Transforms.setNodes(editor, { type: 'list-item' }, { match, mode: 'lowest' });
    Transforms.wrapNodes(editor, { type, id: newBlockId(), children: [] }, { match: (n) => isListItem(n), mode: 'lowest' });
  });
}

/** Turns the list item at `path` into a paragraph standing after (or between parts of) its list. */
export function liftListItemToParagraph(editor: Editor, path: Path): void {
  Editor.withoutNormalizing(editor, () => {
    Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
    Transforms.liftNodes(editor, { at: path });
  });
}

export function applyBlockStyle(editor: Editor, style: BlockStyle): void {
  switch (style) {
    case 'paragraph':
      setParagraph(editor);
      return;
    case 'heading-1':
      setHeading(editor, 1);
      return;
    case 'heading-2':
      setHeading(editor, 2);
      return;
    case 'heading-3':
      setHeading(editor, 3);
      return;
    default:
      toggleList(editor, style);
  }
}
