/**
 * Names of project files and of the temporary files made beside them. SQLite keeps its rollback
 * journal in NAME-journal and the lock is .~lock.NAME#, 8 bytes more each: with the 255-byte limit
 * most file systems set per name, a longer project name could be created but never saved. So the
 * limit is checked up front with a clear message, and temporary files get short names of their own.
 */
import path from 'node:path';
import { AppError } from '../errors/app-error';

export const MAX_PROJECT_NAME_BYTES = 255 - Buffer.byteLength('-journal');

/** Refuses a project file name its journal or lock file could not sit beside. */
export function checkProjectFileName(target: string): void {
  const name = path.basename(target);
  const bytes = Buffer.byteLength(name);
  if (bytes <= MAX_PROJECT_NAME_BYTES) return;
  const chars = [...name];
  const shown = chars.length > 24 ? `${chars.slice(0, 12).join('')}…${chars.slice(-10).join('')}` : name;
  throw new AppError('NAME_TOO_LONG', { name: shown, bytes, max: MAX_PROJECT_NAME_BYTES });
}
