/**
 * How wide text is, roughly, without font files: Chinese characters and full-width forms are one em,
 * spaces a quarter, digits and Latin letters (Times New Roman) about half. Used to estimate pages and
 * to break long TOC entries; CJK text, the bulk of a report, is exact under this rule.
 */

function charEms(code: number): number {
  if (code === 0x20) return 0.25;
  if (code < 0x2e80 || (code >= 0xff61 && code <= 0xffdc)) return 0.5;
  return 1;
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
    const w = charEms(ch.codePointAt(0) ?? 0);
    if (used + w > lineEms + 1e-9 && line !== '') {
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
    if (used + w > lineEms + 1e-9 && !empty) {
      lines += 1;
      used = 0;
    }
    used += w;
    empty = false;
  }
  return lines;
}
