import { inputSchemas, isIpcMethod, type FilePurpose, type IpcMethod, type IpcOutput, type IpcParsedInput, type PickedFile } from '../../shared/ipc/contract';
import { fail, ok, type IpcError, type IpcResult } from '../../shared/ipc/result';
import { t } from '../../shared/i18n';
import type { RecentFiles } from '../app-state/recent-files';
import { AppError, REFUSED_INPUT_CODES, toIpcError } from '../errors/app-error';
import { describeThrown, type ErrorLog } from '../errors/error-log';
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
import { createWordReportHandlers } from './word-report-handlers';
import { createPriorYearHandlers } from './prior-year-handlers';
import type { Dialogs } from './dialogs';
import { ExportJobs } from './export-jobs';
import { FileHandles } from './file-handles';
import { checkOutputTarget, type OutputKind } from './output-target';
import { createPreviewHandlers } from './preview-handlers';
import { PreviewStore } from './preview-store';
import type { ProjectSession } from './session';
import { DEFAULT_PREFERENCES, type Preferences } from '../app-state/preferences';
import { createFindHandlers } from './find-handlers';
import type { DesktopShell } from './desktop-shell';
import { createExportedHandlers, ExportedFiles } from './exported-files';
// History: timed and named versions (issue 15).
import { createHistoryHandlers } from './history-handlers';

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
  /** Where the dialogs' paths wait for the renderer's handles; a fresh registry when absent. */
  readonly files?: FileHandles;
  // ---- find and replace, zoom, open after export, print the preview ----
  /** The user's remembered settings (zoom); defaults only, not remembered, when absent. */
  readonly preferences?: Preferences;
  /** Opening, revealing and printing files on the desktop; refused when absent. */
  readonly shell?: DesktopShell;
}

/**
 * The one implementation of the IPC contract, shared by Electron's ipcMain and the harness. Each
 * handler receives an already validated payload.
 */
