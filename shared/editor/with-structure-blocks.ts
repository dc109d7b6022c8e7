/**
 * Tables, figures, case boxes and cross-references inside the text editor.
 *
 * - Figures are void blocks and cross-references inline voids: Slate keeps them whole, and its
 *   default normalization (which drops block children it does not expect) never touches their
 *   inner structure. Tables are edited in place; ./with-tables.ts guards their structure.
 * - Backspace/Delete never merge text across the edge of a structure: at the start of a block that
 *   follows a table, figure or case box (or that opens a case box), Backspace does nothing; the
 *   same for Delete at the mirrored positions. A merge there would pull a paragraph out of its
 *   case box or try to merge text into a table.
 */
import { Editor, Element, Node, Path, Range } from 'slate';
import { isAtomicBlock, isCase, isStructureBlock, isTextBlock } from './element-kinds';
import './custom-types';

type Direction = 'backward' | 'forward';

/** True when deleting one character in `direction` from the caret would cross a structure edge. */
export function atStructureEdge(editor: Editor, direction: Direction): boolean {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return false;
  const entry = Editor.above(editor, { at: selection.anchor, match: (n) => isTextBlock(n), mode: 'lowest' });
  if (!entry) return false;
  const [, blockPath] = entry;
  const atEdge = direction === 'backward' ? Editor.isStart(editor, selection.anchor, blockPath) : Editor.isEnd(editor, selection.anchor, blockPath);
  if (!atEdge) return false;
  let path = blockPath;
  // Inside a list, an item's neighbours are other items, until the list's own edge.
  const container = Node.parent(editor, path);
  if (Element.isElement(container) && (container.type === 'bulleted-list' || container.type === 'numbered-list')) {
    const index = path[path.length - 1] as number;
    if (direction === 'backward' ? index > 0 : index < container.children.length - 1) return false;
    path = Path.parent(path);
  }
  const index = path[path.length - 1] as number;
  const parent = Node.parent(editor, path);
  const first = index === 0;
  const last = index === parent.children.length - 1;
  if (direction === 'backward') return first ? isCase(parent as Node) : isStructureBlock(Node.get(editor, Path.previous(path)));
  return last ? isCase(parent as Node) : isStructureBlock(Node.get(editor, Path.next(path)));
}

export function withStructureBlocks<E extends Editor>(editor: E): E {
  const { isVoid, isInline, deleteBackward, deleteForward } = editor;

  editor.isVoid = (element) => isAtomicBlock(element) || element.type === 'xref' || isVoid(element);
  editor.isInline = (element) => element.type === 'xref' || isInline(element);

  editor.deleteBackward = (unit) => {
    if (atStructureEdge(editor, 'backward')) return;
    deleteBackward(unit);
  };

  editor.deleteForward = (unit) => {
    if (atStructureEdge(editor, 'forward')) return;
    deleteForward(unit);
  };

  return editor;
}
