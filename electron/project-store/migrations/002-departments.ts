import type { Migration } from './migration';

/** Departments (编写部门) and the assignment of outline nodes to them. */
export const migration002: Migration = {
  version: 2,
  name: 'departments',
  up(db) {
    db.exec(`
      CREATE TABLE department (
        id       TEXT PRIMARY KEY,
        name     TEXT NOT NULL UNIQUE,
        lead     TEXT NOT NULL DEFAULT '',
        writers  TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      ALTER TABLE outline_node ADD COLUMN department_id TEXT REFERENCES department(id);
    `);
  },
};
