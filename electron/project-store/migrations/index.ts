import type Database from 'better-sqlite3';
import type { Migration } from './migration';
import { migration001 } from './001-core';
import { migration002 } from './002-departments';
import { migration003 } from './003-assets';
import { migration004 } from './004-collaboration';
import { migration005 } from './005-statements';
import { migration006 } from './006-preflight';
import { migration007 } from './007-prior-year';
import { migration008 } from './008-report-versions';

/** Explicit, ordered list: a new migration is appended here and never edited afterwards. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Runs every pending migration up to `target` in ONE transaction: either the file is brought fully
 * up to date or it is left exactly as it was.
 */
export function migrate(db: Database.Database, target: number = SCHEMA_VERSION): number {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) throw new Error(`schema version ${current} is newer than ${SCHEMA_VERSION}`);
  const pending = MIGRATIONS.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
  return schemaVersion(db);
}

export type { Migration };
