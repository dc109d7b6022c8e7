/**
 * Keeps the editor value inside the content model that main's validator accepts
 * (../model/content-validation.ts): lists hold only list items, list items live only in lists,
 * paragraphs and headings sit at the top level or in a case box, headings have a level 1..3, a
 * case box is never empty, the document is never empty. A value main would refuse cannot be
 * autosaved, so the editor must never produce one. Every rule looks at one node only, so
 * normalizing stays proportional to what changed. Tables and figures are atomic blocks whose
 * inner shape belongs to their own model (../tables/), so no rule here looks inside them.
 */
import { Editor, Element, Node, Transforms } from 'slate';
import { newBlockId } from '../ids/block-id';
import { paragraph } from '../model/document';
import { isAtomicBlock, isCase, isList } from './element-kinds';
import './custom-types';

const LIST_ITEM_ONLY_KEYS = ['level', 'numbered', 'align'] as const;

function isValidLevel(level: unknown): boolean {
  return level === 1 || level === 2 || level === 3;
}

/** Where paragraphs, headings and lists may stand: the top level and inside a case box. */
function holdsBlocks(node: Node): boolean {
  return Editor.isEditor(node) || isCase(node);
}

export function withReportSchema<E extends Editor>(editor: E): E {
  const { normalizeNode } = editor;

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;

    if (Editor.isEditor(node) && node.children.length === 0) {
      Transforms.insertNodes(editor, paragraph(newBlockId(), ''), { at: [0] });
      return;
    }

    if (Element.isElement(node) && !isAtomicBlock(node) && node.type !== 'xref') {
      const parent = path.length > 0 ? Node.parent(editor, path) : null;

      if (isList(node)) {
        if (!node.children.some((child: Node) => Element.isElement(child))) {
          // A list left without items (its items were deleted or turned into text): keep any
          // text as a paragraph rather than storing an invalid list.
          Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
          return;
        }
        for (let i = 0; i < node.children.length; i += 1) {
          const child = node.children[i] as Node;
          if (Element.isElement(child) && child.type !== 'list-item') {
            Transforms.unsetNodes(editor, [...LIST_ITEM_ONLY_KEYS], { at: [...path, i] });
            Transforms.setNodes(editor, { type: 'list-item' }, { at: [...path, i] });
            return;
          }
        }
      } else if (isCase(node)) {
        if (parent && !Editor.isEditor(parent)) {
          // Case boxes do not nest: a case pasted into a case gives up its box.
          Transforms.unwrapNodes(editor, { at: path });
          return;
        }
        if (!node.children.some((child: Node) => Element.isElement(child))) {
          Transforms.insertNodes(editor, paragraph(newBlockId(), ''), { at: [...path, 0] });
          return;
        }
      } else if (node.type === 'list-item') {
        if (parent && !isList(parent)) {
          Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
          return;
        }
      } else if ((node.type === 'paragraph' || node.type === 'heading') && parent && !holdsBlocks(parent) && !isList(parent)) {
        // A paragraph or heading inside a list item or another paragraph: lift it out. (Inside a
        // list it becomes an item instead, see the list rule.)
        Transforms.liftNodes(editor, { at: path });
        return;
      }

      if (node.type === 'heading' && !isValidLevel(node.level)) {
        Transforms.setNodes(editor, { level: 1 }, { at: path });
        return;
      }
      if ((node.type === 'paragraph' || node.type === 'list-item') && ('level' in node || 'numbered' in node)) {
        Transforms.unsetNodes(editor, ['level', 'numbered'], { at: path });
        return;
      }
    }

    normalizeNode(entry, options);
  };

  return editor;
}
