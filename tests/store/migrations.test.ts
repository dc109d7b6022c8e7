import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { APPLICATION_ID } from '../../electron/project-store/constants';
import { migration003 } from '../../electron/project-store/migrations/003-assets';
import { migration004 } from '../../electron/project-store/migrations/004-collaboration';
import { migration005 } from '../../electron/project-store/migrations/005-statements';
import { MIGRATIONS, migrate, SCHEMA_VERSION, schemaVersion } from '../../electron/project-store/migrations';
import { Project } from '../../electron/project-store/project';
import { openDatabase } from '../../electron/project-store/sqlite';
import { catchAppError, paragraphs } from '../support/project-helpers';
import { fingerprint, leftovers, makeTempDir, removeTempDir } from '../support/temp-files';
import { rawDatabase } from '../../electron/project-store/raw-database';

type Db = Database.Database;

let dir: string;
let db: Db | undefined;

beforeEach(() => {
  dir = makeTempDir('rw-migrate-');
});

afterEach(() => {
  db?.close();
  db = undefined;
  removeTempDir(dir);
});

/** A fresh project database file (header id set, no schema yet), as Project.create starts one. */
function freshDb(name = 'm.rwproj'): Db {
  db = openDatabase(path.join(dir, name));
  db.pragma(`application_id = ${APPLICATION_ID}`);
  return db;
}

