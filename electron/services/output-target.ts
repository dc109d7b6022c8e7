/**
 * Where main may write a file the user chose. Checked right before writing, on top of the handle's
 * purpose (./file-handles.ts):
 * - never onto the project or package open in this window, nor its journal or lock: compared by real
 *   path (symlinks resolved) and by device and inode (hard links), since an export written there
 *   would replace the project and leave the open handle on a deleted file;
 * - an export or a package never lands on a .rwproj/.rwpkg name, nor over an existing SQLite file
 *   (another project or package, whatever it is called); save-as never writes a .rwpkg;
 * - an existing file is replaced only if it is the very file main's save dialog confirmed replacing
 *   (the handle recorded it); a file that appeared since is left alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors/app-error';
import { sniffFileKind } from '../files/file-kind';
import { lockPathFor } from '../project-store/file-lock';
import { isPackageFile } from '../project-store/package-file';

export interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
}

/** The file at `file` (symlinks followed), or null when there is none. */
export function fileIdentity(file: string): FileIdentity | null {
  try {
    const stat = fs.statSync(file);
    return { dev: stat.dev, ino: stat.ino };
  } catch {
    return null;
  }
}

/** 'export': a .docx/.pdf (report, preview, statement); 'project': new project or save-as; 'package': a department's .rwpkg. */
export type OutputKind = 'export' | 'project' | 'package';

export interface OutputCheck {
  readonly kind: OutputKind;
  /** The file the save dialog confirmed replacing (from the handle), or null. */
  readonly confirmedReplace: FileIdentity | null;
  /** The files open in this window (project or package) that nothing may be written over. */
  readonly openFiles: readonly string[];
}

const REFUSED_EXTENSIONS: Readonly<Record<OutputKind, readonly string[]>> = {
  export: ['.rwproj', '.rwpkg'],
  project: ['.rwpkg'],
  package: ['.rwproj'],
};

const EXTENSION_MESSAGES: Readonly<Record<OutputKind, string>> = {
  export: '导出的文件不能保存为年报项目或材料包（.rwproj、.rwpkg），请换一个文件名',
  project: '项目不能另存为部门材料包（.rwpkg），请使用 .rwproj 文件名',
  package: '部门材料包不能保存为项目文件（.rwproj），请使用 .rwpkg 文件名',
};

function refuse(detail: string): never {
  throw new AppError('INVALID_OPERATION', { detail: `${detail}。未作任何改动。` });
}

/** The path with symlinks resolved; for a file not there yet, its folder's real path plus its name. */
function realTarget(target: string): string {
  try {
    return fs.realpathSync(target);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(target)), path.basename(target));
    } catch {
      // A missing folder: the writer reports it.
      return target;
    }
  }
}

/** The open file and the files SQLite and our lock keep beside it. */
function protectedPaths(open: string): string[] {
  const real = realTarget(open);
  return [...new Set([open, real])].flatMap((file) => [file, `${file}-journal`, `${file}-wal`, `${file}-shm`, lockPathFor(file)]);
}

function sameFile(a: FileIdentity | null, b: FileIdentity | null): boolean {
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
}

/** Throws a refusal in Chinese when `file` may not be written; returns quietly when it may. */
export function checkOutputTarget(file: string, check: OutputCheck): void {
  const target = path.resolve(file);
  const real = realTarget(target);
  const name = path.basename(target);

  for (const candidate of [target, real]) {
    if (REFUSED_EXTENSIONS[check.kind].includes(path.extname(candidate).toLowerCase())) refuse(EXTENSION_MESSAGES[check.kind]);
  }

  const existing = fileIdentity(target);
  for (const open of check.openFiles) {
    const guarded = protectedPaths(path.resolve(open));
    if (guarded.includes(target) || guarded.includes(real) || sameFile(existing, fileIdentity(open))) {
      refuse(`“${name}”是当前打开的项目文件（或其日志、锁文件），不能写到它上面`);
    }
  }
  if (existing === null) return;

  // Whatever its name, an existing project or package is never replaced by an export, and save-as never replaces a package.
  if (check.kind !== 'project' && sniffFileKind(target) === 'sqlite') refuse(`“${name}”是年报项目、材料包或其他软件保存的数据文件，不能用导出文件覆盖它`);
  if (check.kind === 'project' && isPackageFile(target)) refuse(`“${name}”是部门材料包，不能用项目覆盖它`);

  if (!sameFile(existing, check.confirmedReplace)) throw new AppError('FILE_EXISTS', { path: `${name}（未在保存对话框中确认替换，文件未被改动）` });
}
