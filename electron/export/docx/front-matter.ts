/** The cover and the authenticity statement: unnumbered pages at the front. */
import { exportWarnings } from '../../../shared/export/export-warnings';
import type { AssetRef, CoverPlan, StatementPlan } from '../../../shared/export/report-plan';
import { LAYOUT, SIGNER_LABEL_CHARS, sealCentreXMm, UNIT_LABEL_CHARS } from '../../../shared/statement/statement-layout';
import type { StylePresetSpec } from '../../../shared/export/style-presets';
import { halfPoints } from './fonts';
import type { ImagePart } from './media';
import { paragraph, run, type ParagraphProps } from './ooxml';
import { floatingPicture } from './ooxml-drawing';
import { nextDrawingId, type RenderContext } from './render-context';
import { STYLE } from './style-ids';

const pt = (points: number): number => Math.round(points * 20);

export function renderCover(cover: CoverPlan, preset: StylePresetSpec, pageBreakBefore = false): string {
  const small = halfPoints(preset.body.font.sizePt);
  let xml = paragraph({ style: STYLE.coverUnit, pageBreakBefore, spacing: { before: pt(72) } }, run(cover.unitName));
  if (cover.unitNameEn !== '') xml += paragraph({ style: STYLE.coverUnit, spacing: { before: pt(6) } }, run(cover.unitNameEn, { size: small, bold: true }));
  cover.titleLines.forEach((line, index) => {
    xml += paragraph({ style: STYLE.coverTitle, spacing: { before: pt(index === 0 ? 120 : 12) } }, run(line));
  });
  return xml + paragraph({ style: STYLE.coverTitle, spacing: { before: pt(150) } }, run(cover.dateLine, { size: small }));
}

const EMU_PER_MM = 36000;

/** The stored signature or seal as a picture part, or null (with a warning) when Word cannot embed it. */
function statementImage(asset: AssetRef | null, what: string, context: RenderContext): ImagePart | null {
  if (asset === null) return null;
  const part = context.images.partFor(asset);
  if (part === undefined) context.warn(exportWarnings.statementImageUnsupported(what, asset.mime));
  return part ?? null;
}

/**
 * The statement in the flow of the front section: title, the sentence(s), then the signature block
 * from the middle of the line, as seed 001 sets it. The seal floats over the end of the unit name
 * and the signature after its label, so neither changes the line spacing; without images the
 * lines stay blank for signing and stamping by hand.
 */
export function renderStatement(statement: StatementPlan, pageBreakBefore: boolean, context: RenderContext): string {
  const { text } = statement;
  const { preset } = context;
  const fontPt = preset.body.font.sizePt;
  const fontMm = fontPt * (25.4 / 72);
  // From the middle of the line as in seed 001, or further left when the unit name would wrap.
  const lineChars = UNIT_LABEL_CHARS + [...text.unitName].length + 1;
  const indentTwips = Math.max(0, Math.min(Math.round(context.widthTwips * 0.45), context.widthTwips - Math.round(lineChars * fontPt * 20)));
  const lineLeftMm = preset.page.marginLeftMm + (indentTwips / 1440) * 25.4;
  const lineProps: ParagraphProps = { style: STYLE.normal, align: 'left', indent: { left: indentTwips, firstLine: 0, firstLineChars: 0 } };
  // The space above a signature line is a paragraph of its own: readers disagree on whether a
  // picture positioned "from the paragraph" counts from above or below its space-before.
  const gap = (points: number): string => paragraph({ style: STYLE.normal, spacing: { before: 0, after: 0, lineExact: pt(points) } }, '');

  let xml = paragraph({ style: STYLE.frontTitle, pageBreakBefore, spacing: { before: pt(72), after: pt(36) } }, run(text.title));
  for (const sentence of text.paragraphs) xml += paragraph({ style: STYLE.normal }, run(sentence));

  let unitLine = run(text.unitLabel) + run(text.unitName);
  const seal = statementImage(statement.seal, '印章', context);
  if (seal !== null) {
    const diameter = LAYOUT.sealDiameterMm;
    const centreX = sealCentreXMm({ leftMm: lineLeftMm, fontPt, rightLimitMm: preset.page.widthMm - preset.page.marginRightMm }, [...text.unitName].length);
    unitLine += floatingPicture({
      rId: seal.rId,
      id: nextDrawingId(context),
      widthEmu: diameter * EMU_PER_MM,
      heightEmu: diameter * EMU_PER_MM,
      leftEmu: (centreX - diameter / 2) * EMU_PER_MM,
      // Centred on the middle of the line's text.
      topEmu: (fontMm * 0.7 - diameter / 2) * EMU_PER_MM,
      rotationDeg: LAYOUT.sealRotationDeg,
      name: '单位印章',
      description: `${text.unitName}印章`,
    });
  }
  xml += gap(84) + paragraph(lineProps, unitLine);

  let signerLine = run(text.signerLabel);
  const signature = statementImage(statement.signature, '签名', context);
  if (signature !== null && statement.signature !== null) {
    const heightMm = LAYOUT.signatureHeightMm;
    const { width, height } = statement.signature;
    const widthMm = width !== null && height !== null && height > 0 ? Math.min((heightMm * width) / height, LAYOUT.signatureBox.widthMm) : heightMm * 2.6;
    signerLine += floatingPicture({
      rId: signature.rId,
      id: nextDrawingId(context),
      widthEmu: Math.round(widthMm * EMU_PER_MM),
      heightEmu: Math.round(heightMm * EMU_PER_MM),
      leftEmu: (lineLeftMm + SIGNER_LABEL_CHARS * fontMm) * EMU_PER_MM,
      // Standing on the line, as ink does, reaching above it.
      topEmu: (fontMm * 1.2 - heightMm) * EMU_PER_MM,
      name: '签名',
      description: `${text.signerLabel}${text.signerName}`,
    });
  } else if (text.signerName !== '') {
    signerLine += run(text.signerName);
  }
  xml += gap(28) + paragraph(lineProps, signerLine);
  xml += paragraph({ style: STYLE.normal, align: 'right', indent: { firstLine: 0, firstLineChars: 0 }, spacing: { before: pt(28) } }, run(text.date));
  return xml;
}
