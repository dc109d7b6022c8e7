/**
 * What Word and WPS put around the content of the HTML they write to the clipboard (CF_HTML), read
 * as text before the content is parsed:
 * - where the copied part is (`<!--StartFragment-->` … `<!--EndFragment-->`; a raw CF_HTML header
 *   “Version:0.9 StartHTML:…” is skipped too);
 * - Office's conditional sections. `<![if !supportLists]>…<![endif]>` holds the list number or
 *   bullet Word typed out for browsers, `<![if !supportAnnotations]>…` a comment's “[A1]” anchor.
 *   The shared tokenizer drops the markers and keeps what is inside, so they are turned into
 *   elements of our own here, which the normaliser then removes. The same sections written as
 *   comments (`<!--[if !supportLists]-->`, what a DOM round trip makes of them) are handled alike;
 * - the stylesheet: class rules (bold/italic/underline given by a class, as WPS does) and Word's
 *   list definitions (`@list l0:level1 {mso-level-number-format:bullet}`), which tell bullets from
 *   numbers;
 * - who wrote it: Word (`ProgId Word.Document`, the Office namespaces, `Mso…` classes) or WPS, whose
 *   HTML imitates Word's and gives itself away by `KSOProductBuildVer` or its ksohtml temp folder.
 */

export type ClipboardOrigin = 'word' | 'wps' | 'html';

export const LIST_MARKER = 'rw-list-marker';
export const COMMENT_ANCHOR = 'rw-comment-anchor';

export interface TextMarks {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface OfficeStyles {
  /** `span.15` / `.a3` / `p.MsoStrong` → the marks the class sets. */
  readonly classMarks: ReadonlyMap<string, TextMarks>;
  /** `l0:1` → whether that list level is bulleted (true) or numbered (false). */
  readonly listBullets: ReadonlyMap<string, boolean>;
}

export function clipboardOrigin(html: string): ClipboardOrigin {
  if (/KSOProductBuildVer|ksohtml|content=["']?WPS/i.test(html)) return 'wps';
  if (/ProgId\s+content=["']?Word\.Document|urn:schemas-microsoft-com:office:word|class=["']?Mso[A-Z]|mso-list:|mso-style-/i.test(html)) return 'word';
  return 'html';
}

/** The copied part of clipboard HTML: between the fragment markers, else the body, else all. */
export function copiedFragment(html: string): string {
  const start = /<!--\s*StartFragment\s*-->/i.exec(html);
  const end = /<!--\s*EndFragment\s*-->/i.exec(html);
  if (start && end && end.index > start.index) return html.slice(start.index + start[0].length, end.index);
  const body = /<body[^>]*>/i.exec(html);
  if (body) {
    const close = html.toLowerCase().lastIndexOf('</body');
    return html.slice(body.index + body[0].length, close > body.index ? close : html.length);
  }
  // A raw CF_HTML header before the markup.
  return html.replace(/^Version:\d[\s\S]*?(?=<)/, '');
}

const CONDITIONAL = (condition: string): RegExp =>
  new RegExp(`<!(?:--)?\\[if ${condition}\\](?:--)?>([\\s\\S]*?)<!(?:--)?\\[endif\\](?:--)?>`, 'gi');

/** Turns the list-number and comment-anchor sections into elements the normaliser recognises. */
export function markConditionalSections(fragment: string): string {
  return fragment
    .replace(CONDITIONAL('!supportLists'), `<${LIST_MARKER}>$1</${LIST_MARKER}>`)
    .replace(CONDITIONAL('!supportAnnotations'), `<${COMMENT_ANCHOR}>$1</${COMMENT_ANCHOR}>`);
}

/** The declarations of a `style` attribute or rule body, property names lower-cased. */
export function declarations(style: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!style) return out;
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!important/i, '')
      .trim()
      .replace(/^['"]|['"]$/g, '')
      .toLowerCase();
    if (name !== '') out.set(name, value);
  }
  return out;
}

/** The marks a set of declarations sets or clears (undefined: leaves it as inherited). */
export function marksOfDeclarations(style: ReadonlyMap<string, string>): TextMarks {
  const marks: TextMarks = {};
  const weight = style.get('font-weight');
  if (weight !== undefined) {
    const numeric = parseInt(weight, 10);
    if (weight === 'bold' || weight === 'bolder' || (Number.isFinite(numeric) && numeric >= 600)) marks.bold = true;
    else if (weight === 'normal' || weight === 'lighter' || (Number.isFinite(numeric) && numeric < 600)) marks.bold = false;
  }
  const fontStyle = style.get('font-style');
  if (fontStyle !== undefined) marks.italic = fontStyle === 'italic' || fontStyle === 'oblique';
  const decoration = style.get('text-decoration-line') ?? style.get('text-decoration');
  if (decoration !== undefined) {
    if (/underline/.test(decoration)) marks.underline = true;
    else if (/none/.test(decoration)) marks.underline = false;
  }
  // Word's own property: text-underline:single|double|…|none.
  const wordUnderline = style.get('text-underline');
  if (wordUnderline !== undefined) marks.underline = wordUnderline !== 'none';
  return marks;
}

/** Class rules and list definitions from the `<style>` elements of the whole clipboard HTML. */
export function officeStyles(html: string): OfficeStyles {
  const classMarks = new Map<string, TextMarks>();
  const listBullets = new Map<string, boolean>();
  const css = Array.from(html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi), (m) => (m[1] as string).replace(/<!--|-->/g, '')).join('\n');
  const rule = /([^{}]+)\{([^}]*)\}/g;
  for (let match = rule.exec(css); match !== null; match = rule.exec(css)) {
    const selector = (match[1] as string).replace(/\/\*[\s\S]*?\*\//g, '').trim();
    const body = match[2] as string;
    const list = /^@list\s+(l\d+):level(\d+)$/i.exec(selector);
    if (list) {
      const format = declarations(body).get('mso-level-number-format');
      listBullets.set(`${(list[1] as string).toLowerCase()}:${list[2]}`, format === 'bullet' || format === 'image');
      continue;
    }
    if (selector.startsWith('@')) continue;
    const marks = marksOfDeclarations(declarations(body));
    if (marks.bold === undefined && marks.italic === undefined && marks.underline === undefined) continue;
    for (const one of selector.split(',')) {
      // Only simple class selectors (`span.15`, `.a3`, `p.MsoTitle`): a descendant rule is not ours to judge.
      const cls = /^[a-z0-9]*\.([A-Za-z0-9_-]+)$/i.exec(one.trim());
      if (cls?.[1] !== undefined) classMarks.set(cls[1], { ...classMarks.get(cls[1]), ...marks });
    }
  }
  return { classMarks, listBullets };
}
