/**
 * Opening a package file: the same discipline as projects (project-store/project.ts). The header
 * is read with plain file I/O first (application id 'RWPK', schema version, truncation), so a
 * refused file is never touched by SQLite; then a full integrity_check (packages are small) and the
 * schema check (project-store/schema-check.ts: exactly the tables of PACKAGE_SCHEMA, no trigger,
 * view or index of anyone else's) before anything is read or written. Contributor mode opens writable behind the same lock file as projects; the
 * office's import opens read-only and takes no lock, leaving the file exactly as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { MAX_PACKAGE_BYTES } from '../../shared/limits';
import { AppError } from '../errors/app-error';
import { APPLICATION_ID, PACKAGE_APPLICATION_ID } from './constants';
import { inspectProjectHeader } from './file-header';
import { acquireLock, type FileLock } from './file-lock';
import { hasHotJournal } from './file-header';
import { assertSchema, builtSchema, type SchemaObject } from './schema-check';
import { replaceFileAtomically } from '../files/replace-file';
import { openDatabase } from './sqlite';
import { PACKAGE_SCHEMA_VERSION } from './package-schema';
import { createPackageTables } from './queries/package-file-queries';
import { fileKindOf } from '../files/file-kind';

type Db = Database.Database;

/** Runs functions of queries/package-file-queries.ts on a package; what readers of a package need. */
export interface PackageQueries {
  query<A extends unknown[], R>(fn: (db: Db, ...args: A) => R, ...args: A): R;
}

/** An open package file. Its connection is private: SQL runs through {@link query}, as for Project. */
export class OpenedPackage implements PackageQueries {
  constructor(
    private readonly db: Db,
    readonly path: string,
    readonly lock: FileLock | null,
  ) {}

  query<A extends unknown[], R>(fn: (db: Db, ...args: A) => R, ...args: A): R {
    return fn(this.db, ...args);
  }

  /** Runs `fn` in one transaction (nested calls become savepoints). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  close(): void {
    try {
      this.db.close();
    } finally {
      this.lock?.release();
    }
  }
}

/** The application id in a SQLite file's header, or null when it is no SQLite file we can read. */
export function sniffApplicationId(file: string): number | null {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const header = Buffer.alloc(72);
    if (fs.readSync(fd, header, 0, 72, 0) < 72 || fileKindOf(header) !== 'sqlite') return null;
    return header.readInt32BE(68) >>> 0;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function isPackageFile(file: string): boolean {
  return sniffApplicationId(file) === PACKAGE_APPLICATION_ID;
}

function checkHeader(file: string): void {
  const name = path.basename(file);
  try {
    const header = inspectProjectHeader(file, PACKAGE_APPLICATION_ID, PACKAGE_SCHEMA_VERSION);
    // Before SQLite reads a page: an import reads a package whole into memory.
    if (header.fileSize > MAX_PACKAGE_BYTES) {
      const mb = (bytes: number): number => Math.ceil(bytes / (1024 * 1024));
      throw new AppError('NOT_A_PACKAGE', { name, detail: `文件过大（${mb(header.fileSize)} MB，材料包最多 ${mb(MAX_PACKAGE_BYTES)} MB）` });
    }
    if (header.userVersion !== PACKAGE_SCHEMA_VERSION) throw new AppError('NOT_A_PACKAGE', { name, detail: `未知的材料包版本 ${header.userVersion}` });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'NOT_A_PROJECT') throw new AppError('NOT_A_PACKAGE', { name, detail: '不是年报工坊保存的文件' });
    if (error.code === 'FOREIGN_DATABASE') {
      const detail = sniffApplicationId(file) === APPLICATION_ID ? '这是年报项目文件（.rwproj），不是材料包' : '是其他软件保存的文件';
      throw new AppError('NOT_A_PACKAGE', { name, detail });
    }
    throw error;
  }
}

function integrity(db: Db, file: string): void {
  const result = db.pragma('integrity_check(1)', { simple: true });
  if (result !== 'ok') throw new AppError('CORRUPT_FILE', { name: path.basename(file), detail: String(result) });
}

/** What createPackageFile makes: PACKAGE_SCHEMA on an empty database. */
export function packageSchema(): readonly SchemaObject[] {
  return builtSchema(`package@${PACKAGE_SCHEMA_VERSION}`, createPackageTables);
}

/** A sound package with our schema; throws CORRUPT_FILE or UNTRUSTED_SCHEMA. */
function checkContents(db: Db, file: string): void {
  integrity(db, file);
  assertSchema(db, file, packageSchema());
}

function sqliteFailure(error: unknown, file: string): never {
  if (error instanceof AppError) throw error;
  const code = (error as { code?: string }).code ?? '';
  const name = path.basename(file);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) throw new AppError('CORRUPT_FILE', { name, detail: (error as Error).message });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) throw new AppError('IN_USE', { name, user: '其他程序', host: '本机', since: '—' });
  throw new AppError('IO_ERROR', { detail: (error as Error).message });
}

