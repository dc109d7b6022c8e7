/**
 * The statement as a Word file (docx library), for colleges that still print, sign and stamp by
 * hand or must hand in an editable copy: same words as the PDF, the signature inline after the
 * label and the seal floating over the unit line, as a stamp overlaps it on paper.
 */
import {
  AlignmentType,
  Document,
  HorizontalPositionRelativeFrom,
  ImageRun,
  Packer,
  Paragraph,
  TextRun,
  TextWrappingType,
  VerticalPositionRelativeFrom,
} from 'docx';
import type { StatementText } from '../../shared/statement/statement-text';
import type { StatementImages } from './statement-html';
import { LAYOUT, sealCentreMm } from '../../shared/statement/statement-layout';

const EMU_PER_MM = 36000;
/** docx sizes images in CSS pixels (96 per inch). */
const px = (mm: number): number => Math.round((mm * 96) / 25.4);
const FONT = { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const BODY_SIZE = 32; // half-points: 三号 16 pt

function line(children: (TextRun | ImageRun)[], options: { indentLeftMm?: number; before?: number; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: options.alignment,
    indent: options.indentLeftMm === undefined ? undefined : { left: Math.round((options.indentLeftMm * 1440) / 25.4) },
    spacing: { before: options.before ?? 0, line: 560 },
  });
}

const text = (value: string, size = BODY_SIZE): TextRun => new TextRun({ text: value, font: FONT, size });

export interface StatementDocxBinding {
  readonly fingerprintLine: string;
  readonly qrPng: Buffer;
}

export async function buildStatementDocx(words: StatementText, images: StatementImages, binding: StatementDocxBinding | null): Promise<Buffer> {
  const blockIndentMm = LAYOUT.blockLeftMm - LAYOUT.marginMm;
  const seal = sealCentreMm([...words.unitName].length);
  const unitRuns: (TextRun | ImageRun)[] = [text(words.unitLabel), text(words.unitName)];
  if (images.seal) {
    unitRuns.push(
      new ImageRun({
        type: 'png',
        data: images.seal,
        transformation: { width: px(LAYOUT.sealDiameterMm), height: px(LAYOUT.sealDiameterMm), rotation: LAYOUT.sealRotationDeg },
        floating: {
          horizontalPosition: { relative: HorizontalPositionRelativeFrom.PAGE, offset: Math.round((seal.xMm - LAYOUT.sealDiameterMm / 2) * EMU_PER_MM) },
          // Centred on the unit line: the stamp covers the end of the unit name.
          verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: Math.round((-LAYOUT.sealDiameterMm / 2 + 4) * EMU_PER_MM) },
          allowOverlap: true,
          behindDocument: false,
          wrap: { type: TextWrappingType.NONE },
        },
      }),
    );
  }
  const signerRuns: (TextRun | ImageRun)[] = [text(words.signerLabel)];
  if (images.signature) {
    signerRuns.push(new ImageRun({ type: 'png', data: images.signature, transformation: { width: px(LAYOUT.signatureHeightMm * 2.6), height: px(LAYOUT.signatureHeightMm) } }));
  } else if (words.signerName) {
    signerRuns.push(text(words.signerName));
  }
  const children: Paragraph[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 1440, after: 720 }, children: [new TextRun({ text: words.title, bold: true, size: 44, font: { eastAsia: '方正小标宋简体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' } })] }),
    ...words.paragraphs.map((p) => new Paragraph({ children: [text(p)], indent: { firstLine: 640 }, spacing: { line: 560 }, alignment: AlignmentType.JUSTIFIED })),
    line(unitRuns, { indentLeftMm: blockIndentMm, before: 1800 }),
    line(signerRuns, { indentLeftMm: blockIndentMm, before: 360 }),
    line([text(words.date)], { alignment: AlignmentType.RIGHT, before: 360 }),
  ];
  if (binding) {
    children.push(
      new Paragraph({ spacing: { before: 1800 }, children: [new ImageRun({ type: 'png', data: binding.qrPng, transformation: { width: px(LAYOUT.qrSizeMm), height: px(LAYOUT.qrSizeMm) } })] }),
      new Paragraph({ children: [text(binding.fingerprintLine, 15)] }),
    );
  }
  const document = new Document({
    creator: 'ReportWorks 年报工坊',
    title: words.title,
    keywords: binding ? binding.fingerprintLine : undefined,
    sections: [{ properties: { page: { margin: { top: 1440, bottom: 1440, left: Math.round((LAYOUT.marginMm * 1440) / 25.4), right: Math.round((LAYOUT.marginMm * 1440) / 25.4) } } }, children }],
  });
  return await Packer.toBuffer(document);
}
