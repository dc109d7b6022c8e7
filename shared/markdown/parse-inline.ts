/**
 * Inline Pandoc Markdown → the formatted text runs of the content model.
 *
 * Kept: `**strong**`/`__strong__` → bold, `*emphasis*`/`_emphasis_` → italic, `[text]{.underline}`
 * → underline (how Pandoc writes Word underlines), backslash escapes, HTML entities, code spans
 * (as plain text), inline math (as text, see ./tex-to-text.ts), links (their text). Images cannot
 * sit inside a paragraph of the model; they are taken out of the text and returned, so the caller
 * can place them as figures after the block.
 *
 * Deliberately not interpreted: `~sub~`, `^super^`, `~~strike~~` and smart punctuation. The model
 * has no such marks, and Chinese text uses `~` for ranges (`2~3年 … 6~8个月`), which Pandoc would
 * turn into a subscript spanning half a sentence.
 */
import type { FormattedText } from '../model/document';
import type { Attributes } from './attributes';
import { readBracketConstruct } from './link-syntax';
import { texToText } from './tex-to-text';

/** An image found inside running text: `![caption](src)`. */
export interface InlineImage {
  /** Raw inline markdown of the alt text. */
  readonly caption: string;
  readonly src: string;
}

export interface InlineResult {
  /** Never empty: an empty text gives one empty run, as Slate requires. */
  readonly runs: FormattedText[];
  readonly images: readonly InlineImage[];
  readonly links: number;
}

interface Marks {
  readonly bold?: true;
  readonly italic?: true;
  readonly underline?: true;
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  middot: '·',
  times: '×',
  deg: '°',
};

function isSpace(char: string | undefined): boolean {
  return char === undefined || SPACE.test(char);
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

function runLength(text: string, at: number, char: string): number {
  let end = at;
  while (text[end] === char) end += 1;
  return end - at;
}

/** A code span opened by the backtick run at `at`: its text and the index after it, or null. */
function codeSpan(text: string, at: number): { text: string; end: number } | null {
  const width = runLength(text, at, '`');
  let search = at + width;
  while (search < text.length) {
    const close = text.indexOf('`', search);
    if (close < 0) return null;
    const closeWidth = runLength(text, close, '`');
    if (closeWidth === width) {
      const inner = text.slice(at + width, close).replace(/\n/g, ' ');
      return { text: inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '' ? inner.slice(1, -1) : inner, end: close + width };
    }
    search = close + closeWidth;
  }
  return null;
}

/**
 * Pandoc's rule for `$…$`: the opening `$` has a non-space to its right, the closing one a
 * non-space to its left and no digit after it (so `$20 and $30` stays text). `$$…$$` is display math.
 */
function mathSpan(text: string, at: number): { tex: string; end: number } | null {
  if (text.startsWith('$$', at)) {
    const close = text.indexOf('$$', at + 2);
    return close > at + 2 ? { tex: text.slice(at + 2, close), end: close + 2 } : null;
  }
  if (isSpace(text[at + 1])) return null;
  for (let j = at + 2; j < text.length; j += 1) {
    if (text[j] === '\\') {
      j += 1;
      continue;
    }
    if (text[j] === '$' && !isSpace(text[j - 1]) && !/\d/.test(text[j + 1] ?? '')) return { tex: text.slice(at + 1, j), end: j + 1 };
  }
  return null;
}

function entity(text: string, at: number): { text: string; end: number } | null {
  const match = /^&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/.exec(text.slice(at, at + 12));
  if (!match) return null;
  const name = match[1] as string;
  let decoded: string | undefined;
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    decoded = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  } else decoded = ENTITIES[name];
  return decoded === undefined ? null : { text: decoded, end: at + match[0].length };
}

/**
 * Where the emphasis opened before `from` closes: a run of `char` with a non-space before it.
 * `width` 2 looks for strong (the last two of a run, so `***x***` nests), `width` 1 for emphasis,
 * skipping runs of exactly two (a strong nested inside). -1 when it never closes.
 */
