/**
 * Finding a query in a string, the way Word's 查找 does it for Chinese text: left to right, matches
 * never overlap, optionally ignoring Latin case (区分大小写 off) and the difference between full-
 * and half-width forms (区分全/半角 off: “２０２５” finds “2025”, “ＡＩ” finds “AI”).
 *
 * Folding is done one UTF-16 code unit at a time and never changes a string's length, so an offset
 * in the folded text is the same offset in the original: matches can be mapped back to the text
 * nodes and fields they came from without any table of positions.
 */

export interface FindOptions {
  /** Upper- and lower-case Latin letters are different (default: the same). */
  readonly matchCase?: boolean;
  /** Full-width and half-width forms are different (default: the same). */
  readonly matchWidth?: boolean;
}

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** Longest query accepted (the IPC contract uses the same bound). */
export const MAX_FIND_QUERY = 200;

function foldUnit(unit: string, options: FindOptions): string {
  let c = unit;
  if (!options.matchWidth) {
    const code = c.charCodeAt(0);
    // U+FF01..U+FF5E are the full-width forms of U+0021..U+007E; U+3000 is the ideographic space.
    if (code >= 0xff01 && code <= 0xff5e) c = String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) c = ' ';
  }
  if (!options.matchCase) {
    const lower = c.toLowerCase();
    // A few letters lower-case to two units (İ): they are kept, so lengths never change.
    if (lower.length === 1) c = lower;
  }
  return c;
}

/** The string as the matcher sees it: the same length as `text`, unit for unit. */
export function foldText(text: string, options: FindOptions = {}): string {
  if (options.matchCase && options.matchWidth) return text;
  let out = '';
  for (let i = 0; i < text.length; i += 1) out += foldUnit(text[i] as string, options);
  return out;
}

/** Every non-overlapping occurrence of `query` in `text`, in order. An empty query finds nothing. */
export function findInText(text: string, query: string, options: FindOptions = {}): TextSpan[] {
  if (query.length === 0 || text.length < query.length) return [];
  const haystack = foldText(text, options);
  const needle = foldText(query, options);
  const spans: TextSpan[] = [];
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return spans;
    spans.push({ start: at, end: at + needle.length });
    from = at + needle.length;
  }
}

/** `text` with every span replaced by `replacement` (spans in order, not overlapping). */
export function replaceSpans(text: string, spans: readonly TextSpan[], replacement: string): string {
  let out = '';
  let last = 0;
  for (const span of spans) {
    out += text.slice(last, span.start) + replacement;
    last = span.end;
  }
  return out + text.slice(last);
}
