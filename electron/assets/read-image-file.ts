import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors/app-error';
import { MAX_INPUT_BYTES } from './prepare-image';

/**
 * Reads an image file for prepareImage, refusing before reading what prepareImage would refuse
 * after: a folder, or a file over the size limit (a stray video must not be loaded into memory).
 */
export async function readImageFile(file: string): Promise<Buffer> {
  const target = path.resolve(file);
  const name = path.basename(target);
  try {
    const stat = await fs.stat(target);
    if (!stat.isFile()) throw new AppError('IMPORT_FAILED', { detail: `“${name}”不是文件` });
    if (stat.size > MAX_INPUT_BYTES) {
      throw new AppError('IMPORT_FAILED', { detail: `图片“${name}”过大（${Math.round(stat.size / 1048576)} MB，上限 ${MAX_INPUT_BYTES / 1048576} MB）` });
    }
    return await fs.readFile(target);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('FILE_NOT_FOUND', { path: target });
    throw new AppError('IO_ERROR', { detail: (error as Error).message });
  }
}
