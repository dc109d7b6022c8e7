/**
 * Issues a statement: builds the PDF or Word file in memory from the project's settings, writes it
 * atomically, and only then records it (and any new images or settings) in the project, in one
 * transaction. A refusal at any step before that leaves both the output path and the project as
 * they were.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import { exportWarnings } from '../../shared/export/export-warnings';
import { xmlSafeData } from '../../shared/export/xml-safe-plan';
import { fingerprintLine, statementText, type StatementSettings } from '../../shared/statement/statement-text';
import { statementRefused } from './statement-refused';
import type { PrintEngine } from '../export/pdf/print-engine';
import { writeFileAtomically } from '../export/write-file-atomically';
import type { Project } from '../project-store/project';
import { signingValidityWarning, type P12Identity } from './pdf-signature';
import { buildStatementDocx } from './statement-docx';
import type { StatementImages } from './statement-html';
import { storeStatementImage, type CheckedPng } from './statement-images';
import { buildStatementPdf } from './statement-pdf';
import { readStatementSettings, recordIssuedStatement, writeStatementSettings } from './statement-store';

export interface IssueRequest {
  readonly out: string;
  readonly reportPath: string | null;
  readonly identity: P12Identity | null;
  /** New images and settings given with this command; stored only once the file is written. */
  readonly signature: CheckedPng | null;
  readonly seal: CheckedPng | null;
  readonly settingsPatch: Partial<StatementSettings>;
  readonly now: Date;
  /** Prints PDF statements: the app's Electron engine, or playwright's Chromium in the CLI; null where only Word can be written. */
  readonly printEngine: PrintEngine | null;
}

export interface IssueResult {
  readonly path: string;
  readonly reportSha256: string | null;
  readonly signed: boolean;
  /** Signed with a certificate outside its validity period (written, but verify will fail it); characters a Word file cannot carry, shown as U+FFFD. */
  readonly warnings: readonly { readonly zh: string; readonly en: string }[];
}

function storedImage(project: Project, sha256: string | null): Buffer | null {
  return sha256 === null ? null : (project.asset(sha256)?.bytes ?? null);
}

export async function issueStatement(project: Project, request: IssueRequest): Promise<IssueResult> {
  const settings = project.settings();
  if (settings.unitName.trim() === '') {
    throw statementRefused('项目未设置单位名称，无法生成声明：请先在报告设置中填写单位名称', 'the project has no unit name; set it in the report settings first');
  }
  const statement = { ...readStatementSettings(project), ...request.settingsPatch };
  // Both formats show the same words: what XML cannot carry is replaced in the PDF too.
  const { value: text, replaced } = xmlSafeData(statementText(settings, statement));
  const images: StatementImages = {
    signature: request.signature?.bytes ?? storedImage(project, statement.signatureImage),
    seal: request.seal?.bytes ?? storedImage(project, statement.sealImage),
  };
  let reportSha256: string | null = null;
  if (request.reportPath !== null) {
    let report: Buffer;
    try {
      report = fs.readFileSync(request.reportPath);
    } catch {
      throw statementRefused(`找不到报告文件：${request.reportPath}`, `report file not found: ${request.reportPath}`, { usage: true });
    }
    reportSha256 = crypto.createHash('sha256').update(report).digest('hex');
  }
  const line = reportSha256 === null ? null : fingerprintLine(reportSha256);
  const qrText = reportSha256 === null ? null : `SHA-256:${reportSha256}`;
  const isPdf = request.out.toLowerCase().endsWith('.pdf');
  const engine = request.printEngine;
  if (isPdf && engine === null) throw statementRefused('此环境无法生成 PDF 声明（没有可用的 Chromium），请改用 Word 格式', 'no Chromium to print the PDF statement here; use Word');
  const bytes =
    isPdf && engine !== null
      ? await buildStatementPdf({
          text,
          images,
          binding: line && qrText && reportSha256 ? { fingerprintLine: line, qrSvg: await QRCode.toString(qrText, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' }), reportSha256 } : null,
          identity: request.identity,
          now: request.now,
          engine,
        })
      : await buildStatementDocx(text, images, line && qrText ? { fingerprintLine: line, qrPng: await QRCode.toBuffer(qrText, { type: 'png', margin: 1, scale: 8 }) } : null);
  await writeFileAtomically(request.out, bytes);
  project.write(() => {
    if (request.signature) storeStatementImage(project, 'signature', request.signature);
    if (request.seal) storeStatementImage(project, 'seal', request.seal);
    if (Object.keys(request.settingsPatch).length > 0) writeStatementSettings(project, request.settingsPatch);
    recordIssuedStatement(project, {
      fileName: path.basename(request.out),
      reportName: request.reportPath === null ? null : path.basename(request.reportPath),
      reportSha256,
      signed: request.identity !== null,
      issuedAt: request.now.toISOString(),
    });
  });
  const validity = request.identity === null ? null : signingValidityWarning(request.identity, request.now);
  const warnings = [
    ...(validity === null ? [] : [validity]),
    ...(replaced === 0 ? [] : [{ zh: exportWarnings.replacedCharacters(replaced), en: `${replaced} character(s) a Word file cannot carry (U+FFFE, U+FFFF, lone surrogates, control characters) were replaced by U+FFFD` }]),
  ];
  return { path: path.resolve(request.out), reportSha256, signed: request.identity !== null, warnings };
}
