import type Database from 'better-sqlite3';
import type { MergeSummary } from '../../../shared/model/collaboration';

type Db = Database.Database;

/** A package the office issued (migration 004). */
export interface PackageRow {
  readonly id: string;
  readonly departmentId: string;
  readonly secret: Buffer;
  readonly baseMac: string;
  readonly fileName: string;
  readonly issuedAt: string;
  readonly mergedAt: string | null;
  readonly summary: MergeSummary | null;
}

export interface PackageSectionRow {
  readonly packageId: string;
  readonly nodeId: string;
  readonly baseRevision: number;
  readonly preMergeRevision: number | null;
  readonly preMergeContent: string | null;
  readonly mergedRevision: number | null;
}

interface RawPackage {
  id: string;
  department_id: string;
  secret: Buffer;
  base_mac: string;
  file_name: string;
  issued_at: string;
  merged_at: string | null;
  merge_summary: string | null;
}

function toPackage(r: RawPackage): PackageRow {
  let summary: MergeSummary | null = null;
  try {
    summary = r.merge_summary === null ? null : (JSON.parse(r.merge_summary) as MergeSummary);
  } catch {
    // A damaged summary only hides the figures in the registry view.
  }
  return { id: r.id, departmentId: r.department_id, secret: r.secret, baseMac: r.base_mac, fileName: r.file_name, issuedAt: r.issued_at, mergedAt: r.merged_at, summary };
}

export function insertPackage(db: Db, row: Omit<PackageRow, 'mergedAt' | 'summary'>, sections: readonly { nodeId: string; baseRevision: number }[]): void {
  db.prepare('INSERT INTO package(id, department_id, secret, base_mac, file_name, issued_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    row.id,
    row.departmentId,
    row.secret,
    row.baseMac,
    row.fileName,
    row.issuedAt,
  );
  const insert = db.prepare('INSERT INTO package_section(package_id, node_id, base_revision) VALUES (?, ?, ?)');
  for (const s of sections) insert.run(row.id, s.nodeId, s.baseRevision);
}

export function getPackage(db: Db, id: string): PackageRow | undefined {
  const row = db.prepare('SELECT * FROM package WHERE id = ?').get(id) as RawPackage | undefined;
  return row && toPackage(row);
}

export function listPackages(db: Db): PackageRow[] {
  return (db.prepare('SELECT * FROM package ORDER BY issued_at, id').all() as RawPackage[]).map(toPackage);
}

export function packageSections(db: Db, packageId: string): PackageSectionRow[] {
  const rows = db.prepare('SELECT * FROM package_section WHERE package_id = ? ORDER BY rowid').all(packageId) as {
    package_id: string;
    node_id: string;
    base_revision: number;
    pre_merge_revision: number | null;
    pre_merge_content: string | null;
    merged_revision: number | null;
  }[];
  return rows.map((r) => ({
    packageId: r.package_id,
    nodeId: r.node_id,
    baseRevision: r.base_revision,
    preMergeRevision: r.pre_merge_revision,
    preMergeContent: r.pre_merge_content,
    mergedRevision: r.merged_revision,
  }));
}

export function unmergedPackageCount(db: Db, departmentId: string): number {
  return (db.prepare('SELECT count(*) AS n FROM package WHERE department_id = ? AND merged_at IS NULL').get(departmentId) as { n: number }).n;
}

export function markMerged(db: Db, id: string, at: string, summary: MergeSummary): void {
  db.prepare('UPDATE package SET merged_at = ?, merge_summary = ? WHERE id = ?').run(at, JSON.stringify(summary), id);
}

export function markUnmerged(db: Db, id: string): void {
  db.prepare('UPDATE package SET merged_at = NULL, merge_summary = NULL WHERE id = ?').run(id);
  db.prepare('UPDATE package_section SET pre_merge_revision = NULL, pre_merge_content = NULL, merged_revision = NULL WHERE package_id = ?').run(id);
}

export function recordSectionMerge(db: Db, packageId: string, nodeId: string, preMergeRevision: number, preMergeContent: string, mergedRevision: number): void {
  db.prepare('UPDATE package_section SET pre_merge_revision = ?, pre_merge_content = ?, merged_revision = ? WHERE package_id = ? AND node_id = ?').run(
    preMergeRevision,
    preMergeContent,
    mergedRevision,
    packageId,
    nodeId,
  );
}
