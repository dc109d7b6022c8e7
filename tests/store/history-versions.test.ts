/**
 * Issue 15: timed versions (autosaves fold into a run of at most five minutes), pruning of old
 * autosaves, and named versions of the whole report — on real project files, with an injected clock.
 */
import { Project } from '../../electron/project-store/project';
import { rawDatabase } from '../../electron/project-store/raw-database';
import {
  deleteReportVersion,
  listReportVersions,
  previewReportVersion,
  renameReportVersion,
  restoreReportVersion,
  saveReportVersion,
  undoReportRestore,
} from '../../electron/history/report-versions';
import { catchAppError, createProject, nodeIdByTitle, paragraphs } from '../support/project-helpers';
import { makeTempDir, removeTempDir } from '../support/temp-files';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const START = Date.parse('2026-12-01T02:00:00.000Z');

let dir: string;
let now: number;
const open: Project[] = [];
const clock = (): number => now;

function project(): Project {
  const p = createProject(dir, '年报.rwproj', { clock });
  open.push(p);
  return p;
}

beforeEach(() => {
  dir = makeTempDir('rw-history-');
  now = START;
});

afterEach(() => {
  for (const p of open.splice(0)) p.close();
  removeTempDir(dir);
});

/** Saves `texts` one after the other, `step` apart, starting `step` from now; returns the last revision. */
function typeAlong(p: Project, id: string, texts: readonly string[], step: number): number {
  let revision = p.loadSection(id).revision;
  for (const text of texts) {
    now += step;
    revision = p.saveSection(id, paragraphs(text), revision).revision;
  }
  return revision;
}

const edits = (p: Project, id: string): string[] =>
  p
    .history(id)
    .filter((r) => r.reason === 'edit')
    .map((r) => new Date(r.savedAt).toISOString().slice(11, 19));

describe('timed versions', () => {
  test('continuous editing keeps a version at least every five minutes, the text at the end of each run', () => {
    const p = project();
    const id = nodeIdByTitle(p, '服务贡献');
    // 12 minutes of autosaves, one every 20 seconds.
    const texts = Array.from({ length: 36 }, (_, i) => `第 ${i + 1} 次保存`);
    typeAlong(p, id, texts, 20 * SECOND);
    // Runs start at 02:00:20, 02:05:20, 02:10:20; each keeps its last save (02:05:00, 02:10:00, 02:12:00).
    expect(edits(p, id)).toEqual(['02:12:00', '02:10:00', '02:05:00']);
    const history = p.history(id);
    expect(p.revisionContent(id, history[1]!.revision)).toEqual(paragraphs('第 30 次保存'));
    expect(p.revisionContent(id, history[2]!.revision)).toEqual(paragraphs('第 15 次保存'));
  });

  test('negative control: saves further apart than the window each keep their own version', () => {
    const p = project();
    const id = nodeIdByTitle(p, '服务贡献');
    typeAlong(p, id, ['一', '二', '三'], 5 * MINUTE);
    expect(edits(p, id)).toHaveLength(3);
  });

  test('a save right after a clock mark does not start a new version (the window follows the run, not the clock)', () => {
    const p = project();
    const id = nodeIdByTitle(p, '服务贡献');
    now = Date.parse('2026-12-01T02:04:50.000Z');
    typeAlong(p, id, ['一', '二'], 5 * SECOND); // 02:04:55 and 02:05:00
    expect(edits(p, id)).toEqual(['02:05:00']);
  });

  test('a reopened project starts a new version with its first autosave', () => {
    const p = project();
    const id = nodeIdByTitle(p, '服务贡献');
    const revision = typeAlong(p, id, ['一'], 10 * SECOND);
    const file = p.path;
    p.close();
    open.splice(0);
    const again = Project.open(file, { clock });
    open.push(again);
    now += 10 * SECOND;
    again.saveSection(id, paragraphs('二'), revision);
    expect(edits(again, id)).toHaveLength(2);
  });

  test('a preflight fix, a replace or a restore is never folded, and ends the run', () => {
    const p = project();
    const id = nodeIdByTitle(p, '服务贡献');
    let revision = typeAlong(p, id, ['一'], 10 * SECOND);
    now += 10 * SECOND;
    revision = p.saveSection(id, paragraphs('二'), revision, 'preflight').revision;
    revision = typeAlong(p, id, ['三'], 10 * SECOND);
    now += 10 * SECOND;
    p.saveSection(id, paragraphs('四'), revision, 'restore');
    expect(p.history(id).map((r) => r.reason)).toEqual(['restore', 'edit', 'preflight', 'edit', 'create']);
  });
});

