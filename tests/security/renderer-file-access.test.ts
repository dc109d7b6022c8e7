/**
 * The renderer can never name a file (trust-boundary issue, item 3). Each test is an attack a
 * compromised page could make, sent to the loopback harness's /ipc endpoint exactly as the page
 * sends its calls. Before paths became handles every one of them read or replaced the file.
 *
 * Dialog answers are passed back with `chosen()`, which also understands the old answers (the path
 * itself): so this file runs unchanged against the code before the fix, where it fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { prepareImage } from '../../electron/assets/prepare-image';
import { startHarness, type Harness } from '../../electron/harness/server';
import { Project } from '../../electron/project-store/project';
import { dispatch } from '../../electron/services/handlers';
import type { IpcResult } from '../../shared/ipc/result';
import { makeTempDir, removeTempDir } from '../support/temp-files';

let h: Harness;
/** The harness's work folder: where the app's own dialogs put files. */
let work: string;
/** Somewhere else on the disk, standing for the user's home folder. */
let home: string;
let projectFile: string;

async function ipc(method: string, payload: unknown): Promise<IpcResult<unknown>> {
  const response = await fetch(new URL('/ipc', h.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-reportworks-token': h.token },
    body: JSON.stringify({ method, payload }),
  });
  return (await response.json()) as IpcResult<unknown>;
}

