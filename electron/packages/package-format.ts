/**
 * The contribution package (`*.rwpkg`): one self-contained SQLite file per department, made by the
 * office (create-package.ts), edited in contributor mode (contributor-session.ts) and merged back
 * (import-package.ts). Identified like projects: `PRAGMA application_id` 'RWPK' and its own
 * `user_version` schema, independent of the project's migrations.
 *
 * What is in it, and who wrote it:
 * - issued by the office, sealed with its MAC (package-seal.ts): `meta` (identity: project uuid,
 *   unit, title, package id, department, settings), `outline_node` (the whole outline, read-only
 *   context), `context_section` (numbering skeletons of the other sections, so figure/table/case
 *   numbers show right), `base_section` (the assigned sections at their base revisions), and the
 *   rows of `asset` and `comment` whose `issued` is 1;
 * - written by the department's app: `working_section` (its edited sections), assets and comments
 *   with `issued` 0 (new images, replies), and meta `submittedAt` / `workingSeal`.
 */
export const PACKAGE_EXTENSION = '.rwpkg';
export const PACKAGE_FORMAT = 'reportworks-package';
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

/** Meta keys, all JSON values. The first group is sealed by the office's MAC. */
export const META = {
  format: 'format',
  packageId: 'packageId',
  projectUuid: 'projectUuid',
  department: 'department',
  settings: 'settings',
  issuedAt: 'issuedAt',
  /** The office's HMAC over the issued content (hex); not part of what it covers. */
  baseMac: 'baseMac',
  /** Set by 提交 in contributor mode, cleared by a later edit. */
  submittedAt: 'submittedAt',
  /** The contributor app's seal over the department's rows (see package-seal.ts). */
  workingSeal: 'workingSeal',
  /**
   * The office's preflight settings and ignored findings (glossary, traditional allow-list), so a
   * department checks with the same terms and does not see what the office ignored. Sealed with
   * the issued content; absent in packages made before the preflight existed.
   */
  preflight: 'preflight',
  /**
   * The department's own ignored findings (校对 in contributor mode), kept apart from the office's
   * sealed ones: not sealed, because they change nothing in the report — at worst a finding the
   * department hid is shown to nobody in the package, and the office's own check still lists it.
   */
  departmentIgnores: 'departmentPreflightIgnores',
} as const;

export interface PackageDepartment {
  readonly id: string;
  readonly name: string;
  readonly lead: string;
  readonly writers: string;
}
