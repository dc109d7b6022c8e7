import type Database from 'better-sqlite3';

type Db = Database.Database;

/** A consistent, self-contained copy of the database at `file` (which must not exist yet). */
export function vacuumInto(db: Db, file: string): void {
  db.prepare('VACUUM INTO ?').run(file);
}
