/**
 * The preset's font names (仿宋_GB2312, 楷体_GB2312, 黑体, 宋体, 方正小标宋简体, Times New Roman) as CSS
 * font families, and the one place that says where their faces come from (the print pages, the
 * settings sample and the editor all take their @font-face rules from here).
 *
 * Why it matters: Chromium's PDF backend (Skia) embeds TrueType-outline (glyf) faces as subset CID
 * fonts (Type0/CIDFontType2), but writes CFF-outline faces (Noto CJK, Source Han: what a Linux
 * machine has) and every synthesised bold or italic as Type 3 fonts, which print shops and PDF/A
 * refuse and which pdf.js draws badly. So:
 * - Each family tries the Windows fonts the presets name first (TrueType on every college PC), then
 *   a glyf face the app ships (assets/fonts, see its README): Noto Serif SC (宋体, and 仿宋 where no
 *   仿宋 is installed: no FangSong face with a free licence is to be had), Noto Sans SC (黑体) and
 *   LXGW WenKai (楷体). Never an installed Noto CJK: it is CFF.
 * - Bold is never left to synthesis: each family's 700 face is a real bold file we ship (SimHei,
 *   FangSong and KaiTi have no bold of their own; Word thickens them, Chromium would write Type 3).
 * - After the family's own faces come RW SongTi and RW Symbols (→ ≥ ① ㎡ …, which the shipped
 *   Chinese files lack), so a character a face lacks is still drawn by a shipped glyf face rather
 *   than by whatever the system falls back to.
 *
 * The Latin family is limited by unicode-range to ASCII and Latin-1: digits and letters print in
 * Times New Roman (Liberation Serif on Linux; both TrueType), while quotes, dashes and ellipses
 * shared with Chinese stay in the Chinese font, as Word does with hint="eastAsia" (the folio's
 * “— 1 —” uses the Chinese 一字线).
 *
 * Font files are named by relative URL `fonts/<file>` by default: the PDF export copies them into
 * its print folder (electron/export/pdf/print-folder.ts) and the renderer's build into
 * dist/renderer/fonts, so a CSP needs only `font-src 'self'` (or the print folder's own scheme).
 */
import { cssString } from '../../escape/css-string';
import type { FontSpec } from '../style-presets';

/** The font files the app ships (assets/fonts), each a single-face WOFF2 with glyf outlines. */
export const SHIPPED_FONT_FILES = [
  'noto-serif-sc-regular.woff2',
  'noto-serif-sc-bold.woff2',
  'noto-sans-sc-regular.woff2',
  'noto-sans-sc-bold.woff2',
  'lxgw-wenkai-regular.woff2',
  'lxgw-wenkai-bold.woff2',
  'noto-serif-sc-symbols.woff2',
] as const;

export type ShippedFontFile = (typeof SHIPPED_FONT_FILES)[number];

/** Where a shipped font file is loaded from. */
export type FontUrl = (file: ShippedFontFile) => string;

export const relativeFontUrl: FontUrl = (file) => `fonts/${file}`;

interface FaceSpec {
  /** Installed face names tried first (local() matches the full or the PostScript name). */
  readonly local: readonly string[];
  /** The shipped file used when none of them is installed. */
  readonly shipped?: ShippedFontFile;
}

interface FamilySpec {
  /** The CSS family we declare. */
  readonly family: string;
  readonly regular: FaceSpec;
  readonly bold: FaceSpec;
  readonly unicodeRange?: string;
  /** Generic family appended at the end. */
  readonly generic: 'serif' | 'sans-serif';
}

const SERIF_BOLD: FaceSpec = { local: [], shipped: 'noto-serif-sc-bold.woff2' };