describe('pruning', () => {
  /** One autosave version every `step`, each its own run, over `span`. */
  function longHistory(p: Project, id: string, span: number, step: number): void {
    let revision = p.loadSection(id).revision;
    for (let t = step; t <= span; t += step) {
      now = START + t;
      revision = p.saveSection(id, paragraphs(`保存于 ${t / MINUTE} 分`), revision).revision;
    }
  }

  test('keeps everything from the last day, one per hour up to 30 days, one per day before', () => {
    const p = project();
    const id = nodeIdByTitle(p, '服务贡献');
    // Versions (each its own run, 20 minutes apart) in three places of a 40-day history.
    const at = (day: number, hour: number, minute: number): number => START + day * DAY + hour * HOUR + minute * MINUTE;
    const times = [
      ...[0, 20, 40].flatMap((m) => [at(0, 1, m), at(0, 2, m)]), // day 0: two hours, three versions each (old: one per day)
      ...[0, 20, 40].flatMap((m) => [at(25, 1, m), at(25, 2, m)]), // day 25: one per hour
      ...[0, 20, 40].flatMap((m) => [at(39, 10, m), at(39, 11, m)]), // the last day: all
    ].sort((x, y) => x - y);
    let revision = p.loadSection(id).revision;
    for (const time of times) {
      now = time;
      revision = p.saveSection(id, paragraphs(new Date(time).toISOString()), revision).revision;
    }
    const kept = p
      .history(id)
      .filter((r) => r.reason === 'edit')
      .map((r) => Date.parse(r.savedAt));
    const within = (from: number, to: number): number => kept.filter((k) => k >= from && k < to).length;
    expect(within(at(39, 0, 0), at(40, 0, 0))).toBe(6);
    expect(within(at(25, 0, 0), at(26, 0, 0))).toBe(2);
    expect(kept).toContain(at(25, 1, 40)); // the newest of its hour is the one kept
    expect(kept).toContain(at(25, 2, 40));
    expect(within(at(0, 0, 0), at(1, 0, 0))).toBe(1);
    expect(kept).toContain(at(0, 2, 40));
    // The 'create' revision is never pruned.
    expect(p.history(id).at(-1)?.reason).toBe('create');
  });

  test('negative control: within one day nothing is pruned', () => {
    const p = project();
    const id = nodeIdByTitle(p, '服务贡献');
    longHistory(p, id, DAY, 30 * MINUTE);
    expect(p.history(id).filter((r) => r.reason === 'edit')).toHaveLength(48);
  });

  test('never prunes special reasons, the text they replaced, or revisions of a named version', () => {
    const p = project();
    const id = nodeIdByTitle(p, '服务贡献');
    let revision = typeAlong(p, id, ['旧稿 1', '旧稿 2', '旧稿 3'], 10 * MINUTE);
    const beforeReplace = revision;
    now += 10 * MINUTE;
    revision = p.saveSection(id, paragraphs('替换后'), revision, 'replace').revision;
    revision = typeAlong(p, id, ['旧稿 4', '旧稿 5'], 10 * MINUTE);
    now += MINUTE;
    const named = saveReportVersion(p, '送审稿');
    const pinned = revision;
    // Forty days later, another 40 versions: everything old falls under the thinning rule.
    now += 40 * DAY;
    revision = typeAlong(p, id, Array.from({ length: 40 }, (_, i) => `新稿 ${i}`), 10 * MINUTE);
    const kept = new Set(p.history(id).map((r) => r.revision));
    expect(kept.has(beforeReplace)).toBe(true);
    expect(kept.has(pinned)).toBe(true);
    expect(p.history(id).find((r) => r.revision === pinned)?.versions).toEqual(['送审稿']);
    expect(p.history(id).filter((r) => r.reason === 'replace')).toHaveLength(1);
    // The other old autosaves of that day were thinned to one per day (旧稿 1–3 and 4 share it).
    expect(p.history(id).filter((r) => r.reason === 'edit' && Date.parse(r.savedAt) < START + DAY).length).toBeLessThan(5);
    expect(listReportVersions(p)).toEqual([named]);
  });
});

