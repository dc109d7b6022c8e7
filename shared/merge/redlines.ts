/**
 * Redlines: how a change is shown to the reviewer, built from the two versions of a unit.
 */
import type { FigureElement, InlineNode } from '../model/document';
import type { TableElement } from '../tables/table-types';
import type { FieldRedline, MergeNode, Redline, TextSegment } from './merge-types';
import { isContainer, shellOf } from './merge-units';
import { tableRedline } from './table-redline';
import { diffText } from './text-diff';

/** What a cross-reference shows in a redline: its number is computed elsewhere, so a marker. */
export const XREF_MARK = '〔引用〕';

/** The text of inline content as the reviewer reads it. */
export function inlineText(children: readonly InlineNode[]): string {
  let text = '';
  for (const child of children) text += 'text' in child ? child.text : XREF_MARK;
  return text;
}

type TextNode = Extract<MergeNode, { type: 'paragraph' | 'heading' | 'list-item' }>;

function isTextNode(node: MergeNode): node is TextNode {
  return node.type === 'paragraph' || node.type === 'heading' || node.type === 'list-item';
}

function fieldValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Every property (other than id and children) whose value differs, with a text diff of it. */
function changedFields(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>, skip: ReadonlySet<string>): FieldRedline[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((n) => !skip.has(n)).sort();
  const fields: FieldRedline[] = [];
  for (const name of names) {
    const a = fieldValue(before[name]);
    const b = fieldValue(after[name]);
    if (a !== b) fields.push({ name, before: a, after: b, segments: diffText(a, b) });
  }
  return fields;
}

const NOT_FIELDS = new Set(['id', 'children']);

/** The redline of a unit that exists on both sides (a modification or a conflict). */
export function modifyRedline(before: MergeNode, after: MergeNode): Redline {
  if (isTextNode(before) && isTextNode(after)) {
    return { kind: 'text', segments: diffText(inlineText(before.children), inlineText(after.children)) };
  }
  if (before.type === 'table' && after.type === 'table') return tableRedline(before as TableElement, after as TableElement);
  if (isContainer(before) && isContainer(after)) {
    return { kind: 'fields', fields: changedFields(shellOf(before), shellOf(after), NOT_FIELDS) };
  }
  if (before.type === 'figure' && after.type === 'figure') {
    return { kind: 'fields', fields: changedFields(before as FigureElement as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>, NOT_FIELDS) };
  }
  // The block changed its kind (a paragraph became a table): shown whole, before and after.
  return { kind: 'block' };
}

/** Inserted or deleted text blocks show as one inserted or deleted run; other blocks whole. */
export function wholeRedline(node: MergeNode, op: 'insert' | 'delete'): Redline {
  if (!isTextNode(node)) return { kind: 'block' };
  const segments: TextSegment[] = [{ op, text: inlineText(node.children) }];
  return { kind: 'text', segments };
}
