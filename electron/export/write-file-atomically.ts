/**
 * Writes a finished file (a PDF export, a saved preview, an issued statement) under a temporary
 * name beside the target and renames it, so a failed or cancelled write never leaves a truncated
 * file where the user expects it.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors/app-error';
import { replaceFileAtomicallyAsync } from '../files/replace-file';

export async function writeFileAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  try {
    await replaceFileAtomicallyAsync(target, (temp) => fs.writeFile(temp, bytes));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('FILE_NOT_FOUND', { path: dir });
    // EBUSY/EPERM on Windows: the old PDF is open in a viewer.
    throw new AppError('IO_ERROR', { detail: `无法写入 ${target}（${code ?? (error as Error).message}），文件是否正在被其他程序打开？` });
  }
}
