import type { Migration } from './migration';

/**
 * A new year made from last year's project (issue 16): a read-only copy of last year's sections,
 * shown as 去年同期 beside the editor and read by the table model for 同比 (this year's tables keep
 * last year's table, row and column ids, so a cell's previous value is found by the same ids).
 *
 * The copy lives inside the new project rather than as a path to last year's file: that file gets
 * moved, renamed or edited after the new year starts, and the office must still see what was
 * printed last year. `prior_year_source` has at most one row (id = 1): which project and year the
 * copy came from and whether table values were kept or cleared.
 */
export const migration007: Migration = {
  version: 7,
  name: 'prior-year',
  up(db) {
    db.exec(`
      CREATE TABLE prior_year_source (
        id           INTEGER PRIMARY KEY CHECK (id = 1),
        year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        unit_name    TEXT NOT NULL,
        file_name    TEXT NOT NULL,
        project_uuid TEXT NOT NULL,
        table_values TEXT NOT NULL CHECK (table_values IN ('keep', 'clear')),
        created_at   TEXT NOT NULL
      ) STRICT;

      CREATE TABLE prior_year_section (
        node_id  TEXT PRIMARY KEY REFERENCES outline_node(id),
        -- Last year's title and number as printed, for the panel's heading.
        title    TEXT NOT NULL,
        label    TEXT NOT NULL DEFAULT '',
        content  TEXT NOT NULL -- Slate JSON, last year's section at its current revision
      ) STRICT;
    `);
  },
};
