import type { Migration } from './migration';

/** Settings, the outline tree, section content and its revision history. */
export const migration001: Migration = {
  version: 1,
  name: 'core',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL -- JSON
      ) STRICT;

      CREATE TABLE outline_node (
        id         TEXT PRIMARY KEY,
        parent_id  TEXT REFERENCES outline_node(id),
        position   INTEGER NOT NULL,
        title      TEXT NOT NULL,
        role       TEXT NOT NULL DEFAULT 'body',
        numbered   INTEGER NOT NULL DEFAULT 1,
        -- Soft delete: a deleted chapter can be restored with all its content.
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX outline_node_parent ON outline_node(parent_id, position);

      CREATE TABLE section_content (
        node_id        TEXT PRIMARY KEY REFERENCES outline_node(id),
        revision       INTEGER NOT NULL,
        content        TEXT NOT NULL, -- Slate JSON
        words          INTEGER NOT NULL DEFAULT 0,
        chars_no_space INTEGER NOT NULL DEFAULT 0,
        updated_at     TEXT NOT NULL
      ) STRICT;

      CREATE TABLE section_revision (
        node_id  TEXT NOT NULL REFERENCES outline_node(id),
        revision INTEGER NOT NULL,
        content  TEXT NOT NULL,
        words    INTEGER NOT NULL DEFAULT 0,
        saved_at TEXT NOT NULL,
        reason   TEXT NOT NULL,
        PRIMARY KEY (node_id, revision)
      ) STRICT;
    `);
  },
};
