/**
 * Heading numbers are computed from level and position, never typed: 一、 → （一） → 1. → （1） → ①.
 * Absolute level = depth of the outline node (chapter 1, section 2) + the relative level of a
 * heading inside that node's content.
 */
import type { OutlineNode } from '../model/outline';
import { outlineInOrder } from '../model/outline';
import type { SectionContent } from '../model/document';
import { toChineseNumeral, toCircledNumeral } from './chinese-numerals';

export function formatHeadingNumber(absoluteLevel: number, ordinal: number): string {
  switch (absoluteLevel) {
    case 1:
      return `${toChineseNumeral(ordinal)}、`;
    case 2:
      return `（${toChineseNumeral(ordinal)}）`;
    case 3:
      return `${ordinal}.`;
    case 4:
      return `（${ordinal}）`;
    default:
      return toCircledNumeral(ordinal);
  }
}

/** Outline node id → its number label ('' for unnumbered nodes). */
export function numberOutline(nodes: readonly OutlineNode[]): Map<string, string> {
  const labels = new Map<string, string>();
  const counters = new Map<string | null, number>();
  for (const node of outlineInOrder(nodes)) {
    if (!node.numbered) {
      labels.set(node.id, '');
      continue;
    }
    const parentKey = node.parentId;
    const ordinal = (counters.get(parentKey) ?? 0) + 1;
    counters.set(parentKey, ordinal);
    labels.set(node.id, formatHeadingNumber(node.depth, ordinal));
  }
  return labels;
}

/**
 * Heading block id → number label for the headings inside one node's content. A heading resets
 * the counters of all deeper levels, as in Word's multilevel lists.
 */
export function numberContentHeadings(content: SectionContent, nodeDepth: number): Map<string, string> {
  const labels = new Map<string, string>();
  const counters: number[] = [];
  for (const block of content) {
    if (block.type !== 'heading') continue;
    if (block.numbered === false) {
      labels.set(block.id, '');
      continue;
    }
    const index = block.level - 1;
    counters[index] = (counters[index] ?? 0) + 1;
    counters.length = index + 1;
    labels.set(block.id, formatHeadingNumber(nodeDepth + block.level, counters[index] as number));
  }
  return labels;
}

/**
 * Recognises Chinese numbering typed at the start of a heading (as authors and converters write it)
 * and returns the title without it. Used when importing, because numbering is computed.
 */
const TYPED_NUMBER = new RegExp(
  '^\\s*(?:' +
    '[一二三四五六七八九十百零]+\\s*[、.．]' + // 一、
    '|[（(]\\s*[一二三四五六七八九十百零]+\\s*[）)]\\s*[、.．]?' + // （一）
    '|\\d+\\s*[.．、](?!\\d)' + // 1.  (but not 1.5)
    '|[（(]\\s*\\d+\\s*[）)]\\s*[、.．]?' + // （1）
    '|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]' +
    ')\\s*',
);

/** How many characters of `text` a typed number at its start takes (with its spaces), 0 if none. */
export function typedNumberLength(text: string): number {
  return TYPED_NUMBER.exec(text)?.[0].length ?? 0;
}

export function stripTypedNumber(title: string): { title: string; hadNumber: boolean } {
  const match = TYPED_NUMBER.exec(title);
  if (!match || match[0].length === title.length) return { title: title.trim(), hadNumber: false };
  return { title: title.slice(match[0].length).trim(), hadNumber: true };
}
