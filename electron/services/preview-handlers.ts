/**
 * The print preview methods of the IPC contract (export.preview…). The preview is the PDF export
 * itself, printed into a temporary file: the renderer shows those very pages with pdf.js, and
 * 导出 PDF… copies that file instead of printing again. Spread into the handler table of ./handlers.ts.
 */
import { exportPdf, type PdfExportProgress } from '../export/pdf/export-pdf';
import type { PrintEngine } from '../export/pdf/print-engine';
import { recordReportStatement } from '../export/pdf/report-signature';
import { AppError } from '../errors/app-error';
import type { ExportJobs } from './export-jobs';
import type { Handlers } from './handlers';
import type { PreviewStore } from './preview-store';
import type { ProjectSession } from './session';

export type PreviewMethod = 'export.preview' | 'export.previewRead' | 'export.previewSave' | 'export.previewClose';

export interface PreviewHandlerDeps {
  readonly session: ProjectSession;
  /** Shared with export.pdf, so export.progress and export.cancel follow a preview too. */
  readonly exportJobs: ExportJobs;
  readonly previews: PreviewStore;
  readonly printEngine?: PrintEngine;
  /** The path behind an export-pdf handle, checked as an export target (see ./output-target.ts). */
  readonly outputPath: (handle: string) => string;
}

export function createPreviewHandlers({ session, exportJobs, previews, printEngine, outputPath }: PreviewHandlerDeps): Pick<Handlers, PreviewMethod> {
  return {
    'export.preview': ({ jobId }) => {
      const project = session.require();
      if (printEngine === undefined) throw new AppError('INVALID_OPERATION', { detail: '此环境无法生成打印预览（没有可用的 Chromium）' });
      return exportJobs.run(jobId, (job) =>
        previews.create(project, (file) => {
          const onProgress = (progress: PdfExportProgress): void => job.progress(progress.fraction, progress.step);
          // The whole report: choosing parts belongs to the export dialog, not to the preview.
          return exportPdf(project, { path: file, engine: printEngine, onProgress, ...(job.signal ? { signal: job.signal } : {}) });
        }),
      );
    },
    'export.previewRead': ({ previewId, offset }) => previews.read(previewId, session.current, offset),
    'export.previewSave': async ({ previewId, file }) => {
      const saved = await previews.save(previewId, session.current, outputPath(file));
      // Saving the preview is an export like any other: the statement register learns which file
      // carries the statement page (the preview always prints the whole report, statement included).
      const project = session.current;
      if (project !== null) recordReportStatement(project, { target: saved.path, sha256: saved.sha256, signed: false });
      return { path: saved.path };
    },
    'export.previewClose': async ({ previewId }) => {
      await previews.discard(previewId);
      return null;
    },
  };
}