export function createHandlers({ session, dialogs, recent, host, version, closeReady, takeLaunchFile, printEngine, files = new FileHandles(), preferences, shell }: HandlerDeps): Handlers {
  const exportJobs = new ExportJobs();
  const previews = new PreviewStore();
  const exported = new ExportedFiles();
  const pick = async (purpose: FilePurpose, chosen: Promise<string | null>): Promise<PickedFile | null> => {
    const file = await chosen;
    return file === null ? null : files.grant(purpose, file);
  };
  /**
   * The path behind an output handle, once it has passed the checks of ./output-target.ts, and
   * those checks again for exports to run right before they write (a print takes a while).
   */
  const outputTarget = (handle: string, purpose: FilePurpose, kind: OutputKind): { path: string; recheck: () => void } => {
    const granted = files.take(handle, purpose);
    const recheck = (): void => {
      const open = session.currentFile;
      checkOutputTarget(granted.path, { kind, confirmedReplace: granted.confirmedReplace, openFiles: open === null ? [] : [open.path] });
    };
    recheck();
    return { path: granted.path, recheck };
  };
  const outputPath = (handle: string, purpose: FilePurpose, kind: OutputKind): string => outputTarget(handle, purpose, kind).path;
  const outlineChange = () => {
    const project = session.require();
    return { outline: project.outline(), deleted: project.deletedNodes(), stats: project.stats() };
  };
  return {
    'app.info': () => ({ version, host }),
    'app.recentFiles': () => {
      // Each list replaces the previous one's handles.
      files.revokeGroup('recent');
      return recent.list().map((entry) => ({ ...files.grant('open-project', entry.path, { group: 'recent' }), title: entry.title, openedAt: entry.openedAt }));
    },
    'app.takeLaunchFile': () => {
      const launch = takeLaunchFile?.() ?? null;
      return launch === null ? null : files.grant('open-project', launch);
    },
    'app.closeReady': () => {
      closeReady();
      return null;
    },
    'dialog.pickNewProjectPath': ({ suggestedName }) => pick('new-project', dialogs.pickNewProjectPath(suggestedName)),
    'dialog.pickOpenProjectPath': () => pick('open-project', dialogs.pickOpenProjectPath()),
    'dialog.pickSaveAsPath': ({ suggestedName }) => pick('save-as', dialogs.pickSaveAsPath(suggestedName)),
    'dialog.pickImagePath': () => pick('image', dialogs.pickImagePath()),
    'dialog.pickSpreadsheetPath': () => pick('spreadsheet', dialogs.pickSpreadsheetPath()),
    'dialog.pickPackagePath': ({ suggestedName }) => pick('package', dialogs.pickPackagePath(suggestedName)),
    'dialog.pickContributionPath': () => pick('contribution', dialogs.pickContributionPath()),
    'dialog.pickExportPath': ({ format, suggestedName }) => pick(format === 'pdf' ? 'export-pdf' : 'export-docx', dialogs.pickExportPath(format, suggestedName)),
    'dialog.pickCertificatePath': () => pick('certificate', dialogs.pickStatementInput('certificate')),
    'project.create': ({ file, unitName, year, blank, numberingScheme }) =>
      session.create(outputPath(file, 'new-project', 'project'), { unitName, year, blank: blank ?? false, numberingScheme: numberingScheme ?? 'chapter' }),
    'project.open': ({ file, readOnly }) => session.open(files.take(file, 'open-project').path, { readOnly: readOnly ?? false }),
    'project.close': async () => {
      session.close();
      // The print preview of the closed report goes with it.
      await previews.discard();
      return null;
    },
    'project.current': () => session.snapshot(),
    'project.saveAs': ({ file }) => {
      // Refused up front like every other project-only method, before the handle is spent.
      session.require();
      return { path: session.saveAs(outputPath(file, 'save-as', 'project')) };
    },
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
    'section.save': ({ id, content, baseRevision, reason }) => {
      const store = session.sections();
      const saved = store.saveSection(id, content, baseRevision, reason);
      return { ...saved, stats: store.stats() };
    },
    'section.history': ({ id }) => session.require().history(id),
    'section.restore': ({ id, revision }) => session.require().restoreRevision(id, revision),
    'report.stats': () => session.sections().stats(),
    'report.numbering': () => session.sections().numbering(),
    'report.loadAll': () => session.sections().loadAllSections(),
    'asset.import': (input) => importAsset(session, 'file' in input ? { path: files.take(input.file, 'image').path } : input),
    'asset.read': ({ sha256 }) => readAsset(session, sha256),
    'table.readSpreadsheet': ({ file, sheet, range }) =>
      readSpreadsheet({ path: files.take(file, 'spreadsheet').path, ...(sheet === undefined ? {} : { sheet }), ...(range === undefined ? {} : { range }) }),
    'export.docx': ({ file, parts, jobId }) => {
      const project = session.require();
      const { path, recheck } = outputTarget(file, 'export-docx', 'export');
      return exportJobs.run(jobId, async (job) => {
        const options = { parts, beforeWrite: recheck, onProgress: (fraction: number, stage: DocxExportStage) => job.progress(fraction, stage), ...(job.signal ? { signal: job.signal } : {}) };
        const { warnings, path: written } = await exportDocxToFile(project, path, options);
        exported.remember(jobId, written);
        return { path: written, warnings };
      });
    },
    'export.pdf': ({ file, parts, jobId, sign }) => {
      if (printEngine === undefined) throw new AppError('INVALID_OPERATION', { detail: '此环境无法导出 PDF（没有可用的 Chromium）' });
      const project = session.require();
      const { path, recheck } = outputTarget(file, 'export-pdf', 'export');
      // A wrong password or a bad certificate is refused before anything is printed.
      const signing = sign === undefined ? {} : { sign: { identity: openCertificate(files.take(sign.certificate, 'certificate').path, sign.password), now: new Date() } };
      return exportJobs.run(jobId, async (job) => {
        const onProgress = (progress: PdfExportProgress): void => job.progress(progress.fraction, progress.step);
        const result = await exportPdf(project, { path, engine: printEngine, parts: parts ?? {}, onProgress, beforeWrite: recheck, recordStatement: true, ...signing, ...(job.signal ? { signal: job.signal } : {}) });
        exported.remember(jobId, result.path);
        return { path: result.path, pages: result.pages, warnings: result.warnings, sha256: result.sha256, signed: result.signed, recorded: result.recorded };
      });
    },
    'export.progress': ({ jobId }) => exportJobs.progress(jobId),
    'export.cancel': ({ jobId }) => {
      exportJobs.cancel(jobId);
      return null;
    },
    ...createPreviewHandlers({ session, exportJobs, previews, outputPath: (file) => outputPath(file, 'export-pdf', 'export'), ...(printEngine === undefined ? {} : { printEngine }) }),
    ...createCollaborationHandlers(session, {
      packageOutput: (file) => outputPath(file, 'package', 'package'),
      contribution: (file) => files.take(file, 'contribution').path,
    }),
    ...createStatementHandlers(session, dialogs, printEngine),
    ...createPreflightHandlers(session),
    // ---- find and replace, zoom, open after export, print the preview ----
    ...createFindHandlers(session),
    'app.preferences': () => preferences?.read() ?? DEFAULT_PREFERENCES,
    'app.setPreferences': (patch) => preferences?.update(patch) ?? { ...DEFAULT_PREFERENCES, ...patch },
    ...createExportedHandlers({ session, exported, previews, ...(shell === undefined ? {} : { shell }) }),
    // 从 Word 报告创建 (issue 16)
    ...createWordReportHandlers({ session, dialogs, files, exportJobs, newProjectPath: (file) => outputPath(file, 'new-project', 'project') }),
    // A new year from last year's project (issue 16, part 2).
    ...createPriorYearHandlers(session, files, (file) => outputPath(file, 'new-project', 'project')),
    // History: timed and named versions, preview before restoring (issue 15).
    ...createHistoryHandlers(session),
  };
}

