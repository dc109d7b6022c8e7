/**
 * Cross-references (见表 1-1) in the text editor: inline voids that store only their target's id;
 * the label they show is computed from the report's numbering (renderer/src/editor/xref/).
 */
import { Editor, Element, Range, Transforms, type Point } from 'slate';
import { newBlockId } from '../ids/block-id';
import type { XrefElement } from '../model/document';
import { isTextBlock } from './element-kinds';
import './custom-types';

export function xrefNode(target: string): XrefElement {
  return { type: 'xref', id: newBlockId(), target, children: [{ text: '' }] };
}

/**
 * Inserts a reference to `target` at the caret, replacing `replace` (the typed “表 1-” of “见表 1-”
 * when the reference was offered while typing) or the selected text, and puts the caret right
 * after it so typing continues in the sentence. Returns the new reference's id.
 */
export function insertXref(editor: Editor, target: string, replace?: Range): string | null {
  const at = replace ?? editor.selection;
  if (!at) return null;
  // Only running text takes references: not table cells (plain text), not a selected figure.
  const inText = (point: Point): boolean => Editor.above(editor, { at: point, match: (n) => isTextBlock(n), mode: 'lowest' }) !== undefined;
  if (!inText(Range.start(at)) || !inText(Range.end(at))) return null;
  const node = xrefNode(target);
  Editor.withoutNormalizing(editor, () => {
    Transforms.select(editor, at);
    if (!Range.isCollapsed(at)) Transforms.delete(editor);
    Transforms.insertNodes(editor, node);
  });
  // After insertion the caret sits inside the void; one step moves it into the text after it.
  Transforms.move(editor);
  return node.id;
}

export function withXrefs<E extends Editor>(editor: E): E {
  const { normalizeNode } = editor;
  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    // A reference without a target cannot be stored (main refuses it) and shows nothing useful.
    if (Element.isElement(node) && node.type === 'xref' && (typeof node.target !== 'string' || node.target.length === 0)) {
      Transforms.removeNodes(editor, { at: path });
      return;
    }
    normalizeNode(entry, options);
  };
  return editor;
}
