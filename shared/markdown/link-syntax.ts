/**
 * The bracket syntax shared by images, links and spans: `[text](target "title"){attrs}` and
 * `[text]{attrs}`. Used both by the inline parser and by the tokenizer (an image alone in a
 * paragraph is a figure).
 */
import { parseAttributes, type Attributes } from './attributes';

/** Index just after the `]` matching the `[` at `open`, or -1. Nested brackets and escapes count. */
export function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\\') i += 1;
    else if (c === '[') depth += 1;
    else if (c === ']') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Index just after the `)` of a `(target "title")` starting at `open`, with the target; or null. */
function linkTarget(text: string, open: number): { end: number; target: string } | null {
  if (text[open] !== '(') return null;
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\\') i += 1;
    else if (c === '(') depth += 1;
    else if (c === ')') {
      depth -= 1;
      if (depth === 0) {
        const inner = text.slice(open + 1, i).trim();
        // The target ends at the first space; what follows is an optional "title".
        const target = inner.startsWith('<') && inner.includes('>') ? inner.slice(1, inner.indexOf('>')) : (inner.split(/\s+/)[0] ?? '');
        return { end: i + 1, target };
      }
    }
  }
  return null;
}

function trailingAttributes(text: string, from: number): { end: number; attributes: Attributes } | null {
  if (text[from] !== '{') return null;
  const close = text.indexOf('}', from);
  if (close < 0) return null;
  const attributes = parseAttributes(text.slice(from, close + 1));
  return attributes ? { end: close + 1, attributes } : null;
}

export interface BracketConstruct {
  /** Raw inline markdown between the brackets. */
  readonly label: string;
  /** The link or image target; null for a span `[text]{.class}`. */
  readonly target: string | null;
  readonly attributes: Attributes | null;
  /** Index just after the construct. */
  readonly end: number;
}

/**
 * Reads `[label](target){attrs}` or `[label]{attrs}` starting at the `[` at `open`. A bare
 * `[label]` (reference links, footnotes) is not recognised and stays literal text.
 */
export function readBracketConstruct(text: string, open: number): BracketConstruct | null {
  const afterLabel = closingBracket(text, open);
  if (afterLabel < 0) return null;
  const label = text.slice(open + 1, afterLabel - 1);
  const link = linkTarget(text, afterLabel);
  const attrsFrom = link ? link.end : afterLabel;
  const attrs = trailingAttributes(text, attrsFrom);
  if (!link && !attrs) return null;
  return { label, target: link ? link.target : null, attributes: attrs ? attrs.attributes : null, end: attrs ? attrs.end : attrsFrom };
}

/** `![caption](src)` filling the whole text (after trimming): Pandoc's implicit figure. */
export function wholeImage(text: string): { caption: string; src: string } | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('![')) return null;
  const construct = readBracketConstruct(trimmed, 1);
  if (!construct || construct.target === null || construct.end !== trimmed.length) return null;
  return { caption: construct.label, src: construct.target };
}
