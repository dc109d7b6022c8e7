import type Database from 'better-sqlite3';

type Db = Database.Database;

/**
 * Changes to the department table (migration 002) and to node assignments; reading is in
 * ./department-queries.ts.
 */
export function insertDepartment(db: Db, row: { id: string; name: string; lead: string; writers: string }): void {
  const position = (db.prepare('SELECT coalesce(max(position) + 1, 0) AS next FROM department').get() as { next: number }).next;
  db.prepare('INSERT INTO department(id, name, lead, writers, position) VALUES (?, ?, ?, ?, ?)').run(row.id, row.name, row.lead, row.writers, position);
}

export function updateDepartment(db: Db, id: string, row: { name: string; lead: string; writers: string }): void {
  db.prepare('UPDATE department SET name = ?, lead = ?, writers = ? WHERE id = ?').run(row.name, row.lead, row.writers, id);
}

export function deleteDepartment(db: Db, id: string): void {
  db.prepare('UPDATE outline_node SET department_id = NULL WHERE department_id = ?').run(id);
  db.prepare('DELETE FROM department WHERE id = ?').run(id);
}

export function departmentByName(db: Db, name: string): { id: string } | undefined {
  return db.prepare('SELECT id FROM department WHERE name = ?').get(name) as { id: string } | undefined;
}

export function assignNode(db: Db, nodeId: string, departmentId: string | null): void {
  db.prepare('UPDATE outline_node SET department_id = ? WHERE id = ?').run(departmentId, nodeId);
}
