/**
 * Main's file handles (electron/services/file-handles.ts) and the checks on where main writes
 * (electron/services/output-target.ts), in plain Node with real files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../electron/errors/app-error';
import { FileHandles, HANDLE_LIFETIME_MS } from '../../electron/services/file-handles';
import { checkOutputTarget, fileIdentity, type OutputCheck } from '../../electron/services/output-target';
import { fileHandle } from '../../shared/ipc/contract';
import { createProject } from '../support/project-helpers';
import { makeTempDir, removeTempDir } from '../support/temp-files';

let dir: string;

beforeAll(() => {
  dir = makeTempDir('rw-handles-');
});

afterAll(() => removeTempDir(dir));

function refusal(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('FileHandles', () => {
  test('a handle is random, fits the contract, and shows only the file name', () => {
    const files = new FileHandles();
    const a = files.grant('image', path.join(dir, 'photos', '实训.png'));
    const b = files.grant('image', path.join(dir, 'photos', '实训.png'));
    expect(a.handle).not.toBe(b.handle);
    expect(fileHandle.safeParse(a.handle).success).toBe(true);
    expect(a.displayName).toBe('实训.png');
    expect(a.handle).not.toContain('photos');
  });

  test('a handle serves only its purpose, and a mismatch does not spend it', () => {
    const files = new FileHandles();
    const { handle } = files.grant('image', path.join(dir, 'a.png'));
    const wrong = refusal(() => files.take(handle, 'spreadsheet'));
    expect(wrong.code).toBe('INVALID_HANDLE');
    expect(wrong.message).toBe('所选文件已失效（这个文件不是为此操作选择的），请重新选择文件。未作任何改动。');
    expect(files.take(handle, 'image').path).toBe(path.join(dir, 'a.png'));
  });

  test('single-use purposes are spent by their first use; open-project and spreadsheet handles are not', () => {
    const files = new FileHandles();
    const exportHandle = files.grant('export-docx', path.join(dir, 'r.docx')).handle;
    files.take(exportHandle, 'export-docx');
    expect(refusal(() => files.take(exportHandle, 'export-docx')).message).toContain('这次选择已用过或无法识别');
    const sheet = files.grant('spreadsheet', path.join(dir, 'd.xlsx')).handle;
    files.take(sheet, 'spreadsheet');
    expect(files.take(sheet, 'spreadsheet').path).toBe(path.join(dir, 'd.xlsx'));
    const open = files.grant('open-project', path.join(dir, 'p.rwproj')).handle;
    files.take(open, 'open-project');
    expect(files.take(open, 'open-project').path).toBe(path.join(dir, 'p.rwproj'));
  });

  test('handles expire; the recent list lives until the next list', () => {
    let now = 1_000_000;
    const files = new FileHandles(() => now);
    const picked = files.grant('open-project', path.join(dir, 'p.rwproj')).handle;
    const recent = files.grant('open-project', path.join(dir, 'q.rwproj'), { group: 'recent' }).handle;
    now += HANDLE_LIFETIME_MS;
    expect(refusal(() => files.take(picked, 'open-project')).message).toContain('等待过久');
    expect(files.take(recent, 'open-project').path).toBe(path.join(dir, 'q.rwproj'));
    files.revokeGroup('recent');
    expect(refusal(() => files.take(recent, 'open-project')).code).toBe('INVALID_HANDLE');
  });

  test('an unknown handle is refused, and handing out many keeps memory bounded', () => {
    const files = new FileHandles();
    expect(refusal(() => files.take('x'.repeat(32), 'image')).code).toBe('INVALID_HANDLE');
    const first = files.grant('image', path.join(dir, 'first.png')).handle;
    for (let i = 0; i < 1500; i += 1) files.grant('image', path.join(dir, `${i}.png`));
    expect(files.size).toBeLessThanOrEqual(1000);
    expect(refusal(() => files.take(first, 'image')).code).toBe('INVALID_HANDLE');
  });

  test('a save handle records the existing file its dialog confirmed replacing', () => {
    const files = new FileHandles();
    const existing = path.join(dir, '已有.docx');
    fs.writeFileSync(existing, 'x');
    const replacing = files.take(files.grant('export-docx', existing).handle, 'export-docx');
    expect(replacing.confirmedReplace).toEqual(fileIdentity(existing));
    const fresh = files.take(files.grant('export-docx', path.join(dir, '新的.docx')).handle, 'export-docx');
    expect(fresh.confirmedReplace).toBeNull();
    // An open dialog confirms nothing.
    expect(files.take(files.grant('image', existing).handle, 'image').confirmedReplace).toBeNull();
  });
});

describe('checkOutputTarget', () => {
  const exportTo = (file: string, extra: Partial<OutputCheck> = {}): void =>
    checkOutputTarget(file, { kind: 'export', confirmedReplace: null, openFiles: [], ...extra });

  test('a new file in an existing folder may be written', () => {
    expect(() => exportTo(path.join(dir, '年报.docx'))).not.toThrow();
  });

  test.each([
    ['a project name', '导出.rwproj', 'export'],
    ['a package name in capitals', '导出.RWPKG', 'export'],
    ['a package for save-as', '副本.rwpkg', 'project'],
    ['a project name for a package', '教务部.rwproj', 'package'],
  ] as const)('refuses %s', (_what, name, kind) => {
    const error = refusal(() => checkOutputTarget(path.join(dir, name), { kind, confirmedReplace: null, openFiles: [] }));
    expect(error.code).toBe('INVALID_OPERATION');
    expect(error.message).toContain('未作任何改动');
  });

  test('refuses the open project, its journal and its lock, even when confirmed', () => {
    const project = createProject(dir, '打开的.rwproj');
    try {
      const confirmedReplace = fileIdentity(project.path);
      for (const target of [project.path, `${project.path}-journal`, path.join(dir, '.~lock.打开的.rwproj#')]) {
        const error = refusal(() => checkOutputTarget(target, { kind: 'project', confirmedReplace, openFiles: [project.path] }));
        expect(error.message).toContain('当前打开的项目文件');
      }
    } finally {
      project.close();
    }
  });

  test('refuses the open project reached through a symlinked folder', () => {
    const project = createProject(dir, '链接.rwproj');
    const linkedDir = path.join(dir, 'linked-folder');
    fs.symlinkSync(dir, linkedDir);
    try {
      const error = refusal(() => checkOutputTarget(path.join(linkedDir, '链接.rwproj'), { kind: 'project', confirmedReplace: null, openFiles: [project.path] }));
      expect(error.message).toContain('当前打开的项目文件');
    } finally {
      project.close();
    }
  });

  test('an existing file is replaced only when it is the one the dialog confirmed', () => {
    const target = path.join(dir, '替换.pdf');
    fs.writeFileSync(target, 'old');
    expect(refusal(() => exportTo(target)).code).toBe('FILE_EXISTS');
    expect(() => exportTo(target, { confirmedReplace: fileIdentity(target) })).not.toThrow();
    // Another file at that name since the dialog answered (another inode): not what the user agreed to.
    const confirmed = fileIdentity(target) as { dev: number; ino: number };
    expect(refusal(() => exportTo(target, { confirmedReplace: { dev: confirmed.dev, ino: confirmed.ino + 1 } })).code).toBe('FILE_EXISTS');
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
  });

  test('an export never replaces a SQLite file, whatever it is called', () => {
    const other = createProject(dir, '别的.rwproj');
    const disguised = path.join(dir, '别的.pdf');
    fs.copyFileSync(other.path, disguised);
    other.close();
    expect(refusal(() => exportTo(disguised, { confirmedReplace: fileIdentity(disguised) })).message).toContain('其他软件保存的数据文件');
  });
});
