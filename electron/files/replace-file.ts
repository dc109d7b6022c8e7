/**
 * The one way ReportWorks writes a file the user (or the app itself) relies on: build it under a
 * temporary name in the target's folder, then rename it into place. The rename is atomic on one
 * volume, so nobody ever sees a half-written project, package, export or cache file, and a failure
 * leaves the previous file (if any) as it was. Callers word their own errors; this only cleans up.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** What the temporary file is for, shown in its name (`.rw-creating-<pid>-<random>.tmp`). */
export type TempPurpose = 'creating' | 'saving' | 'writing';

/**
 * A temporary file in the target's folder (same volume, so the final rename is atomic). Short on
 * purpose: a long project name plus a suffix could pass the 255-byte limit of a file name.
 */
export function tempPathBeside(target: string, purpose: TempPurpose): string {
  return path.join(path.dirname(target), `.rw-${purpose}-${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`);
}

/** `write` makes the file at the temporary path it is given; then it replaces `target`. */
export function replaceFileAtomically<T>(target: string, write: (temp: string) => T, purpose: TempPurpose = 'writing'): T {
  const temp = tempPathBeside(target, purpose);
  try {
    const result = write(temp);
    fs.renameSync(temp, target);
    return result;
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** {@link replaceFileAtomically} for a `write` that works asynchronously (exports). */
export async function replaceFileAtomicallyAsync<T>(target: string, write: (temp: string) => Promise<T>, purpose: TempPurpose = 'writing'): Promise<T> {
  const temp = tempPathBeside(target, purpose);
  try {
    const result = await write(temp);
    await fs.promises.rename(temp, target);
    return result;
  } catch (error) {
    await fs.promises.rm(temp, { force: true });
    throw error;
  }
}
