/**
 * A bare project file for migration tests: our application id, no schema yet (each test migrates
 * it to the version it starts from), opened on a fresh temporary folder and removed after each test.
 */
import path from 'node:path';
import type Database from 'better-sqlite3';
import { APPLICATION_ID } from '../../electron/project-store/constants';
import { openDatabase } from '../../electron/project-store/sqlite';
import { makeTempDir, removeTempDir } from './temp-files';

export interface MigrationDatabase {
  /** The open connection of the current test. */
  readonly db: () => Database.Database;
  /** Table names, sorted. */
  readonly tables: () => string[];
  /** Every row of a table, in insertion order. */
  readonly dump: (table: string) => unknown[];
}

export function useMigrationDatabase(prefix: string, options: { readonly foreignKeys?: boolean } = {}): MigrationDatabase {
  let dir = '';
  let db: Database.Database | undefined;
  const current = (): Database.Database => {
    if (db === undefined) throw new Error('useMigrationDatabase: the database opens in beforeEach');
    return db;
  };
  beforeEach(() => {
    dir = makeTempDir(prefix);
    db = openDatabase(path.join(dir, 'm.rwproj'));
    db.pragma(`application_id = ${APPLICATION_ID}`);
    if (options.foreignKeys) db.pragma('foreign_keys = ON');
  });
  afterEach(() => {
    db?.close();
    db = undefined;
    removeTempDir(dir);
  });
  return {
    db: current,
    tables: () => (current().prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name),
    dump: (table) => current().prepare(`SELECT * FROM ${table} ORDER BY rowid`).all(),
  };
}
