import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh directory under the OS temp dir; pair with {@link removeTempDir} in afterEach/afterAll. */
export function makeTempDir(prefix = 'rw-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeTempDir(dir: string): void {
  // Files chmod'ed read-only are removable as long as their directory is writable.
  fs.rmSync(dir, { recursive: true, force: true });
}

export interface Fingerprint {
  readonly sha256: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly mode: number;
}

/** What must not change when a file is refused or only read. */
export function fingerprint(file: string): Fingerprint {
  const stat = fs.statSync(file);
  const sha256 = stat.isFile() ? crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') : '(directory)';
  return { sha256, size: stat.size, mtimeMs: stat.mtimeMs, mode: stat.mode };
}

/** Names in `dir` other than `keep`: journals, lock files, temp copies left behind. */
export function leftovers(dir: string, keep: readonly string[]): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => !keep.includes(name))
    .sort();
}
