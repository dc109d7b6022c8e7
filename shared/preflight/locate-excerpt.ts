/**
 * Where a finding's excerpt sits inside a block, for jumping to it and applying its fix in the
 * editor. A finding's offset counts the text as the reader sees it (text-units.ts: a live
 * cross-reference counts as its label, 图 1-6), while the editor holds text leaves (split by
 * bold or italic) and reference elements: this maps one onto the other, exactly or not at all.
 */
import type { InlineNode } from '../model/document';
import { BROKEN_XREF, type LabelOf } from './text-units';

export interface InlinePoint {
  /** Index of the text leaf among the element's children. */
  readonly child: number;
  readonly offset: number;
}

export interface InlineSpan {
  readonly anchor: InlinePoint;
  readonly focus: InlinePoint;
  /** The covered text as the reader sees it (compare with the excerpt before changing anything). */
  readonly text: string;
  /** Indices of the cross-reference children the span covers (always whole). */
  readonly xrefs: readonly number[];
}

interface Segment {
  readonly child: number;
  readonly start: number;
  readonly end: number;
  readonly xref: boolean;
}

/**
 * The span of `length` characters at `offset` of the rendered text of `children`; null when it
 * does not exist or cuts through a cross-reference's label (a reference is changed whole or not).
 */
export function locateInInlines(children: readonly InlineNode[], labelOf: LabelOf, offset: number, length: number): InlineSpan | null {
  const segments: Segment[] = [];
  let rendered = '';
  children.forEach((child, index) => {
    const xref = 'type' in child && child.type === 'xref';
    const text = xref ? (labelOf(child.target) ?? BROKEN_XREF) : (child as { text: string }).text;
    segments.push({ child: index, start: rendered.length, end: rendered.length + text.length, xref });
    rendered += text;
  });
  const end = offset + length;
  if (offset < 0 || length < 0 || end > rendered.length) return null;
  const pointAt = (at: number): InlinePoint | null => {
    const leaf = segments.find((s) => !s.xref && s.start <= at && at <= s.end);
    return leaf === undefined ? null : { child: leaf.child, offset: at - leaf.start };
  };
  const anchor = pointAt(offset);
  const focus = pointAt(end);
  if (anchor === null || focus === null) return null;
  const xrefs: number[] = [];
  for (const s of segments) {
    if (!s.xref || s.end <= offset || s.start >= end) continue;
    if (s.start < offset || s.end > end) return null;
    xrefs.push(s.child);
  }
  return { anchor, focus, text: rendered.slice(offset, end), xrefs };
}

/** A plain string field (a caption, a case title, a source line) with the excerpt replaced. */
export function replaceInField(value: string, offset: number, excerpt: string, replacement: string): string | null {
  if (value.slice(offset, offset + excerpt.length) !== excerpt) return null;
  return value.slice(0, offset) + replacement + value.slice(offset + excerpt.length);
}
