/**
 * The print preview's IPC methods in Node (export.preview, previewRead, previewSave, previewClose):
 * the preview is the export's own PDF, read back in chunks identical to the file, saved as a byte
 * copy; one preview at a time, deleted on close, on the next preview and with the project; and
 * every way it can fail answers with a Chinese message and leaves no temporary file behind.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RecentFiles } from '../../electron/app-state/recent-files';
import { ChromiumPrintEngine } from '../../electron/export/pdf/chromium-print-engine';
import type { PrintEngine } from '../../electron/export/pdf/print-engine';
import type { Dialogs } from '../../electron/services/dialogs';
import { FileHandles } from '../../electron/services/file-handles';
import { createHandlers, dispatch, type Handlers } from '../../electron/services/handlers';
import { ProjectSession } from '../../electron/services/session';
import { issuedStatements } from '../../electron/statement/statement-store';
import { PREVIEW_CHUNK_BYTES, type FilePurpose, type PrintPreview } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { pageCount } from './pdf-reading';
import { buildReport, figure, heading, oneLine, paragraph } from './small-reports';

let dir: string;
let file: string;
const engine = new ChromiumPrintEngine();
/** Main's handle registry, shared by every handler table here: `handle()` plays the part of its dialogs. */
const files = new FileHandles();
const handle = (purpose: FilePurpose, target: string): string => files.grant(purpose, target).handle;

/** This process's preview folders (other test files may be previewing at the same time). */
const previewDirs = (): string[] => fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith(`rw-preview-${process.pid}-`));

function setup(printEngine?: PrintEngine): { session: ProjectSession; handlers: Handlers } {
  const recent = new RecentFiles(path.join(dir, 'profile'));
  const session = new ProjectSession(recent);
  // Every file dialog is cancelled; the preview methods open none.
  const dialogs = new Proxy({}, { get: () => async (): Promise<null> => null }) as Dialogs;
  const handlers = createHandlers({ session, dialogs, recent, host: 'harness', version: '0.0.0-test', closeReady: () => {}, files, ...(printEngine ? { printEngine } : {}) });
  return { session, handlers };
}

async function call<T>(handlers: Handlers, method: string, payload: unknown): Promise<T> {
  const result = (await dispatch(handlers, method, payload)) as IpcResult<T>;
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function refused(handlers: Handlers, method: string, payload: unknown, code: string): Promise<string> {
  const result = await dispatch(handlers, method, payload);
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.error.code).toBe(code);
  expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
  return result.error.message;
}

/** The whole preview through export.previewRead, chunk by chunk, as the renderer reads it. */
async function readAll(handlers: Handlers, preview: PrintPreview): Promise<Buffer> {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset < preview.size) {
    const chunk = await call<{ base64: string; offset: number; size: number }>(handlers, 'export.previewRead', { previewId: preview.previewId, offset });
    expect(chunk).toMatchObject({ offset, size: preview.size });
    const bytes = Buffer.from(chunk.base64, 'base64');
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes.length).toBeLessThanOrEqual(PREVIEW_CHUNK_BYTES);
    parts.push(bytes);
    offset += bytes.length;
  }
  return Buffer.concat(parts);
}

beforeAll(async () => {
  dir = makeTempDir('rw-preview-test-');
  file = path.join(dir, 'preview.rwproj');
  await buildReport(file, 2, (photos) => [
    { title: '前言', content: [paragraph('学院坚持立德树人根本任务。')] },
    {
      title: '人才培养',
      content: [
        heading('立德树人'),
        ...Array.from({ length: 40 }, (_, i) => oneLine(i + 1)),
        figure(photos[0] ?? null, '实训基地', 80),
        { type: 'paragraph', id: 'pref', children: [{ text: '详见' }, { type: 'xref', id: 'x1', target: 'gone', children: [{ text: '' }] }, { text: '。' }] },
      ],
    },
    { title: '产教融合', content: [figure(photos[1] ?? null, '校企合作', 80), ...Array.from({ length: 30 }, (_, i) => oneLine(i + 1, 'B'))] },
  ]);
}, 120_000);

afterAll(async () => {
  await engine.close();
  removeTempDir(dir);
});

test('saving a preview records the file in the statement register, as an export does', async () => {
  const { session, handlers } = setup(engine);
  await call(handlers, 'project.open', { file: handle('open-project', file) });
  try {
    const preview = await call<PrintPreview>(handlers, 'export.preview', {});
    const saved = path.join(dir, '年报-预览导出.pdf');
    await call(handlers, 'export.previewSave', { previewId: preview.previewId, file: handle('export-pdf', saved) });
    const sha256 = crypto.createHash('sha256').update(fs.readFileSync(saved)).digest('hex');
    const project = session.current;
    if (project === null) throw new Error('no project');
    expect(issuedStatements(project).at(-1)).toMatchObject({ fileName: '年报-预览导出.pdf', reportSha256: sha256, signed: false });
    await call(handlers, 'export.previewClose', { previewId: preview.previewId });
  } finally {
    await call(handlers, 'project.close', {});
  }
});

