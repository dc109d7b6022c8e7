import type Database from 'better-sqlite3';
import type { OutlineNode, OutlineRole } from '../../../shared/model/outline';

type Db = Database.Database;

/** An outline_node row; projects and packages (package-file-queries.ts) share the table's columns. */
export interface NodeRow {
  id: string;
  parent_id: string | null;
  position: number;
  title: string;
  role: string;
  numbered: number;
  department_id: string | null;
}

export const COLUMNS = 'id, parent_id, position, title, role, numbered, department_id';

export function toNode(row: NodeRow): OutlineNode {
  return {
    id: row.id,
    parentId: row.parent_id,
    position: row.position,
    title: row.title,
    role: row.role as OutlineRole,
    numbered: row.numbered === 1,
    departmentId: row.department_id,
  };
}

export function listNodes(db: Db): OutlineNode[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM outline_node WHERE deleted_at IS NULL ORDER BY parent_id, position`).all() as NodeRow[]).map(toNode);
}

/** Nodes deleted directly by the user (not those hidden because an ancestor was deleted). */
export function listDeletedRoots(db: Db): OutlineNode[] {
  return (
    db
      .prepare(
        `SELECT ${COLUMNS} FROM outline_node n WHERE deleted_at IS NOT NULL
           AND (parent_id IS NULL OR NOT EXISTS (SELECT 1 FROM outline_node p WHERE p.id = n.parent_id AND p.deleted_at = n.deleted_at))
         ORDER BY deleted_at DESC`,
      )
      .all() as NodeRow[]
  ).map(toNode);
}

export function getNode(db: Db, id: string, includeDeleted = false): (OutlineNode & { deletedAt: string | null }) | undefined {
  const row = db.prepare(`SELECT ${COLUMNS}, deleted_at FROM outline_node WHERE id = ?`).get(id) as (NodeRow & { deleted_at: string | null }) | undefined;
  if (!row || (!includeDeleted && row.deleted_at !== null)) return undefined;
  return { ...toNode(row), deletedAt: row.deleted_at };
}

export function insertNode(db: Db, node: OutlineNode): void {
  db.prepare(
    'INSERT INTO outline_node(id, parent_id, position, title, role, numbered, department_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(node.id, node.parentId, node.position, node.title, node.role, node.numbered ? 1 : 0, node.departmentId);
}

export function renameNode(db: Db, id: string, title: string): void {
  db.prepare('UPDATE outline_node SET title = ? WHERE id = ?').run(title, id);
}

/** Live children of a parent in order. */
export function childIds(db: Db, parentId: string | null): string[] {
  const rows = (
    parentId === null
      ? db.prepare('SELECT id FROM outline_node WHERE parent_id IS NULL AND deleted_at IS NULL ORDER BY position').all()
      : db.prepare('SELECT id FROM outline_node WHERE parent_id = ? AND deleted_at IS NULL ORDER BY position').all(parentId)
  ) as { id: string }[];
  return rows.map((r) => r.id);
}

/** Rewrites positions 0..n-1 for the given order, and moves the listed nodes under `parentId`. */
export function setChildOrder(db: Db, parentId: string | null, orderedIds: readonly string[]): void {
  const update = db.prepare('UPDATE outline_node SET parent_id = ?, position = ? WHERE id = ?');
  orderedIds.forEach((id, index) => update.run(parentId, index, id));
}

export function subtreeIds(db: Db, id: string): string[] {
  const rows = db
    .prepare(
      `WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT n.id FROM outline_node n JOIN sub ON n.parent_id = sub.id)
       SELECT id FROM sub`,
    )
    .all(id) as { id: string }[];
  return rows.map((r) => r.id);
}

export function markDeleted(db: Db, ids: readonly string[], deletedAt: string | null): void {
  const update = db.prepare('UPDATE outline_node SET deleted_at = ? WHERE id = ?');
  for (const id of ids) update.run(deletedAt, id);
}
