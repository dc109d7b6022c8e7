/**
 * The IPC handlers of the 内容真实性责任声明 (issue 7): its settings, the signature and seal images,
 * and issuing the statement file. Spread into the one handler table of ./handlers.ts; the work is
 * done by electron/statement/, which the CLI uses too.
 * Its refusals reach the renderer as STATEMENT_REFUSED (./statement-refusal.ts).
 */
import path from 'node:path';
import type { IssuedStatementResult, StatementImageInfo, StatementState } from '../../shared/ipc/contract';
import type { StatementSettings } from '../../shared/statement/statement-text';
import { AppError } from '../errors/app-error';
import type { PrintEngine } from '../export/pdf/print-engine';
import { PROJECT_EXTENSION } from '../project-store/constants';
import type { Project } from '../project-store/project';
import { issueStatement } from '../statement/issue-statement';
import type { P12Identity } from '../statement/pdf-signature';
import { openCertificate } from './certificate';
import { asRefusal, type RefusalReason } from './statement-refusal';
import { checkStatementImage, storeStatementImage } from '../statement/statement-images';
import { issuedStatements, readStatementSettings, writeStatementSettings } from '../statement/statement-store';
import type { Dialogs } from './dialogs';
import type { Handlers } from './handlers';
import type { ProjectSession } from './session';

export type StatementMethod = 'statement.get' | 'statement.update' | 'statement.pickImage' | 'statement.clearImage' | 'statement.issue';

async function refusing<T>(reason: RefusalReason, work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asRefusal(error, reason);
  }
}

function imageInfo(project: Project, sha256: string | null): StatementImageInfo | null {
  if (sha256 === null) return null;
  const asset = project.asset(sha256);
  return asset ? { sha256, width: asset.width ?? 0, height: asset.height ?? 0 } : null;
}

function statementState(project: Project): StatementState {
  const settings = readStatementSettings(project);
  return {
    settings,
    signatureImage: imageInfo(project, settings.signatureImage),
    sealImage: imageInfo(project, settings.sealImage),
    report: project.settings(),
    issued: issuedStatements(project),
    readOnly: project.readOnly,
  };
}

/** Every statement change writes to the project: refused up front, before any dialog is shown. */
function writable(session: ProjectSession): Project {
  const project = session.require();
  if (project.readOnly) throw new AppError('READ_ONLY_SESSION');
  return project;
}

/** Dialogs and image checks take time; the user may have closed or switched projects meanwhile. */
function stillOpen(session: ProjectSession, project: Project): void {
  if (session.currentFile !== project) throw new AppError('INVALID_OPERATION', { detail: '操作期间项目已关闭，未作任何改动' });
}

/** Linux save dialogs do not add the extension, and the backend picks PDF or Word by it. */
function withExtension(file: string, format: 'pdf' | 'docx'): string {
  return file.toLowerCase().endsWith(`.${format}`) ? file : `${file}.${format}`;
}

export function createStatementHandlers(session: ProjectSession, dialogs: Dialogs, printEngine: PrintEngine | undefined): Pick<Handlers, StatementMethod> {
  return {
    'statement.get': () => statementState(session.require()),
    'statement.update': (patch) => {
      const project = writable(session);
      const changes: { -readonly [K in keyof StatementSettings]?: StatementSettings[K] } = {};
      if (patch.template !== undefined) changes.template = patch.template;
      if (patch.signerName !== undefined) changes.signerName = patch.signerName;
      if (patch.date !== undefined) changes.date = patch.date;
      if (patch.position !== undefined) changes.position = patch.position;
      writeStatementSettings(project, changes);
      return statementState(project);
    },
    'statement.pickImage': async ({ kind }) => {
      const project = writable(session);
      const file = await dialogs.pickStatementInput(kind);
      if (file === null) return null;
      // Checked in full before anything is stored: a refused image leaves the project as it was.
      const png = await refusing('image', () => checkStatementImage(file, kind));
      stillOpen(session, project);
      storeStatementImage(project, kind, png);
      return statementState(project);
    },
    'statement.clearImage': ({ kind }) => {
      const project = writable(session);
      // The image stays among the project's assets: issued statements and undo may still want it.
      writeStatementSettings(project, kind === 'signature' ? { signatureImage: null } : { sealImage: null });
      return statementState(project);
    },
    'statement.issue': async ({ format, bindReport, sign }): Promise<IssuedStatementResult | null> => {
      const project = writable(session);
      if (sign !== null && format !== 'pdf') throw new AppError('INVALID_OPERATION', { detail: '数字签名只能用于 PDF 格式的声明' });
      if (format === 'pdf' && printEngine === undefined) throw new AppError('INVALID_OPERATION', { detail: '此环境无法生成 PDF（没有可用的 Chromium），请改用 Word 格式' });
      const picked = await dialogs.pickStatementPath(format, `${project.settings().unitName}内容真实性责任声明`);
      if (picked === null) return null;
      const out = withExtension(picked, format);
      if (path.resolve(out) === project.path || out.toLowerCase().endsWith(PROJECT_EXTENSION)) {
        throw new AppError('INVALID_OPERATION', { detail: '声明不能保存为项目文件' });
      }
      const reportPath = bindReport ? await dialogs.pickStatementInput('report') : null;
      if (bindReport && reportPath === null) return null;
      let identity: P12Identity | null = null;
      if (sign !== null) {
        const certificate = await dialogs.pickStatementInput('certificate');
        if (certificate === null) return null;
        // Opened (password checked) before anything is written.
        identity = openCertificate(certificate, sign.password);
      }
      stillOpen(session, project);
      const result = await refusing('issue', () =>
        issueStatement(project, { out, reportPath, identity, signature: null, seal: null, settingsPatch: {}, now: new Date(), printEngine: printEngine ?? null }),
      );
      return { path: result.path, reportSha256: result.reportSha256, signed: result.signed, warnings: result.warnings };
    },
  };
}
