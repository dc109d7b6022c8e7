import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LockHolder } from '../../shared/ipc/contract';

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

export function lockPathFor(file: string): string {
  return path.join(path.dirname(file), `.~lock.${path.basename(file)}#`);
}

function currentIdentity(): LockHolder {
  let user = 'unknown';
  try {
    user = os.userInfo().username;
  } catch {
    // No passwd entry (containers): keep "unknown".
  }
  return { user, host: os.hostname(), pid: process.pid, since: new Date().toISOString() };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockPath: string): LockHolder | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.host === 'string' && typeof parsed.pid === 'number') {
      return {
        user: typeof parsed.user === 'string' ? parsed.user : 'unknown',
        host: parsed.host,
        pid: parsed.pid,
        since: typeof parsed.since === 'string' ? parsed.since : '',
      };
    }
  } catch {
    // Unreadable or half-written: treated below.
  }
  return null;
}

export function acquireLock(file: string): LockAttempt {
  const lockPath = lockPathFor(file);
  const me = currentIdentity();
  for (let attempt = 0; attempt < 2; attempt += 1) {
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
    const holder = readHolder(lockPath);
    // A lock left by a crashed process on this very machine is stale: take it over.
    const stale = holder !== null && holder.host === me.host && !processAlive(holder.pid);
    const unreadableAndOld = holder === null && isOlderThan(lockPath, 60_000);
    if (!stale && !unreadableAndOld) {
      return { acquired: false, holder: holder ?? { user: 'unknown', host: 'unknown', pid: 0, since: '' } };
    }
    fs.rmSync(lockPath, { force: true });
  }
  return { acquired: false, holder: readHolder(lockPath) ?? { user: 'unknown', host: 'unknown', pid: 0, since: '' } };
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
  return fs.existsSync(lockPathFor(file)) ? readHolder(lockPathFor(file)) : null;
}
