import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acquireLock, inodeLockPathFor, lockPathFor, readLockHolder, takeOverStaleLock } from '../../electron/project-store/file-lock';
import { MAX_PROJECT_NAME_BYTES } from '../../electron/project-store/file-name';
import { Project } from '../../electron/project-store/project';
import type { LockHolder } from '../../shared/ipc/contract';
import { catchAppError, createProject, nodeIdByTitle, paragraphs, testSession } from '../support/project-helpers';
import { makeTempDir, removeTempDir } from '../support/temp-files';

let dir: string;
let file: string;
const open: Project[] = [];
const track = (project: Project): Project => {
  open.push(project);
  return project;
};

beforeEach(() => {
  dir = makeTempDir('rw-lock-');
  const project = createProject(dir, '质量年报.rwproj');
  file = project.path;
  project.close();
});

afterEach(() => {
  for (const project of open.splice(0)) project.close();
  removeTempDir(dir);
});

function writeLock(holder: Partial<LockHolder> | string): void {
  fs.writeFileSync(lockPathFor(file), typeof holder === 'string' ? holder : JSON.stringify(holder));
}

/** The pid of a process that has already exited (and been reaped). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

const me = { user: os.userInfo().username, host: os.hostname() };

test('the lock file sits beside the project and names this process', () => {
  const project = track(Project.open(file));
  expect(lockPathFor(file)).toBe(path.join(dir, '.~lock.质量年报.rwproj#'));
  expect(readLockHolder(file)).toMatchObject({ ...me, pid: process.pid });
  expect(project.readOnly).toBe(false);
});

describe('a file in use', () => {
  test.each<[string, () => void, { user: string; host: string }]>([
    ['by this process', () => track(Project.open(file)), me],
    ['by another live process on this host', () => writeLock({ user: '李老师', host: os.hostname(), pid: 1, since: '2025-11-20T08:00:00.000Z' }), { user: '李老师', host: os.hostname() }],
    ['by someone on another PC', () => writeLock({ user: 'wang', host: 'JIAOWU-PC', pid: 4321, since: '2025-11-20T08:00:00.000Z' }), { user: 'wang', host: 'JIAOWU-PC' }],
  ])('%s: a second writable open is refused with IN_USE naming user and host', (_name, holdIt, named) => {
    holdIt();
    const lockBefore = fs.readFileSync(lockPathFor(file), 'utf8');

    const error = catchAppError(() => Project.open(file), 'IN_USE');
    expect(error.message).toContain('质量年报.rwproj');
    expect(error.message).toContain(named.user);
    expect(error.message).toContain(named.host);
    expect(error.details).toMatchObject(named);
    // The refused open leaves the holder's lock alone.
    expect(fs.readFileSync(lockPathFor(file), 'utf8')).toBe(lockBefore);
  });

  test('can be opened read-only: the session names the holder and refuses writes', () => {
    const writer = track(Project.open(file));
    const id = nodeIdByTitle(writer, '人才培养');
    writer.saveSection(id, paragraphs('写入者的内容'), 1);

    const viewer = track(Project.open(file, { readOnly: true }));
    expect(viewer.readOnlyReason).toBe('in-use');
    expect(viewer.lockHolder).toMatchObject({ ...me, pid: process.pid });
    expect(viewer.snapshot()).toMatchObject({ readOnly: true, readOnlyReason: 'in-use' });
    expect(viewer.loadSection(id).content).toEqual(paragraphs('写入者的内容'));
    catchAppError(() => viewer.saveSection(id, paragraphs('x'), 2), 'READ_ONLY_SESSION');
    catchAppError(() => viewer.renameNode(id, 'x'), 'READ_ONLY_SESSION');

    // Closing the viewer must not remove the writer's lock.
    viewer.close();
    expect(readLockHolder(file)).toMatchObject({ pid: process.pid });
  });

  test('read-only open of a file nobody holds says "requested" and takes no lock', () => {
    const viewer = track(Project.open(file, { readOnly: true }));
    expect(viewer.readOnlyReason).toBe('requested');
    expect(viewer.lockHolder).toBeNull();
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
  });
});

describe('one file under several names', () => {
  test('a symbolic link to the project meets the same lock: the second writer is refused under either name', () => {
    const alias = path.join(dir, 'alias.rwproj');
    fs.symlinkSync(file, alias);
    const first = track(Project.open(alias));
    expect(first.readOnly).toBe(false);
    const error = catchAppError(() => Project.open(file), 'IN_USE');
    expect(error.message).toContain('只能以只读方式打开');
    // The lock sits beside the real file, named after it.
    expect(lockPathFor(alias)).toBe(lockPathFor(file));
    expect(fs.existsSync(path.join(dir, '.~lock.质量年报.rwproj#'))).toBe(true);
    expect(fs.existsSync(path.join(dir, '.~lock.alias.rwproj#'))).toBe(false);
    expect(readLockHolder(file)).toMatchObject({ pid: process.pid });
    first.close();
    const second = track(Project.open(file));
    catchAppError(() => Project.open(alias), 'IN_USE');
    second.close();
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('.~lock'))).toEqual([]);
  });

  test('a hard link in another folder meets the machine-local lock of the same inode', () => {
    const other = makeTempDir('rw-hardlink-');
    try {
      const hard = path.join(other, '别名.rwproj');
      fs.linkSync(file, hard);
      // Two lock paths beside two names: the lock beside the file alone would let both write.
      expect(lockPathFor(hard)).not.toBe(lockPathFor(file));
      expect(inodeLockPathFor(hard)).toBe(inodeLockPathFor(file));
      const first = track(Project.open(file));
      const error = catchAppError(() => Project.open(hard), 'IN_USE');
      expect(error.message).toContain('只能以只读方式打开');
      // Refused without leaving a lock beside the other name.
      expect(fs.existsSync(lockPathFor(hard))).toBe(false);
      first.close();
      expect(fs.existsSync(inodeLockPathFor(file) as string)).toBe(false);
      const second = track(Project.open(hard));
      catchAppError(() => Project.open(file), 'IN_USE');
      second.close();
    } finally {
      removeTempDir(other);
    }
  });

  test('a linked folder leads to the same lock too, and Save As cannot replace the open file through it', () => {
    const linked = path.join(dir, 'linked');
    fs.symlinkSync(dir, linked);
    const project = track(Project.open(path.join(linked, '质量年报.rwproj')));
    catchAppError(() => Project.open(file), 'IN_USE');
    const other = track(createProject(dir, '另一份.rwproj'));
    catchAppError(() => other.saveCopyAs(path.join(linked, '质量年报.rwproj')), 'IN_USE');
    const itself = catchAppError(() => project.saveCopyAs(file), 'INVALID_OPERATION');
    expect(itself.message).toContain('目标文件就是当前文件');
    expect(project.readOnly).toBe(false);
  });
});

describe('release', () => {
  test('close releases the lock, so the file opens again', () => {
    const project = Project.open(file);
    project.close();
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
    track(Project.open(file)).close();
    project.close(); // closing twice is harmless
  });

  test('a lock that was taken over by someone else is not deleted by the old holder', () => {
    const attempt = acquireLock(file);
    if (!attempt.acquired) throw new Error('expected to acquire');
    writeLock({ user: 'wang', host: 'JIAOWU-PC', pid: 4321, since: '' });
    attempt.lock.release();
    expect(readLockHolder(file)).toMatchObject({ user: 'wang' });
  });
});

describe('stale locks', () => {
  test('a lock left by a dead process on this host is taken over', () => {
    writeLock({ user: 'root', host: os.hostname(), pid: deadPid(), since: '2025-11-20T08:00:00.000Z' });
    const project = track(Project.open(file));
    expect(project.readOnly).toBe(false);
    expect(readLockHolder(file)).toMatchObject({ ...me, pid: process.pid });
  });

  const bootNow = (): number => Date.now() - os.uptime() * 1000;

  test('a lock written before this machine last restarted is taken over, even if its pid is alive now', () => {
    // pid 1 is always alive: after a restart, a recorded pid may belong to any process.
    writeLock({ user: 'li', host: os.hostname(), pid: 1, since: '2025-11-20T08:00:00.000Z', boot: bootNow() - 86_400_000 } as Partial<LockHolder>);
    const project = track(Project.open(file));
    expect(project.readOnly).toBe(false);
    expect(readLockHolder(file)).toMatchObject({ ...me, pid: process.pid });
  });

  test('a lock of this boot with a live pid is respected; another machine’s boot time is not ours to judge', () => {
    writeLock({ user: 'li', host: os.hostname(), pid: 1, since: '2025-11-20T08:00:00.000Z', boot: bootNow() } as Partial<LockHolder>);
    expect(catchAppError(() => Project.open(file), 'IN_USE').details).toMatchObject({ user: 'li' });
    writeLock({ user: 'wang', host: 'JIAOWU-PC', pid: deadPid(), since: '2025-11-20T08:00:00.000Z', boot: bootNow() - 86_400_000 } as Partial<LockHolder>);
    expect(catchAppError(() => Project.open(file), 'IN_USE').details).toMatchObject({ user: 'wang', host: 'JIAOWU-PC' });
  });

  test('the lock records the boot time but the user is never shown it', () => {
    track(Project.open(file));
    expect(JSON.parse(fs.readFileSync(lockPathFor(file), 'utf8'))).toHaveProperty('boot');
    expect(readLockHolder(file)).not.toHaveProperty('boot');
  });

  test('two instances taking over the same stale lock: the slower one cannot remove the lock the faster one just made', () => {
    const stale = JSON.stringify({ user: 'root', host: os.hostname(), pid: deadPid(), since: '2025-11-20T08:00:00.000Z' });
    writeLock(stale);
    // The faster instance has already replaced it with its own fresh lock…
    const first = acquireLock(file);
    expect(first.acquired).toBe(true);
    const fresh = fs.readFileSync(lockPathFor(file), 'utf8');
    // …when the slower one, still holding the stale contents it judged, tries to take over.
    expect(takeOverStaleLock(lockPathFor(file), stale)).toBe(false);
    expect(fs.readFileSync(lockPathFor(file), 'utf8')).toBe(fresh);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.stale'))).toEqual([]);
    if (first.acquired) first.lock.release();
    // Judged and still the same: taken over.
    writeLock(stale);
    expect(takeOverStaleLock(lockPathFor(file), stale)).toBe(true);
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
  });

  test('a project name up to the limit gets its lock, journal and saves; a longer one is refused plainly, nothing made', () => {
    // 80 Chinese characters + .rwproj = 247 bytes fit; two more characters do not.
    const base = `${'天津工业职业学院职业教育质量年度报告'.repeat(4)}${'稿'.repeat(8)}`;
    const fits = `${base}.rwproj`;
    expect(Buffer.byteLength(fits)).toBe(MAX_PROJECT_NAME_BYTES);
    const created = createProject(dir, fits);
    const fitsPath = created.path;
    created.close();
    const project = track(Project.open(fitsPath));
    expect(project.readOnly).toBe(false);
    const id = nodeIdByTitle(project, '前言');
    project.saveSection(id, paragraphs('长文件名也能保存。'), project.loadSection(id).revision);
    expect(readLockHolder(fitsPath)).toMatchObject({ pid: process.pid });

    const tooLong = `${base}版本.rwproj`;
    const before = fs.readdirSync(dir).sort();
    const refused = catchAppError(() => createProject(dir, tooLong), 'NAME_TOO_LONG');
    expect(refused.message).toContain('太长（253 字节）：项目文件名最多 247 字节');
    expect(refused.message).toMatch(/^文件名“天津工业职业学院职业教育…/);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
    catchAppError(() => project.saveCopyAs(path.join(dir, tooLong)), 'NAME_TOO_LONG');
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  });

  test.each([
    ['empty', ''],
    ['half-written JSON', '{"user":"li'],
    ['JSON without pid', '{"user":"li","host":"x"}'],
  ])('an unreadable (%s) lock is respected while fresh and taken over once a minute old', (_name, text) => {
    writeLock(text);
    const error = catchAppError(() => Project.open(file), 'IN_USE');
    expect(error.details).toMatchObject({ user: 'unknown' });

    const old = new Date(Date.now() - 5 * 60_000);
    fs.utimesSync(lockPathFor(file), old, old);
    track(Project.open(file));
    expect(readLockHolder(file)).toMatchObject({ pid: process.pid });
  });
});

describe('one session', () => {
  test('opening the file it already has open keeps the same project, however the path is spelled', () => {
    const session = testSession(path.join(dir, 'profile'));
    const cwd = process.cwd();
    try {
      session.open(file, {});
      const first = session.require();
      process.chdir(dir);
      session.open(path.basename(file), {});
      expect(session.require()).toBe(first);
    } finally {
      process.chdir(cwd);
      session.close();
    }
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
  });

  test('opening another file closes the previous one and frees its lock', () => {
    const other = createProject(dir, '另一份.rwproj');
    const otherPath = other.path;
    other.close();
    const session = testSession(path.join(dir, 'profile'));
    try {
      session.open(file, {});
      session.open(otherPath, {});
      expect(fs.existsSync(lockPathFor(file))).toBe(false);
      expect(readLockHolder(otherPath)).toMatchObject({ pid: process.pid });
    } finally {
      session.close();
    }
    expect(fs.existsSync(lockPathFor(otherPath))).toBe(false);
  });
});
