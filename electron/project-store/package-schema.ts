/** The tables of a contribution package (`*.rwpkg`); what each holds: electron/packages/package-format.ts. */
export const PACKAGE_SCHEMA_VERSION = 1;

export const PACKAGE_SCHEMA = `
  CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL -- JSON
  ) STRICT;

  CREATE TABLE outline_node (
    id            TEXT PRIMARY KEY,
    parent_id     TEXT,
    position      INTEGER NOT NULL,
    title         TEXT NOT NULL,
    role          TEXT NOT NULL,
    numbered      INTEGER NOT NULL,
    department_id TEXT
  ) STRICT;

  CREATE TABLE context_section (
    node_id TEXT PRIMARY KEY,
    content TEXT NOT NULL
  ) STRICT;

  CREATE TABLE base_section (
    node_id  TEXT PRIMARY KEY,
    revision INTEGER NOT NULL,
    content  TEXT NOT NULL
  ) STRICT;

  CREATE TABLE working_section (
    node_id    TEXT PRIMARY KEY,
    revision   INTEGER NOT NULL,
    content    TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE asset (
    sha256 TEXT PRIMARY KEY,
    mime   TEXT NOT NULL,
    bytes  BLOB NOT NULL,
    width  INTEGER,
    height INTEGER,
    issued INTEGER NOT NULL CHECK (issued IN (0, 1))
  ) STRICT;

  CREATE TABLE comment (
    id         TEXT PRIMARY KEY,
    node_id    TEXT NOT NULL,
    block_id   TEXT,
    parent_id  TEXT,
    author     TEXT NOT NULL,
    origin     TEXT NOT NULL CHECK (origin IN ('office', 'department')),
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    issued     INTEGER NOT NULL CHECK (issued IN (0, 1))
  ) STRICT;
`;
