import type { Migration } from './migration';

/** Binary assets (images), stored once per content hash and referenced from content by sha256. */
export const migration003: Migration = {
  version: 3,
  name: 'assets',
  up(db) {
    db.exec(`
      CREATE TABLE asset (
        sha256     TEXT PRIMARY KEY,
        mime       TEXT NOT NULL,
        bytes      BLOB NOT NULL,
        width      INTEGER,
        height     INTEGER,
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
