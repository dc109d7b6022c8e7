/**
 * The SQL of a contribution package file (`*.rwpkg`, tables in ../package-schema.ts), run through
 * an OpenedPackage (../package-file.ts). Outline and comment rows map as in a project.
 */
import type Database from 'better-sqlite3';
import type { OutlineNode } from '../../../shared/model/outline';
import { PACKAGE_SCHEMA } from '../package-schema';
import type { CommentRow, RawRow as ProjectCommentRow } from './comment-queries';
import { toRow as toCommentRow } from './comment-queries';
import { COLUMNS as OUTLINE_COLUMNS, toNode, type NodeRow } from './outline-queries';

type Db = Database.Database;

export interface PackageSectionRow {
  readonly nodeId: string;
  readonly revision: number;
  /** The stored JSON text, exactly as in the file (what seals hash). */
  readonly json: string;
  /** Empty for base_section, which has no such column. */
  readonly updatedAt: string;
}

export interface PackageAssetRow {
  readonly sha256: string;
  readonly mime: string;
  readonly bytes: Buffer;
  readonly width: number | null;
  readonly height: number | null;
  readonly issued: boolean;
}

export type PackageCommentRow = Omit<CommentRow, 'packageId'> & { readonly issued: boolean };

export function createPackageTables(db: Db): void {
  db.exec(PACKAGE_SCHEMA);
}

// ---- reading ------------------------------------------------------------------------------

/** Meta rows with their values still JSON text (the caller parses and words what is wrong). */
export function readMetaRows(db: Db): { key: string; value: string }[] {
  return db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
}

export function readPackageOutline(db: Db): OutlineNode[] {
  return (db.prepare(`SELECT ${OUTLINE_COLUMNS} FROM outline_node`).all() as NodeRow[]).map(toNode);
}

export function readSectionRows(db: Db, table: 'base_section' | 'working_section'): PackageSectionRow[] {
  const rows = db.prepare(`SELECT * FROM ${table}`).all() as { node_id: string; revision: number; content: string; updated_at?: string }[];
  return rows.map((r) => ({ nodeId: r.node_id, revision: r.revision, json: r.content, updatedAt: r.updated_at ?? '' }));
}

export function readContextSections(db: Db): Map<string, string> {
  return new Map((db.prepare('SELECT node_id, content FROM context_section').all() as { node_id: string; content: string }[]).map((r) => [r.node_id, r.content]));
}

export function readPackageAssets(db: Db): PackageAssetRow[] {
  const rows = db.prepare('SELECT sha256, mime, bytes, width, height, issued FROM asset').all() as (Omit<PackageAssetRow, 'issued'> & { issued: number })[];
  return rows.map((r) => ({ sha256: r.sha256, mime: r.mime, bytes: r.bytes, width: r.width, height: r.height, issued: r.issued === 1 }));
}

export function readPackageComments(db: Db): PackageCommentRow[] {
  const rows = db.prepare('SELECT * FROM comment ORDER BY created_at, id').all() as (Omit<ProjectCommentRow, 'package_id'> & { issued: number })[];
  return rows.map((r) => {
    const { packageId: _none, ...row } = toCommentRow({ ...r, package_id: null });
    return { ...row, issued: r.issued === 1 };
  });
}

// ---- writing ------------------------------------------------------------------------------

/** Upserts one meta value (stored as JSON). */
export function writeMetaValue(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}

export function insertPackageOutline(db: Db, nodes: readonly OutlineNode[]): void {
  const node = db.prepare(`INSERT INTO outline_node(${OUTLINE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  for (const n of nodes) node.run(n.id, n.parentId, n.position, n.title, n.role, n.numbered ? 1 : 0, n.departmentId);
}

export function insertContextSections(db: Db, context: ReadonlyMap<string, string>): void {
  const insert = db.prepare('INSERT INTO context_section(node_id, content) VALUES (?, ?)');
  for (const [nodeId, json] of context) insert.run(nodeId, json);
}

export function insertBaseSections(db: Db, sections: Iterable<Omit<PackageSectionRow, 'updatedAt'>>): void {
  const insert = db.prepare('INSERT INTO base_section(node_id, revision, content) VALUES (?, ?, ?)');
  for (const s of sections) insert.run(s.nodeId, s.revision, s.json);
}

/** Inserts or replaces the department's edit of a section. */
export function writeWorkingSection(db: Db, s: PackageSectionRow): void {
  db.prepare(
    `INSERT INTO working_section(node_id, revision, content, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(node_id) DO UPDATE SET revision = excluded.revision, content = excluded.content, updated_at = excluded.updated_at`,
  ).run(s.nodeId, s.revision, s.json, s.updatedAt);
}

/** Inserts images; one already in the package (same hash) is kept as it is. */
export function insertPackageAssets(db: Db, assets: Iterable<PackageAssetRow>): void {
  const insert = db.prepare('INSERT OR IGNORE INTO asset(sha256, mime, bytes, width, height, issued) VALUES (?, ?, ?, ?, ?, ?)');
  for (const a of assets) insert.run(a.sha256, a.mime, a.bytes, a.width, a.height, a.issued ? 1 : 0);
}

export function insertPackageComments(db: Db, comments: Iterable<PackageCommentRow>): void {
  const insert = db.prepare('INSERT INTO comment(id, node_id, block_id, parent_id, author, origin, text, created_at, issued) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const c of comments) insert.run(c.id, c.nodeId, c.blockId, c.parentId, c.author, c.origin, c.text, c.createdAt, c.issued ? 1 : 0);
}