function tables(d: Db): string[] {
  return (d.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

function columns(d: Db, table: string): string[] {
  return (d.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((r) => r.name);
}

function dump(d: Db, table: string): unknown[] {
  return d.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
}

/** Rows a version-1 file holds: settings, a chapter with a section, their content and history. */
function insertCoreRows(d: Db): void {
  d.prepare('INSERT INTO settings(key, value) VALUES (?, ?)').run('unitName', JSON.stringify('天津工业职业学院'));
  d.prepare('INSERT INTO settings(key, value) VALUES (?, ?)').run('year', '2025');
  const node = d.prepare('INSERT INTO outline_node(id, parent_id, position, title, role, numbered, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  node.run('c1', null, 0, '人才培养', 'body', 1, null);
  node.run('s1', 'c1', 0, '立德树人', 'body', 1, null);
  node.run('gone', 'c1', 1, '已删除的一节', 'body', 1, '2025-11-20T08:00:00.000Z');
  const json = JSON.stringify(paragraphs('学院坚持立德树人'));
  d.prepare('INSERT INTO section_content(node_id, revision, content, words, chars_no_space, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    's1', 2, json, 8, 8, '2025-11-20T08:00:00.000Z',
  );
  const revision = d.prepare('INSERT INTO section_revision(node_id, revision, content, words, saved_at, reason) VALUES (?, ?, ?, ?, ?, ?)');
  revision.run('s1', 1, '[]', 0, '2025-11-19T08:00:00.000Z', 'create');
  revision.run('s1', 2, json, 8, '2025-11-20T08:00:00.000Z', 'edit');
}

const CORE_TABLES = ['outline_node', 'section_content', 'section_revision', 'settings'];

test('the migration list is ordered, gap-free and ends at SCHEMA_VERSION', () => {
  expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
  expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
});

describe('each migration, from n-1 to n', () => {
  test('001-core creates settings, outline, content and history on an empty file', () => {
    const d = freshDb();
    expect(migrate(d, 0)).toBe(0);
    expect(tables(d)).toEqual([]);
    expect(migrate(d, 1)).toBe(1);
    expect(schemaVersion(d)).toBe(1);
    expect(tables(d)).toEqual(CORE_TABLES);
    expect(columns(d, 'outline_node')).toEqual(['id', 'parent_id', 'position', 'title', 'role', 'numbered', 'deleted_at']);
    // The tables are STRICT: a wrongly typed value is refused instead of stored.
    expect(() => d.prepare('INSERT INTO outline_node(id, parent_id, position, title) VALUES (?, ?, ?, ?)').run('x', null, 'first', 't')).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(d.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
  });

  test('002-departments adds departments and outline_node.department_id, keeping every row', () => {
    const d = freshDb();
    migrate(d, 1);
    insertCoreRows(d);
    const before = Object.fromEntries(CORE_TABLES.map((t) => [t, dump(d, t)]));

    expect(migrate(d, 2)).toBe(2);

    expect(tables(d)).toEqual(['department', ...CORE_TABLES]);
    expect(columns(d, 'outline_node')).toContain('department_id');
    for (const table of ['settings', 'section_content', 'section_revision']) expect(dump(d, table)).toEqual(before[table]);
    expect(dump(d, 'outline_node')).toEqual((before.outline_node as object[]).map((row) => ({ ...row, department_id: null })));
    // The new schema works: a department can be created and assigned.
    d.prepare('INSERT INTO department(id, name, lead, writers, position) VALUES (?, ?, ?, ?, ?)').run('d1', '教务部', '李某', '王某、张某', 0);
    d.prepare('UPDATE outline_node SET department_id = ? WHERE id = ?').run('d1', 's1');
    expect(() => d.prepare('INSERT INTO department(id, name) VALUES (?, ?)').run('d2', '教务部')).toThrow(/UNIQUE/);
  });

  test('003-assets adds the asset table, keeping every row including departments', () => {
    const d = freshDb();
    migrate(d, 2);
    insertCoreRows(d);
    d.prepare('INSERT INTO department(id, name, lead, writers, position) VALUES (?, ?, ?, ?, ?)').run('d1', '教务部', '李某', '王某', 0);
    d.prepare('UPDATE outline_node SET department_id = ? WHERE id = ?').run('d1', 'c1');
    const all = ['department', ...CORE_TABLES];
    const before = Object.fromEntries(all.map((t) => [t, dump(d, t)]));

    expect(migrate(d, 3)).toBe(3);

    expect(tables(d)).toEqual(['asset', ...all]);
    for (const table of all) expect(dump(d, table)).toEqual(before[table]);
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]);
    d.prepare('INSERT INTO asset(sha256, mime, bytes, width, height, created_at) VALUES (?, ?, ?, ?, ?, ?)').run('abc', 'image/png', bytes, 1200, 800, '2025-11-20T08:00:00.000Z');
    expect(d.prepare('SELECT bytes FROM asset WHERE sha256 = ?').get('abc')).toEqual({ bytes });
  });

  test('004-collaboration adds statuses, the package registry, comments and a project uuid, keeping every row', () => {
    const d = freshDb();
    migrate(d, 3);
    insertCoreRows(d);
    d.prepare('INSERT INTO department(id, name, lead, writers, position) VALUES (?, ?, ?, ?, ?)').run('d1', '教务部', '李某', '王某', 0);
    d.prepare('UPDATE outline_node SET department_id = ? WHERE id = ?').run('d1', 's1');
    d.prepare('INSERT INTO asset(sha256, mime, bytes, width, height, created_at) VALUES (?, ?, ?, ?, ?, ?)').run('abc', 'image/png', Buffer.from([1, 2]), 1, 1, '2025-11-20T08:00:00.000Z');
    const all = ['asset', 'department', ...CORE_TABLES];
    const before = Object.fromEntries(all.map((t) => [t, dump(d, t)]));

    expect(migrate(d, 4)).toBe(4);

    expect(tables(d)).toEqual(['asset', 'comment', 'department', 'node_status', 'outline_node', 'package', 'package_section', 'section_content', 'section_revision', 'settings']);
    for (const table of all.filter((t) => t !== 'settings')) expect(dump(d, table)).toEqual(before[table]);
    // Settings gain exactly one row: a random project uuid.
    const settings = dump(d, 'settings') as { key: string; value: string }[];
    expect(settings.slice(0, -1)).toEqual(before.settings);
    expect(settings[settings.length - 1]?.key).toBe('projectUuid');
    expect(JSON.parse(settings[settings.length - 1]?.value ?? '""')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    // The new schema works and refuses what it must.
    const at = '2025-11-20T08:00:00.000Z';
    d.prepare('INSERT INTO node_status(node_id, status, due_date, updated_at) VALUES (?, ?, ?, ?)').run('s1', 'drafting', '2025-12-01', at);
    expect(() => d.prepare('INSERT INTO node_status(node_id, status, updated_at) VALUES (?, ?, ?)').run('c1', '起草中', at)).toThrow(/CHECK/);
    expect(() => d.prepare('INSERT INTO node_status(node_id, due_date, updated_at) VALUES (?, ?, ?)').run('c1', '12/01/2025', at)).toThrow(/CHECK/);
    d.prepare('INSERT INTO package(id, department_id, secret, base_mac, file_name, issued_at) VALUES (?, ?, ?, ?, ?, ?)').run('k1', 'd1', Buffer.alloc(32, 7), 'mac', '教务部.rwpkg', at);
    expect(() => d.prepare('INSERT INTO package(id, department_id, secret, base_mac, file_name, issued_at) VALUES (?, ?, ?, ?, ?, ?)').run('k2', 'd1', Buffer.alloc(8), 'mac', 'x', at)).toThrow(/CHECK/);
    d.prepare('INSERT INTO package_section(package_id, node_id, base_revision) VALUES (?, ?, ?)').run('k1', 's1', 2);
    d.prepare('INSERT INTO comment(id, node_id, block_id, author, origin, text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run('m1', 's1', 'p0', '专班', 'office', '请补充数据', at);
    d.prepare('INSERT INTO comment(id, node_id, parent_id, author, origin, text, created_at, package_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run('m2', 's1', 'm1', '王某', 'department', '已补充', at, 'k1');
    expect(() => d.prepare('INSERT INTO comment(id, node_id, author, origin, text, created_at) VALUES (?, ?, ?, ?, ?, ?)').run('m3', 's1', 'x', 'nobody', 't', at)).toThrow(/CHECK/);
  });

  test('004-collaboration keeps a project uuid that is already there', () => {
    const d = freshDb();
    migrate(d, 3);
    d.prepare('INSERT INTO settings(key, value) VALUES (?, ?)').run('projectUuid', JSON.stringify('kept-uuid'));
    migrate(d, 4);
    expect(d.prepare("SELECT value FROM settings WHERE key = 'projectUuid'").get()).toEqual({ value: JSON.stringify('kept-uuid') });
    expect(migration004.version).toBe(4);
  });

  test('005-statements adds the register of issued statements, keeping every row and the statement settings', () => {
    const d = freshDb();
    migrate(d, 4);
    insertCoreRows(d);
    d.prepare('INSERT INTO settings(key, value) VALUES (?, ?)').run('statementSigner', JSON.stringify('张三'));
    const existing = tables(d);
    const before = Object.fromEntries(existing.map((t) => [t, dump(d, t)]));

    expect(migrate(d, 5)).toBe(5);

    expect(tables(d)).toEqual([...existing, 'issued_statement'].sort());
    for (const table of existing) expect(dump(d, table)).toEqual(before[table]);
    const at = '2025-12-30T08:00:00.000Z';
    const sha = 'a'.repeat(64);
    const insert = d.prepare('INSERT INTO issued_statement(file_name, report_name, report_sha256, signed, issued_at) VALUES (?, ?, ?, ?, ?)');
    insert.run('声明.pdf', '报告.pdf', sha, 1, at);
    insert.run('声明.docx', null, null, 0, at);
    expect(dump(d, 'issued_statement')).toEqual([
      { id: 1, file_name: '声明.pdf', report_name: '报告.pdf', report_sha256: sha, signed: 1, issued_at: at },
      { id: 2, file_name: '声明.docx', report_name: null, report_sha256: null, signed: 0, issued_at: at },
    ]);
    // A fingerprint that is not 64 lower-case hex digits is refused, as is a signed flag other than 0/1.
    expect(() => insert.run('x.pdf', null, 'A'.repeat(64), 0, at)).toThrow(/CHECK/);
    expect(() => insert.run('x.pdf', null, 'abc', 0, at)).toThrow(/CHECK/);
    expect(() => insert.run('x.pdf', null, null, 2, at)).toThrow(/CHECK/);
    expect(migration005.version).toBe(5);
  });

  test('migrating an up-to-date file is a no-op', () => {
    const d = freshDb();
    migrate(d);
    const schema = d.prepare('SELECT sql FROM sqlite_schema ORDER BY name').all();
    expect(migrate(d)).toBe(SCHEMA_VERSION);
    expect(d.prepare('SELECT sql FROM sqlite_schema ORDER BY name').all()).toEqual(schema);
  });
});

describe('all pending migrations run in one transaction', () => {
  afterEach(() => jest.restoreAllMocks());

  test('a failing last migration leaves user_version and schema exactly as they were', () => {
    const d = freshDb();
    migrate(d, 1);
    insertCoreRows(d);
    const schemaBefore = d.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY name').all();
    const real = migration003.up.bind(migration003);
    jest.spyOn(migration003, 'up').mockImplementation((target) => {
      real(target); // the asset table is created inside the transaction, then the migration fails
      throw new Error('disk full');
    });

    expect(() => migrate(d)).toThrow('disk full');

    expect(schemaVersion(d)).toBe(1);
    // Neither 002's department table and column nor 003's asset table survived.
    expect(d.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY name').all()).toEqual(schemaBefore);
    expect(dump(d, 'section_revision')).toHaveLength(2);
    expect(d.inTransaction).toBe(false);
  });

  test('a project file whose migration fails on open is left byte for byte unchanged', () => {
    const file = path.join(dir, 'v1.rwproj');
    const d = freshDb('v1.rwproj');
    migrate(d, 1);
    insertCoreRows(d);
    d.close();
    db = undefined;
    const before = fingerprint(file);
    jest.spyOn(migration003, 'up').mockImplementation(() => {
      throw new Error('disk full');
    });

    const error = catchAppError(() => Project.open(file), 'IO_ERROR');
    expect(error.message).toContain('disk full');

    expect(fingerprint(file)).toEqual(before);
    expect(leftovers(dir, ['v1.rwproj'])).toEqual([]);
  });
});

describe('files from a newer version', () => {
  test('migrate refuses a database with user_version above SCHEMA_VERSION', () => {
    const d = freshDb();
    migrate(d);
    d.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    expect(() => migrate(d)).toThrow(/newer/);
    expect(schemaVersion(d)).toBe(SCHEMA_VERSION + 1);
  });

  test('Project.open refuses the file with NEWER_VERSION and does not touch it', () => {
    const file = path.join(dir, '新版本.rwproj');
    const d = freshDb('新版本.rwproj');
    migrate(d);
    d.pragma(`user_version = ${SCHEMA_VERSION + 7}`);
    d.close();
    db = undefined;
    const before = fingerprint(file);

    for (const readOnly of [false, true]) {
      const error = catchAppError(() => Project.open(file, { readOnly }), 'NEWER_VERSION');
      expect(error.message).toContain('新版本.rwproj');
      expect(error.message).toContain(`文件版本 ${SCHEMA_VERSION + 7}`);
    }

    expect(fingerprint(file)).toEqual(before);
    expect(leftovers(dir, ['新版本.rwproj'])).toEqual([]);
  });
});

describe('opening a file of an older schema', () => {
  function writeV1File(name: string): string {
    const d = freshDb(name);
    migrate(d, 1);
    insertCoreRows(d);
    d.close();
    db = undefined;
    return path.join(dir, name);
  }

  test('a writable open migrates it to the current schema and keeps the content', () => {
    const file = writeV1File('old.rwproj');
    const project = Project.open(file);
    try {
      expect(schemaVersion(rawDatabase(project))).toBe(SCHEMA_VERSION);
      expect(project.settings().unitName).toBe('天津工业职业学院');
      expect(project.outline().map((n) => [n.title, n.departmentId])).toEqual([
        ['人才培养', null],
        ['立德树人', null],
      ]);
      expect(project.loadSection('s1')).toEqual({ id: 's1', revision: 2, content: paragraphs('学院坚持立德树人') });
    } finally {
      project.close();
    }
    const reopened = openDatabase(file, { readonly: true });
    expect(schemaVersion(reopened)).toBe(SCHEMA_VERSION);
    expect(tables(reopened)).toContain('asset');
    reopened.close();
  });

  test('a read-only open migrates only in memory: the file keeps its bytes, its version and gets no lock', () => {
    const file = writeV1File('old-ro.rwproj');
    const before = fingerprint(file);
    const project = Project.open(file, { readOnly: true });
    try {
      expect(project.readOnlyReason).toBe('requested');
      expect(schemaVersion(rawDatabase(project))).toBe(SCHEMA_VERSION);
      expect(project.snapshot().outline).toHaveLength(2);
      expect(project.loadSection('s1').content).toEqual(paragraphs('学院坚持立德树人'));
      expect(leftovers(dir, ['old-ro.rwproj'])).toEqual([]);
    } finally {
      project.close();
    }
    expect(fingerprint(file)).toEqual(before);
    const raw = fs.readFileSync(file);
    expect(raw.readInt32BE(60)).toBe(1);
  });
});
