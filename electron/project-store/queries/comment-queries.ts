import type Database from 'better-sqlite3';
import type { CommentOrigin } from '../../../shared/model/collaboration';

type Db = Database.Database;

export interface CommentRow {
  readonly id: string;
  readonly nodeId: string;
  readonly blockId: string | null;
  readonly parentId: string | null;
  readonly author: string;
  readonly origin: CommentOrigin;
  readonly text: string;
  readonly createdAt: string;
  readonly packageId: string | null;
}

/** A comment row; packages store the same columns with `issued` in place of `package_id`. */
export interface RawRow {
  id: string;
  node_id: string;
  block_id: string | null;
  parent_id: string | null;
  author: string;
  origin: CommentOrigin;
  text: string;
  created_at: string;
  package_id: string | null;
}

export const toRow = (r: RawRow): CommentRow => ({
  id: r.id,
  nodeId: r.node_id,
  blockId: r.block_id,
  parentId: r.parent_id,
  author: r.author,
  origin: r.origin,
  text: r.text,
  createdAt: r.created_at,
  packageId: r.package_id,
});

/** Comments and replies in creation order, of one node or of all (nodeId null). */
export function listComments(db: Db, nodeId: string | null): CommentRow[] {
  const rows = (
    nodeId === null
      ? db.prepare('SELECT * FROM comment ORDER BY created_at, id').all()
      : db.prepare('SELECT * FROM comment WHERE node_id = ? ORDER BY created_at, id').all(nodeId)
  ) as RawRow[];
  return rows.map(toRow);
}

export function getComment(db: Db, id: string): CommentRow | undefined {
  const row = db.prepare('SELECT * FROM comment WHERE id = ?').get(id) as RawRow | undefined;
  return row && toRow(row);
}

/** Inserts unless a comment with this id exists (a reply imported twice stays one reply). */
export function insertComment(db: Db, row: CommentRow): boolean {
  return (
    db
      .prepare('INSERT OR IGNORE INTO comment(id, node_id, block_id, parent_id, author, origin, text, created_at, package_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(row.id, row.nodeId, row.blockId, row.parentId, row.author, row.origin, row.text, row.createdAt, row.packageId).changes > 0
  );
}

export function deleteCommentsOfPackage(db: Db, packageId: string): void {
  db.prepare('DELETE FROM comment WHERE package_id = ?').run(packageId);
}
