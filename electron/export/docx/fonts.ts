/**
 * Run fonts and sizes from the style presets. Chinese text needs its font as `eastAsia` (Word picks
 * the font per character class: `ascii`/`hAnsi` for Latin and digits, `eastAsia` for CJK), and
 * `hint="eastAsia"` so characters both classes share (quotes, dashes, ……) are drawn in the Chinese
 * font, as Chinese Word does. Digits and Latin letters stay Times New Roman.
 */
import type { IFontAttributesProperties, IRunStylePropertiesOptions } from 'docx';
import type { FontSpec } from '../../../shared/export/style-presets';

export function runFont(font: FontSpec): IFontAttributesProperties {
  return { ascii: font.latin, hAnsi: font.latin, cs: font.latin, eastAsia: font.eastAsia, hint: 'eastAsia' };
}

/** docx sizes are half-points. */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Font, size and weight of a style, as run properties. `bold: false` is written so a style can undo its parent's bold. */
export function runProperties(font: FontSpec): IRunStylePropertiesOptions {
  return { font: runFont(font), size: halfPoints(font.sizePt), bold: font.bold };
}
