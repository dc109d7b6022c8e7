/**
 * Character counts the way Chinese authors expect them from Word/WPS 「字数」: every Chinese
 * character or full-width punctuation mark counts one, and every run of Latin letters or digits
 * (a word or a number such as 2025 or 11.21%) counts one. Provinces cap cases at ~1000 字, so the
 * count must match what authors see in Word.
 */

export interface CharCount {
  /** Word's 「字数」: CJK characters and punctuation + non-CJK words. */
  readonly words: number;
  /** Characters excluding whitespace (Word's 「字符数(不计空格)」). */
  readonly charsNoSpaces: number;
}

// U+3000 (the ideographic space Word/WPS documents indent with) is left out: it is a space, not a 字.
const CJK =
  /[\u2E80-\u2FDF\u3001-\u303F\u3040-\u30FF\u3100-\u312F\u3190-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u201C\u201D\u2018\u2019\u2014\u2026\u00B7]|[\uD840-\uD87F][\uDC00-\uDFFF]/gu;

export function countText(text: string): CharCount {
  const cjkMatches = text.match(CJK);
  const cjk = cjkMatches ? cjkMatches.length : 0;
  const rest = text.replace(CJK, ' ');
  const words = rest.split(/\s+/u).filter((w) => w.length > 0).length;
  const charsNoSpaces = Array.from(text.replace(/\s+/gu, '')).length;
  return { words: cjk + words, charsNoSpaces };
}

export function addCounts(a: CharCount, b: CharCount): CharCount {
  return { words: a.words + b.words, charsNoSpaces: a.charsNoSpaces + b.charsNoSpaces };
}

export const ZERO_COUNT: CharCount = { words: 0, charsNoSpaces: 0 };
