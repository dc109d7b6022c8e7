import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LockHolder } from '../../shared/model/project-snapshot';

/**
 * A lock file beside the project (LibreOffice's `.~lock.NAME#` convention), because SQLite's own
 * locks are held only during transactions and are unreliable on network shares. It records who has
 * the file open, so a second instance or a colleague on another PC gets a message naming them.
 */
export interface FileLock {
  readonly lockPath: string;
  release(): void;
}

export type LockAttempt =
  | { readonly acquired: true; readonly lock: FileLock }
  | { readonly acquired: false; readonly holder: LockHolder }
  | { readonly acquired: false; readonly holder: null; readonly unwritableDirectory: true };

/**
 * The file the lock stands for: its real path. Keyed by the path as typed, `alias.rwproj` (a
 * symbolic link, or a path through a linked folder) would get a lock of its own and let a second
 * writer at the same file; resolved, every name of one file meets the same lock beside the file
 * itself. A file not there yet (a save target) resolves through its folder.
 */
export function realFilePath(file: string): string {
  const absolute = path.resolve(file);
  try {
    return fs.realpathSync.native(absolute);
  } catch {
    try {
      return path.join(fs.realpathSync.native(path.dirname(absolute)), path.basename(absolute));
    } catch {
      return absolute;
    }
  }
}

/** Always fits: project names are at most MAX_PROJECT_NAME_BYTES, and the lock adds 8 bytes as the journal does. */
export function lockPathFor(file: string): string {
  const real = realFilePath(file);
  return path.join(path.dirname(real), `.~lock.${path.basename(real)}#`);
}

/**
 * When this machine started, to the second. A lock written before the last restart is stale even
 * if its pid now belongs to some live process (pids are reused after a reboot).
 */
function bootTime(): number {
  return Math.round((Date.now() - os.uptime() * 1000) / 1000) * 1000;
}

/** Boot times computed at different moments differ by clock granularity; a restart moves them by far more. */
const SAME_BOOT_TOLERANCE_MS = 30_000;

interface LockRecord extends LockHolder {
  /** Boot time of the holder's machine; absent in locks written by older versions. */
  readonly boot?: number;
  /** Inode locks: the real path the holder opened, so a lock outliving its file is known as stale. */
  readonly file?: string;
}

