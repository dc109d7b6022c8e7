/**
 * Deterministic snapshots of a writer killed in the middle of a transaction: the project file and
 * its hot rollback journal are copied while a large transaction is open (SQLite has already spilled
 * pages into the file), which is exactly what a crash at that moment leaves on disk. The random
 * kills of crash-safety.test.ts reach these states only by luck.
 */
import fs from 'node:fs';
import path from 'node:path';
import { lockPathFor } from '../../electron/project-store/file-lock';
import { Project } from '../../electron/project-store/project';
import { openDatabase } from '../../electron/project-store/sqlite';
import { catchAppError, createProject, nodeIdByTitle, paragraphs } from '../support/project-helpers';
import { fingerprint, leftovers, makeTempDir, removeTempDir } from '../support/temp-files';
import { rawDatabase } from '../../electron/project-store/raw-database';

let dir: string;

beforeEach(() => {
  dir = makeTempDir('rw-interrupted-');
});

afterEach(() => {
  removeTempDir(dir);
});

interface CrashState {
  readonly file: string;
  readonly nodeId: string;
  readonly sizeBefore: number;
}

/**
 * Leaves `crashed.rwproj` + `crashed.rwproj-journal` as a writer killed mid-transaction would.
 * With `page1Written`, page 1 of the file already carries the new header (as after the first write
 * of a commit, which writes pages in order and page 1 first) while the file has not grown yet.
 */
function crashMidTransaction(page1Written: boolean): CrashState {
  const project = createProject(dir, 'source.rwproj');
  const nodeId = nodeIdByTitle(project, '人才培养');
  project.saveSection(nodeId, paragraphs('提交前的内容'), 1);
  const source = project.path;
  project.close();
  const sizeBefore = fs.statSync(source).size;

  const file = path.join(dir, 'crashed.rwproj');
  const db = openDatabase(source);
  try {
    db.pragma('cache_size = 5'); // force SQLite to spill dirty pages into the file before commit
    db.exec('BEGIN IMMEDIATE');
    const big = JSON.stringify(paragraphs('未提交的内容'.repeat(60_000)));
    db.prepare('UPDATE section_content SET content = ?, revision = revision + 1 WHERE node_id = ?').run(big, nodeId);
    expect(fs.statSync(`${source}-journal`).size).toBeGreaterThan(0);
    fs.copyFileSync(source, file);
    fs.copyFileSync(`${source}-journal`, `${file}-journal`);
    db.exec('ROLLBACK');
  } finally {
    db.close();
  }
  fs.rmSync(source);

  if (page1Written) {
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const changeCounter = bytes.readUInt32BE(24) + 1;
    bytes.writeUInt32BE(bytes.length / pageSize + 10, 28); // the size the commit would have reached
    bytes.writeUInt32BE(changeCounter, 24);
    bytes.writeUInt32BE(changeCounter, 92); // "in-header size valid for" this change counter
    fs.writeFileSync(file, bytes);
  }
  return { file, nodeId, sizeBefore };
}

describe.each([
  ['while SQLite spilled pages of a large transaction', false],
  ['during a commit, after page 1 was written and before the file grew', true],
])('a writer killed %s', (_when, page1Written) => {
  test('the next writable open rolls the journal back: the last committed content is there, intact', () => {
    const { file, nodeId, sizeBefore } = crashMidTransaction(page1Written);

    const project = Project.open(file);
    try {
      expect(rawDatabase(project).pragma('integrity_check', { simple: true })).toBe('ok');
      expect(project.loadSection(nodeId)).toMatchObject({ revision: 2, content: paragraphs('提交前的内容') });
      expect(fs.existsSync(`${file}-journal`)).toBe(false);
    } finally {
      project.close();
    }
    expect(fs.statSync(file).size).toBe(sizeBefore);
    expect(leftovers(dir, ['crashed.rwproj'])).toEqual([]);
  });

  test('a read-only open cannot roll back: it is refused with a clear message and changes nothing', () => {
    const { file } = crashMidTransaction(page1Written);
    const before = [fingerprint(file), fingerprint(`${file}-journal`)];

    const error = catchAppError(() => Project.open(file, { readOnly: true }), 'CORRUPT_FILE');
    expect(error.message).toContain('crashed.rwproj');

    expect([fingerprint(file), fingerprint(`${file}-journal`)]).toEqual(before);
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
  });
});
