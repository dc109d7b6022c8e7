/**
 * The numbers authors type in front of captions (`图1-1`, `表 1-1`, `案例 1-1`). Numbers are computed
 * in the app, so the typed ones are removed from captions and titles; they are kept only as keys,
 * to find what `见表 1-1` in the text refers to.
 *
 * Seed 001 numbers by chapter (`1-1`), other colleges globally (`12`); converters add or drop spaces
 * (`图 8 - 6`, `图3-5智能手机…`) and full-width digits or dashes slip in, so the key is normalised.
 */

export type StructureWord = '图' | '表' | '案例';

/** A typed number: `1-1`, `1.1`, `12`, with full-width digits and any dash. Two parts at most. */
export const TYPED_NUMBER_SOURCE = '[0-9０-９]+(?:\\s*[-－—–]\\s*[0-9０-９]+|[.．][0-9０-９]+)?';

/** `1 - 1`, `１－１`, `1.1` → `1-1`: one spelling per number, for matching text against captions. */
export function normalizeNumber(typed: string): string {
  return typed
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .replace(/[-－—–.．]/g, '-');
}

/** The lookup key of a structure by its typed number: `图:1-1`. */
export function referenceKey(word: StructureWord, typed: string): string {
  return `${word}:${normalizeNumber(typed)}`;
}

export interface NumberedText {
  /** The typed number, normalised (`1-1`), null when there was none. */
  readonly number: string | null;
  /** The text without the word and number. */
  readonly text: string;
}

const FIGURE_CAPTION = new RegExp(`^\\s*图\\s*(${TYPED_NUMBER_SOURCE})\\s*[:：、.．]?\\s*`);

/** `图1-1 学院…`, `图 1-10 …`, `图3-5智能手机…` → number `1-1` and the caption text. */
export function splitFigureNumber(caption: string): NumberedText {
  const match = FIGURE_CAPTION.exec(caption);
  if (match === null) return { number: null, text: caption.trim() };
  return { number: normalizeNumber(match[1] as string), text: caption.slice(match[0].length).trim() };
}

/**
 * `案例 1-1 追寻红足迹` → number `1-1`, title `追寻红足迹`; `案例：…` has no number. Null when the
 * text does not start like a case title at all (`案例分析表明…` is a sentence, not a title).
 */
export function splitCaseTitle(text: string): NumberedText | null {
  const numbered = new RegExp(`^\\s*案例\\s*(${TYPED_NUMBER_SOURCE})\\s*[:：、.．]?\\s*(.*)$`).exec(text);
  if (numbered) return { number: normalizeNumber(numbered[1] as string), text: (numbered[2] as string).trim() };
  const unnumbered = /^\s*案例\s*[:：]\s*(.*)$/.exec(text);
  return unnumbered ? { number: null, text: (unnumbered[1] as string).trim() } : null;
}