const FANGSONG: FamilySpec = {
  family: 'RW FangSong',
  regular: { local: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong'], shipped: 'noto-serif-sc-regular.woff2' },
  bold: SERIF_BOLD,
  generic: 'serif',
};
const KAITI: FamilySpec = {
  family: 'RW KaiTi',
  regular: { local: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi'], shipped: 'lxgw-wenkai-regular.woff2' },
  bold: { local: [], shipped: 'lxgw-wenkai-bold.woff2' },
  generic: 'serif',
};
const HEITI: FamilySpec = {
  family: 'RW HeiTi',
  regular: { local: ['黑体', 'SimHei'], shipped: 'noto-sans-sc-regular.woff2' },
  bold: { local: [], shipped: 'noto-sans-sc-bold.woff2' },
  generic: 'sans-serif',
};
const SONGTI: FamilySpec = {
  family: 'RW SongTi',
  regular: { local: ['宋体', 'SimSun'], shipped: 'noto-serif-sc-regular.woff2' },
  bold: SERIF_BOLD,
  generic: 'serif',
};
/** 小标宋 is a heavy Song: without it, the bold Noto Serif is the closest look (at the regular weight). */
const XIAOBIAOSONG: FamilySpec = {
  family: 'RW XiaoBiaoSong',
  regular: { local: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05'], shipped: 'noto-serif-sc-bold.woff2' },
  bold: SERIF_BOLD,
  generic: 'serif',
};
const TIMES: FamilySpec = {
  family: 'RW Times',
  regular: { local: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif', 'Tinos', 'Tinos-Regular'] },
  bold: { local: ['Times New Roman Bold', 'TimesNewRomanPS-BoldMT', 'Liberation Serif Bold', 'LiberationSerif-Bold', 'Tinos Bold', 'Tinos-Bold'] },
  unicodeRange: 'U+0020-007E, U+00A0-00FF',
  generic: 'serif',
};

/**
 * Symbols missing from the Chinese files. Its one face serves bold text too (declared at 700 as well),
 * so Chromium never synthesises a bold for it.
 */
const SYMBOLS_FACE: FaceSpec = { local: [], shipped: 'noto-serif-sc-symbols.woff2' };
const SYMBOLS: FamilySpec = { family: 'RW Symbols', regular: SYMBOLS_FACE, bold: SYMBOLS_FACE, generic: 'serif' };

/** Preset font name → our family. Names are matched loosely (宋体 and SimSun are the same font). */
const BY_NAME: readonly (readonly [RegExp, FamilySpec])[] = [
  [/小标宋/, XIAOBIAOSONG],
  [/仿宋|fangsong/i, FANGSONG],
  [/楷|kai/i, KAITI],
  [/黑|hei/i, HEITI],
  [/宋|song/i, SONGTI],
  [/times/i, TIMES],
];

function familyOf(name: string): FamilySpec {
  return BY_NAME.find(([pattern]) => pattern.test(name))?.[1] ?? SONGTI;
}

/** The CSS font-family for a preset font: Latin family, the Chinese one, RW SongTi and RW Symbols for what it lacks, a generic. */
export function fontFamily(font: FontSpec): string {
  const latin = familyOf(font.latin);
  const cjk = familyOf(font.eastAsia);
  const families = [latin.family, cjk.family, SONGTI.family, SYMBOLS.family].filter((family, index, all) => all.indexOf(family) === index);
  return [...families.map(cssString), cjk.generic].join(', ');
}

function faceRule(spec: FamilySpec, weight: 400 | 700, face: FaceSpec, fontUrl: FontUrl): string {
  const sources = face.local.map((n) => `local(${cssString(n)})`);
  if (face.shipped !== undefined) sources.push(`url(${cssString(fontUrl(face.shipped))}) format("woff2")`);
  const range = spec.unicodeRange === undefined ? '' : ` unicode-range: ${spec.unicodeRange};`;
  return `@font-face { font-family: ${cssString(spec.family)}; font-weight: ${weight}; font-display: block; src: ${sources.join(', ')};${range} }`;
}

/** The @font-face rules behind {@link fontFamily}; shipped files are named by `fontUrl` (default `fonts/<file>`). */
export function fontFaceCss(fontUrl: FontUrl = relativeFontUrl): string {
  const rules: string[] = [];
  for (const spec of [TIMES, FANGSONG, KAITI, HEITI, SONGTI, XIAOBIAOSONG, SYMBOLS]) {
    rules.push(faceRule(spec, 400, spec.regular, fontUrl));
    rules.push(faceRule(spec, 700, spec.bold, fontUrl));
  }
  return rules.join('\n');
}
