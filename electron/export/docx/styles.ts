/**
 * The document's named styles, defined once from the style preset, so the file stays editable in
 * Word and WPS the way people expect (change 正文 once, the whole report follows) and direct
 * formatting stays rare.
 */
import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IParagraphStylePropertiesOptions, type IStylesOptions } from 'docx';
import type { StylePresetSpec, TextAlign, TextStyleSpec } from '../../../shared/export/style-presets';
import { TWIPS_PER_PT } from '../../../shared/export/style-presets';
import { runFont, runProperties, halfPoints } from './fonts';
import { STYLE } from './style-ids';

const ALIGN: Readonly<Record<TextAlign, (typeof AlignmentType)[keyof typeof AlignmentType]>> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

export function alignment(align: TextAlign): (typeof AlignmentType)[keyof typeof AlignmentType] {
  return ALIGN[align];
}

/** Spacing and indent of a text style. Both forms of the indent are written: Word and WPS use the character count, LibreOffice the length. */
export function paragraphProperties(spec: TextStyleSpec): IParagraphStylePropertiesOptions {
  const line =
    spec.line.kind === 'exact'
      ? { line: Math.round(spec.line.pt * TWIPS_PER_PT), lineRule: LineRuleType.EXACT }
      : { line: Math.round(spec.line.factor * 240), lineRule: LineRuleType.AUTO };
  return {
    alignment: ALIGN[spec.align],
    spacing: { ...line, before: Math.round(spec.spaceBeforePt * TWIPS_PER_PT), after: Math.round(spec.spaceAfterPt * TWIPS_PER_PT) },
    indent:
      spec.firstLineChars > 0
        ? { firstLineChars: Math.round(spec.firstLineChars * 100), firstLine: Math.round(spec.firstLineChars * spec.font.sizePt * TWIPS_PER_PT) }
        : { firstLine: 0 },
  };
}

function paragraphStyle(
  id: string,
  name: string,
  spec: TextStyleSpec,
  extra: { basedOn?: string; next?: string; paragraph?: IParagraphStylePropertiesOptions } = {},
): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: extra.basedOn ?? STYLE.normal,
    next: extra.next ?? STYLE.normal,
    quickFormat: true,
    run: runProperties(spec.font),
    paragraph: { ...paragraphProperties(spec), ...extra.paragraph },
  };
}

export function buildStyles(preset: StylePresetSpec): IStylesOptions {
  const keepWithNext = { keepNext: true, keepLines: true };
  const headings = preset.headings.map((spec, index) =>
    paragraphStyle(STYLE.heading[index] as string, `heading ${index + 1}`, spec, { paragraph: { ...keepWithNext, outlineLevel: index } }),
  );
  const toc = preset.tocEntries.map((spec, index) =>
    paragraphStyle(STYLE.toc[index] as string, `toc ${index + 1}`, spec, {
      paragraph: { indent: { left: Math.round(index * 2 * spec.font.sizePt * TWIPS_PER_PT), firstLine: 0 } },
    }),
  );
  return {
    default: {
      document: {
        run: { ...runProperties(preset.body.font), language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
        paragraph: paragraphProperties(preset.body),
      },
    },
    paragraphStyles: [
      {
        id: STYLE.normal,
        name: 'Normal',
        quickFormat: true,
        run: { font: runFont(preset.body.font), size: halfPoints(preset.body.font.sizePt) },
        paragraph: paragraphProperties(preset.body),
      },
      ...headings,
      paragraphStyle(STYLE.subhead, '小标题', preset.plainHeading, { paragraph: keepWithNext }),
      paragraphStyle(STYLE.caption, 'caption', preset.caption),
      paragraphStyle(STYLE.source, '数据来源', preset.source),
      paragraphStyle(STYLE.caseTitle, '案例标题', preset.caseTitle, { next: STYLE.caseBody }),
      paragraphStyle(STYLE.caseBody, '案例正文', preset.caseBody),
      paragraphStyle(STYLE.tableText, '表格文字', preset.tableText),
      paragraphStyle(STYLE.frontTitle, '前置页标题', preset.frontTitle),
      ...toc,
      paragraphStyle(STYLE.tableOfFigures, 'table of figures', preset.tocEntries[2]),
      paragraphStyle(STYLE.coverUnit, '封面单位', preset.coverUnit),
      paragraphStyle(STYLE.coverTitle, '封面标题', preset.coverTitle),
      paragraphStyle(STYLE.header, 'header', preset.runningHead),
      paragraphStyle(STYLE.footer, 'footer', preset.folio),
      paragraphStyle(STYLE.note, '说明文字', preset.body, { paragraph: { indent: { firstLine: 0 }, alignment: AlignmentType.CENTER } }),
    ],
  };
}
