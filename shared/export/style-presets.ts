/**
 * Page and text style presets, as data: one description of how the report looks, read by the Word
 * export now and by the PDF export and the renderer's preview later, so the three agree.
 *
 * Two presets, after the formatting habits colleges follow (none of them is a law, hence presets):
 * - 公文 (gongwen): GB/T 9704-2012 style. A4, margins 37 / 35 / 28 / 26 mm (top, bottom, left,
 *   right: a 156 × 225 mm text block), body 仿宋_GB2312 三号 (16 pt) on fixed 28 pt lines, which gives
 *   the standard 28 characters × 22 lines. Headings: each level visibly stronger than the next
 *   (a regular 黑体 chapter title at body size printed lighter than the bold “1.” heads under it),
 *   so 黑体 小二 (18 pt) bold, 黑体 三号 bold, 仿宋 bold, 仿宋. The standard's 楷体 for level 2 is
 *   not kept: the free 楷体 face the PDF falls back to (LXGW WenKai Bold) prints lighter than the
 *   bold Song that stands in for a bold 仿宋 (measured in tests/export-pdf/pdf-fonts.test.ts).
 * - 报告 (report): the looser look of reports written in Word: 宋体 小四 (12 pt) body at 1.5 lines,
 *   Word's default margins; headings 黑体 小二 bold, 黑体 小三 bold, 宋体 bold, 宋体.
 * Digits and Latin text are Times New Roman in both. Sizes are in points, lengths in millimetres;
 * each exporter converts to its own units (see the helpers at the end).
 */
import type { ReportSettings, StylePreset } from '../model/settings';

export type TextAlign = 'left' | 'center' | 'right' | 'justify';

export interface FontSpec {
  /** Font for Chinese characters (Word's eastAsia font). */
  readonly eastAsia: string;
  /** Font for digits and Latin letters. */
  readonly latin: string;
  readonly sizePt: number;
  readonly bold: boolean;
}

/** `exact`: every line is `pt` tall (公文's fixed 28 pt); `multiple`: a factor of the font's own line height. */
export type LineSpacing = { readonly kind: 'exact'; readonly pt: number } | { readonly kind: 'multiple'; readonly factor: number };

export interface TextStyleSpec {
  readonly font: FontSpec;
  readonly line: LineSpacing;
  readonly align: TextAlign;
  /** First-line indent in characters of the style's own size (2 = the usual two-character indent). */
  readonly firstLineChars: number;
  readonly spaceBeforePt: number;
  readonly spaceAfterPt: number;
}

export interface PageSpec {
  readonly widthMm: number;
  readonly heightMm: number;
  readonly marginTopMm: number;
  readonly marginBottomMm: number;
  readonly marginLeftMm: number;
  readonly marginRightMm: number;
  /** Distance from the page edge to the running head and to the folio. */
  readonly headerMm: number;
  readonly footerMm: number;
}

export interface StylePresetSpec {
  readonly id: StylePreset;
  /** Name shown to users. */
  readonly name: string;
  readonly page: PageSpec;
  readonly body: TextStyleSpec;
  /** Absolute heading levels 1–4 (一、 （一） 1. （1）); deeper levels use the last one. */
  readonly headings: readonly [TextStyleSpec, TextStyleSpec, TextStyleSpec, TextStyleSpec];
  /** Unnumbered sub-heads inside a section (——编制目的和过程, inner titles of 经典案例). */
  readonly plainHeading: TextStyleSpec;
  /** 图 1-1 / 表 1-1 captions. */
  readonly caption: TextStyleSpec;
  /** 数据来源 / 来源 lines under tables and figures. */
  readonly source: TextStyleSpec;
  readonly caseTitle: TextStyleSpec;
  readonly caseBody: TextStyleSpec;
  readonly tableText: TextStyleSpec;
  /** Titles of front-matter pages: 目录, 图目录, 内容真实性责任声明. */
  readonly frontTitle: TextStyleSpec;
  /** Entries of the table of contents, by level (1–3), and of the lists of figures, tables and cases. */
  readonly tocEntries: readonly [TextStyleSpec, TextStyleSpec, TextStyleSpec];
  readonly coverUnit: TextStyleSpec;
  readonly coverTitle: TextStyleSpec;
  readonly runningHead: TextStyleSpec;
  readonly folio: TextStyleSpec;
  /** Case boxes: border colour and light shading (hex RGB, no #). */
  readonly caseBorderColor: string;
  readonly caseShading: string;
}

const TIMES = 'Times New Roman';

