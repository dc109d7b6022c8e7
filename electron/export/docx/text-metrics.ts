/**
 * How wide text is, roughly, without font files: Chinese characters and full-width forms are one em,
 * spaces a quarter, digits and Latin letters (Times New Roman) about half. Used to estimate pages and
 * to break long TOC entries; CJK text, the bulk of a report, is exact under this rule.
 */

/**
 * Punctuation shared by Latin and CJK that Chinese text sets full width: the runs carry
 * `w:hint="eastAsia"`, so Word, WPS and LibreOffice draw “ ” ‘ ’ — … in the Chinese font, one em wide.
 */
function fullWidthPunctuation(code: number): boolean {
  return code === 0x2014 || code === 0x2026 || (code >= 0x2018 && code <= 0x201d);
}

function charEms(code: number): number {
  if (code === 0x20) return 0.25;
  if (fullWidthPunctuation(code)) return 1;
  if (code < 0x2e80 || (code >= 0xff61 && code <= 0xffdc)) return 0.5;
  return 1;
}

/**
 * Closing punctuation may not start a line (kinsoku): it stays at the end of the full line (hung in
 * the margin or squeezed) instead of carrying a character over with it.
 */
const HANGING = new Set([...'，。、；：？！）》」』】〕”’'].map((ch) => ch.codePointAt(0) ?? 0));

function overflows(used: number, w: number, lineEms: number, code: number): boolean {
  return used + w > lineEms + 1e-9 && !(HANGING.has(code) && used <= lineEms + 1e-9);
}

export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += charEms(ch.codePointAt(0) ?? 0);
  return ems;
}

/**
 * Splits text into lines of at most `lineEms`, filling each greedily; the first line may be shorter
 * by `firstIndentEms`.
 */
export function breakLines(text: string, lineEms: number, firstIndentEms = 0): string[] {
  const lines: string[] = [];
  let line = '';
  let used = firstIndentEms;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const w = charEms(code);
    if (overflows(used, w, lineEms, code) && line !== '') {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += ch;
    used += w;
  }
  lines.push(line);
  return lines;
}

/** How many lines {@link breakLines} would make, without building them. */
export function countLines(text: string, lineEms: number, firstIndentEms = 0): number {
  let lines = 1;
  let used = firstIndentEms;
  let empty = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character, one em wide (CJK extension planes).
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    const w = charEms(code);
    if (overflows(used, w, lineEms, code) && !empty) {
      lines += 1;
      used = 0;
    }
    used += w;
    empty = false;
  }
  return lines;
}