/** Read-only, no lock: for the office's checks and review. */
export function openPackageReadOnly(file: string): OpenedPackage {
  const target = path.resolve(file);
  checkHeader(target);
  let db: Db | undefined;
  try {
    db = openDatabase(target, { readonly: true, fileMustExist: true });
    checkContents(db, target);
    return new OpenedPackage(db, target, null);
  } catch (error) {
    db?.close();
    return sqliteFailure(error, target);
  }
}

/** Writable behind the lock file: contributor mode and `import-md` into a package. */
export function openPackageWritable(file: string): OpenedPackage {
  const target = path.resolve(file);
  checkHeader(target);
  const name = path.basename(target);
  if ((fs.statSync(target).mode & 0o222) === 0) throw new AppError('FILE_READ_ONLY', { name });
  const attempt = acquireLock(target);
  if (!attempt.acquired) {
    if ('unwritableDirectory' in attempt) throw new AppError('FILE_READ_ONLY', { name });
    const since = attempt.holder.since ? new Date(attempt.holder.since).toLocaleString('zh-CN', { hour12: false }) : '未知时间';
    throw new AppError('IN_USE', { name, user: attempt.holder.user, host: attempt.holder.host, since });
  }
  let db: Db | undefined;
  try {
    // Checked on a read-only connection first, so a refused package is never opened for writing;
    // beside a hot journal (only a writable connection rolls it back) on the writable one, before
    // any write. Either way the writable connection reads the schema again before writing.
    const hot = hasHotJournal(target);
    if (!hot) openPackageReadOnly(target).close();
    db = openDatabase(target, { fileMustExist: true });
    if (hot) checkContents(db, target);
    else assertSchema(db, target, packageSchema());
    // As for projects: a rollback journal with full sync, safe on USB sticks and network shares.
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    return new OpenedPackage(db, target, attempt.lock);
  } catch (error) {
    db?.close();
    attempt.lock.release();
    return sqliteFailure(error, target);
  }
}

/**
 * Creates a new package file: built under a temporary name in one transaction (`fill` writes the
 * rows) and renamed into place, so a failure never leaves a half-written package, and an existing
 * file is never overwritten.
 */
export function createPackageFile(file: string, fill: (created: PackageQueries) => void): string {
  const target = path.resolve(file);
  if (fs.existsSync(target)) throw new AppError('FILE_EXISTS', { path: target });
  if (!fs.existsSync(path.dirname(target))) throw new AppError('FILE_NOT_FOUND', { path: path.dirname(target) });
  try {
    replaceFileAtomically(
      target,
      (temp) => {
        const db = openDatabase(temp);
        try {
          db.pragma('journal_mode = DELETE');
          db.pragma('synchronous = FULL');
          db.pragma(`application_id = ${PACKAGE_APPLICATION_ID}`);
          const created = new OpenedPackage(db, temp, null);
          db.transaction(() => {
            createPackageTables(db);
            fill(created);
            db.pragma(`user_version = ${PACKAGE_SCHEMA_VERSION}`);
          })();
        } finally {
          db.close();
        }
      },
      'creating',
    );
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('IO_ERROR', { detail: (error as Error).message });
  }
  return target;
}
