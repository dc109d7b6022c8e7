/**
 * The statement inside the report PDF: signing the whole report at the signer's place on its
 * statement page, and recording in the project which exported file carries the statement.
 *
 * A statement printed inside the report cannot carry the report's own SHA-256 (the hash would
 * change the file it describes), so inside the report the binding is the digital signature over
 * every byte, and the project's register of issued statements records the file and its hash.
 */
import path from 'node:path';
import type { PDFDocument } from '@cantoo/pdf-lib';
import { LAYOUT, pdfRect } from '../../../shared/statement/statement-layout';
import type { Project } from '../../project-store/project';
import { addSignaturePlaceholder, type P12Identity } from '../../statement/pdf-signature';
import { recordIssuedStatement } from '../../statement/statement-store';

export async function addReportSignature(doc: PDFDocument, statementPage: number | null, sign: { readonly identity: P12Identity; readonly now: Date }): Promise<void> {
  // Visible on the statement page (same fixed layout as the stand-alone statement); without one,
  // an invisible signature on the first page still covers every byte.
  const rect: [number, number, number, number] = statementPage === null ? [0, 0, 0, 0] : pdfRect(LAYOUT.signatureBox);
  await addSignaturePlaceholder(doc, rect, sign.identity, sign.now, { pageIndex: statementPage ?? 0, reason: '年度质量报告及内容真实性责任声明' });
}

/** Kept in the register beside stand-alone statements; a read-only project (CLI export) is left as it is. */
export function recordReportStatement(project: Project, written: { readonly target: string; readonly sha256: string; readonly signed: boolean }): boolean {
  if (project.readOnly) return false;
  const name = path.basename(written.target);
  recordIssuedStatement(project, { fileName: name, reportName: name, reportSha256: written.sha256, signed: written.signed, issuedAt: new Date().toISOString() });
  return true;
}
