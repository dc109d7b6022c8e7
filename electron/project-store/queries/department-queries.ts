import type Database from 'better-sqlite3';

type Db = Database.Database;

/** A row of the 编写分工 table (migration 002): a department and who wrote for it. */
export interface DepartmentRecord {
  readonly id: string;
  readonly name: string;
  readonly lead: string;
  readonly writers: string;
  readonly position: number;
}

/** Departments in the order the 编写分工 table lists them. */
export function listDepartments(db: Db): DepartmentRecord[] {
  return db.prepare('SELECT id, name, lead, writers, position FROM department ORDER BY position, name').all() as DepartmentRecord[];
}
