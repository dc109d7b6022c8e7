import type { Migration } from './migration';

/**
 * Named versions of the whole report (保存版本, issue 15): “送审稿” is every section's content at one
 * moment. A version holds no copy of the text: it points at the section revision each section was
 * at, so a version costs a few rows and the text is stored once. The composite foreign key into
 * section_revision makes SQLite itself refuse to delete a pinned revision (the autosave folding and
 * the history pruning skip them; a bug there fails loudly instead of silently emptying a version).
 * Deleting a version deletes its rows (ON DELETE CASCADE), never a revision.
 */
export const migration008: Migration = {
  version: 8,
  name: 'report-versions',
  up(db) {
    db.exec(`
      CREATE TABLE report_version (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE report_version_section (
        version_id INTEGER NOT NULL REFERENCES report_version(id) ON DELETE CASCADE,
        node_id    TEXT NOT NULL,
        revision   INTEGER NOT NULL,
        position   INTEGER NOT NULL, -- reading order when the version was saved
        PRIMARY KEY (version_id, node_id),
        FOREIGN KEY (node_id, revision) REFERENCES section_revision(node_id, revision)
      ) STRICT;
      CREATE INDEX report_version_section_revision ON report_version_section(node_id, revision);
    `);
  },
};
