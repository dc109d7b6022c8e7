/**
 * A text style of the presets (../style-presets.ts) as CSS: the one translation the print style
 * sheet (./print-css.ts), the settings' sample and the editor's page all use, so a chapter title
 * in the editor stands, weighs and spaces as the PDF prints it.
 *
 * The editor gets the numbers as CSS custom properties on its screen (presetCssVariables), which
 * renderer/styles.css reads for the page, the section titles and the headings inside sections: the
 * numbers stay in the presets, the editor's selectors stay in its style sheet.
 */
import { headingStyle, type LineSpacing, type StylePresetSpec, type TextStyleSpec } from '../style-presets';
import { fontFamily } from './print-fonts';

/** Word's single line for CJK fonts is about 1.3 × the size (see lineHeightPt in style-presets). */
export function cssLineHeight(line: LineSpacing): string {
  return line.kind === 'exact' ? `${line.pt}pt` : (1.3 * line.factor).toFixed(3);
}

/** The CSS values of a text style, by the property they set. */
export interface TextStyleCss {
  readonly fontFamily: string;
  readonly fontSize: string;
  readonly fontWeight: string;
  readonly lineHeight: string;
  readonly textAlign: string;
  readonly textIndent: string;
  readonly marginTop: string;
  readonly marginBottom: string;
}

export function textStyleCss(spec: TextStyleSpec): TextStyleCss {
  return {
    fontFamily: fontFamily(spec.font),
    fontSize: `${spec.font.sizePt}pt`,
    fontWeight: spec.font.bold ? '700' : '400',
    lineHeight: cssLineHeight(spec.line),
    textAlign: spec.align,
    textIndent: `${spec.firstLineChars}em`,
    marginTop: `${spec.spaceBeforePt}pt`,
    marginBottom: `${spec.spaceAfterPt}pt`,
  };
}

/** Heading levels the editor styles (1 = chapter … 4; deeper levels look like 4). */
export const EDITOR_HEADING_LEVELS = [1, 2, 3, 4] as const;

/**
 * Custom properties for the editor's page: `--rw-page-{top,right,bottom,left}` (the preset's
 * margins), and for `body` and `h1`…`h4` the properties `--rw-<style>-{font,size,weight,line,align,
 * indent,before,after}`.
 */
export function presetCssVariables(preset: StylePresetSpec): Record<string, string> {
  const { page } = preset;
  const vars: Record<string, string> = {
    '--rw-page-top': `${page.marginTopMm}mm`,
    '--rw-page-right': `${page.marginRightMm}mm`,
    '--rw-page-bottom': `${page.marginBottomMm}mm`,
    '--rw-page-left': `${page.marginLeftMm}mm`,
  };
  const styles: [string, TextStyleSpec][] = [['body', preset.body], ...EDITOR_HEADING_LEVELS.map((level): [string, TextStyleSpec] => [`h${level}`, headingStyle(preset, level)])];
  for (const [name, spec] of styles) {
    const css = textStyleCss(spec);
    vars[`--rw-${name}-font`] = css.fontFamily;
    vars[`--rw-${name}-size`] = css.fontSize;
    vars[`--rw-${name}-weight`] = css.fontWeight;
    vars[`--rw-${name}-line`] = css.lineHeight;
    vars[`--rw-${name}-align`] = css.textAlign;
    vars[`--rw-${name}-indent`] = css.textIndent;
    vars[`--rw-${name}-before`] = css.marginTop;
    vars[`--rw-${name}-after`] = css.marginBottom;
  }
  return vars;
}
