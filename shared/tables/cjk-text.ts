/**
 * Small text rules for Chinese table content. Chinese is written without spaces between characters,
 * so whitespace between two CJK characters in imported text is an artefact: a line wrap in a PDF
 * cell ("机械工 程系"), or a line break in HTML source. Whitespace next to Latin letters or digits
 * ("2025 届") is kept.
 */

const CJK = /[\p{Script=Han}\u3000-\u303f\u3040-\u30ff\uff00-\uffef]/u;

export function isCjkChar(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** Removes whitespace runs whose neighbours on both sides are CJK characters. */
export function joinCjkSpaces(text: string): string {
  return text.replace(/(\s+)/gu, (run: string, _group: string, offset: number, whole: string) => {
    const before = Array.from(whole.slice(Math.max(0, offset - 2), offset)).pop();
    const after = Array.from(whole.slice(offset + run.length, offset + run.length + 2))[0];
    return isCjkChar(before) && isCjkChar(after) ? '' : run;
  });
}

/** Text with all whitespace removed: for comparing labels that differ only by stray spaces. */
export function compactText(text: string): string {
  return text.replace(/\s+/gu, '');
}
