/**
 * A project file is trusted only after its schema matches, object for object, what our migrations
 * create for its version: a trigger, view, table or index that ReportWorks never makes would run
 * (or change what we read) on our own writes. Such a file is refused before SQLite writes anything,
 * in every mode, and stays byte for byte as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { importMarkdownIntoProject, prepareMarkdownImport } from '../../electron/import/import-markdown-file';
import { lockPathFor } from '../../electron/project-store/file-lock';
import { migrate, SCHEMA_VERSION } from '../../electron/project-store/migrations';
import { compareSchema, projectSchema, readSchema } from '../../electron/project-store/schema-check';
import { APPLICATION_ID } from '../../electron/project-store/constants';
import { Project } from '../../electron/project-store/project';
import { openDatabase } from '../../electron/project-store/sqlite';
import { dispatch } from '../../electron/services/handlers';
import { catchAppError, createProject, nodeIdByTitle, paragraphs, testHandlers } from '../support/project-helpers';
import { fingerprint, leftovers, makeTempDir, removeTempDir } from '../support/temp-files';
import { rawDatabase } from '../../electron/project-store/raw-database';

let dir: string;

beforeEach(() => {
  dir = makeTempDir('rw-schema-');
});

afterEach(() => {
  removeTempDir(dir);
});

const WIPE_HISTORY = 'CREATE TRIGGER wipe AFTER INSERT ON section_revision BEGIN DELETE FROM section_revision; END';

/** A real project with some history, then `sql` run on it with plain SQLite. */
function alteredProject(name: string, sql: string): string {
  const project = createProject(dir, name);
  const id = nodeIdByTitle(project, '人才培养');
  project.saveSection(id, paragraphs('第一稿'), 1);
  const file = project.path;
  project.close();
  const db = openDatabase(file);
  db.exec(sql);
  db.close();
  return file;
}