/** Validates, runs and wraps one call. Never throws: every outcome is an envelope. */
export async function dispatch(handlers: Handlers, method: unknown, payload: unknown, log?: ErrorLog): Promise<IpcResult<unknown>> {
  try {
    if (!isIpcMethod(method)) {
      const error = { code: 'UNKNOWN_METHOD' as const, message: t('error.UNKNOWN_METHOD', { method: describeMethod(method) }) };
      log?.write({ kind: 'refused', where: 'ipc', code: error.code, message: error.message });
      return fail(error);
    }
    // Parsing is inside the try too: a hostile payload must become an envelope, not a rejection.
    const parsed = inputSchemas[method].safeParse(payload ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const detail = issue ? `${issue.path.join('.') || '(根)'}: ${issue.message}` : '格式错误';
      // The log gets where and why the payload was refused, never the payload itself.
      const error = new AppError('INVALID_PAYLOAD', { detail }).toIpcError();
      log?.write({ kind: 'refused', where: method, code: error.code, message: error.message });
      return fail(error);
    }
    const handler = handlers[method] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    return fail(logged(error, typeof method === 'string' ? method : 'ipc', log));
  }
}

/** The envelope's error for a thrown error, after logging it when it is internal or a refusal. */
function logged(error: unknown, where: string, log: ErrorLog | undefined): IpcError {
  if (error instanceof AppError) {
    if (REFUSED_INPUT_CODES.has(error.code)) log?.write({ kind: 'refused', where, code: error.code, message: error.message });
    return error.toIpcError();
  }
  const written = log?.write({ kind: 'internal', where, ...describeThrown(error) }) === true;
  return toIpcError(error, written ? log?.file : undefined);
}

/** String(x) throws for objects without a callable toString (JSON `{"toString":1}`, null prototypes). */
function describeMethod(method: unknown): string {
  const text = typeof method === 'string' ? method : typeof method === 'symbol' ? method.toString() : Object.prototype.toString.call(method);
  return text.slice(0, 80);
}