const font = (eastAsia: string, sizePt: number, bold = false): FontSpec => ({ eastAsia, latin: TIMES, sizePt, bold });

const style = (fontSpec: FontSpec, line: LineSpacing, extra: Partial<Omit<TextStyleSpec, 'font' | 'line'>> = {}): TextStyleSpec => ({
  font: fontSpec,
  line,
  align: 'justify',
  firstLineChars: 0,
  spaceBeforePt: 0,
  spaceAfterPt: 0,
  ...extra,
});

const exact = (pt: number): LineSpacing => ({ kind: 'exact', pt });
const multiple = (factor: number): LineSpacing => ({ kind: 'multiple', factor });

const FANGSONG = '仿宋_GB2312';
const KAITI = '楷体_GB2312';
const HEITI = '黑体';
const SONGTI = '宋体';
const XIAOBIAOSONG = '方正小标宋简体';

const GONGWEN: StylePresetSpec = {
  id: 'gongwen',
  name: '公文',
  page: { widthMm: 210, heightMm: 297, marginTopMm: 37, marginBottomMm: 35, marginLeftMm: 28, marginRightMm: 26, headerMm: 20, footerMm: 24 },
  body: style(font(FANGSONG, 16), exact(28), { firstLineChars: 2 }),
  headings: [
    style(font(HEITI, 18, true), exact(32), { firstLineChars: 2, spaceBeforePt: 14, spaceAfterPt: 14, align: 'left' }),
    style(font(HEITI, 16, true), exact(28), { firstLineChars: 2, align: 'left' }),
    style(font(FANGSONG, 16, true), exact(28), { firstLineChars: 2, align: 'left' }),
    style(font(FANGSONG, 16), exact(28), { firstLineChars: 2, align: 'left' }),
  ],
  plainHeading: style(font(FANGSONG, 16, true), exact(28), { firstLineChars: 2, align: 'left' }),
  caption: style(font(HEITI, 14), exact(24), { align: 'center', spaceBeforePt: 4, spaceAfterPt: 4 }),
  source: style(font(FANGSONG, 12), exact(20), { align: 'left', spaceAfterPt: 6 }),
  caseTitle: style(font(HEITI, 16), exact(28), { align: 'center', spaceBeforePt: 4, spaceAfterPt: 4 }),
  caseBody: style(font(KAITI, 14), exact(25), { firstLineChars: 2 }),
  tableText: style(font(FANGSONG, 12), exact(18), { align: 'left' }),
  frontTitle: style(font(XIAOBIAOSONG, 22), exact(36), { align: 'center', spaceBeforePt: 12, spaceAfterPt: 24 }),
  tocEntries: [
    style(font(HEITI, 14), exact(26), { align: 'left' }),
    style(font(KAITI, 14), exact(26), { align: 'left' }),
    style(font(FANGSONG, 14), exact(26), { align: 'left' }),
  ],
  coverUnit: style(font(XIAOBIAOSONG, 26), exact(40), { align: 'center' }),
  coverTitle: style(font(XIAOBIAOSONG, 22), exact(36), { align: 'center' }),
  runningHead: style(font(SONGTI, 10.5), exact(14), { align: 'center' }),
  folio: style(font(SONGTI, 14), exact(18), { align: 'center' }),
  caseBorderColor: '5B7FA6',
  caseShading: 'EEF3F8',
};

const REPORT: StylePresetSpec = {
  id: 'report',
  name: '报告',
  page: { widthMm: 210, heightMm: 297, marginTopMm: 25.4, marginBottomMm: 25.4, marginLeftMm: 31.8, marginRightMm: 31.8, headerMm: 15, footerMm: 17.5 },
  body: style(font(SONGTI, 12), multiple(1.5), { firstLineChars: 2 }),
  headings: [
    style(font(HEITI, 18, true), multiple(1.5), { align: 'center', spaceBeforePt: 12, spaceAfterPt: 12 }),
    style(font(HEITI, 15, true), multiple(1.5), { align: 'left', spaceBeforePt: 6, spaceAfterPt: 6 }),
    style(font(SONGTI, 12, true), multiple(1.5), { firstLineChars: 2, align: 'left' }),
    style(font(SONGTI, 12), multiple(1.5), { firstLineChars: 2, align: 'left' }),
  ],
  plainHeading: style(font(SONGTI, 12, true), multiple(1.5), { firstLineChars: 2, align: 'left' }),
  caption: style(font(HEITI, 10.5), multiple(1.2), { align: 'center', spaceBeforePt: 3, spaceAfterPt: 3 }),
  source: style(font(SONGTI, 9), multiple(1.2), { align: 'left', spaceAfterPt: 6 }),
  caseTitle: style(font(HEITI, 12), multiple(1.5), { align: 'center', spaceBeforePt: 3, spaceAfterPt: 3 }),
  caseBody: style(font(KAITI, 12), multiple(1.5), { firstLineChars: 2 }),
  tableText: style(font(SONGTI, 10.5), multiple(1.2), { align: 'left' }),
  frontTitle: style(font(HEITI, 18), multiple(1.5), { align: 'center', spaceBeforePt: 12, spaceAfterPt: 18 }),
  tocEntries: [
    style(font(HEITI, 12), multiple(1.5), { align: 'left' }),
    style(font(SONGTI, 12), multiple(1.5), { align: 'left' }),
    style(font(SONGTI, 12), multiple(1.5), { align: 'left' }),
  ],
  coverUnit: style(font(HEITI, 26), multiple(1.5), { align: 'center' }),
  coverTitle: style(font(HEITI, 22), multiple(1.5), { align: 'center' }),
  runningHead: style(font(SONGTI, 9), multiple(1), { align: 'center' }),
  folio: style(font(SONGTI, 10.5), multiple(1), { align: 'center' }),
  caseBorderColor: '5B7FA6',
  caseShading: 'EEF3F8',
};

