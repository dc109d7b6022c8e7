/**
 * Which paragraphs of a Word report are headings, and of what level (1 chapter, 2 section, 3 and
 * deeper inside a section). Three ways authors make headings, tried in this order:
 * 1. a heading style (标题 1 / heading 1, any style with an outline level, or an outline level set
 *    on the paragraph): the level is the style's;
 * 2. Word's own list numbering (w:numPr) printing 一、 or （一）, or 1. / （1） on an emphasised line:
 *    the level is the kind of number;
 * 3. a typed number (一、 （一） 1. （1）, full- or half-width) on a short line set apart by direct
 *    formatting (bold, larger than the body text, or a 黑体/小标宋 face): the level is the kind of
 *    number. A short 一、/（一） line without a full stop counts even without formatting; 1. and （1）
 *    lines need it, or every numbered sentence would become a heading.
 * 前言, 案例附录, 编写分工 … are headings without numbers when they are set apart; 经典案例 N … lines
 * are section-level headings of the appendix.
 */
import type { DocxParagraph, DocxRun } from './docx-model';
import { typedHeadingNumber } from './typed-heading';

export interface HeadingInfo {
  readonly level: number;
  readonly numbered: boolean;
  /** Characters of typed number to drop from the start of the text. */
  readonly strip: number;
}

/** Longest line taken for a heading by its look alone (a style-made heading may be longer). */
const MAX_HEADING_CHARS = 60;
const MAX_STYLED_HEADING_CHARS = 120;
const SENTENCE_END = /[。；;！!？?，,：:]$/;
/** A table-of-contents line typed by hand: dot leaders or a tab before a page number. */
export const TOC_LINE = /(?:[.．…·•]{3,}|\t)\s*[0-9０-９ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVXivx]{1,4}\s*$/;
const HEI_FACE = /黑|hei|小标宋|标宋|xbs|雅黑/i;

const UNNUMBERED_TITLES = new Set(['前言', '序言', '引言', '案例附录', '附录', '编写分工', '结语', '后记', '经典案例']);
/** Lines of the front matter that may carry a heading style: never a heading of the body. */
export const FRONT_TITLE = /^(?:目录|图目录|表目录|案例目录|图表目录|contents|tableofcontents)$/i;
export const STATEMENT_TITLE = /^(?:.{0,16})声明$/;

export function plainRuns(runs: readonly DocxRun[]): string {
  return runs.map((r) => r.text).join('');
}

export const squeeze = (text: string): string => text.replace(/[\s\u3000]+/g, '');

export function isTocStyle(style: string | null): boolean {
  return style !== null && /^(?:toc\s*\d|目录\s*\d|table of figures|图表目录|toc heading)/.test(style);
}

/** The body text's size: the most common size, weighted by characters. */
export function bodyHalfPoints(paragraphs: readonly DocxParagraph[]): number {
  const weight = new Map<number, number>();
  for (const p of paragraphs) {
    if (p.inToc || p.outlineLevel !== null) continue;
    for (const run of p.runs) if (run.halfPoints !== undefined) weight.set(run.halfPoints, (weight.get(run.halfPoints) ?? 0) + run.text.length);
  }
  let best = 21;
  let most = -1;
  for (const [size, chars] of weight) {
    if (chars > most) {
      best = size;
      most = chars;
    }
  }
  return best;
}

/** Set apart by its own formatting: every character bold, or larger than the body, or a heading face. */
export function emphasised(runs: readonly DocxRun[], bodySize: number): boolean {
  const visible = runs.filter((r) => r.text.trim() !== '');
  if (visible.length === 0) return false;
  if (visible.every((r) => r.bold === true)) return true;
  if (visible.every((r) => r.halfPoints !== undefined && r.halfPoints > bodySize)) return true;
  return visible.every((r) => r.font !== undefined && HEI_FACE.test(r.font));
}

const LIST_LEVEL: Readonly<Record<string, number>> = { chinese: 1, 'chinese-paren': 2, decimal: 3, 'decimal-paren': 4 };

export function headingOf(p: DocxParagraph, bodySize: number): HeadingInfo | null {
  if (p.inToc || isTocStyle(p.style) || p.pictures.length > 0) return null;
  const text = plainRuns(p.runs).replace(/\s+$/, '');
  const trimmed = text.trim();
  if (trimmed === '' || TOC_LINE.test(trimmed)) return null;
  const squeezed = squeeze(trimmed);
  if (FRONT_TITLE.test(squeezed) || (STATEMENT_TITLE.test(squeezed) && squeezed.length <= 20)) return null;
  const typed = typedHeadingNumber(text);
  const chars = [...trimmed].length;
  if (p.outlineLevel !== null && p.outlineLevel <= 9 && chars <= MAX_STYLED_HEADING_CHARS) {
    return { level: p.outlineLevel, numbered: typed !== null || p.list !== null, strip: typed?.length ?? 0 };
  }
  if (chars > MAX_HEADING_CHARS || SENTENCE_END.test(trimmed)) return null;
  const look = emphasised(p.runs, bodySize);
  const listLevel = p.list === null ? undefined : LIST_LEVEL[p.list.pattern];
  if (listLevel !== undefined && (listLevel <= 2 || look)) return { level: listLevel, numbered: true, strip: typed?.length ?? 0 };
  if (typed !== null && (look || (typed.level <= 2 && chars <= 30 && !/[，,；;。：:]/.test(trimmed)))) return { level: typed.level, numbered: true, strip: typed.length };
  if (!look && !p.centered) return null;
  if (UNNUMBERED_TITLES.has(squeezed)) return { level: 1, numbered: false, strip: 0 };
  if (/^经典案例\s*[0-9０-９]+/.test(trimmed)) return { level: 2, numbered: false, strip: 0 };
  return null;
}
