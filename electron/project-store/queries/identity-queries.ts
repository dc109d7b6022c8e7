import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

type Db = Database.Database;

/**
 * The project's identity: a random uuid in the settings table (migration 004 creates it), which
 * packages carry so that a package is only ever merged into the project it came from. Files made
 * before that migration get one here, the first time a package is issued.
 */
export function readProjectUuid(db: Db): string | null {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'projectUuid'").get() as { value: string } | undefined;
  if (!row) return null;
  try {
    const value: unknown = JSON.parse(row.value);
    return typeof value === 'string' && value.length > 0 ? value : null;
  } catch {
    return null;
  }
}

/** Must run inside a write transaction. */
export function ensureProjectUuid(db: Db): string {
  const existing = readProjectUuid(db);
  if (existing) return existing;
  const uuid = crypto.randomUUID();
  db.prepare("INSERT INTO settings(key, value) VALUES ('projectUuid', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(JSON.stringify(uuid));
  return uuid;
}
