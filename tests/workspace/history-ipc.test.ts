/**
 * The history over IPC (issue 15): section.revision, versions.* and the 'restore' save reason,
 * through the real dispatcher on a real project file, with refusals that change nothing.
 */
import path from 'node:path';
import { dispatch } from '../../electron/services/handlers';
import type { ReportVersionInfo, ReportVersionPreview } from '../../shared/history/version-types';
import { createProject, nodeIdByTitle, paragraphs, testHandlers } from '../support/project-helpers';
import { makeTempDir, removeTempDir } from '../support/temp-files';

let dir: string;
beforeAll(() => {
  dir = makeTempDir('rw-history-ipc-');
});
afterAll(() => removeTempDir(dir));

function setUp(name: string) {
  const file = path.join(dir, `${name}.rwproj`);
  const project = createProject(dir, `${name}.rwproj`);
  const a = nodeIdByTitle(project, '服务贡献');
  const b = nodeIdByTitle(project, '国际合作');
  project.saveSection(a, paragraphs('送审稿的服务贡献'), project.loadSection(a).revision);
  project.close();
  const { session, handlers } = testHandlers(path.join(dir, `${name}-profile`));
  session.open(file, { readOnly: false });
  return { session, handlers, a, b };
}

const value = <T>(result: unknown): T => {
  expect(result).toMatchObject({ ok: true });
  return (result as { value: T }).value;
};

test('save, list, rename, preview, restore and undo a named version', async () => {
  const { session, handlers, a } = setUp('versions');
  try {
    const saved = value<ReportVersionInfo>(await dispatch(handlers, 'versions.save', { name: '送审稿' }));
    expect(saved.name).toBe('送审稿');
    const load = value<{ revision: number }>(await dispatch(handlers, 'section.load', { id: a }));
    value(await dispatch(handlers, 'section.save', { id: a, content: paragraphs('改过的服务贡献'), baseRevision: load.revision }));

    const preview = value<ReportVersionPreview>(await dispatch(handlers, 'versions.preview', { id: saved.id }));
    const changed = preview.sections.filter((s) => s.status === 'changed');
    expect(changed.map((s) => s.id)).toEqual([a]);
    // The version's text of the changed section, for the preview with differences.
    expect(value(await dispatch(handlers, 'section.revision', { id: a, revision: changed[0]!.versionRevision! }))).toEqual(paragraphs('送审稿的服务贡献'));

    const renamed = value<ReportVersionInfo>(await dispatch(handlers, 'versions.rename', { id: saved.id, name: '  送审稿（二） ' }));
    expect(renamed.name).toBe('送审稿（二）');
    expect(value<ReportVersionInfo[]>(await dispatch(handlers, 'versions.list', {})).map((v) => v.name)).toEqual(['送审稿（二）']);

    const restore = value<{ restored: Record<string, number>; previous: Record<string, number>; stats: unknown }>(await dispatch(handlers, 'versions.restore', { id: saved.id }));
    expect(Object.keys(restore.restored)).toEqual([a]);
    expect(restore.stats).toBeDefined();
    expect(value<{ content: unknown }>(await dispatch(handlers, 'section.load', { id: a })).content).toEqual(paragraphs('送审稿的服务贡献'));
    const history = value<{ reason: string; versions?: string[] }[]>(await dispatch(handlers, 'section.history', { id: a }));
    expect(history[0]?.reason).toBe('restore');
    expect(history.some((r) => r.versions?.includes('送审稿（二）'))).toBe(true);

    value(await dispatch(handlers, 'versions.undoRestore', { restored: restore.restored, previous: restore.previous }));
    expect(value<{ content: unknown }>(await dispatch(handlers, 'section.load', { id: a })).content).toEqual(paragraphs('改过的服务贡献'));

    expect(value(await dispatch(handlers, 'versions.delete', { id: saved.id }))).toBeNull();
    expect(value<ReportVersionInfo[]>(await dispatch(handlers, 'versions.list', {}))).toEqual([]);
  } finally {
    session.close();
  }
});

test("a section save with reason 'restore' is a revision of its own", async () => {
  const { session, handlers, b } = setUp('restore-reason');
  try {
    const load = value<{ revision: number }>(await dispatch(handlers, 'section.load', { id: b }));
    value(await dispatch(handlers, 'section.save', { id: b, content: paragraphs('恢复的内容'), baseRevision: load.revision, reason: 'restore' }));
    const history = value<{ reason: string }[]>(await dispatch(handlers, 'section.history', { id: b }));
    expect(history.map((r) => r.reason)).toEqual(['restore', 'create']);
  } finally {
    session.close();
  }
});

test('refusals: empty or long names, unknown versions and revisions, malformed payloads; nothing is written', async () => {
  const { session, handlers, a } = setUp('refusals');
  try {
    for (const [method, payload, code] of [
      ['versions.save', { name: '   ' }, 'INVALID_PAYLOAD'],
      ['versions.save', { name: '长'.repeat(101) }, 'INVALID_PAYLOAD'],
      ['versions.save', { name: '送审稿', extra: 1 }, 'INVALID_PAYLOAD'],
      ['versions.rename', { id: 42, name: '某版' }, 'NOT_FOUND'],
      ['versions.restore', { id: 42 }, 'NOT_FOUND'],
      ['versions.preview', { id: 0 }, 'INVALID_PAYLOAD'],
      ['section.revision', { id: a, revision: 999 }, 'NOT_FOUND'],
      ['section.save', { id: a, content: [], baseRevision: 2, reason: 'named' }, 'INVALID_PAYLOAD'],
    ] as const) {
      const result = await dispatch(handlers, method, payload);
      expect([method, result]).toMatchObject([method, { ok: false, error: { code } }]);
    }
    expect(value<ReportVersionInfo[]>(await dispatch(handlers, 'versions.list', {}))).toEqual([]);
  } finally {
    session.close();
  }
});
