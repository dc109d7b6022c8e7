import type Database from 'better-sqlite3';
import { styleOverridesSchema } from '../../../shared/model/style-overrides-schema';
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
    styleOverrides: styleOverridesSchema.safeParse(stored.styleOverrides).data ?? {},
  };
}

export function writeSettings(db: Db, patch: Partial<ReportSettings>): void {
  const upsert = db.prepare('INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) upsert.run(key, JSON.stringify(value));
  }
}
