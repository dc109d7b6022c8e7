/**
 * The preflight's project data: ignored findings (table preflight_ignore, migration 006), the
 * project glossary and the traditional-character allow-list (settings keys). Damaged values read
 * as empty rather than making the project unopenable.
 */
import type Database from 'better-sqlite3';
import { preflightSettingsSchema, type IgnoredFindingData } from '../../../shared/preflight/preflight-schemas';
import type { PreflightSettings } from '../../../shared/preflight/types';

type Db = Database.Database;

export type IgnoredFinding = IgnoredFindingData;

const KEYS = { glossary: 'preflightGlossary', allow: 'preflightTraditionalAllow' } as const;

function readJson(db: Db, key: string): unknown {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (row === undefined) return undefined;
  try {
    return JSON.parse(row.value);
  } catch {
    return undefined;
  }
}

export function readPreflightSettings(db: Db): PreflightSettings {
  const parsed = preflightSettingsSchema.safeParse({ glossary: readJson(db, KEYS.glossary) ?? [], traditionalAllow: readJson(db, KEYS.allow) ?? [] });
  return parsed.success ? parsed.data : { glossary: [], traditionalAllow: [] };
}

export function writePreflightSettings(db: Db, settings: PreflightSettings): void {
  const upsert = db.prepare('INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    upsert.run(KEYS.glossary, JSON.stringify(settings.glossary));
    upsert.run(KEYS.allow, JSON.stringify(settings.traditionalAllow));
  })();
}

export function listIgnored(db: Db): IgnoredFinding[] {
  return db.prepare('SELECT key, rule, node_id AS nodeId, excerpt, created_at AS createdAt FROM preflight_ignore ORDER BY created_at, key').all() as IgnoredFinding[];
}

export function ignoredKeys(db: Db): Set<string> {
  return new Set((db.prepare('SELECT key FROM preflight_ignore').all() as { key: string }[]).map((r) => r.key));
}

/** Adds ignores; one already there is kept as it was. */
export function addIgnored(db: Db, entries: readonly IgnoredFinding[]): void {
  const insert = db.prepare('INSERT INTO preflight_ignore(key, rule, node_id, excerpt, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO NOTHING');
  db.transaction(() => {
    for (const e of entries) insert.run(e.key, e.rule, e.nodeId, e.excerpt, e.createdAt);
  })();
}

export function removeIgnored(db: Db, key: string): void {
  db.prepare('DELETE FROM preflight_ignore WHERE key = ?').run(key);
}
