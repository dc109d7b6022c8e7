/**
 * Last year's content kept inside a new year's project (tables of migration 007), and the writes
 * that build a new year's project from last year's (electron/new-year/create-from-last-year.ts).
 */
import type Database from 'better-sqlite3';
import type { TableValueMode } from '../../../shared/new-year/carry-forward';

type Db = Database.Database;

export interface PriorYearSource {
  readonly year: number;
  readonly unitName: string;
  readonly fileName: string;
  readonly projectUuid: string;
  readonly tableValues: TableValueMode;
  readonly createdAt: string;
}

export interface PriorYearSectionRow {
  readonly nodeId: string;
  readonly title: string;
  readonly label: string;
  /** Slate JSON as stored last year (read through read-content's readableContent). */
  readonly content: string;
}

export function writePriorYearSource(db: Db, source: PriorYearSource): void {
  db.prepare(
    'INSERT INTO prior_year_source(id, year, unit_name, file_name, project_uuid, table_values, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)',
  ).run(source.year, source.unitName, source.fileName, source.projectUuid, source.tableValues, source.createdAt);
}

export function readPriorYearSource(db: Db): PriorYearSource | undefined {
  const row = db.prepare('SELECT year, unit_name, file_name, project_uuid, table_values, created_at FROM prior_year_source WHERE id = 1').get() as
    | { year: number; unit_name: string; file_name: string; project_uuid: string; table_values: string; created_at: string }
    | undefined;
  if (!row) return undefined;
  return {
    year: row.year,
    unitName: row.unit_name,
    fileName: row.file_name,
    projectUuid: row.project_uuid,
    tableValues: row.table_values === 'keep' ? 'keep' : 'clear',
    createdAt: row.created_at,
  };
}

export function insertPriorYearSection(db: Db, row: PriorYearSectionRow): void {
  db.prepare('INSERT INTO prior_year_section(node_id, title, label, content) VALUES (?, ?, ?, ?)').run(row.nodeId, row.title, row.label, row.content);
}

export function readPriorYearSection(db: Db, nodeId: string): PriorYearSectionRow | undefined {
  return db.prepare('SELECT node_id AS nodeId, title, label, content FROM prior_year_section WHERE node_id = ?').get(nodeId) as PriorYearSectionRow | undefined;
}

export function countPriorYearSections(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM prior_year_section').get() as { n: number }).n;
}

/** A department with the id it had last year, so assignments carry over unchanged. */
export function insertDepartmentWithId(db: Db, row: { id: string; name: string; lead: string; writers: string; position: number }): void {
  db.prepare('INSERT INTO department(id, name, lead, writers, position) VALUES (?, ?, ?, ?, ?)').run(row.id, row.name, row.lead, row.writers, row.position);
}

/** Settings rows copied verbatim by key (statement template and layout: no image, date or signer). */
export function readSettingValues(db: Db, keys: readonly string[]): Map<string, string> {
  const get = db.prepare('SELECT value FROM settings WHERE key = ?');
  const found = new Map<string, string>();
  for (const key of keys) {
    const row = get.get(key) as { value: string } | undefined;
    if (row !== undefined) found.set(key, row.value);
  }
  return found;
}

export function writeSettingValues(db: Db, values: ReadonlyMap<string, string>): void {
  const upsert = db.prepare('INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  for (const [key, value] of values) upsert.run(key, value);
}
