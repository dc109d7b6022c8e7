/**
 * Creates a new project file filled by `fill`, the way Project.create does: built under a temporary
 * name beside the target, renamed only when complete, removed on any failure, so a refusal or an
 * error never leaves a half-made project (or a stray temporary file) behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import { APPLICATION_ID } from './constants';
import { checkProjectFileName, tempPathBeside } from './file-name';
import { migrate } from './migrations';
import { openDatabase } from './sqlite';

export function createProjectFile<T>(file: string, fill: (db: Database.Database) => T): { path: string; result: T } {
  const target = path.resolve(file);
  checkProjectFileName(target);
  if (fs.existsSync(target)) throw new AppError('FILE_EXISTS', { path: target });
  const dir = path.dirname(target);
  if (!fs.existsSync(dir)) throw new AppError('FILE_NOT_FOUND', { path: dir });
  const temp = tempPathBeside(target, 'creating');
  let result: T;
  try {
    const db = openDatabase(temp);
    try {
      // As Project's writable connections (project.ts configureWritable): rollback journal, full sync.
      db.pragma('journal_mode = DELETE');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      db.pragma(`application_id = ${APPLICATION_ID}`);
      migrate(db);
      result = db.transaction(() => fill(db))();
    } finally {
      db.close();
    }
    // Checked again: another process may have created the target while we were building.
    if (fs.existsSync(target)) throw new AppError('FILE_EXISTS', { path: target });
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    fs.rmSync(`${temp}-journal`, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('IO_ERROR', { detail: (error as Error).message });
  }
  return { path: target, result };
}
