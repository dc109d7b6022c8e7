import { inputSchemas, isIpcMethod, type IpcMethod, type IpcOutput, type IpcParsedInput } from '../../shared/ipc/contract';
import { fail, ok, type IpcResult } from '../../shared/ipc/result';
import { t } from '../../shared/i18n';
import type { RecentFiles } from '../app-state/recent-files';
import { AppError, toIpcError } from '../errors/app-error';
import { readSpreadsheet } from '../spreadsheet/read-spreadsheet';
import { importAsset, readAsset } from './asset-handlers';
import { exportDocxToFile } from '../export/docx/export-docx';
import type { DocxExportStage } from '../export/docx/docx-options';
import { exportPdf, type PdfExportProgress } from '../export/pdf/export-pdf';
import type { PrintEngine } from '../export/pdf/print-engine';
import { openCertificate } from './certificate';
import { createCollaborationHandlers } from './collaboration-handlers';
import { createStatementHandlers } from './statement-handlers';
import { createPreflightHandlers } from './preflight-handlers';
import type { Dialogs } from './dialogs';
import { ExportJobs } from './export-jobs';
import { createPreviewHandlers } from './preview-handlers';
import { PreviewStore } from './preview-store';
import type { ProjectSession } from './session';

export type Handlers = {
  [M in IpcMethod]: (input: IpcParsedInput<M>) => Promise<IpcOutput<M>> | IpcOutput<M>;
};

export interface HandlerDeps {
  readonly session: ProjectSession;
  readonly dialogs: Dialogs;
  readonly recent: RecentFiles;
  readonly host: 'electron' | 'harness';
  readonly version: string;
  /** Called when the renderer has flushed its edits after a close request. */
  readonly closeReady: () => void;
  /** The project file passed on the command line or by the OS (file association), if any. */
  readonly takeLaunchFile?: () => string | null;
  /** Chromium for PDF export and print preview (a hidden window in the app, playwright elsewhere). */
  readonly printEngine?: PrintEngine;
}

/**
 * The one implementation of the IPC contract, shared by Electron's ipcMain and the harness. Each
 * handler receives an already validated payload.
 */