async function value<T>(method: string, payload: unknown): Promise<T> {
  const result = await ipc(method, payload);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** What the page passes back for a dialog's answer (a handle; before the fix, the path itself). */
function chosen(answer: unknown): Record<string, string> {
  if (typeof answer === 'string') return { path: answer };
  return { file: (answer as { handle: string }).handle };
}

/** The user picks `file` in the next dialog; the page then asks main for it. */
async function pick(method: string, file: string, payload: Record<string, unknown> = {}): Promise<unknown> {
  h.queueDialogAnswer(file);
  const answer = await value<unknown>(method, payload);
  expect(answer).not.toBeNull();
  return answer;
}

const bytes = (file: string): Buffer => fs.readFileSync(file);

beforeAll(async () => {
  work = makeTempDir('rw-sec-work-');
  home = makeTempDir('rw-sec-home-');
  h = await startHarness({ rendererDir: work, workDir: work });
});

afterAll(async () => {
  await h.close();
  removeTempDir(work);
  removeTempDir(home);
});

beforeEach(() => {
  h.session.close();
  projectFile = path.join(work, `年报-${Date.now()}-${Math.random().toString(36).slice(2)}.rwproj`);
  // Opened by main as the user would through 打开: the project is the app's own business.
  h.session.create(projectFile, { unitName: '天津工业职业学院', year: 2025, blank: false, numberingScheme: 'chapter' });
});

describe('reading files the user never chose', () => {
  test('table.readSpreadsheet with a path returns nothing of an arbitrary CSV', async () => {
    const secret = path.join(home, '工资表.csv');
    fs.writeFileSync(secret, '姓名,月薪\n张三,98765\n');
    const result = await ipc('table.readSpreadsheet', { path: secret });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('98765');
  });

  test('a guessed handle reads nothing', async () => {
    const result = await ipc('table.readSpreadsheet', { file: 'A'.repeat(32) });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_HANDLE' } });
  });

  test('a handle from another dialog does not read a spreadsheet', async () => {
    const secret = path.join(home, '名单.csv');
    fs.writeFileSync(secret, '姓名\n李四\n');
    // The image dialog was shown and the user chose this file (as an image, not as a table).
    const answer = await pick('dialog.pickImagePath', secret);
    const result = await ipc('table.readSpreadsheet', chosen(answer));
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_HANDLE' } });
    expect(JSON.stringify(result)).not.toContain('李四');
  });

  test('asset.import with a path does not bring an arbitrary image in, and asset.read has nothing to give', async () => {
    const photo = path.join(home, '身份证.png');
    await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 30, b: 30 } } }).png().toFile(photo);
    const result = await ipc('asset.import', { path: photo });
    expect(result.ok).toBe(false);
    // The hash the image would be stored under, computed by main's own preparation.
    const { sha256 } = await prepareImage(bytes(photo), '身份证.png');
    expect(await ipc('asset.read', { sha256 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  test('the recent list names no path, and opens by the handle it gave', async () => {
    const recent = await value<readonly Record<string, unknown>[]>('app.recentFiles', {});
    expect(recent.length).toBeGreaterThan(0);
    for (const entry of recent) {
      expect(entry).not.toHaveProperty('path');
      expect(JSON.stringify(entry)).not.toContain(work);
    }
    h.session.close();
    const newest = recent[0] as { handle: string; displayName: string };
    expect(newest.displayName).toBe(path.basename(projectFile));
    expect(await ipc('project.open', { file: newest.handle })).toMatchObject({ ok: true, value: { path: projectFile } });
    // A handle from the recent list opens projects only.
    expect(await ipc('export.docx', { file: newest.handle })).toMatchObject({ ok: false, error: { code: 'INVALID_HANDLE' } });
  });
});

describe('writing over files', () => {
  test('export.docx with a path does not replace a file in the home folder', async () => {
    const victim = path.join(home, '.bashrc');
    fs.writeFileSync(victim, 'export PATH=$HOME/bin:$PATH\n');
    const result = await ipc('export.docx', { path: victim });
    expect(result.ok).toBe(false);
    expect(bytes(victim).toString()).toBe('export PATH=$HOME/bin:$PATH\n');
  });

  test('export.docx onto the open project refuses, and later edits still reach the project', async () => {
    const answer = await pick('dialog.pickExportPath', projectFile, { format: 'docx' });
    const before = bytes(projectFile);
    const result = await ipc('export.docx', chosen(answer));
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_OPERATION' } });
    expect(bytes(projectFile).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
    expect(bytes(projectFile).length).toBe(before.length);

    // The open handle still points at the file on disk: an edit made now is there after reopening.
    const sectionId = h.session.require().outline().find((n) => n.parentId !== null)?.id as string;
    const loaded = await value<{ revision: number }>('section.load', { id: sectionId });
    const content = [{ type: 'paragraph', id: 'p-after', children: [{ text: '导出失败之后写下的一段。' }] }];
    await value('section.save', { id: sectionId, content, baseRevision: loaded.revision });
    h.session.close();
    const reopened = Project.open(projectFile, { readOnly: true });
    try {
      expect(JSON.stringify(reopened.loadSection(sectionId).content)).toContain('导出失败之后写下的一段。');
    } finally {
      reopened.close();
    }
  });

  test('export.pdf onto the open project through a symlink or a hard link named .pdf refuses', async () => {
    const link = path.join(work, '报告.pdf');
    fs.symlinkSync(projectFile, link);
    const hard = path.join(work, '报告-硬链接.pdf');
    fs.linkSync(projectFile, hard);
    for (const target of [link, hard]) {
      const answer = await pick('dialog.pickExportPath', target, { format: 'pdf' });
      const result = await ipc('export.pdf', chosen(answer));
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_OPERATION' } });
    }
    expect(bytes(projectFile).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
    fs.rmSync(link);
    fs.rmSync(hard);
  });

  test('an export never lands on another project, whatever it is called', async () => {
    const other = path.join(work, `另一份-${Date.now()}.rwproj`);
    Project.create(other, { unitName: '另一所学院', year: 2025, blank: true }).close();
    const disguised = path.join(work, `另一份-${Date.now()}.docx`);
    fs.copyFileSync(other, disguised);
    for (const target of [other, disguised]) {
      const answer = await pick('dialog.pickExportPath', target, { format: 'docx' });
      const result = await ipc('export.docx', chosen(answer));
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_OPERATION' } });
      expect(bytes(target).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
    }
  });

  test('a file that appeared after the save dialog answered is not replaced', async () => {
    const target = path.join(home, `报告-${Date.now()}.docx`);
    const answer = await pick('dialog.pickExportPath', target, { format: 'docx' });
    // Not there when the user chose the name, so the dialog never asked about replacing it.
    fs.writeFileSync(target, '别人的文件');
    const result = await ipc('export.docx', chosen(answer));
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_EXISTS' } });
    expect(bytes(target).toString()).toBe('别人的文件');
  });

  test('save-as onto a .rwpkg refuses and keeps editing the project', async () => {
    const pkg = path.join(work, `教务部-${Date.now()}.rwpkg`);
    const answer = await pick('dialog.pickSaveAsPath', pkg);
    const result = await ipc('project.saveAs', chosen(answer));
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_OPERATION' } });
    expect(fs.existsSync(pkg)).toBe(false);
    expect(h.session.require().path).toBe(projectFile);
  });

  test('a file that appears while the export runs is not replaced either', async () => {
    const target = path.join(home, `导出中-${Date.now()}.docx`);
    const answer = await pick('dialog.pickExportPath', target, { format: 'docx' });
    // Called in-process: the target is checked when the export starts, and the file appears right after.
    const exporting = dispatch(h.handlers, 'export.docx', chosen(answer));
    fs.writeFileSync(target, '导出期间出现的文件');
    expect(await exporting).toMatchObject({ ok: false, error: { code: 'FILE_EXISTS' } });
    expect(bytes(target).toString()).toBe('导出期间出现的文件');
    expect(fs.readdirSync(home).filter((name) => name.startsWith('.rw-'))).toEqual([]);
  });

  test('a file the save dialog confirmed replacing is replaced', async () => {
    const target = path.join(home, `旧版-${Date.now()}.docx`);
    fs.writeFileSync(target, '旧版');
    const answer = await pick('dialog.pickExportPath', target, { format: 'docx' });
    expect(await ipc('export.docx', chosen(answer))).toMatchObject({ ok: true });
    expect(bytes(target).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  test('a handle is used once: the same export handle cannot write twice', async () => {
    const target = path.join(home, `一次-${Date.now()}.docx`);
    const answer = await pick('dialog.pickExportPath', target, { format: 'docx' });
    expect((await ipc('export.docx', chosen(answer))).ok).toBe(true);
    fs.writeFileSync(target, '之后改过');
    const again = await ipc('export.docx', chosen(answer));
    expect(again.ok).toBe(false);
    expect(bytes(target).toString()).toBe('之后改过');
  });
});
