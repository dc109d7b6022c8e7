/** Small type guards over the content model, shared by the editor plugins and the renderer. */
import { Element, type Node } from 'slate';
import type { CaseElement, HeadingElement, ListElement, ListItemElement, ParagraphElement } from '../model/document';
import './custom-types';

/** Blocks that hold text directly and take paragraph/heading/list styles: what the cursor is in. */
export type TextBlock = ParagraphElement | HeadingElement | ListItemElement;

export function isList(node: Node): node is ListElement {
  return Element.isElement(node) && (node.type === 'bulleted-list' || node.type === 'numbered-list');
}

export function isListItem(node: Node): node is ListItemElement {
  return Element.isElement(node) && node.type === 'list-item';
}

export function isHeading(node: Node): node is HeadingElement {
  return Element.isElement(node) && node.type === 'heading';
}

export function isTextBlock(node: Node): node is TextBlock {
  return Element.isElement(node) && (node.type === 'paragraph' || node.type === 'heading' || node.type === 'list-item');
}

export function isCase(node: Node): node is CaseElement {
  return Element.isElement(node) && node.type === 'case';
}

/**
 * Figures are atomic in the text editor (Slate voids): their content is edited through their own
 * form. Tables are not: their cells are edited in place, and ./with-tables.ts keeps typing, Enter
 * and Backspace from ever splitting a row or merging two cells.
 */
export function isAtomicBlock(node: Node): boolean {
  return Element.isElement(node) && node.type === 'figure';
}

/** Blocks that text editing must not merge into or out of: tables, figures, case boxes. */
export function isStructureBlock(node: Node): boolean {
  return isAtomicBlock(node) || (Element.isElement(node) && node.type === 'table') || isCase(node);
}
