/**
 * Exports the renderer follows and may cancel: jobId → progress and an AbortController. The export
 * handlers report into it through their onProgress and pass the controller's signal on; the
 * export dialog polls export.progress and calls export.cancel.
 */
import type { ExportProgress, ExportStage } from '../../shared/ipc/contract';
import { AppError } from '../errors/app-error';
import { cancelledError } from '../export/docx/export-docx';

interface ExportJob {
  fraction: number;
  stage: ExportStage;
  done: boolean;
  /** From the 'write' stage on the file is being put in place: cancelling is too late. */
  committing: boolean;
  readonly controller: AbortController;
}

/** What an export reports to and listens on. */
export interface ExportJobHandle {
  readonly signal: AbortSignal | undefined;
  progress(fraction: number, stage: ExportStage): void;
}

/** Settled jobs kept for a last export.progress read; the oldest go first. */
const KEEP_SETTLED = 16;

export class ExportJobs {
  private readonly jobs = new Map<string, ExportJob>();

  /** Runs `work` as job `jobId` (untracked without one); a cancelled job rejects with the cancelled error. */
  async run<T>(jobId: string | undefined, work: (job: ExportJobHandle) => Promise<T>): Promise<T> {
    if (jobId === undefined) return work({ signal: undefined, progress: () => undefined });
    const job = this.start(jobId);
    try {
      return await work({ signal: job.controller.signal, progress: (fraction, stage) => this.update(job, fraction, stage) });
    } catch (error) {
      // PDF printing stops with the signal's AbortError; callers see the one cancelled error.
      if (job.controller.signal.aborted) throw cancelledError();
      throw error;
    } finally {
      job.done = true;
      this.forgetSettled();
    }
  }

  progress(jobId: string): ExportProgress {
    const job = this.jobs.get(jobId);
    if (job === undefined) return { fraction: 0, stage: 'pending', done: false };
    return { fraction: job.fraction, stage: job.stage, done: job.done };
  }

  /** Aborts a running job; a finished, committing or unknown one is left alone. */
  cancel(jobId: string): void {
    const job = this.jobs.get(jobId);
    if (job === undefined || job.done || job.committing) return;
    job.controller.abort();
  }

  private start(jobId: string): ExportJob {
    const existing = this.jobs.get(jobId);
    if (existing !== undefined && !existing.done) throw new AppError('INVALID_OPERATION', { detail: '同一导出任务已在进行' });
    const job: ExportJob = { fraction: 0, stage: 'pending', done: false, committing: false, controller: new AbortController() };
    // Re-inserted so that the map stays in start order.
    this.jobs.delete(jobId);
    this.jobs.set(jobId, job);
    return job;
  }

  private update(job: ExportJob, fraction: number, stage: ExportStage): void {
    if (job.done) return;
    job.fraction = Math.min(1, Math.max(job.fraction, fraction));
    job.stage = stage;
    if (stage === 'write' || stage === 'done') job.committing = true;
  }

  private forgetSettled(): void {
    const settled = [...this.jobs].filter(([, job]) => job.done).map(([id]) => id);
    for (const id of settled.slice(0, Math.max(0, settled.length - KEEP_SETTLED))) this.jobs.delete(id);
  }
}