export const STYLE_PRESETS: Readonly<Record<StylePreset, StylePresetSpec>> = { gongwen: GONGWEN, report: REPORT };

export function stylePreset(id: StylePreset): StylePresetSpec {
  return STYLE_PRESETS[id] ?? GONGWEN;
}

/**
 * The preset the exports use: the chosen one with the author's 字体/字号/行距 changes applied. The body
 * font, size and line spacing also apply to case bodies (they are body text in a box); the heading
 * font applies to the four heading levels.
 */
export function resolvePreset(settings: Pick<ReportSettings, 'stylePreset' | 'styleOverrides'>): StylePresetSpec {
  const base = stylePreset(settings.stylePreset);
  const o = settings.styleOverrides;
  if (!o || Object.keys(o).length === 0) return base;
  const line: LineSpacing | undefined = o.lineExactPt ? exact(o.lineExactPt) : o.lineMultiple ? multiple(o.lineMultiple) : undefined;
  const bodyLike = (spec: TextStyleSpec): TextStyleSpec => ({
    ...spec,
    font: { ...spec.font, eastAsia: o.bodyFont ?? spec.font.eastAsia, sizePt: o.bodySizePt ?? spec.font.sizePt },
    line: line ?? spec.line,
  });
  const heading = (spec: TextStyleSpec): TextStyleSpec => ({
    ...spec,
    font: { ...spec.font, eastAsia: o.headingFont ?? spec.font.eastAsia },
    line: line ?? spec.line,
  });
  const [h1, h2, h3, h4] = base.headings;
  return { ...base, body: bodyLike(base.body), caseBody: bodyLike(base.caseBody), headings: [heading(h1), heading(h2), heading(h3), heading(h4)] };
}

/** Heading style for an absolute level (1 = chapter); levels past 4 share the level-4 look. */
export function headingStyle(preset: StylePresetSpec, absoluteLevel: number): TextStyleSpec {
  const index = Math.min(Math.max(absoluteLevel, 1), 4) - 1;
  return preset.headings[index] as TextStyleSpec;
}

// ---- geometry ---------------------------------------------------------------------------------

export const TWIPS_PER_PT = 20;
export const PT_PER_MM = 72 / 25.4;

export function mmToPt(mm: number): number {
  return mm * PT_PER_MM;
}

export function mmToTwips(mm: number): number {
  return Math.round(mm * PT_PER_MM * TWIPS_PER_PT);
}

export function textWidthMm(page: PageSpec): number {
  return page.widthMm - page.marginLeftMm - page.marginRightMm;
}

export function textHeightMm(page: PageSpec): number {
  return page.heightMm - page.marginTopMm - page.marginBottomMm;
}

/**
 * Height of one line in points. Word's "single" line for CJK fonts is about 1.3 × the font size
 * (their ascent plus descent), so 1.5 lines of 12 pt 宋体 are about 23.4 pt.
 */
export function lineHeightPt(spec: TextStyleSpec): number {
  return spec.line.kind === 'exact' ? spec.line.pt : spec.font.sizePt * 1.3 * spec.line.factor;
}

/** Em of the table font across the text width: the room content-following column widths share. */
export function tableEmOf(preset: StylePresetSpec): number {
  return mmToPt(textWidthMm(preset.page)) / preset.tableText.font.sizePt;
}
