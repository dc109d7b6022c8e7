/**
 * A project or package file is trusted only after its schema is, object for object, the one our
 * own code creates for its version. SQLite runs whatever triggers a file carries on our writes (an
 * `AFTER INSERT ON section_revision` trigger can wipe the history while integrity_check stays ok),
 * and a view or an extra index changes what we read or how: so every table, index, view and
 * trigger in `sqlite_master` must be one we made, with the very SQL we made it with.
 *
 * The expected schema is not a hand-kept copy: it is computed by running the real migrations (or
 * the package's CREATE statements) on an in-memory database, once per version, so it can never
 * drift from what we write. SQLite stores the CREATE text as given (after normalising the first
 * keywords), and ALTER TABLE ADD COLUMN edits that text the same way every time, so an honest file
 * matches exactly; the comparison is deliberately exact (no whitespace folding: a string literal in
 * a CHECK may hold spaces).
 *
 * The check only reads `sqlite_master`; callers run it before their first write (see project.ts
 * and packages/open-package.ts), on a read-only connection where they can.
 */
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import { migrate } from './migrations';
import { openDatabase } from './sqlite';

type Db = Database.Database;

export interface SchemaObject {
  readonly type: string;
  readonly name: string;
  readonly tbl_name: string;
  readonly sql: string | null;
}

/** At most this many objects are named in a message; the rest are counted. */
const NAMED_IN_MESSAGE = 5;

/** The schema as stored in the file, in a stable order. */
export function readSchema(db: Db): SchemaObject[] {
  return db.prepare('SELECT type, name, tbl_name, sql FROM main.sqlite_master ORDER BY type, name').all() as SchemaObject[];
}

const cache = new Map<string, readonly SchemaObject[]>();

/** The schema `build` creates on an empty in-memory database, computed once per `key`. */
export function builtSchema(key: string, build: (db: Db) => void): readonly SchemaObject[] {
  let schema = cache.get(key);
  if (!schema) {
    const db = openDatabase(':memory:');
    try {
      build(db);
      schema = readSchema(db);
    } finally {
      db.close();
    }
    cache.set(key, schema);
  }
  return schema;
}

/** What our migrations create for a project file of `version` (its user_version). */
export function projectSchema(version: number): readonly SchemaObject[] {
  return builtSchema(`project@${version}`, (db) => migrate(db, version));
}

export interface SchemaDifference {
  /** Objects we create that the file lacks. */
  readonly missing: readonly SchemaObject[];
  /** Objects the file holds that we never create, or hold with other SQL than ours. */
  readonly foreign: readonly SchemaObject[];
}

const keyOf = (o: SchemaObject): string => `${o.type}\u0000${o.name}`;

export function compareSchema(actual: readonly SchemaObject[], expected: readonly SchemaObject[]): SchemaDifference {
  const ours = new Map(expected.map((o) => [keyOf(o), o]));
  const theirs = new Map(actual.map((o) => [keyOf(o), o]));
  const foreign = actual.filter((o) => {
    const mine = ours.get(keyOf(o));
    return mine === undefined || mine.tbl_name !== o.tbl_name || mine.sql !== o.sql;
  });
  const missing = expected.filter((o) => !theirs.has(keyOf(o)));
  return { missing, foreign };
}

function listed(objects: readonly SchemaObject[]): string {
  const names = objects.slice(0, NAMED_IN_MESSAGE).map((o) => `${o.type} ${o.name}`);
  if (objects.length > NAMED_IN_MESSAGE) names.push(`等 ${objects.length} 项`);
  return names.join('、');
}

/**
 * Refuses a file whose schema is not exactly `expected`: foreign or altered objects are
 * UNTRUSTED_SCHEMA (someone put them there); objects missing while nothing is foreign are
 * CORRUPT_FILE (a table dropped with a database tool, or damage), as the open path reported before.
 */
export function assertSchema(db: Db, file: string, expected: readonly SchemaObject[]): void {
  const name = path.basename(file);
  const { missing, foreign } = compareSchema(readSchema(db), expected);
  if (foreign.length > 0) throw new AppError('UNTRUSTED_SCHEMA', { name, objects: listed(foreign) }, { objects: foreign.map((o) => `${o.type} ${o.name}`).join(', ') });
  const tables = missing.filter((o) => o.type === 'table');
  // The author reads that a part is missing; which one (table names) goes to the details, for the log.
  if (tables.length > 0) throw new AppError('CORRUPT_FILE', { name, detail: '缺少一部分内容' }, { missing: tables.map((o) => `${o.type} ${o.name}`).join(', ') });
  if (missing.length > 0) throw new AppError('CORRUPT_FILE', { name, detail: '缺少一部分内容' }, { missing: missing.map((o) => `${o.type} ${o.name}`).join(', ') });
}
