/**
 * Creates a new project file filled by `fill` (Project.create, a new year from last year's project):
 * built under a temporary name beside the target by the one write-then-rename helper, renamed only
 * when complete, so a refusal or an error never leaves a half-made project (or a stray temporary
 * file) behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import { replaceFileAtomically } from '../files/replace-file';
import { APPLICATION_ID } from './constants';
import { checkProjectFileName } from './file-name';
import { migrate } from './migrations';
import { openDatabase } from './sqlite';
import { configureWritable } from './writable-connection';

export function createProjectFile<T>(file: string, fill: (db: Database.Database) => T): { path: string; result: T } {
  const target = path.resolve(file);
  checkProjectFileName(target);
  if (fs.existsSync(target)) throw new AppError('FILE_EXISTS', { path: target });
  const dir = path.dirname(target);
  if (!fs.existsSync(dir)) throw new AppError('FILE_NOT_FOUND', { path: dir });
  let journal = '';
  try {
    const result = replaceFileAtomically(
      target,
      (temp) => {
        journal = `${temp}-journal`;
        const db = openDatabase(temp);
        let filled: T;
        try {
          configureWritable(db);
          db.pragma(`application_id = ${APPLICATION_ID}`);
          migrate(db);
          filled = db.transaction(() => fill(db))();
        } finally {
          db.close();
        }
        // Checked again: another process may have created the target while we were building, and a
        // rename would replace it.
        if (fs.existsSync(target)) throw new AppError('FILE_EXISTS', { path: target });
        return filled;
      },
      'creating',
    );
    return { path: target, result };
  } catch (error) {
    // A failure inside a transaction can leave the temporary file's journal beside it.
    if (journal) fs.rmSync(journal, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('IO_ERROR', { detail: (error as Error).message });
  }
}
