/**
 * The preset's font names (仿宋_GB2312, 楷体_GB2312, 黑体, 宋体, 方正小标宋简体, Times New Roman) as CSS
 * font families that work on every machine that prints.
 *
 * Each preset name becomes one family of our own, declared with `@font-face { src: local(…) }`: the
 * browser takes the first installed face in the list. The Windows fonts the presets name come first
 * (a college's PC has them, and they are TrueType, which Chromium embeds as subset CID fonts); Noto
 * CJK (Debian's fonts-noto-cjk) is the fallback everywhere else. local() matches a face's full name
 * or PostScript name, so both are listed.
 *
 * The Latin family is limited by unicode-range to ASCII and Latin-1: digits and letters print in
 * Times New Roman, while quotes, dashes and ellipses shared with Chinese stay in the Chinese font,
 * as Word does with hint="eastAsia" (the folio's “— 1 —” uses the Chinese 一字线).
 *
 * Chinese families get no separate bold face: SimHei, FangSong and KaiTi have none, so bold is
 * synthesised from the regular face, as Word does.
 */
import { cssString } from '../../escape/css-string';
import type { FontSpec } from '../style-presets';

interface FamilySpec {
  /** The CSS family we declare. */
  readonly family: string;
  /** Face names tried in order for the regular weight. */
  readonly regular: readonly string[];
  /** Face names for bold; absent means bold is synthesised. */
  readonly bold?: readonly string[];
  readonly unicodeRange?: string;
  /** Generic family appended after ours. */
  readonly generic: 'serif' | 'sans-serif';
}

const NOTO_SERIF = ['Noto Serif CJK SC', 'NotoSerifCJKsc-Regular', 'Source Han Serif SC', 'SourceHanSerifSC-Regular'];
const NOTO_SERIF_BOLD = ['Noto Serif CJK SC Bold', 'NotoSerifCJKsc-Bold', 'Source Han Serif SC Bold', 'SourceHanSerifSC-Bold'];
const NOTO_SANS = ['Noto Sans CJK SC', 'NotoSansCJKsc-Regular', 'Source Han Sans SC', 'SourceHanSansSC-Regular'];

const FANGSONG: FamilySpec = {
  family: 'RW FangSong',
  regular: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong', ...NOTO_SERIF],
  generic: 'serif',
};
const KAITI: FamilySpec = {
  family: 'RW KaiTi',
  regular: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti', 'AR PL UKai CN', ...NOTO_SERIF],
  generic: 'serif',
};
const HEITI: FamilySpec = {
  family: 'RW HeiTi',
  regular: ['黑体', 'SimHei', 'STHeiti', ...NOTO_SANS],
  generic: 'sans-serif',
};
const SONGTI: FamilySpec = {
  family: 'RW SongTi',
  regular: ['宋体', 'SimSun', 'STSong', ...NOTO_SERIF],
  generic: 'serif',
};
/** 小标宋 is a heavy Song: without it, the bold Noto Serif is the closest look. */
const XIAOBIAOSONG: FamilySpec = {
  family: 'RW XiaoBiaoSong',
  regular: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05', ...NOTO_SERIF_BOLD],
  generic: 'serif',
};
const TIMES: FamilySpec = {
  family: 'RW Times',
  regular: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif', 'Tinos', 'Tinos-Regular'],
  bold: ['Times New Roman Bold', 'TimesNewRomanPS-BoldMT', 'Liberation Serif Bold', 'LiberationSerif-Bold', 'Tinos Bold', 'Tinos-Bold'],
  unicodeRange: 'U+0020-007E, U+00A0-00FF',
  generic: 'serif',
};

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

/** The CSS font-family for a preset font: Latin family first, then the Chinese one, then a generic. */
export function fontFamily(font: FontSpec): string {
  const latin = familyOf(font.latin);
  const cjk = familyOf(font.eastAsia);
  return [cssString(latin.family), cssString(cjk.family), cjk.generic].join(', ');
}

function faceRule(spec: FamilySpec, weight: 400 | 700, names: readonly string[]): string {
  const range = spec.unicodeRange === undefined ? '' : ` unicode-range: ${spec.unicodeRange};`;
  return `@font-face { font-family: ${cssString(spec.family)}; font-weight: ${weight}; src: ${names.map((n) => `local(${cssString(n)})`).join(', ')};${range} }`;
}

/** The @font-face rules behind {@link fontFamily}. */
export function fontFaceCss(): string {
  const rules: string[] = [];
  for (const spec of [TIMES, FANGSONG, KAITI, HEITI, SONGTI, XIAOBIAOSONG]) {
    rules.push(faceRule(spec, 400, spec.regular));
    if (spec.bold !== undefined) rules.push(faceRule(spec, 700, spec.bold));
  }
  return rules.join('\n');
}
