/**
 * The export job registry (electron/services/export-jobs.ts) on its own, and through the real
 * handler table: export.progress follows an export.docx started with a jobId, export.cancel stops
 * it with the cancelled error and leaves no file; export.pdf's print stopped by the signal ends in
 * the same cancelled error.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ExportProgress } from '../../shared/ipc/contract';
import { AppError } from '../../electron/errors/app-error';
import { RecentFiles } from '../../electron/app-state/recent-files';
import type { PrintEngine } from '../../electron/export/pdf/print-engine';
import { FileHandles } from '../../electron/services/file-handles';
import { createHandlers, dispatch } from '../../electron/services/handlers';
import { ExportJobs } from '../../electron/services/export-jobs';
import { ProjectSession } from '../../electron/services/session';
import { cancelledDialogs, testHandlers } from '../support/project-helpers';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { buildSmallReport } from '../export-docx/support';

// Chromium prints here: longer than the suite's short default (package.json).
jest.setTimeout(120_000);

let dir: string;

beforeAll(() => {
  dir = makeTempDir('rw-export-jobs-');
});

afterAll(() => removeTempDir(dir));

/** A promise and the function that settles it. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe('ExportJobs', () => {
  test('progress advances as the work reports it and reads done once the work settles', async () => {
    const jobs = new ExportJobs();
    expect(jobs.progress('a')).toEqual({ fraction: 0, stage: 'pending', done: false });
    const step = gate();
    const running = jobs.run('a', async (job) => {
      job.progress(0.2, 'layout');
      await step.promise;
      job.progress(0.6, 'images');
      return 'written';
    });
    expect(jobs.progress('a')).toEqual({ fraction: 0.2, stage: 'layout', done: false });
    step.open();
    await expect(running).resolves.toBe('written');
    expect(jobs.progress('a')).toEqual({ fraction: 0.6, stage: 'images', done: true });
  });

  test('cancel aborts the signal and the job rejects with the cancelled error', async () => {
    const jobs = new ExportJobs();
    let seen: AbortSignal | undefined;
    const running = jobs.run('b', async (job) => {
      seen = job.signal;
      await new Promise<void>((_resolve, reject) => job.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      return 'never';
    });
    jobs.cancel('b');
    expect(seen?.aborted).toBe(true);
    const error: unknown = await running.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_OPERATION');
    expect((error as AppError).details).toEqual({ cancelled: true });
    expect(jobs.progress('b').done).toBe(true);
  });

  test('once the file is being written, cancel is too late and leaves the job alone', async () => {
    const jobs = new ExportJobs();
    const step = gate();
    const running = jobs.run('c', async (job) => {
      job.progress(0.97, 'write');
      await step.promise;
      return job.signal?.aborted;
    });
    jobs.cancel('c');
    step.open();
    await expect(running).resolves.toBe(false);
  });

  test('a job id still running is refused; a settled one may be used again', async () => {
    const jobs = new ExportJobs();
    const step = gate();
    const first = jobs.run('d', async () => step.promise);
    await expect(jobs.run('d', async () => 'second')).rejects.toMatchObject({ code: 'INVALID_OPERATION' });
    step.open();
    await first;
    await expect(jobs.run('d', async () => 'again')).resolves.toBe('again');
  });

  test('without a job id the work runs untracked, with no signal', async () => {
    const jobs = new ExportJobs();
    await expect(jobs.run(undefined, async (job) => job.signal)).resolves.toBeUndefined();
  });
});

describe('export.docx with a jobId through the handlers', () => {
  test('export.progress follows it to the end and the file is written', async () => {
    const { file } = await buildSmallReport(dir, 'chapter', 'progress.rwproj');
    const { session, handlers, file: handle } = testHandlers(path.join(dir, 'profile-progress'));
    session.open(file, { readOnly: true });
    try {
      const out = path.join(dir, 'progress.docx');
      const seen: ExportProgress[] = [];
      let settled = false;
      const exporting = dispatch(handlers, 'export.docx', { file: handle('export-docx', out), jobId: 'job-progress' }).finally(() => {
        settled = true;
      });
      while (!settled) {
        const polled = await dispatch(handlers, 'export.progress', { jobId: 'job-progress' });
        if (polled.ok) seen.push(polled.value as ExportProgress);
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect((await exporting).ok).toBe(true);
      const fractions = seen.map((p) => p.fraction);
      expect(fractions.some((f) => f > 0 && f < 1)).toBe(true);
      expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
      expect(await dispatch(handlers, 'export.progress', { jobId: 'job-progress' })).toEqual({ ok: true, value: { fraction: 1, stage: 'done', done: true } });
      expect(fs.readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    } finally {
      session.close();
    }
  });

  test('export.cancel stops it with the cancelled error and leaves no file behind', async () => {
    const { file } = await buildSmallReport(dir, 'chapter', 'cancel.rwproj');
    const { session, handlers, file: handle } = testHandlers(path.join(dir, 'profile-cancel'));
    session.open(file, { readOnly: true });
    const outDir = path.join(dir, 'cancel-out');
    fs.mkdirSync(outDir);
    try {
      const exporting = dispatch(handlers, 'export.docx', { file: handle('export-docx', path.join(outDir, 'cancelled.docx')), jobId: 'job-cancel' });
      expect(await dispatch(handlers, 'export.cancel', { jobId: 'job-cancel' })).toEqual({ ok: true, value: null });
      expect(await exporting).toMatchObject({ ok: false, error: { code: 'INVALID_OPERATION', details: { cancelled: true } } });
      expect(fs.readdirSync(outDir)).toEqual([]);
      expect(await dispatch(handlers, 'export.progress', { jobId: 'job-cancel' })).toMatchObject({ ok: true, value: { done: true } });
    } finally {
      session.close();
    }
  });
});

describe('export.pdf with a jobId through the handlers', () => {
  test('a cancelled print ends in the cancelled error, with progress at the body step and no file', async () => {
    const { file } = await buildSmallReport(dir, 'chapter', 'pdf-cancel.rwproj');
    const printing = gate();
    // Prints until aborted, as Chromium does with the signal: the body print never finishes here.
    const engine: PrintEngine = {
      print: (request) =>
        new Promise<Uint8Array>((_resolve, reject) => {
          printing.open();
          request.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
        }),
      close: () => Promise.resolve(),
    };
    const recent = new RecentFiles(path.join(dir, 'profile-pdf'));
    const session = new ProjectSession(recent);
    const dialogs = cancelledDialogs();
    const files = new FileHandles();
    const handlers = createHandlers({ session, dialogs, recent, host: 'harness', version: '0.0.0-test', closeReady: () => {}, printEngine: engine, files });
    session.open(file, { readOnly: true });
    const outDir = path.join(dir, 'pdf-cancel-out');
    fs.mkdirSync(outDir);
    try {
      const exporting = dispatch(handlers, 'export.pdf', { file: files.grant('export-pdf', path.join(outDir, 'cancelled.pdf')).handle, jobId: 'job-pdf' });
      await printing.promise;
      expect(await dispatch(handlers, 'export.progress', { jobId: 'job-pdf' })).toEqual({ ok: true, value: { fraction: 0.1, stage: 'body', done: false } });
      await dispatch(handlers, 'export.cancel', { jobId: 'job-pdf' });
      expect(await exporting).toMatchObject({ ok: false, error: { code: 'INVALID_OPERATION', details: { cancelled: true } } });
      expect(fs.readdirSync(outDir)).toEqual([]);
    } finally {
      session.close();
    }
  });
});
