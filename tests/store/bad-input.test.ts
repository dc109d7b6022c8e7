import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { lockPathFor } from '../../electron/project-store/file-lock';
import { SCHEMA_VERSION } from '../../electron/project-store/migrations';
import { Project } from '../../electron/project-store/project';
import { openDatabase } from '../../electron/project-store/sqlite';
import { dispatch } from '../../electron/services/handlers';
import type { ErrorCode } from '../../shared/ipc/result';
import { catchAppError, createProject, fillWithText, nodeIdByTitle, paragraphs, testHandlers } from '../support/project-helpers';
import { fingerprint, leftovers, makeTempDir, removeTempDir } from '../support/temp-files';
import { rawDatabase } from '../../electron/project-store/raw-database';

let dir: string;

beforeEach(() => {
  dir = makeTempDir('rw-bad-input-');
});

afterEach(() => {
  removeTempDir(dir);
});

/** A real project with enough content to span many pages; returns its bytes and page size. */
function realProjectBytes(): { bytes: Buffer; pageSize: number } {
  const project = createProject(dir, 'source.rwproj');
  fillWithText(project);
  const pageSize = rawDatabase(project).pragma('page_size', { simple: true }) as number;
  const file = project.path;
  project.close();
  const bytes = fs.readFileSync(file);
  fs.rmSync(file);
  expect(bytes.length / pageSize).toBeGreaterThan(20);
  return { bytes, pageSize };
}

/** Each maker writes the bad input at `file` (a path inside the test's temp dir). */
const BAD_INPUTS: [string, ErrorCode, (file: string) => void][] = [
  ['a text file renamed .rwproj', 'NOT_A_PROJECT', (file) => fs.writeFileSync(file, '天津工业职业学院 2025 年度质量报告（草稿）\n一、人才培养\n')],
  ['an empty file', 'NOT_A_PROJECT', (file) => fs.writeFileSync(file, '')],
  ['a directory', 'NOT_A_PROJECT', (file) => fs.mkdirSync(file)],
  ['a Word document renamed .rwproj', 'NOT_A_PROJECT', (file) => fs.writeFileSync(file, Buffer.concat([Buffer.from('PK\u0003\u0004'), crypto.randomBytes(4000)]))],
  [
    'a SQLite database of another application',
    'FOREIGN_DATABASE',
    (file) => {
      const db = openDatabase(file);
      db.exec("CREATE TABLE contacts(name TEXT, phone TEXT); INSERT INTO contacts VALUES ('李老师', '022-1234')");
      db.close();
    },
  ],
  [
    'a project from a newer version',
    'NEWER_VERSION',
    (file) => {
      const project = Project.create(file, { unitName: '测试学院', year: 2025, blank: true });
      rawDatabase(project).pragma(`user_version = ${SCHEMA_VERSION + 1}`);
      project.close();
    },
  ],
  [
    'a project cut in half',
    'CORRUPT_FILE',
    (file) => {
      const { bytes } = realProjectBytes();
      fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    },
  ],
  [
    'a project cut inside its header',
    'CORRUPT_FILE',
    (file) => {
      const { bytes } = realProjectBytes();
      fs.writeFileSync(file, bytes.subarray(0, 60));
    },
  ],
  [
    'a project of the right size whose middle pages are overwritten',
    'CORRUPT_FILE',
    (file) => {
      const { bytes, pageSize } = realProjectBytes();
      const pages = bytes.length / pageSize;
      // Page 1 (header and schema) stays intact, so only reading the data reveals the damage.
      crypto.randomFillSync(bytes, 2 * pageSize, Math.floor(pages / 2) * pageSize);
      fs.writeFileSync(file, bytes);
    },
  ],
  [
    'a project whose data pages were zeroed',
    'CORRUPT_FILE',
    (file) => {
      const { bytes, pageSize } = realProjectBytes();
      bytes.fill(0, pageSize, bytes.length);
      fs.writeFileSync(file, bytes);
    },
  ],
];

describe.each(BAD_INPUTS)('%s', (_name, code, make) => {
  const name = '坏文件.rwproj';

  test.each([
    ['writable', false],
    ['read-only', true],
  ])(`%s open is refused with ${code}, naming the file, and leaves it untouched`, (_mode, readOnly) => {
    const file = path.join(dir, name);
    make(file);
    const before = fingerprint(file);
    const others = fs.readdirSync(dir);

    const error = catchAppError(() => Project.open(file, { readOnly }), code);
    expect(error.message).toContain(name);

    expect(fingerprint(file)).toEqual(before);
    expect(leftovers(dir, others)).toEqual([]);
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
  });

  test('through IPC it is an error envelope with the same code, never INTERNAL', async () => {
    const file = path.join(dir, name);
    make(file);
    const { session, handlers, file: handle } = testHandlers(path.join(dir, '.profile'));
    const result = await dispatch(handlers, 'project.open', { file: handle('open-project', file) });
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(session.current).toBeNull();
  });
});

test('a missing file is FILE_NOT_FOUND with its path', () => {
  const file = path.join(dir, '不存在.rwproj');
  const error = catchAppError(() => Project.open(file), 'FILE_NOT_FOUND');
  expect(error.message).toContain(file);
  expect(fs.readdirSync(dir)).toEqual([]);
});

