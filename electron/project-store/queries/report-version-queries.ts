/** Named versions of the whole report (migration 008): a name and the section revisions it pins. */
import type Database from 'better-sqlite3';

type Db = Database.Database;

export interface StoredReportVersion {
  readonly id: number;
  readonly name: string;
  readonly createdAt: string;
  readonly sections: number;
}

export interface PinnedSection {
  readonly nodeId: string;
  readonly revision: number;
  readonly position: number;
}

export function insertReportVersion(db: Db, name: string, at: string): number {
  const result = db.prepare('INSERT INTO report_version(name, created_at) VALUES (?, ?)').run(name, at);
  return Number(result.lastInsertRowid);
}

export function pinSection(db: Db, versionId: number, section: PinnedSection): void {
  db.prepare('INSERT INTO report_version_section(version_id, node_id, revision, position) VALUES (?, ?, ?, ?)').run(
    versionId,
    section.nodeId,
    section.revision,
    section.position,
  );
}

export function listReportVersions(db: Db): StoredReportVersion[] {
  const rows = db
    .prepare(
      `SELECT v.id, v.name, v.created_at, (SELECT count(*) FROM report_version_section s WHERE s.version_id = v.id) AS sections
       FROM report_version v ORDER BY v.id DESC`,
    )
    .all() as { id: number; name: string; created_at: string; sections: number }[];
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, sections: r.sections }));
}

export function getReportVersion(db: Db, id: number): StoredReportVersion | undefined {
  return listReportVersions(db).find((v) => v.id === id);
}

export function pinnedSections(db: Db, versionId: number): PinnedSection[] {
  const rows = db
    .prepare('SELECT node_id, revision, position FROM report_version_section WHERE version_id = ? ORDER BY position')
    .all(versionId) as { node_id: string; revision: number; position: number }[];
  return rows.map((r) => ({ nodeId: r.node_id, revision: r.revision, position: r.position }));
}

export function renameReportVersion(db: Db, id: number, name: string): boolean {
  return db.prepare('UPDATE report_version SET name = ? WHERE id = ?').run(name, id).changes > 0;
}

export function deleteReportVersion(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM report_version WHERE id = ?').run(id).changes > 0;
}

/** The revisions of a section that a named version points at, with the versions' names. */
export function pinnedRevisionNames(db: Db, nodeId: string): Map<number, string[]> {
  const rows = db
    .prepare(
      `SELECT s.revision, v.name FROM report_version_section s JOIN report_version v ON v.id = s.version_id
       WHERE s.node_id = ? ORDER BY v.id`,
    )
    .all(nodeId) as { revision: number; name: string }[];
  const out = new Map<number, string[]>();
  for (const row of rows) out.set(row.revision, [...(out.get(row.revision) ?? []), row.name]);
  return out;
}

export function isRevisionPinned(db: Db, nodeId: string, revision: number): boolean {
  return db.prepare('SELECT 1 FROM report_version_section WHERE node_id = ? AND revision = ? LIMIT 1').get(nodeId, revision) !== undefined;
}
