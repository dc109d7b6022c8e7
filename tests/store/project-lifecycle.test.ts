import fs from 'node:fs';
import path from 'node:path';
import { APPLICATION_ID } from '../../electron/project-store/constants';
import { lockPathFor } from '../../electron/project-store/file-lock';
import { SCHEMA_VERSION } from '../../electron/project-store/migrations';
import { Project } from '../../electron/project-store/project';
import { outlineInOrder } from '../../shared/model/outline';
import * as template from '../../shared/template/annual-report';
import { catchAppError, createProject, nodeIdByTitle, paragraphs, UNIT, YEAR, testSession } from '../support/project-helpers';
import { fingerprint, leftovers, makeTempDir, removeTempDir } from '../support/temp-files';
import { rawDatabase } from '../../electron/project-store/raw-database';

let dir: string;
const open: Project[] = [];

/** Every project a test opens is closed afterwards, even when the test fails half-way. */
function track(project: Project): Project {
  open.push(project);
  return project;
}

beforeEach(() => {
  dir = makeTempDir('rw-lifecycle-');
});

afterEach(() => {
  for (const project of open.splice(0)) project.close();
  removeTempDir(dir);
});

describe('create from the built-in template', () => {
  test('has the ten top-level parts of the national report with their sections', () => {
    const project = track(createProject(dir));
    const top = outlineInOrder(project.outline()).filter((n) => n.depth === 1);
    expect(top.map((n) => [n.title, n.role, n.numbered])).toEqual([
      ['前言', 'preface', false],
      ['人才培养', 'body', true],
      ['产教融合', 'body', true],
      ['服务贡献', 'body', true],
      ['国际合作', 'body', true],
      ['文化传承', 'body', true],
      ['发展保障', 'body', true],
      ['挑战与展望', 'body', true],
      ['案例附录', 'case-appendix', false],
      ['编写分工', 'authorship', false],
    ]);
    const sections = project.outline().filter((n) => n.parentId === nodeIdByTitle(project, '人才培养'));
    expect(sections.map((n) => n.title)).toEqual(['立德树人', '多样成长', '数智赋能', '高质就业']);
    expect(project.settings()).toMatchObject({ unitName: UNIT, year: YEAR, numberingScheme: 'chapter', reportTitle: `${UNIT}职业教育质量年度报告（${YEAR} 年度）` });
    // Every node starts with one stored revision (its 'create' history entry).
    const preface = project.loadSection(nodeIdByTitle(project, '前言'));
    expect(preface.revision).toBe(1);
    expect(preface.content.filter((b) => b.type === 'heading').map((b) => b.children[0]?.text)).toEqual(['——编制目的和过程', '——基本内容', '——特色与亮点']);
  });

  test('writes a file marked as ours, at the current schema, in rollback-journal mode, and holds its lock', () => {
    const project = track(createProject(dir));
    const header = fs.readFileSync(project.path).subarray(0, 100);
    expect(header.readUInt32BE(68)).toBe(APPLICATION_ID);
    expect(header.readInt32BE(60)).toBe(SCHEMA_VERSION);
    expect(rawDatabase(project).pragma('journal_mode', { simple: true })).toBe('delete');
    expect(rawDatabase(project).pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(leftovers(dir, ['年报.rwproj'])).toEqual([path.basename(lockPathFor(project.path))]);
  });

  test('refuses to overwrite an existing file', () => {
    fs.writeFileSync(path.join(dir, '年报.rwproj'), 'keep me');
    catchAppError(() => createProject(dir), 'FILE_EXISTS');
    expect(fs.readFileSync(path.join(dir, '年报.rwproj'), 'utf8')).toBe('keep me');
    expect(leftovers(dir, ['年报.rwproj'])).toEqual([]);
  });

  test('a failure half-way leaves neither the project nor a temporary file behind', () => {
    jest.spyOn(template, 'buildAnnualReportTemplate').mockImplementation(() => {
      throw new Error('template broken');
    });
    try {
      const error = catchAppError(() => createProject(dir), 'IO_ERROR');
      expect(error.message).toContain('template broken');
    } finally {
      jest.restoreAllMocks();
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('a blank report has one chapter', () => {
    const project = track(createProject(dir, 'blank.rwproj', { blank: true, numberingScheme: 'global' }));
    expect(project.outline().map((n) => n.title)).toEqual(['新的一章']);
    expect(project.settings().numberingScheme).toBe('global');
  });
});

describe('edit, close, reopen', () => {
  test('saved content and settings are there after reopening', () => {
    const project = createProject(dir);
    const id = nodeIdByTitle(project, '人才培养');
    const saved = project.saveSection(id, paragraphs('学院坚持立德树人 AI 2025'), 1);
    expect(saved).toEqual({ revision: 2, characters: { words: 10, charsNoSpaces: 14 } });
    project.updateSettings({ unitNameEn: 'Tianjin Polytechnic College' });
    const file = project.path;
    project.close();

    const reopened = track(Project.open(file));
    expect(reopened.loadSection(id)).toEqual({ id, revision: 2, content: paragraphs('学院坚持立德树人 AI 2025') });
    expect(reopened.settings().unitNameEn).toBe('Tianjin Polytechnic College');
    expect(reopened.stats().perNode[id]).toEqual({ words: 10, charsNoSpaces: 14 });
  });

  test('a stale baseRevision is refused with REVISION_CONFLICT and nothing is written', () => {
    const project = track(createProject(dir));
    const id = nodeIdByTitle(project, '产教融合');
    project.saveSection(id, paragraphs('第一稿'), 1);
    const error = catchAppError(() => project.saveSection(id, paragraphs('基于旧版本的修改'), 1), 'REVISION_CONFLICT');
    expect(error.message).toContain('当前版本 2');
    expect(project.loadSection(id)).toMatchObject({ revision: 2, content: paragraphs('第一稿') });
    expect(project.history(id).map((r) => r.revision)).toEqual([2, 1]);
  });

  test('invalid content is refused with INVALID_PAYLOAD and nothing is written', () => {
    const project = track(createProject(dir));
    const id = nodeIdByTitle(project, '产教融合');
    catchAppError(() => project.saveSection(id, [...paragraphs('a'), ...paragraphs('b')], 1), 'INVALID_PAYLOAD');
    expect(project.loadSection(id).revision).toBe(1);
  });

  test('saving to an unknown or deleted node is NOT_FOUND', () => {
    const project = track(createProject(dir));
    const id = nodeIdByTitle(project, '国际合作');
    project.deleteNode(id);
    catchAppError(() => project.saveSection(id, paragraphs('x'), 1), 'NOT_FOUND');
    catchAppError(() => project.saveSection('n-missing', paragraphs('x'), 0), 'NOT_FOUND');
  });
});

describe('history', () => {
  const MINUTE = 60_000;
  beforeEach(() => {
    // Only the clock is faked: saves more than 5 minutes apart get their own history entries.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask', 'clearTimeout', 'clearInterval', 'clearImmediate', 'hrtime', 'performance'] });
    jest.setSystemTime(new Date('2025-11-20T08:00:00.000Z'));
  });
  afterEach(() => jest.useRealTimers());

  test('lists revisions and restores an old one as a new revision', () => {
    const project = track(createProject(dir));
    const id = nodeIdByTitle(project, '服务贡献');
    const drafts = ['第一稿', '第二稿', '第三稿'];
    drafts.forEach((text, index) => {
      jest.setSystemTime(new Date(Date.parse('2025-11-20T08:00:00.000Z') + (index + 1) * 10 * MINUTE));
      project.saveSection(id, paragraphs(text), index + 1);
    });

    const history = project.history(id);
    expect(history.map((r) => [r.revision, r.reason, r.characters])).toEqual([
      [4, 'edit', 3],
      [3, 'edit', 3],
      [2, 'edit', 3],
      [1, 'create', 0],
    ]);
    expect(history[0]?.savedAt).toBe('2025-11-20T08:30:00.000Z');

    const restored = project.restoreRevision(id, 2);
    expect(restored).toEqual({ id, revision: 5, content: paragraphs('第一稿') });
    expect(project.loadSection(id)).toEqual(restored);
    expect(project.history(id).map((r) => [r.revision, r.reason])).toEqual([
      [5, 'restore'],
      [4, 'edit'],
      [3, 'edit'],
      [2, 'edit'],
      [1, 'create'],
    ]);
    // The editor that had revision 4 open must reload before saving again.
    catchAppError(() => project.saveSection(id, paragraphs('旧编辑器'), 4), 'REVISION_CONFLICT');
  });

  test('autosaves within the same five minutes share one history entry, the latest', () => {
    const project = track(createProject(dir));
    const id = nodeIdByTitle(project, '服务贡献');
    for (let i = 1; i <= 5; i += 1) {
      jest.setSystemTime(new Date(Date.parse('2025-11-20T08:00:00.000Z') + i * 10_000));
      project.saveSection(id, paragraphs(`自动保存 ${i}`), i);
    }
    expect(project.history(id).map((r) => [r.revision, r.reason])).toEqual([
      [6, 'edit'],
      [1, 'create'],
    ]);
    expect(project.restoreRevision(id, 6).content).toEqual(paragraphs('自动保存 5'));
  });

  test('restoring a revision that does not exist is NOT_FOUND', () => {
    const project = track(createProject(dir));
    catchAppError(() => project.restoreRevision(nodeIdByTitle(project, '服务贡献'), 9), 'NOT_FOUND');
  });
});

describe('save as', () => {
  function populated(): Project {
    const project = createProject(dir);
    project.updateSettings({ unitNameEn: 'Tianjin Polytechnic College', stylePreset: 'report' });
    project.saveSection(nodeIdByTitle(project, '人才培养'), paragraphs('学院坚持立德树人'), 1);
    project.addNode(nodeIdByTitle(project, '产教融合'), null, '人才共育（二）');
    project.deleteNode(nodeIdByTitle(project, '国际合作'));
    return project;
  }

  function comparable(project: Project) {
    return {
      settings: project.settings(),
      outline: project.outline(),
      deleted: project.deletedNodes(),
      contents: project.outline().map((n) => project.loadSection(n.id)),
      history: project.outline().map((n) => project.history(n.id)),
      applicationId: rawDatabase(project).pragma('application_id', { simple: true }),
      userVersion: rawDatabase(project).pragma('user_version', { simple: true }),
    };
  }

  test('saveCopyAs writes a complete copy that opens with the same settings, outline and contents', () => {
    const project = track(populated());
    const copyPath = project.saveCopyAs(path.join(dir, '副本.rwproj'));
    expect(leftovers(dir, ['年报.rwproj', '副本.rwproj', path.basename(lockPathFor(project.path))])).toEqual([]);

    const copy = track(Project.open(copyPath));
    expect(comparable(copy)).toEqual(comparable(project));
    expect(rawDatabase(copy).pragma('integrity_check', { simple: true })).toBe('ok');
    expect(rawDatabase(copy).pragma('journal_mode', { simple: true })).toBe('delete');
  });

  test('saveCopyAs refuses the file itself', () => {
    const project = track(createProject(dir));
    catchAppError(() => project.saveCopyAs(project.path), 'INVALID_OPERATION');
  });

  test('session.saveAs continues on the copy and releases the original', () => {
    const session = testSession(path.join(dir, 'profile'));
    try {
      const original = populated();
      const originalPath = original.path;
      const expected = comparable(original);
      original.close();
      session.open(originalPath, {});

      const copyPath = session.saveAs(path.join(dir, '另存.rwproj'));
      const current = session.require();
      expect(current.path).toBe(copyPath);
      expect(comparable(current)).toEqual(expected);
      expect(fs.existsSync(lockPathFor(originalPath))).toBe(false);
      expect(fs.existsSync(lockPathFor(copyPath))).toBe(true);

      // Edits go to the copy only.
      const id = nodeIdByTitle(current, '人才培养');
      current.saveSection(id, paragraphs('只在副本中'), 2);
      const originalAgain = track(Project.open(originalPath, { readOnly: true }));
      expect(originalAgain.loadSection(id).content).toEqual(paragraphs('学院坚持立德树人'));
    } finally {
      session.close();
    }
  });

  test('save as onto a file that is open elsewhere is refused with IN_USE and leaves that file alone', () => {
    const other = track(createProject(dir, '别人正在编辑.rwproj'));
    const before = fingerprint(other.path);
    const session = testSession(path.join(dir, 'profile'));
    try {
      const mine = createProject(dir, '我的.rwproj');
      const minePath = mine.path;
      mine.close();
      session.open(minePath, {});

      const error = catchAppError(() => session.saveAs(other.path), 'IN_USE');
      expect(error.message).toContain('别人正在编辑.rwproj');
      expect(fingerprint(other.path)).toEqual(before);
      expect(session.require().path).toBe(minePath);
      expect(leftovers(dir, ['别人正在编辑.rwproj', '我的.rwproj', 'profile', path.basename(lockPathFor(other.path)), path.basename(lockPathFor(minePath))])).toEqual([]);
    } finally {
      session.close();
    }
  });

  test('save as onto an existing file nobody has open replaces it', () => {
    const old = createProject(dir, '旧版.rwproj', { blank: true });
    const oldPath = old.path;
    old.close();
    const project = track(populated());
    project.saveCopyAs(oldPath);
    const replaced = track(Project.open(oldPath));
    expect(replaced.outline()).toEqual(project.outline());
  });

  test('a read-only session can save a writable copy', () => {
    const project = populated();
    const file = project.path;
    project.close();
    const session = testSession(path.join(dir, 'profile'));
    try {
      session.open(file, { readOnly: true });
      expect(session.require().readOnly).toBe(true);
      session.saveAs(path.join(dir, '可编辑副本.rwproj'));
      const copy = session.require();
      expect(copy.readOnly).toBe(false);
      const id = nodeIdByTitle(copy, '人才培养');
      expect(copy.saveSection(id, paragraphs('改'), 2).revision).toBe(3);
    } finally {
      session.close();
    }
  });
});
