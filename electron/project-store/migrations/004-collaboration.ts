import crypto from 'node:crypto';
import type { Migration } from './migration';

/**
 * What sharing the work among departments needs (issue 6): the progress of each assigned node,
 * the registry of contribution packages the office issued (with the secret that authenticates
 * each one on return, and what an import changed, so it can be undone), comments anchored to
 * nodes and blocks, and the project's identity, which packages carry so that a package is only
 * ever merged into the project it came from.
 *
 * `package.department_id` is deliberately no foreign key: a department may be removed once its
 * packages are merged, and the registry keeps their history.
 */
export const migration004: Migration = {
  version: 4,
  name: 'collaboration',
  up(db) {
    db.exec(`
      CREATE TABLE node_status (
        node_id    TEXT PRIMARY KEY REFERENCES outline_node(id),
        status     TEXT NOT NULL DEFAULT 'not-started'
                   CHECK (status IN ('not-started', 'drafting', 'submitted', 'returned', 'final')),
        -- A calendar day (YYYY-MM-DD), compared as text.
        due_date   TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE package (
        id            TEXT PRIMARY KEY,
        department_id TEXT NOT NULL,
        -- HMAC key of this package; it never leaves the project.
        secret        BLOB NOT NULL CHECK (length(secret) = 32),
        base_mac      TEXT NOT NULL,
        file_name     TEXT NOT NULL,
        issued_at     TEXT NOT NULL,
        merged_at     TEXT,
        -- JSON: what the import did (changes taken, conflicts left), for the registry view.
        merge_summary TEXT
      ) STRICT;
      CREATE INDEX package_department ON package(department_id);

      CREATE TABLE package_section (
        package_id         TEXT NOT NULL REFERENCES package(id),
        node_id            TEXT NOT NULL REFERENCES outline_node(id),
        base_revision      INTEGER NOT NULL,
        -- Set by an import that changed the section: the office's content just before, to undo.
        pre_merge_revision INTEGER,
        pre_merge_content  TEXT,
        merged_revision    INTEGER,
        PRIMARY KEY (package_id, node_id)
      ) STRICT;

      CREATE TABLE comment (
        id         TEXT PRIMARY KEY,
        node_id    TEXT NOT NULL REFERENCES outline_node(id),
        block_id   TEXT,
        parent_id  TEXT REFERENCES comment(id),
        author     TEXT NOT NULL,
        origin     TEXT NOT NULL CHECK (origin IN ('office', 'department')),
        text       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        -- The package a department's reply came back with (undoing that import removes it).
        package_id TEXT REFERENCES package(id)
      ) STRICT;
      CREATE INDEX comment_node ON comment(node_id, created_at);
    `);
    db.prepare("INSERT OR IGNORE INTO settings(key, value) VALUES ('projectUuid', ?)").run(JSON.stringify(crypto.randomUUID()));
  },
};