describe('named versions', () => {
  test('pins every section at its current revision; a later autosave never overwrites it', () => {
    const p = project();
    const a = nodeIdByTitle(p, '服务贡献');
    const b = nodeIdByTitle(p, '国际合作');
    const revA = typeAlong(p, a, ['送审稿的服务贡献'], 10 * SECOND);
    typeAlong(p, b, ['送审稿的国际合作'], 10 * SECOND);
    now += 10 * SECOND;
    const version = saveReportVersion(p, '  送审稿 ');
    expect(version).toMatchObject({ name: '送审稿', sections: p.outline().length });
    // Within the same five minutes: without the pin, this autosave would fold the pinned revision away.
    now += 10 * SECOND;
    p.saveSection(a, paragraphs('之后的修改'), revA);
    expect(p.history(a).find((r) => r.revision === revA)?.versions).toEqual(['送审稿']);
    const preview = previewReportVersion(p, version.id);
    expect(preview.sections.filter((s) => s.status === 'changed').map((s) => s.title)).toEqual(['服务贡献']);
    expect(preview.sections.find((s) => s.id === b)?.status).toBe('same');
  });

  test('restores every changed section in one transaction, one restore revision each; undo brings the edits back', () => {
    const p = project();
    const a = nodeIdByTitle(p, '服务贡献');
    const b = nodeIdByTitle(p, '国际合作');
    let revA = typeAlong(p, a, ['A 送审稿'], 10 * SECOND);
    let revB = typeAlong(p, b, ['B 送审稿'], 10 * SECOND);
    const version = saveReportVersion(p, '送审稿');
    now += 10 * MINUTE;
    revA = p.saveSection(a, paragraphs('A 改过'), revA).revision;
    revB = p.saveSection(b, paragraphs('B 改过'), revB).revision;
    const added = p.addNode(null, null, '新增的一章');
    const restore = restoreReportVersion(p, version.id);
    expect(Object.keys(restore.restored).sort()).toEqual([a, b].sort());
    expect(restore.previous).toEqual({ [a]: revA, [b]: revB });
    expect(p.loadSection(a).content).toEqual(paragraphs('A 送审稿'));
    expect(p.loadSection(b).content).toEqual(paragraphs('B 送审稿'));
    expect(p.history(a)[0]?.reason).toBe('restore');
    expect(previewReportVersion(p, version.id).sections.find((s) => s.id === added)?.status).toBe('added');
    undoReportRestore(p, restore);
    expect(p.loadSection(a).content).toEqual(paragraphs('A 改过'));
    expect(p.loadSection(b).content).toEqual(paragraphs('B 改过'));
  });

  test('undo of a restore is refused once a restored section was edited again', () => {
    const p = project();
    const a = nodeIdByTitle(p, '服务贡献');
    const revA = typeAlong(p, a, ['A 送审稿'], 10 * SECOND);
    const version = saveReportVersion(p, '送审稿');
    now += 10 * MINUTE;
    p.saveSection(a, paragraphs('A 改过'), revA);
    const restore = restoreReportVersion(p, version.id);
    now += 10 * MINUTE;
    p.saveSection(a, paragraphs('恢复后又写的'), restore.restored[a]!);
    const error = catchAppError(() => undoReportRestore(p, restore), 'INVALID_OPERATION');
    expect(error.message).toContain('服务贡献');
    expect(p.loadSection(a).content).toEqual(paragraphs('恢复后又写的'));
  });

  test('a section deleted since is listed and not restored; the rest is', () => {
    const p = project();
    const a = nodeIdByTitle(p, '服务贡献');
    const b = nodeIdByTitle(p, '国际合作');
    const revA = typeAlong(p, a, ['A 送审稿'], 10 * SECOND);
    const version = saveReportVersion(p, '送审稿');
    now += 10 * MINUTE;
    p.saveSection(a, paragraphs('A 改过'), revA);
    p.deleteNode(b);
    const preview = previewReportVersion(p, version.id);
    expect(preview.sections.find((s) => s.id === b)?.status).toBe('deleted');
    const restore = restoreReportVersion(p, version.id);
    expect(restore.skipped).toContain('国际合作');
    expect(p.loadSection(a).content).toEqual(paragraphs('A 送审稿'));
  });

  test('rename, delete; the revisions stay; bad names and unknown versions are refused with the project unchanged', () => {
    const p = project();
    const a = nodeIdByTitle(p, '服务贡献');
    const rev = typeAlong(p, a, ['A'], 10 * SECOND);
    const version = saveReportVersion(p, '初稿');
    expect(renameReportVersion(p, version.id, '送审稿').name).toBe('送审稿');
    catchAppError(() => saveReportVersion(p, '   '), 'INVALID_PAYLOAD');
    catchAppError(() => renameReportVersion(p, version.id, '长'.repeat(101)), 'INVALID_PAYLOAD');
    catchAppError(() => renameReportVersion(p, 999, '某版'), 'NOT_FOUND');
    catchAppError(() => restoreReportVersion(p, 999), 'NOT_FOUND');
    expect(listReportVersions(p).map((v) => v.name)).toEqual(['送审稿']);
    deleteReportVersion(p, version.id);
    expect(listReportVersions(p)).toEqual([]);
    expect(p.history(a).some((r) => r.revision === rev)).toBe(true);
    expect(rawDatabase(p).prepare('SELECT count(*) AS n FROM report_version_section').get()).toEqual({ n: 0 });
    catchAppError(() => deleteReportVersion(p, version.id), 'NOT_FOUND');
  });

  test('SQLite itself refuses to delete a pinned revision (the foreign key backs the policy)', () => {
    const p = project();
    const a = nodeIdByTitle(p, '服务贡献');
    const rev = typeAlong(p, a, ['A'], 10 * SECOND);
    saveReportVersion(p, '送审稿');
    expect(() => rawDatabase(p).prepare('DELETE FROM section_revision WHERE node_id = ? AND revision = ?').run(a, rev)).toThrow(/FOREIGN KEY/);
  });
});