function revisionCount(file: string): number {
  const db = openDatabase(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM section_revision').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const FOREIGN_OBJECTS: [string, string, string][] = [
  ['a trigger that wipes the history', WIPE_HISTORY, 'trigger wipe'],
  ['a trigger on settings', "CREATE TRIGGER t2 BEFORE UPDATE ON settings BEGIN SELECT RAISE(IGNORE); END", 'trigger t2'],
  ['an extra table', 'CREATE TABLE notes(x TEXT)', 'table notes'],
  ['a view', 'CREATE VIEW v AS SELECT * FROM section_revision', 'view v'],
  ['an extra index', 'CREATE INDEX by_reason ON section_revision(reason)', 'index by_reason'],
  ['a column added to a table', "ALTER TABLE settings ADD COLUMN extra TEXT DEFAULT 'x'", 'table settings'],
  ['statistics tables (ANALYZE)', 'ANALYZE', 'table sqlite_stat1'],
];

describe.each(FOREIGN_OBJECTS)('a project with %s', (_what, sql, named) => {
  test.each([
    ['writable', false],
    ['read-only', true],
  ])('%s open is refused with UNTRUSTED_SCHEMA, the object named in its details only; the file is untouched', (_mode, readOnly) => {
    const file = alteredProject('外来结构.rwproj', sql);
    const before = fingerprint(file);
    const error = catchAppError(() => Project.open(file, { readOnly }), 'UNTRUSTED_SCHEMA');
    expect(error.message).toContain('外来结构.rwproj');
    // The author reads plain words; the altered object is named for support (log, CLI's English half).
    expect(error.message).not.toContain(named);
    expect(error.details?.objects).toContain(named);
    expect(error.message).toContain('在年报工坊之外被其他软件改动过');
    expect(error.message).toContain('文件未作任何改动');
    expect(fingerprint(file)).toEqual(before);
    expect(leftovers(dir, ['外来结构.rwproj'])).toEqual([]);
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
  });
});

test('import-md into a project carrying a history-wiping trigger is refused and the history survives', async () => {
  const file = alteredProject('带触发器.rwproj', WIPE_HISTORY);
  const revisions = revisionCount(file);
  expect(revisions).toBeGreaterThan(1);
  const before = fingerprint(file);
  const markdown = path.join(dir, 'r.md');
  fs.writeFileSync(markdown, '# 人才培养\n\n## 立德树人\n\n新的正文。\n');
  const prepared = await prepareMarkdownImport(markdown);
  catchAppError(() => importMarkdownIntoProject(file, prepared), 'UNTRUSTED_SCHEMA');
  expect(fingerprint(file)).toEqual(before);
  expect(revisionCount(file)).toBe(revisions);
});

test('through IPC the refusal is an error envelope with the Chinese message, never INTERNAL', async () => {
  const file = alteredProject('外来结构.rwproj', WIPE_HISTORY);
  const { session, handlers, file: grant } = testHandlers(path.join(dir, '.profile'));
  const result = await dispatch(handlers, 'project.open', { file: grant('open-project', file) });
  expect(result).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SCHEMA' } });
  if (!result.ok) expect(result.error.message).toContain('在年报工坊之外被其他软件改动过');
  if (!result.ok) expect(result.error.message).not.toMatch(/数据库|SQLite|schema|trigger/i);
  expect(session.current).toBeNull();
});

describe('a file of an older version is compared with the schema of its own version', () => {
  /** A version-2 file made by running migrations 1–2, as an old ReportWorks would have. */
  function versionTwo(name: string, extra = ''): string {
    const file = path.join(dir, name);
    const db = openDatabase(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, 2);
    db.prepare("INSERT INTO settings(key, value) VALUES ('unitName', '\"测试学院\"')").run();
    if (extra) db.exec(extra);
    db.close();
    return file;
  }

  test('a clean version-2 file opens and is migrated', () => {
    const project = Project.open(versionTwo('v2.rwproj'));
    try {
      expect(rawDatabase(project).pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    } finally {
      project.close();
    }
  });

  test('a version-2 file with a foreign trigger is refused before migrating, untouched', () => {
    const file = versionTwo('v2-trigger.rwproj', 'CREATE TRIGGER t AFTER INSERT ON department BEGIN DELETE FROM outline_node; END');
    const before = fingerprint(file);
    const error = catchAppError(() => Project.open(file), 'UNTRUSTED_SCHEMA');
    expect(error.details?.objects).toContain('trigger t');
    expect(fingerprint(file)).toEqual(before);
  });

  test('a version-2 file already holding a later version\'s table is refused', () => {
    const file = versionTwo('v2-asset.rwproj', 'CREATE TABLE asset(sha256 TEXT PRIMARY KEY, mime TEXT NOT NULL, bytes BLOB NOT NULL)');
    catchAppError(() => Project.open(file, { readOnly: true }), 'UNTRUSTED_SCHEMA');
  });
});

test('every connection runs with trusted_schema off', () => {
  const project = createProject(dir, 'trusted.rwproj');
  try {
    expect(rawDatabase(project).pragma('trusted_schema', { simple: true })).toBe(0);
  } finally {
    project.close();
  }
  const readOnly = Project.open(path.join(dir, 'trusted.rwproj'), { readOnly: true });
  try {
    expect(rawDatabase(readOnly).pragma('trusted_schema', { simple: true })).toBe(0);
  } finally {
    readOnly.close();
  }
});

test.each(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1))(
  'a file made at version %i, opened (migrated on disk) and reopened, matches the current schema exactly',
  (version) => {
    const file = path.join(dir, `v${version}.rwproj`);
    const db = openDatabase(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, version);
    expect(compareSchema(readSchema(db), projectSchema(version))).toEqual({ missing: [], foreign: [] });
    db.close();
    Project.open(file).close();
    const again = Project.open(file);
    try {
      expect(compareSchema(readSchema(rawDatabase(again)), projectSchema(SCHEMA_VERSION))).toEqual({ missing: [], foreign: [] });
    } finally {
      again.close();
    }
  },
);
