/** The cover and the authenticity statement: unnumbered pages at the front, laid out with spacing only. */
import type { CoverPlan, StatementPlan } from '../../../shared/export/report-plan';
import type { StylePresetSpec } from '../../../shared/export/style-presets';
import { halfPoints } from './fonts';
import { paragraph, run } from './ooxml';
import { STYLE } from './style-ids';

const pt = (points: number): number => Math.round(points * 20);

export function renderCover(cover: CoverPlan, preset: StylePresetSpec): string {
  const small = halfPoints(preset.body.font.sizePt);
  let xml = paragraph({ style: STYLE.coverUnit, spacing: { before: pt(72) } }, run(cover.unitName));
  if (cover.unitNameEn !== '') xml += paragraph({ style: STYLE.coverUnit, spacing: { before: pt(6) } }, run(cover.unitNameEn, { size: small, bold: true }));
  cover.titleLines.forEach((line, index) => {
    xml += paragraph({ style: STYLE.coverTitle, spacing: { before: pt(index === 0 ? 120 : 12) } }, run(line));
  });
  return xml + paragraph({ style: STYLE.coverTitle, spacing: { before: pt(150) } }, run(cover.dateLine, { size: small }));
}

export function renderStatement(statement: StatementPlan, pageBreakBefore: boolean, widthTwips: number): string {
  let xml = paragraph({ style: STYLE.frontTitle, pageBreakBefore, spacing: { before: pt(72), after: pt(36) } }, run(statement.title));
  for (const text of statement.paragraphs) xml += paragraph({ style: STYLE.normal }, run(text));
  statement.signatureLines.forEach((text, index) => {
    // Signature lines start near the middle of the line, leaving room to sign and seal after them.
    xml += paragraph(
      { style: STYLE.normal, align: 'left', indent: { left: Math.round(widthTwips * 0.45), firstLine: 0, firstLineChars: 0 }, spacing: { before: index === 0 ? pt(84) : pt(28) } },
      run(text),
    );
  });
  return xml;
}