test('a project whose stored section JSON is damaged opens, and that section reads as its newest readable revision', () => {
  const project = createProject(dir, '内容损坏.rwproj');
  const id = nodeIdByTitle(project, '人才培养');
  const original = project.loadSection(id).content;
  rawDatabase(project).prepare('UPDATE section_content SET content = ? WHERE node_id = ?').run('[{"type":"paragraph",', id);
  const file = project.path;
  project.close();

  const reopened = Project.open(file);
  try {
    const doc = reopened.loadSection(id);
    expect(doc.recovered).toEqual({ fromRevision: 1 });
    expect(doc.content).toEqual(original);
    // The other sections are untouched.
    expect(reopened.loadSection(nodeIdByTitle(reopened, '产教融合')).recovered).toBeUndefined();
  } finally {
    reopened.close();
  }
});

test('through IPC, a project with a damaged section opens and says which section was recovered', async () => {
  const damaged = createProject(dir, '内容损坏.rwproj');
  const id = nodeIdByTitle(damaged, '人才培养');
  rawDatabase(damaged).prepare('UPDATE section_content SET content = ? WHERE node_id = ?').run('{', id);
  const damagedPath = damaged.path;
  damaged.close();

  const { session, handlers, file: handle } = testHandlers(path.join(dir, '.profile'));
  try {
    expect(await dispatch(handlers, 'project.open', { file: handle('open-project', damagedPath) })).toMatchObject({ ok: true, value: { stats: { damaged: [id] } } });
    expect(await dispatch(handlers, 'section.load', { id })).toMatchObject({ ok: true, value: { recovered: { fromRevision: 1 } } });
  } finally {
    session.close();
  }
});

test('through IPC, a project the session cannot show is not adopted: error envelope, lock freed, previous project kept', async () => {
  // Opens (header, schema version and quick_check are fine) but cannot be shown: a table is gone.
  const damaged = createProject(dir, '内容损坏.rwproj');
  rawDatabase(damaged).exec('DROP TABLE section_content');
  const damagedPath = damaged.path;
  damaged.close();
  const good = createProject(dir, '正常.rwproj');
  const goodPath = good.path;
  good.close();

  const { session, handlers, file: handle } = testHandlers(path.join(dir, '.profile'));
  try {
    expect(await dispatch(handlers, 'project.open', { file: handle('open-project', goodPath) })).toMatchObject({ ok: true });
    const result = await dispatch(handlers, 'project.open', { file: handle('open-project', damagedPath) });
    expect(result).toMatchObject({ ok: false, error: { code: 'CORRUPT_FILE' } });
    if (!result.ok) expect(result.error.message).toContain('缺少一部分内容');
    expect(fs.existsSync(lockPathFor(damagedPath))).toBe(false);
    expect(session.current?.path).toBe(goodPath);
    expect(fs.existsSync(lockPathFor(goodPath))).toBe(true);
  } finally {
    session.close();
  }
});

describe('a read-only file', () => {
  test('opens read-only with reason file-read-only, refuses writes, and stays untouched', () => {
    const project = createProject(dir, '只读.rwproj');
    const id = nodeIdByTitle(project, '人才培养');
    project.saveSection(id, paragraphs('定稿内容'), 1);
    const file = project.path;
    project.close();
    fs.chmodSync(file, 0o444);
    const before = fingerprint(file);

    const readOnly = Project.open(file);
    try {
      expect(readOnly.readOnly).toBe(true);
      expect(readOnly.readOnlyReason).toBe('file-read-only');
      expect(readOnly.loadSection(id).content).toEqual(paragraphs('定稿内容'));
      const error = catchAppError(() => readOnly.saveSection(id, paragraphs('修改'), 2), 'READ_ONLY_SESSION');
      expect(error.message).toContain('只读');
      catchAppError(() => readOnly.addNode(null, null, '新的一章'), 'READ_ONLY_SESSION');
      expect(leftovers(dir, ['只读.rwproj'])).toEqual([]);
    } finally {
      readOnly.close();
    }
    expect(fingerprint(file)).toEqual(before);
    expect(leftovers(dir, ['只读.rwproj'])).toEqual([]);
  });

  test('of an older schema is migrated in memory only', () => {
    const project = createProject(dir, '旧只读.rwproj', { blank: true });
    const file = project.path;
    // Make it a version-2 file: drop what migrations 3 to 8 add.
    rawDatabase(project).exec('DROP TABLE report_version_section; DROP TABLE report_version; DROP TABLE asset; DROP TABLE comment; DROP TABLE package_section; DROP TABLE package; DROP TABLE node_status; DROP TABLE issued_statement; DROP TABLE preflight_ignore; DROP TABLE prior_year_section; DROP TABLE prior_year_source');
    rawDatabase(project).prepare("DELETE FROM settings WHERE key = 'projectUuid'").run();
    rawDatabase(project).pragma('user_version = 2');
    project.close();
    fs.chmodSync(file, 0o444);
    const before = fingerprint(file);

    const readOnly = Project.open(file);
    try {
      expect(readOnly.readOnlyReason).toBe('file-read-only');
      expect(rawDatabase(readOnly).pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(readOnly.snapshot().outline).toHaveLength(1);
    } finally {
      readOnly.close();
    }
    expect(fingerprint(file)).toEqual(before);
    expect(leftovers(dir, ['旧只读.rwproj'])).toEqual([]);
  });
});
