/**
 * A small HTML tokenizer for clipboard HTML, written for the shared zone where there is no DOM.
 *
 * It is not a conforming HTML5 parser; it handles what Office, WPS, browsers and Google Sheets put
 * on the clipboard: comments (`<!--StartFragment-->`, `<!--[if gte mso 9]>…<![endif]-->`), Office's
 * downlevel-revealed markers (`<![if !supportMisc]>`, whose content stays visible), doctype and
 * `<?xml?>` declarations, raw-text elements (`<style>` content is kept for class-based alignment,
 * `<script>` is skipped), attributes quoted either way or not at all, and character references.
 */

export type HtmlToken =
  | { kind: 'start'; name: string; attrs: ReadonlyMap<string, string>; selfClosing: boolean }
  | { kind: 'end'; name: string }
  | { kind: 'text'; text: string }
  /** The content of a `<style>` element, undecoded. */
  | { kind: 'style'; css: string };

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  shy: '\u00ad',
  middot: '·',
  bull: '•',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  times: '×',
  divide: '÷',
  plusmn: '±',
  deg: '°',
  permil: '‰',
  yen: '¥',
  copy: '©',
  reg: '®',
  trade: '™',
  sup2: '²',
  sup3: '³',
  frac12: '½',
  micro: 'µ',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  le: '≤',
  ge: '≥',
  ne: '≠',
  asymp: '≈',
  radic: '√',
  infin: '∞',
  alpha: 'α',
  beta: 'β',
  mu: 'μ',
};

/** Entities browsers still accept without a semicolon (the legacy ones that matter in practice). */
const LEGACY_NO_SEMICOLON = new Set(['nbsp', 'amp', 'lt', 'gt', 'quot', 'copy', 'reg']);

const UPPER_CASE_LEGACY = new Set(['AMP', 'LT', 'GT', 'QUOT', 'COPY', 'REG']);

function codePointToString(code: number): string {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*)(;?)/g, (whole, body: string, semicolon: string) => {
    if (body.startsWith('#')) {
      const hex = body[1] === 'x' || body[1] === 'X';
      return codePointToString(parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    // Names are case-sensitive, except the few legacy upper-case spellings (&AMP; &LT; …).
    const named = NAMED_ENTITIES[body] ?? (UPPER_CASE_LEGACY.has(body) ? NAMED_ENTITIES[body.toLowerCase()] : undefined);
    if (named === undefined) return whole;
    if (semicolon === '' && !LEGACY_NO_SEMICOLON.has(body.toLowerCase())) return whole;
    return named;
  });
}

function skipTo(html: string, from: number, marker: string): number {
  const found = html.indexOf(marker, from);
  return found < 0 ? html.length : found + marker.length;
}

const NAME_START = /[A-Za-z]/;

function readAttributes(html: string, start: number): { attrs: Map<string, string>; end: number; selfClosing: boolean } {
  const attrs = new Map<string, string>();
  let i = start;
  const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);
  for (;;) {
    while (isSpace(html[i])) i++;
    const ch = html[i];
    if (ch === undefined) return { attrs, end: html.length, selfClosing: false };
    if (ch === '>') return { attrs, end: i + 1, selfClosing: false };
    if (ch === '/' && html[i + 1] === '>') return { attrs, end: i + 2, selfClosing: true };
    if (ch === '/') {
      i++;
      continue;
    }
    let name = '';
    while (i < html.length && !/[\s/>=]/.test(html[i] as string)) name += html[i++];
    if (name === '') {
      // A stray "=" or similar: skip it.
      i++;
      continue;
    }
    while (isSpace(html[i])) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (isSpace(html[i])) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        const end = close < 0 ? html.length : close;
        value = html.slice(i + 1, end);
        i = end + 1;
      } else {
        while (i < html.length && !/[\s>]/.test(html[i] as string)) value += html[i++];
      }
    }
    const key = name.toLowerCase();
    if (!attrs.has(key)) attrs.set(key, decodeEntities(value));
  }
}

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let i = 0;
  let textStart = 0;
  const flushText = (end: number): void => {
    if (end > textStart) tokens.push({ kind: 'text', text: decodeEntities(html.slice(textStart, end)) });
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html[lt + 1] ?? '';
    let end: number;
    if (html.startsWith('<!--', lt)) {
      end = skipTo(html, lt + 4, '-->');
      flushText(lt);
    } else if (next === '!' || next === '?') {
      // Doctype, <?xml?>, and Office's <![if …]> / <![endif]> markers: skip the marker only.
      end = skipTo(html, lt + 2, '>');
      flushText(lt);
    } else if (next === '/' && NAME_START.test(html[lt + 2] ?? '')) {
      let nameEnd = lt + 2;
      while (nameEnd < html.length && !/[\s/>]/.test(html[nameEnd] as string)) nameEnd++;
      flushText(lt);
      tokens.push({ kind: 'end', name: html.slice(lt + 2, nameEnd).toLowerCase() });
      end = skipTo(html, nameEnd, '>');
    } else if (NAME_START.test(next)) {
      let nameEnd = lt + 1;
      while (nameEnd < html.length && !/[\s/>]/.test(html[nameEnd] as string)) nameEnd++;
      const name = html.slice(lt + 1, nameEnd).toLowerCase();
      const { attrs, end: tagEnd, selfClosing } = readAttributes(html, nameEnd);
      flushText(lt);
      tokens.push({ kind: 'start', name, attrs, selfClosing });
      end = tagEnd;
      if ((name === 'style' || name === 'script' || name === 'title' || name === 'textarea') && !selfClosing) {
        // Raw text: nothing inside is markup, up to the matching end tag.
        const lower = html.toLowerCase();
        const close = lower.indexOf(`</${name}`, end);
        const contentEnd = close < 0 ? html.length : close;
        if (name === 'style') tokens.push({ kind: 'style', css: html.slice(end, contentEnd) });
        else if (name === 'title' || name === 'textarea') tokens.push({ kind: 'text', text: decodeEntities(html.slice(end, contentEnd)) });
        tokens.push({ kind: 'end', name });
        end = close < 0 ? html.length : skipTo(html, close, '>');
      }
    } else {
      // A "<" that starts no tag ("a < b") is text.
      i = lt + 1;
      continue;
    }
    i = end;
    textStart = end;
  }
  flushText(html.length);
  return tokens;
}
