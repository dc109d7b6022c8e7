import type { Migration } from './migration';

/**
 * The preflight (校对): findings the office or a department chose to ignore, so nobody sees them
 * again (keyed by rule, block, field and excerpt: see shared/preflight/run-preflight.ts
 * findingKey). The project glossary and the traditional-character allow-list are settings
 * (keys preflightGlossary, preflightTraditionalAllow) and need no table.
 */
export const migration006: Migration = {
  version: 6,
  name: 'preflight',
  up(db) {
    db.exec(`
      CREATE TABLE preflight_ignore (
        key        TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 4000),
        rule       TEXT NOT NULL,
        node_id    TEXT NOT NULL,
        excerpt    TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
