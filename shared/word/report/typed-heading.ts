/**
 * The numbers authors type at the start of headings, in the four kinds of a Chinese report
 * (一、 / （一） / 1. / （1）), with the full-width and half-width spellings Word users mix: （一）
 * and (一), 1. 1． 1、 and １．, （1） and (１). The kind gives the heading's level: 1 chapter,
 * 2 section, 3 and 4 headings inside a section.
 */

export interface TypedHeadingNumber {
  /** 1: 一、 2: （一） 3: 1. 4: （1） */
  readonly level: 1 | 2 | 3 | 4;
  /** Characters the number takes at the start of the text, spaces after it included. */
  readonly length: number;
}

const CN = '[一二三四五六七八九十百零〇两]+';
const DIGITS = '[0-9０-９]{1,3}';
const OPEN = '[（(]';
const CLOSE = '[）)]';
const KINDS: readonly [RegExp, 1 | 2 | 3 | 4][] = [
  [new RegExp(`^[\\s\\u3000]*${CN}\\s*[、.．](?![0-9０-９])[\\s\\u3000]*`), 1],
  [new RegExp(`^[\\s\\u3000]*${OPEN}\\s*${CN}\\s*${CLOSE}\\s*[、.．]?[\\s\\u3000]*`), 2],
  // 1. 1． 1、 but not 1.5 (a number) nor 2025年.
  [new RegExp(`^[\\s\\u3000]*${DIGITS}\\s*[.．、](?![0-9０-９])[\\s\\u3000]*`), 3],
  [new RegExp(`^[\\s\\u3000]*${OPEN}\\s*${DIGITS}\\s*${CLOSE}\\s*[、.．]?[\\s\\u3000]*`), 4],
  [/^[\s\u3000]*[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳][\s\u3000]*/, 4],
];

export function typedHeadingNumber(text: string): TypedHeadingNumber | null {
  for (const [pattern, level] of KINDS) {
    const match = pattern.exec(text);
    if (match && match[0].length < text.length) return { level, length: match[0].length };
  }
  return null;
}
