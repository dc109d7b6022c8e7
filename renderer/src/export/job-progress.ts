/**
 * Following a job in main that reports progress (export.docx, export.pdf, export.preview): the
 * progress it starts from, polling export.progress while it runs, and telling a cancellation from
 * a failure. Shared by the export dialog and the print preview.
 */
import { IpcCallError } from '../../../shared/ipc/api';
import type { Api, ExportProgress } from '../../../shared/ipc/contract';
import { errorCode } from '../ipc/error-message';

export const STARTING_PROGRESS: ExportProgress = { fraction: 0, stage: 'pending', done: false };

const POLL_MS = 200;

/** Polls the job's progress every 200 ms into `onProgress`; returns the function that stops polling. */
export function pollProgress(api: Api, jobId: string, onProgress: (progress: ExportProgress) => void): () => void {
  const timer = window.setInterval(() => {
    api.export
      .progress({ jobId })
      .then(onProgress)
      // A missed poll only delays the bar; the job's own answer is what counts.
      .catch(() => undefined);
  }, POLL_MS);
  return () => window.clearInterval(timer);
}

/** The job was stopped with export.cancel (main answers with a cancelled INVALID_OPERATION). */
export function isCancelled(error: unknown): boolean {
  return errorCode(error) === 'INVALID_OPERATION' && error instanceof IpcCallError && error.details?.['cancelled'] === true;
}