export function createHandlers({ session, dialogs, recent, host, version, closeReady, takeLaunchFile, printEngine }: HandlerDeps): Handlers {
  const exportJobs = new ExportJobs();
  const previews = new PreviewStore();
  const outlineChange = () => {
    const project = session.require();
    return { outline: project.outline(), deleted: project.deletedNodes(), stats: project.stats() };
  };
  return {
    'app.info': () => ({ version, host }),
    'app.recentFiles': () => recent.list(),
    'app.takeLaunchFile': () => takeLaunchFile?.() ?? null,
    'app.closeReady': () => {
      closeReady();
      return null;
    },
    'dialog.pickNewProjectPath': ({ suggestedName }) => dialogs.pickNewProjectPath(suggestedName),
    'dialog.pickOpenProjectPath': () => dialogs.pickOpenProjectPath(),
    'dialog.pickSaveAsPath': ({ suggestedName }) => dialogs.pickSaveAsPath(suggestedName),
    'dialog.pickImagePath': () => dialogs.pickImagePath(),
    'dialog.pickSpreadsheetPath': () => dialogs.pickSpreadsheetPath(),
    'dialog.pickPackagePath': ({ suggestedName }) => dialogs.pickPackagePath(suggestedName),
    'dialog.pickContributionPath': () => dialogs.pickContributionPath(),
    'dialog.pickExportPath': ({ format, suggestedName }) => dialogs.pickExportPath(format, suggestedName),
    'dialog.pickCertificatePath': () => dialogs.pickStatementInput('certificate'),
    'project.create': ({ path, unitName, year, blank, numberingScheme }) =>
      session.create(path, { unitName, year, blank: blank ?? false, numberingScheme: numberingScheme ?? 'chapter' }),
    'project.open': ({ path, readOnly }) => session.open(path, { readOnly: readOnly ?? false }),
    'project.close': async () => {
      session.close();
      // The print preview of the closed report goes with it.
      await previews.discard();
      return null;
    },
    'project.current': () => session.snapshot(),
    'project.saveAs': ({ path }) => ({ path: session.saveAs(path) }),
    'settings.update': ({ patch }) => session.require().updateSettings(patch),
    'outline.add': ({ parentId, afterId, title }) => {
      const id = session.require().addNode(parentId, afterId, title);
      return { id, ...outlineChange() };
    },
    'outline.rename': ({ id, title }) => {
      session.require().renameNode(id, title);
      return outlineChange();
    },
    'outline.delete': ({ id }) => {
      session.require().deleteNode(id);
      return outlineChange();
    },
    'outline.restore': ({ id }) => {
      session.require().restoreNode(id);
      return outlineChange();
    },
    'outline.move': ({ id, parentId, index }) => {
      session.require().moveNode(id, parentId, index);
      return outlineChange();
    },
    // Section editing goes to the package in contributor mode (see ProjectSession.sections).
    'section.load': ({ id }) => session.sections().loadSection(id),
    'section.save': ({ id, content, baseRevision }) => {
      const store = session.sections();
      const saved = store.saveSection(id, content, baseRevision);
      return { ...saved, stats: store.stats() };
    },
    'section.history': ({ id }) => session.require().history(id),
    'section.restore': ({ id, revision }) => session.require().restoreRevision(id, revision),
    'report.stats': () => session.sections().stats(),
    'report.numbering': () => session.sections().numbering(),
    'report.loadAll': () => session.sections().loadAllSections(),
    'asset.import': (input) => importAsset(session, input),
    'asset.read': ({ sha256 }) => readAsset(session, sha256),
    'table.readSpreadsheet': (request) => readSpreadsheet(request),
    'export.docx': ({ path, parts, jobId }) =>
      exportJobs.run(jobId, async (job) => {
        const options = { parts, onProgress: (fraction: number, stage: DocxExportStage) => job.progress(fraction, stage), ...(job.signal ? { signal: job.signal } : {}) };
        const { warnings, path: written } = await exportDocxToFile(session.require(), path, options);
        return { path: written, warnings };
      }),
    'export.pdf': ({ path, parts, jobId, sign }) => {
      if (printEngine === undefined) throw new AppError('INVALID_OPERATION', { detail: '此环境无法导出 PDF（没有可用的 Chromium）' });
      const project = session.require();
      // A wrong password or a bad certificate is refused before anything is printed.
      const signing = sign === undefined ? {} : { sign: { identity: openCertificate(sign.certificatePath, sign.password), now: new Date() } };
      return exportJobs.run(jobId, async (job) => {
        const onProgress = (progress: PdfExportProgress): void => job.progress(progress.fraction, progress.step);
        const result = await exportPdf(project, { path, engine: printEngine, parts: parts ?? {}, onProgress, recordStatement: true, ...signing, ...(job.signal ? { signal: job.signal } : {}) });
        return { path: result.path, pages: result.pages, warnings: result.warnings, sha256: result.sha256, signed: result.signed, recorded: result.recorded };
      });
    },
    'export.progress': ({ jobId }) => exportJobs.progress(jobId),
    'export.cancel': ({ jobId }) => {
      exportJobs.cancel(jobId);
      return null;
    },
    ...createPreviewHandlers({ session, exportJobs, previews, ...(printEngine === undefined ? {} : { printEngine }) }),
    ...createCollaborationHandlers(session),
    ...createStatementHandlers(session, dialogs, printEngine),
    ...createPreflightHandlers(session),
  };
}

/** Validates, runs and wraps one call. Never throws: every outcome is an envelope. */
export async function dispatch(handlers: Handlers, method: unknown, payload: unknown): Promise<IpcResult<unknown>> {
  try {
    if (!isIpcMethod(method)) {
      return fail({ code: 'UNKNOWN_METHOD', message: t('error.UNKNOWN_METHOD', { method: describeMethod(method) }) });
    }
    // Parsing is inside the try too: a hostile payload must become an envelope, not a rejection.
    const parsed = inputSchemas[method].safeParse(payload ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const detail = issue ? `${issue.path.join('.') || '(根)'}: ${issue.message}` : '格式错误';
      return fail(new AppError('INVALID_PAYLOAD', { detail }).toIpcError());
    }
    const handler = handlers[method] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    return fail(toIpcError(error));
  }
}

/** String(x) throws for objects without a callable toString (JSON `{"toString":1}`, null prototypes). */
function describeMethod(method: unknown): string {
  const text = typeof method === 'string' ? method : typeof method === 'symbol' ? method.toString() : Object.prototype.toString.call(method);
  return text.slice(0, 80);
}
