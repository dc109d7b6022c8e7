import type Database from 'better-sqlite3';
import { isStyleOverrides } from '../../../shared/model/style-overrides-check';
import { defaultSettings, type ReportSettings } from '../../../shared/model/settings';

type Db = Database.Database;

export function readSettings(db: Db): ReportSettings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored: Record<string, unknown> = {};
  for (const row of rows) {
    try {
      stored[row.key] = JSON.parse(row.value);
    } catch {
      // A damaged value falls back to the default below rather than making the file unopenable.
    }
  }
  const defaults = defaultSettings(typeof stored.unitName === 'string' ? stored.unitName : '', typeof stored.year === 'number' ? stored.year : new Date().getFullYear());
  const pick = <K extends keyof ReportSettings>(key: K, ok: (v: unknown) => boolean): ReportSettings[K] =>
    (ok(stored[key]) ? stored[key] : defaults[key]) as ReportSettings[K];
  return {
    unitName: pick('unitName', (v) => typeof v === 'string'),
    unitNameEn: pick('unitNameEn', (v) => typeof v === 'string'),
    reportTitle: pick('reportTitle', (v) => typeof v === 'string' && v.length > 0),
    year: pick('year', (v) => typeof v === 'number'),
    numberingScheme: pick('numberingScheme', (v) => v === 'chapter' || v === 'global'),
    stylePreset: pick('stylePreset', (v) => v === 'gongwen' || v === 'report'),
    // A damaged value means "the preset as it is" rather than an unopenable project.
    styleOverrides: isStyleOverrides(stored.styleOverrides) ? stored.styleOverrides : {},
  };
}

export function writeSettings(db: Db, patch: Partial<ReportSettings>): void {
  writeSettingValues(db, patch);
}

/**
 * One settings value by key, parsed; undefined when absent or damaged (the caller falls back to
 * its default, as readSettings does). For keys beyond ReportSettings (the statement's).
 */
export function readSettingValue(db: Db, key: string): unknown {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (row === undefined) return undefined;
  try {
    return JSON.parse(row.value);
  } catch {
    return undefined;
  }
}

/** Upserts each defined value as JSON under its key (settings need no schema change per key). */
export function writeSettingValues(db: Db, values: Readonly<Record<string, unknown>>): void {
  const upsert = db.prepare('INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) upsert.run(key, JSON.stringify(value));
  }
}
