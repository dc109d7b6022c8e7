/**
 * Word-level differences between two texts, for redlines inside paragraphs and table cells.
 *
 * Why jsdiff (`diff`): it is actively maintained, typed, has no dependencies, runs unchanged in
 * Node and Chromium, and its `diffArrays` is Myers' O(ND) algorithm over any token list with a
 * timeout — so the tokens can be Chinese *words*. diff-match-patch is character-based (a redline
 * that cuts 学院 into 学|院 reads badly) and has had no release since 2019.
 *
 * Words come from `Intl.Segmenter` (ICU's dictionary segmentation, which knows Chinese words).
 * Segmenting costs about 3 µs per character, so only the part that differs is segmented: the
 * common prefix and suffix are cut off first (widened back to word boundaries), and a differing
 * middle longer than {@link SEGMENTER_LIMIT} is split by a cheap per-character rule instead (for
 * such a rewrite a word-exact redline matters less than staying fast).
 */
import { diffArrays } from 'diff';
import type { TextSegment } from './merge-types';

const SEGMENTER_LIMIT = 4000;
/** Myers is O(ND): a near-total rewrite of a long text gives up here and shows delete + insert. */
const DIFF_TIMEOUT_MS = 40;
/** How far around a cut point the segmenter looks to find the word boundary. */
const BOUNDARY_WINDOW = 12;

let segmenter: Intl.Segmenter | null = null;

function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return segmenter;
}

/** Words, spaces and punctuation, each its own token; concatenated they give `text` back. */
export function wordTokens(text: string): string[] {
  if (text.length > SEGMENTER_LIMIT) return quickTokens(text);
  return Array.from(wordSegmenter().segment(text), (s) => s.segment);
}

/** Latin words and numbers as runs, everything else (CJK included) one character at a time. */
function quickTokens(text: string): string[] {
  return text.match(/[A-Za-z0-9]+(?:[.,%][A-Za-z0-9]+)*|\s+|[\s\S]/gu) ?? [];
}

function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  return i;
}

function commonSuffix(a: string, b: string, prefix: number): number {
  const max = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i += 1;
  return i;
}

/** The last word boundary of `text` at or before `at` (never splits a word or a surrogate pair). */
function boundaryBefore(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(at, text.length));
  const start = Math.max(0, at - BOUNDARY_WINDOW);
  const window = text.slice(start, Math.min(text.length, at + BOUNDARY_WINDOW));
  let best = start;
  for (const piece of wordSegmenter().segment(window)) {
    const position = start + piece.index;
    if (position > at) break;
    best = position;
  }
  return best;
}

/** The first word boundary of `text` at or after `at`. */
function boundaryAfter(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(at, text.length));
  const start = Math.max(0, at - BOUNDARY_WINDOW);
  const end = Math.min(text.length, at + BOUNDARY_WINDOW);
  const window = text.slice(start, end);
  for (const piece of wordSegmenter().segment(window)) {
    const position = start + piece.index;
    if (position >= at && position > start) return position;
  }
  return end;
}

function push(out: TextSegment[], op: TextSegment['op'], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.op === op) out[out.length - 1] = { op, text: last.text + text };
  else out.push({ op, text });
}

/**
 * The segments that turn `before` into `after`: equal + delete segments concatenate to `before`,
 * equal + insert segments to `after`. Deletions come before insertions at each change.
 */
export function diffText(before: string, after: string): TextSegment[] {
  const out: TextSegment[] = [];
  if (before === after) {
    push(out, 'equal', before);
    return out;
  }
  const rawPrefix = commonPrefix(before, after);
  const rawSuffix = commonSuffix(before, after, rawPrefix);
  // Widen the differing middle to whole words on both sides, so 学院→学校 reads as a word change.
  const prefix = Math.min(boundaryBefore(before, rawPrefix), boundaryBefore(after, rawPrefix));
  const suffixStartBefore = boundaryAfter(before, before.length - rawSuffix);
  const suffixStartAfter = boundaryAfter(after, after.length - rawSuffix);
  const suffix = Math.max(0, Math.min(before.length - suffixStartBefore, after.length - suffixStartAfter, Math.min(before.length, after.length) - prefix));
  const midBefore = before.slice(prefix, before.length - suffix);
  const midAfter = after.slice(prefix, after.length - suffix);

  push(out, 'equal', before.slice(0, prefix));
  const changes = diffArrays(wordTokens(midBefore), wordTokens(midAfter), { timeout: DIFF_TIMEOUT_MS });
  if (changes === undefined) {
    push(out, 'delete', midBefore);
    push(out, 'insert', midAfter);
  } else {
    for (const change of changes) push(out, change.added ? 'insert' : change.removed ? 'delete' : 'equal', change.value.join(''));
  }
  push(out, 'equal', before.slice(before.length - suffix));
  return out;
}

/** The text a list of segments gives on one side (for checks and tests). */
export function sideText(segments: readonly TextSegment[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'insert' : 'delete';
  return segments
    .filter((s) => s.op !== skip)
    .map((s) => s.text)
    .join('');
}
