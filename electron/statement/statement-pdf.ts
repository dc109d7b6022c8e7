/**
 * The statement as a one-page PDF: printed by Chromium (the given print engine), then the report fingerprint written into
 * the document info (Keywords and a custom ReportSHA256 key, so verify needs no text parsing) and,
 * with a certificate, a visible digital signature at the signer's place.
 */
import { PDFDict, PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import type { StatementText } from '../../shared/statement/statement-text';
import type { P12Identity } from './pdf-signature';
import { addSignaturePlaceholder, signPdf } from './pdf-signature';
import { statementHtml, type StatementBinding, type StatementImages } from './statement-html';
import { LAYOUT, pdfRect } from '../../shared/statement/statement-layout';
import { printStatementHtml } from './print-statement';
import type { PrintEngine } from '../export/pdf/print-engine';

export const FINGERPRINT_INFO_KEY = 'ReportSHA256';
export const FINGERPRINT_KEYWORD_PREFIX = 'report-sha256:';

export interface StatementPdfInput {
  readonly text: StatementText;
  readonly images: StatementImages;
  readonly binding: (StatementBinding & { readonly reportSha256: string }) | null;
  readonly identity: P12Identity | null;
  readonly now: Date;
  readonly engine: PrintEngine;
}

export async function buildStatementPdf(input: StatementPdfInput): Promise<Buffer> {
  const printed = await printStatementHtml(statementHtml(input.text, input.images, input.binding), input.engine);
  const doc = await PDFDocument.load(printed, { updateMetadata: false });
  doc.setTitle(input.text.title);
  doc.setAuthor(input.text.unitName);
  doc.setSubject(`${input.text.unitName} ${input.text.title}`);
  doc.setCreator('ReportWorks 年报工坊');
  doc.setProducer('ReportWorks 年报工坊');
  doc.setCreationDate(input.now);
  doc.setModificationDate(input.now);
  if (input.binding) {
    doc.setKeywords([`${FINGERPRINT_KEYWORD_PREFIX}${input.binding.reportSha256}`]);
    const infoRef = doc.context.trailerInfo.Info;
    // setTitle above created the info dictionary; the custom key sits beside Title and Keywords.
    if (infoRef) doc.context.lookup(infoRef, PDFDict).set(PDFName.of(FINGERPRINT_INFO_KEY), PDFString.of(input.binding.reportSha256));
  }
  if (input.identity) await addSignaturePlaceholder(doc, pdfRect(LAYOUT.signatureBox), input.identity, input.now);
  // No object streams: signpdf must find /ByteRange and /Contents in the file's plain bytes.
  const saved = Buffer.from(await doc.save({ useObjectStreams: false }));
  return input.identity ? await signPdf(saved, input.identity, input.now) : saved;
}