function findCloser(text: string, from: number, char: string, width: 1 | 2): number {
  let j = from;
  while (j < text.length) {
    const c = text[j];
    if (c === '\\') {
      j += 2;
      continue;
    }
    if (c === '`') {
      const code = codeSpan(text, j);
      if (code) {
        j = code.end;
        continue;
      }
    }
    if (c !== char) {
      j += 1;
      continue;
    }
    const length = runLength(text, j, char);
    // Intraword underscores (snake_case, 中_文) never close, as in Pandoc.
    const canClose = j > from && !isSpace(text[j - 1]) && !(char === '_' && isWordChar(text[j + length]));
    if (canClose && width === 2 && length >= 2) return j + length - 2;
    if (canClose && width === 1 && length !== 2) return j + length - 1;
    j += length;
  }
  return -1;
}

function marksFromAttributes(marks: Marks, attributes: Attributes | null): Marks {
  const classes = attributes?.classes ?? [];
  return classes.includes('underline') || classes.includes('ul') ? { ...marks, underline: true } : marks;
}

class InlineParser {
  readonly runs: FormattedText[] = [];
  readonly images: InlineImage[] = [];
  links = 0;

  private push(text: string, marks: Marks): void {
    if (text === '') return;
    const last = this.runs[this.runs.length - 1];
    if (last && last.bold === marks.bold && last.italic === marks.italic && last.underline === marks.underline) {
      last.text += text;
      return;
    }
    this.runs.push({ text, ...marks });
  }

  span(text: string, marks: Marks): void {
    let buffer = '';
    const flush = (): void => {
      this.push(buffer, marks);
      buffer = '';
    };
    let i = 0;
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '\\') {
        const next = text[i + 1];
        const escaped = next !== undefined && ASCII_PUNCTUATION.test(next);
        buffer += escaped ? next : c;
        i += escaped ? 2 : 1;
        continue;
      }
      if (c === '`') {
        const code = codeSpan(text, i);
        const width = runLength(text, i, '`');
        buffer += code ? code.text : c.repeat(width);
        i = code ? code.end : i + width;
        continue;
      }
      if (c === '$') {
        const math = mathSpan(text, i);
        if (math) {
          buffer += texToText(math.tex);
          i = math.end;
          continue;
        }
      }
      if (c === '&') {
        const decoded = entity(text, i);
        if (decoded) {
          buffer += decoded.text;
          i = decoded.end;
          continue;
        }
      }
      if (c === '!' && text[i + 1] === '[') {
        const image = readBracketConstruct(text, i + 1);
        if (image && image.target !== null) {
          this.images.push({ caption: image.label, src: image.target });
          i = image.end;
          continue;
        }
      }
      if (c === '[') {
        const construct = readBracketConstruct(text, i);
        if (construct) {
          flush();
          if (construct.target !== null) this.links += 1;
          this.span(construct.label, marksFromAttributes(marks, construct.attributes));
          i = construct.end;
          continue;
        }
      }
      if (c === '<') {
        const autolink = /^<((?:https?|ftp|mailto):[^\s<>]+|[^\s<>@]+@[^\s<>@]+)>/.exec(text.slice(i));
        if (autolink) {
          buffer += autolink[1];
          this.links += 1;
          i += autolink[0].length;
          continue;
        }
      }
      if (c === '*' || c === '_') {
        const length = runLength(text, i, c);
        const canOpen = !isSpace(text[i + length]) && !(c === '_' && isWordChar(text[i - 1]));
        if (canOpen && length >= 2) {
          const close = findCloser(text, i + 2, c, 2);
          if (close >= 0) {
            flush();
            this.span(text.slice(i + 2, close), { ...marks, bold: true });
            i = close + 2;
            continue;
          }
        }
        if (canOpen && length === 1) {
          const close = findCloser(text, i + 1, c, 1);
          if (close >= 0) {
            flush();
            this.span(text.slice(i + 1, close), { ...marks, italic: true });
            i = close + 1;
            continue;
          }
        }
        // An unmatched delimiter is text; the rest of its run gets another chance to pair
        // (`**a*` is a literal `*` followed by an emphasised `a`, as in Pandoc).
        buffer += c;
        i += 1;
        continue;
      }
      buffer += c;
      i += 1;
    }
    flush();
  }
}

export function parseInline(source: string): InlineResult {
  const parser = new InlineParser();
  parser.span(source, {});
  const runs = parser.runs.length > 0 ? parser.runs : [{ text: '' }];
  return { runs, images: parser.images, links: parser.links };
}
