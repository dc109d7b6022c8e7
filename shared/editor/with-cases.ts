/**
 * Case boxes (案例) in the text editor: how the author gets into and out of one.
 *
 * - Enter inside a box continues inside it; Enter on an empty last paragraph of a box (the Word
 *   habit of pressing Enter twice to end a block) moves that paragraph out, after the box.
 * - ArrowDown at the very end of a box / ArrowUp at its very start leaves the box, creating a
 *   paragraph outside when the box is the last / first block, so a box never traps the caret.
 * - Insert case wraps the selected blocks, or adds an empty box after the caret's block.
 * Backspace/Delete at the box's inner edges never merge across it (with-structure-blocks.ts).
 */
import { Editor, Element, Node, Path, Range, Transforms, type Point } from 'slate';
import { newBlockId } from '../ids/block-id';
import { paragraph, type CaseElement } from '../model/document';
import { isCase, isTextBlock } from './element-kinds';
import { setTypedProps } from './typed-props';
import './custom-types';

export type CaseExit = 'down' | 'up';

function collapsedPoint(editor: Editor): Point | null {
  const { selection } = editor;
  return selection && Range.isCollapsed(selection) ? selection.anchor : null;
}

/** The case box holding `point`, if any. */
function caseAt(editor: Editor, point: Point): [CaseElement, Path] | null {
  const entry = Editor.above<CaseElement>(editor, { at: point, match: (n) => isCase(n) });
  return entry ?? null;
}

/** Enter on an empty last paragraph of a box (the box keeps at least one block): move it out. */
function leaveCaseOnEmptyLastParagraph(editor: Editor): boolean {
  const point = collapsedPoint(editor);
  if (!point) return false;
  const block = Editor.above(editor, { at: point, match: (n) => isTextBlock(n), mode: 'lowest' });
  if (!block) return false;
  const [node, path] = block;
  if (node.type !== 'paragraph' || path.length < 2 || !Editor.isEmpty(editor, node)) return false;
  const casePath = Path.parent(path);
  const parent = Node.get(editor, casePath);
  if (!isCase(parent) || parent.children.length < 2 || path[path.length - 1] !== parent.children.length - 1) return false;
  Transforms.moveNodes(editor, { at: path, to: Path.next(casePath) });
  Transforms.select(editor, Editor.start(editor, Path.next(casePath)));
  return true;
}

/**
 * Moves the caret out of the case box it is at the very end (`down`) or start (`up`) of. Returns
 * false (the key keeps its ordinary meaning) when the caret is elsewhere.
 */
export function moveOutOfCase(editor: Editor, direction: CaseExit): boolean {
  const point = collapsedPoint(editor);
  if (!point) return false;
  const found = caseAt(editor, point);
  if (!found) return false;
  const [, casePath] = found;
  if (direction === 'down') {
    if (!Editor.isEnd(editor, point, casePath)) return false;
    const next = Path.next(casePath);
    if (!Node.has(editor, next)) Transforms.insertNodes(editor, paragraph(newBlockId(), ''), { at: next });
    Transforms.select(editor, Editor.start(editor, next));
    return true;
  }
  if (!Editor.isStart(editor, point, casePath)) return false;
  const index = casePath[casePath.length - 1] as number;
  if (index === 0) {
    Transforms.insertNodes(editor, paragraph(newBlockId(), ''), { at: casePath });
    Transforms.select(editor, Editor.start(editor, casePath));
    return true;
  }
  Transforms.select(editor, Editor.end(editor, Path.previous(casePath)));
  return true;
}

/**
 * Puts a case box around the selected top-level blocks, or (caret in a block with text, or on a
 * table or figure) inserts an empty box after that block with the caret inside. Returns the new
 * box's id, or null when there is no selection or it touches a case box already (boxes do not nest).
 */
export function insertCase(editor: Editor): string | null {
  const { selection } = editor;
  if (!selection) return null;
  if (Array.from(Editor.nodes(editor, { at: selection, match: (n) => isCase(n) })).length > 0) return null;
  const id = newBlockId();
  const [start, end] = Range.edges(selection);
  const first = start.path[0] as number;
  const last = end.path[0] as number;
  const firstBlock = editor.children[first] as Node;
  const emptyText = Element.isElement(firstBlock) && isTextBlock(firstBlock) && Editor.isEmpty(editor, firstBlock);
  if (Range.isCollapsed(selection) && !emptyText) {
    const box: CaseElement = { type: 'case', id, title: '', children: [paragraph(newBlockId(), '')] };
    Transforms.insertNodes(editor, box, { at: [first + 1] });
    Transforms.select(editor, Editor.start(editor, [first + 1]));
    return id;
  }
  const range = { anchor: Editor.start(editor, [first]), focus: Editor.end(editor, [last]) };
  Transforms.wrapNodes(editor, { type: 'case', id, title: '', children: [] }, { at: range, match: (_n, path) => path.length === 1 });
  return id;
}

/** Sets a box's title; typing it letter by letter is one undo step (see typed-props.ts). */
export function setCaseTitle(editor: Editor, path: Path, title: string): void {
  if (isCase(Node.get(editor, path))) setTypedProps<CaseElement>(editor, path, { title });
}

/** Flags or unflags a box as 经典案例 (listed again, numbered 经典案例 n, in the appendix lists). */
export function setCaseClassic(editor: Editor, path: Path, classic: boolean): void {
  if (classic) Transforms.setNodes(editor, { classic: true }, { at: path });
  else Transforms.unsetNodes(editor, 'classic', { at: path });
}

export function withCases<E extends Editor>(editor: E): E {
  const { insertBreak } = editor;
  editor.insertBreak = () => {
    if (leaveCaseOnEmptyLastParagraph(editor)) return;
    insertBreak();
  };
  return editor;
}