function currentIdentity(): LockRecord {
  let user = 'unknown';
  try {
    user = os.userInfo().username;
  } catch {
    // No passwd entry (containers): keep "unknown".
  }
  return { user, host: os.hostname(), pid: process.pid, since: new Date().toISOString(), boot: bootTime() };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseHolder(text: string): LockRecord | null {
  try {
    const parsed = JSON.parse(text) as Partial<LockRecord>;
    if (typeof parsed.host === 'string' && typeof parsed.pid === 'number') {
      return {
        user: typeof parsed.user === 'string' ? parsed.user : 'unknown',
        host: parsed.host,
        pid: parsed.pid,
        since: typeof parsed.since === 'string' ? parsed.since : '',
        ...(typeof parsed.boot === 'number' ? { boot: parsed.boot } : {}),
        ...(typeof parsed.file === 'string' ? { file: parsed.file } : {}),
      };
    }
  } catch {
    // Unreadable or half-written: treated by the caller.
  }
  return null;
}

function readText(lockPath: string): string | null {
  try {
    return fs.readFileSync(lockPath, 'utf8');
  } catch {
    return null;
  }
}

function readHolder(lockPath: string): LockRecord | null {
  const text = readText(lockPath);
  return text === null ? null : parseHolder(text);
}

/** What the user is shown: the record without the machine-internal boot time. */
function shown(holder: LockRecord | null): LockHolder {
  if (holder === null) return { user: 'unknown', host: 'unknown', pid: 0, since: '' };
  return { user: holder.user, host: holder.host, pid: holder.pid, since: holder.since };
}

/** A lock of this machine whose process is gone, or which was written before this machine last started. */
function isStale(holder: LockRecord, me: LockRecord): boolean {
  if (holder.host !== me.host) return false;
  if (holder.boot !== undefined && me.boot !== undefined && Math.abs(holder.boot - me.boot) > SAME_BOOT_TOLERANCE_MS) return true;
  return !processAlive(holder.pid);
}

/**
 * Removes the stale lock whose contents were `judged`, and only that one. Two instances may find
 * the same stale lock at once: a plain delete by the slower one could remove the lock the faster
 * one has just created. Renaming is atomic, so each instance moves away one file and then checks
 * that it is the stale one it judged; a fresh lock taken by mistake is put back.
 */
export function takeOverStaleLock(lockPath: string, judged: string): boolean {
  const aside = `${lockPath}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.stale`;
  try {
    fs.renameSync(lockPath, aside);
  } catch {
    return false; // Someone else moved it first: they take over, we look again.
  }
  const moved = readText(aside);
  if (moved === judged) {
    fs.rmSync(aside, { force: true });
    return true;
  }
  try {
    // Not the stale lock any more: put it back, only if no other lock has appeared meanwhile
    // (create-if-absent works on every file system, FAT sticks without hard links included).
    if (moved !== null) fs.writeFileSync(lockPath, moved, { flag: 'wx' });
  } catch {
    // Another lock now stands for the file, which is all a lock has to do.
  }
  fs.rmSync(aside, { force: true });
  return false;
}

/**
 * The second lock, for hard links: two names of one file in different folders have two lock paths
 * beside them, but one device and inode. A machine-local lock keyed by them makes the second writer
 * on this machine meet the first. (A colleague on another PC opening a hard link on a share is not
 * caught by it; hard links on shares are rare, symbolic links are handled by realFilePath.)
 */
export function inodeLockPathFor(file: string): string | null {
  const key = inodeKey(file);
  return key === null ? null : path.join(os.tmpdir(), 'reportworks-locks', `${key}.lock`);
}

function inodeKey(file: string): string | null {
  try {
    const stat = fs.statSync(realFilePath(file), { bigint: true });
    return `${stat.dev}-${stat.ino}`;
  } catch {
    return null; // Not there yet (a new file): nothing else can name it.
  }
}

/**
 * An inode lock whose file is gone (deleted, or replaced by a rename) stands for nothing: inode
 * numbers are reused, and a new file must not inherit the lock of a dead one.
 */
function outlivedItsFile(holder: LockRecord, key: string): boolean {
  return holder.file !== undefined && inodeKey(holder.file) !== key;
}

/**
 * Locks `file` for writing: the lock beside it (seen by every machine on a share) and, for a file
 * that exists, the machine-local lock of its inode. Either held by someone else refuses.
 */
export function acquireLock(file: string): LockAttempt {
  const beside = acquireAt(lockPathFor(file));
  if (!beside.acquired) return beside;
  const inodePath = inodeLockPathFor(file);
  if (inodePath === null) return beside;
  try {
    fs.mkdirSync(path.dirname(inodePath), { recursive: true });
  } catch {
    return beside; // No writable temp folder: the lock beside the file still stands.
  }
  const key = inodeKey(file) as string;
  const inode = acquireAt(inodePath, { file: realFilePath(file) }, (holder) => outlivedItsFile(holder, key));
  if (inode.acquired) {
    const both: FileLock = {
      lockPath: beside.lock.lockPath,
      release() {
        inode.lock.release();
        beside.lock.release();
      },
    };
    return { acquired: true, lock: both };
  }
  if ('unwritableDirectory' in inode) return beside;
  beside.lock.release();
  return inode;
}

function acquireAt(lockPath: string, extra: { file?: string } = {}, alsoStale: (holder: LockRecord) => boolean = () => false): LockAttempt {
  const me: LockRecord = { ...currentIdentity(), ...extra };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      // 'wx' = O_CREAT|O_EXCL: atomic "create if absent" on local disks and SMB/NFS shares alike.
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, JSON.stringify(me));
      fs.closeSync(fd);
      let released = false;
      return {
        acquired: true,
        lock: {
          lockPath,
          release() {
            if (released) return;
            released = true;
            const holder = readHolder(lockPath);
            if (holder && holder.pid === me.pid && holder.host === me.host) fs.rmSync(lockPath, { force: true });
          },
        },
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') {
        return { acquired: false, holder: null, unwritableDirectory: true };
      }
      if (code !== 'EEXIST') throw error;
    }
    const text = readText(lockPath);
    if (text === null) continue; // Released meanwhile: try again.
    const holder = parseHolder(text);
    // A lock left by a crashed process, or from before a restart, on this very machine is stale.
    const stale = holder !== null && (isStale(holder, me) || alsoStale(holder));
    const unreadableAndOld = holder === null && isOlderThan(lockPath, 60_000);
    if (!stale && !unreadableAndOld) return { acquired: false, holder: shown(holder) };
    takeOverStaleLock(lockPath, text);
  }
  return { acquired: false, holder: shown(readHolder(lockPath)) };
}

function isOlderThan(file: string, ms: number): boolean {
  try {
    return Date.now() - fs.statSync(file).mtimeMs > ms;
  } catch {
    return true;
  }
}

/** Who holds the lock on `file`, if anyone (for read-only viewers' banners). */
export function readLockHolder(file: string): LockHolder | null {
  const holder = fs.existsSync(lockPathFor(file)) ? readHolder(lockPathFor(file)) : null;
  return holder === null ? null : shown(holder);
}