test('previews the report: the chunks are the PDF export of the whole report, saved as a byte copy', async () => {
  const { handlers } = setup(engine);
  await call(handlers, 'project.open', { file: handle('open-project', file), readOnly: true });
  const preview = await call<PrintPreview>(handlers, 'export.preview', { jobId: 'preview-1' });
  expect(preview.previewId).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(preview.warnings.some((warning) => warning.includes('引用'))).toBe(true);
  expect(await call(handlers, 'export.progress', { jobId: 'preview-1' })).toMatchObject({ done: true, fraction: 1 });

  const bytes = await readAll(handlers, preview);
  expect(bytes.length).toBe(preview.size);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const copy = path.join(dir, 'read.pdf');
  fs.writeFileSync(copy, bytes);
  expect(pageCount(copy)).toBe(preview.pages);
  // Past the end: nothing, not an error (a reader that asks once too often stops cleanly).
  expect(await call(handlers, 'export.previewRead', { previewId: preview.previewId, offset: preview.size + 10 })).toEqual({ offset: preview.size + 10, base64: '', size: preview.size });

  const saved = path.join(dir, '年报.pdf');
  fs.writeFileSync(saved, 'an older export');
  expect(await call(handlers, 'export.previewSave', { previewId: preview.previewId, file: handle('export-pdf', saved) })).toEqual({ path: saved });
  expect(fs.readFileSync(saved).equals(bytes)).toBe(true);
  expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);

  // Closing deletes the file; the id is then unknown.
  expect(previewDirs()).toHaveLength(1);
  await call(handlers, 'export.previewClose', { previewId: preview.previewId });
  expect(previewDirs()).toEqual([]);
  await refused(handlers, 'export.previewRead', { previewId: preview.previewId, offset: 0 }, 'NOT_FOUND');
  // Closing twice, or a preview never made, is no error.
  await call(handlers, 'export.previewClose', { previewId: preview.previewId });
  await call(handlers, 'project.close', {});
});

test('keeps one preview: the next preview and closing the project delete the previous file', async () => {
  const { session, handlers } = setup(engine);
  await call(handlers, 'project.open', { file: handle('open-project', file), readOnly: true });
  const first = await call<PrintPreview>(handlers, 'export.preview', {});
  const second = await call<PrintPreview>(handlers, 'export.preview', {});
  expect(second.previewId).not.toBe(first.previewId);
  expect(previewDirs()).toHaveLength(1);
  expect(await refused(handlers, 'export.previewRead', { previewId: first.previewId, offset: 0 }, 'NOT_FOUND')).toContain('打印预览');
  await refused(handlers, 'export.previewSave', { previewId: first.previewId, file: handle('export-pdf', path.join(dir, 'old.pdf')) }, 'NOT_FOUND');
  expect(fs.existsSync(path.join(dir, 'old.pdf'))).toBe(false);

  await call(handlers, 'project.close', {});
  expect(previewDirs()).toEqual([]);
  await refused(handlers, 'export.previewRead', { previewId: second.previewId, offset: 0 }, 'NOT_FOUND');

  // A project closed some other way (the window closed, another project opened): the preview is
  // stale, refused and deleted when next asked for.
  await call(handlers, 'project.open', { file: handle('open-project', file), readOnly: true });
  const third = await call<PrintPreview>(handlers, 'export.preview', {});
  session.close();
  await call(handlers, 'project.open', { file: handle('open-project', file), readOnly: true });
  expect(await refused(handlers, 'export.previewRead', { previewId: third.previewId, offset: 0 }, 'INVALID_OPERATION')).toContain('项目已关闭');
  expect(previewDirs()).toEqual([]);
  await call(handlers, 'project.close', {});
});

test('refuses without a project, without a print engine, and a save where it cannot write', async () => {
  const { handlers } = setup(engine);
  await refused(handlers, 'export.preview', {}, 'NO_PROJECT');

  const { handlers: noEngine } = setup();
  await call(noEngine, 'project.open', { file: handle('open-project', file), readOnly: true });
  expect(await refused(noEngine, 'export.preview', {}, 'INVALID_OPERATION')).toContain('Chromium');
  await call(noEngine, 'project.close', {});

  await call(handlers, 'project.open', { file: handle('open-project', file), readOnly: true });
  const preview = await call<PrintPreview>(handlers, 'export.preview', {});
  await refused(handlers, 'export.previewSave', { previewId: preview.previewId, file: handle('export-pdf', path.join(dir, 'no-such-folder', 'r.pdf')) }, 'FILE_NOT_FOUND');
  // A failed save keeps the preview: the user can pick another place.
  await call(handlers, 'export.previewRead', { previewId: preview.previewId, offset: 0 });
  await call(handlers, 'project.close', {});
  expect(previewDirs()).toEqual([]);
});

test('a Chromium that cannot start fails with the reason and leaves nothing behind', async () => {
  const { handlers } = setup(new ChromiumPrintEngine(path.join(dir, 'no-chromium')));
  await call(handlers, 'project.open', { file: handle('open-project', file), readOnly: true });
  expect(await refused(handlers, 'export.preview', { jobId: 'broken' }, 'INVALID_OPERATION')).toContain('Chromium');
  expect(await call(handlers, 'export.progress', { jobId: 'broken' })).toMatchObject({ done: true });
  expect(previewDirs()).toEqual([]);
  await call(handlers, 'project.close', {});
});

test('cancelled while printing: the cancelled error, no preview and no file', async () => {
  let printing: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (printing = resolve));
  // Prints until aborted, like a long report: cancelling is then certain to come in time.
  const slow: PrintEngine = {
    print: ({ signal }) =>
      new Promise((_resolve, reject) => {
        printing();
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
    close: async () => undefined,
  };
  const { handlers } = setup(slow);
  await call(handlers, 'project.open', { file: handle('open-project', file), readOnly: true });
  const result = dispatch(handlers, 'export.preview', { jobId: 'to-cancel' });
  await started;
  await call(handlers, 'export.cancel', { jobId: 'to-cancel' });
  const answer = await result;
  expect(answer.ok).toBe(false);
  if (answer.ok) return;
  expect(answer.error).toMatchObject({ code: 'INVALID_OPERATION', details: { cancelled: true } });
  expect(answer.error.message).toContain('已取消');
  expect(previewDirs()).toEqual([]);
  await call(handlers, 'project.close', {});
});
