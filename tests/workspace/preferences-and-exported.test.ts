/**
 * The user's remembered zoom (app.preferences) and 打开文件 / 打开所在文件夹 after an export
 * (export.openResult) through the real dispatcher, with a desktop that records what main asks of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Preferences } from '../../electron/app-state/preferences';
import { RecentFiles } from '../../electron/app-state/recent-files';
import type { DesktopShell } from '../../electron/services/desktop-shell';
import { FileHandles } from '../../electron/services/file-handles';
import { createHandlers, dispatch } from '../../electron/services/handlers';
import { ProjectSession } from '../../electron/services/session';
import { cancelledDialogs, createProject } from '../support/project-helpers';
import { makeTempDir, removeTempDir } from '../support/temp-files';

let dir: string;
beforeAll(() => {
  dir = makeTempDir('rw-workspace-');
});
afterAll(() => removeTempDir(dir));

const dialogs = cancelledDialogs();

function handlersWith(profile: string, options: { shell?: DesktopShell; preferences?: Preferences }) {
  const recent = new RecentFiles(profile);
  const session = new ProjectSession(recent);
  const files = new FileHandles();
  const handlers = createHandlers({ session, dialogs, recent, host: 'harness', version: '0', closeReady: () => {}, files, ...options });
  return { session, handlers, files };
}

test('the zoom is remembered per user profile; out-of-range values and a damaged file never stick', async () => {
  const profile = path.join(dir, 'profile-zoom');
  const { handlers } = handlersWith(profile, { preferences: new Preferences(profile) });
  expect(await dispatch(handlers, 'app.preferences', {})).toEqual({ ok: true, value: { zoom: 100 } });
  expect(await dispatch(handlers, 'app.setPreferences', { zoom: 150 })).toEqual({ ok: true, value: { zoom: 150 } });
  // Another handler table on the same profile (the next start of the app) reads it back.
  const next = handlersWith(profile, { preferences: new Preferences(profile) });
  expect(await dispatch(next.handlers, 'app.preferences', {})).toEqual({ ok: true, value: { zoom: 150 } });
  for (const zoom of [49, 201, 1.5, '120']) {
    expect(await dispatch(handlers, 'app.setPreferences', { zoom })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  }
  expect(await dispatch(handlers, 'app.preferences', {})).toEqual({ ok: true, value: { zoom: 150 } });
  // A hand-edited file with a silly value falls back to 100 %.
  fs.writeFileSync(path.join(profile, 'preferences.json'), '{"zoom": 9000}');
  expect(new Preferences(profile).read()).toEqual({ zoom: 100 });
  fs.writeFileSync(path.join(profile, 'preferences.json'), 'not json');
  expect(new Preferences(profile).read()).toEqual({ zoom: 100 });
});

test('an export job’s file is opened or shown in its folder by main, from the job id alone', async () => {
  const calls: { action: string; file: string }[] = [];
  let openAnswer = '';
  const shell: DesktopShell = {
    openPath: async (file) => {
      calls.push({ action: 'open', file });
      return openAnswer;
    },
    showItemInFolder: (file) => void calls.push({ action: 'reveal', file }),
    printPdf: async (file) => void calls.push({ action: 'print', file }),
  };
  const project = createProject(dir, 'open.rwproj');
  const projectFile = project.path;
  project.close();
  const { session, handlers, files } = handlersWith(path.join(dir, 'profile-open'), { shell });
  session.open(projectFile, { readOnly: true });
  try {
    const out = path.join(dir, '年报.docx');
    const exported = await dispatch(handlers, 'export.docx', { file: files.grant('export-docx', out).handle, jobId: 'job-1' });
    expect(exported).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'export.openResult', { jobId: 'job-1', reveal: false })).toEqual({ ok: true, value: null });
    expect(await dispatch(handlers, 'export.openResult', { jobId: 'job-1', reveal: true })).toEqual({ ok: true, value: null });
    expect(calls).toEqual([
      { action: 'open', file: out },
      { action: 'reveal', file: out },
    ]);

    // The system could not open it: said so, with the way out.
    openAnswer = 'No application is associated';
    expect(await dispatch(handlers, 'export.openResult', { jobId: 'job-1', reveal: false })).toMatchObject({ ok: false, error: { code: 'INVALID_OPERATION', message: expect.stringContaining('打开所在文件夹') } });
    // Unknown jobs, a path instead of a job id, and a file moved away are refused; nothing is opened.
    calls.length = 0;
    expect(await dispatch(handlers, 'export.openResult', { jobId: 'job-2', reveal: false })).toMatchObject({ ok: false, error: { code: 'INVALID_OPERATION' } });
    expect(await dispatch(handlers, 'export.openResult', { jobId: out, reveal: false })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    fs.renameSync(out, `${out}.moved`);
    expect(await dispatch(handlers, 'export.openResult', { jobId: 'job-1', reveal: true })).toMatchObject({ ok: false, error: { message: expect.stringContaining('已不在原处') } });
    expect(calls).toEqual([]);
    // No preview to print.
    expect(await dispatch(handlers, 'export.previewPrint', { previewId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  } finally {
    session.close();
  }
});

test('without a desktop (a headless host) opening is refused, not silently ignored', async () => {
  const project = createProject(dir, 'headless.rwproj');
  const projectFile = project.path;
  project.close();
  const { session, handlers, files } = handlersWith(path.join(dir, 'profile-headless'), {});
  session.open(projectFile, { readOnly: true });
  try {
    const out = path.join(dir, 'headless.docx');
    await dispatch(handlers, 'export.docx', { file: files.grant('export-docx', out).handle, jobId: 'job-h' });
    expect(await dispatch(handlers, 'export.openResult', { jobId: 'job-h', reveal: false })).toMatchObject({ ok: false, error: { code: 'INVALID_OPERATION', message: expect.stringContaining('无法打开文件或打印') } });
  } finally {
    session.close();
  }
});
