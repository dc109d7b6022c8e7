import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors/app-error';
import { APPLICATION_ID } from './constants';
import { fileKindOf } from '../files/file-kind';
import { SCHEMA_VERSION } from './migrations';

export interface HeaderInfo {
  readonly userVersion: number;
  readonly pageSize: number;
  readonly fileSize: number;
  readonly readOnlyOnDisk: boolean;
}

/**
 * Reads the SQLite header (first 100 bytes) with plain file I/O and refuses anything that is not a
 * complete project file of a version we understand. Nothing is written and SQLite never touches the
 * file before this passes, so refused files keep their exact bytes.
 */
export function inspectProjectHeader(
  file: string,
  expectedApplicationId: number = APPLICATION_ID,
  // Packages (.rwpkg) have their own schema and version; see electron/packages/package-format.ts.
  supportedVersion: number = SCHEMA_VERSION,
): HeaderInfo {
  const name = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('FILE_NOT_FOUND', { path: file });
    throw new AppError('IO_ERROR', { detail: (error as Error).message });
  }
  if (!stat.isFile()) throw new AppError('NOT_A_PROJECT', { name });
  const header = Buffer.alloc(100);
  let fd: number | undefined;
  let read = 0;
  try {
    fd = fs.openSync(file, 'r');
    read = fs.readSync(fd, header, 0, 100, 0);
  } catch (error) {
    throw new AppError('IO_ERROR', { detail: (error as Error).message });
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  if (fileKindOf(header.subarray(0, read)) !== 'sqlite') throw new AppError('NOT_A_PROJECT', { name });
  if (read < 100) throw new AppError('CORRUPT_FILE', { name, detail: '文件头不完整' });

  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const changeCounter = header.readUInt32BE(24);
  const pageCount = header.readUInt32BE(28);
  const versionValidFor = header.readUInt32BE(92);
  const userVersion = header.readInt32BE(60);
  const applicationId = header.readInt32BE(68) >>> 0;

  if (applicationId !== expectedApplicationId) throw new AppError('FOREIGN_DATABASE', { name });
  if (userVersion > supportedVersion) {
    throw new AppError('NEWER_VERSION', { name, fileVersion: userVersion, supportedVersion });
  }
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) throw new AppError('CORRUPT_FILE', { name, detail: '页大小无效' });
  // Beside a hot rollback journal the file is mid-transaction (a writer at work, or killed): a
  // commit writes page 1 first, so the header may describe a size the file has not reached yet.
  // SQLite rolls such a journal back when the file is opened, and the open probe checks the result.
  if (!hasHotJournal(file)) {
    // The in-header page count is trustworthy only when written by the same transaction as the
    // change counter (SQLite file format §1.3.7).
    if (pageCount > 0 && versionValidFor === changeCounter && stat.size < pageCount * pageSize) {
      throw new AppError('CORRUPT_FILE', { name, detail: `文件被截断（应为 ${pageCount * pageSize} 字节，实际 ${stat.size} 字节）` });
    }
    if (stat.size % pageSize !== 0) throw new AppError('CORRUPT_FILE', { name, detail: '文件长度不是页大小的整数倍' });
  }

  // As root, write permission is never refused, so honour the read-only attribute explicitly.
  const readOnlyOnDisk = (stat.mode & 0o222) === 0;
  return { userVersion, pageSize, fileSize: stat.size, readOnlyOnDisk };
}

/**
 * SQLite's own test: a journal whose first byte is zero is not hot. With synchronous=FULL the
 * journal magic is written only after the journal is synced, before the file itself is touched.
 */
export function hasHotJournal(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(`${file}-journal`, 'r');
    const first = Buffer.alloc(1);
    return fs.readSync(fd, first, 0, 1, 0) === 1 && first[0] !== 0;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
