/**
 * The preflight's IPC methods through dispatch, on real project and package files: checking the
 * whole report and one section, ignoring (stored in the project, carried in the package so the
 * department does not see it), the glossary, refusals in contributor mode and bad input.
 */
import path from 'node:path';
import { dispatch, type Handlers } from '../../electron/services/handlers';
import type { IpcMethod, IpcOutput } from '../../shared/ipc/contract';
import type { FilePurpose } from '../../shared/ipc/contract';
import { testHandlers } from '../support/project-helpers';
import { readCheckSource } from '../../electron/preflight/check-source';
import type { Finding } from '../../shared/preflight/types';
import { makeTempDir, removeTempDir } from '../support/temp-files';

let dir: string;
let handlers: Handlers;
let close: () => void;

async function call<M extends IpcMethod>(method: M, payload: Record<string, unknown>): Promise<IpcOutput<M>> {
  const result = await dispatch(handlers, method, payload);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as IpcOutput<M>;
}

async function refusal(method: IpcMethod, payload: Record<string, unknown>): Promise<{ code: string; message: string }> {
  const result = await dispatch(handlers, method, payload);
  if (result.ok) throw new Error(`${method} should have failed`);
  return result.error;
}

const para = (id: string, text: string) => ({ type: 'paragraph', id, children: [{ text }] });

/** A dialog's answer: main hands the renderer a handle, never a path. */
let grant: (purpose: FilePurpose, file: string) => string;

beforeAll(() => {
  dir = makeTempDir('rw-preflight-ipc-');
  const made = testHandlers(path.join(dir, 'profile'));
  handlers = made.handlers;
  grant = made.file;
  close = () => made.session.close();
});

afterAll(() => {
  close();
  removeTempDir(dir);
});

test('run, ignore, glossary; the package carries them; the department keeps its own ignores in the package, not the settings', async () => {
  const projectFile = path.join(dir, '年报.rwproj');
  const created = await call('project.create', { file: grant('new-project', projectFile), unitName: '天津工业职业学院', year: 2025 });
  const [a, b] = created.outline.filter((n) => n.parentId !== null).map((n) => n.id) as [string, string];
  await call('section.save', { id: a, content: [para('p1', '显著提升了学校的杜会服务能力。'), para('p2', '同学们再接再励，与天钢集团合作。')], baseRevision: (await call('section.load', { id: a })).revision });
  await call('section.save', { id: b, content: [para('q1', '知名企業合作。')], baseRevision: (await call('section.load', { id: b })).revision });

  const whole = await call('preflight.run', {});
  expect(whole.findings.map((f) => f.excerpt)).toEqual(expect.arrayContaining(['杜会', '再接再励', '知名企業合作']));
  const one = await call('preflight.run', { sections: [b] });
  expect(one.findings.map((f) => [f.rule, f.excerpt, f.suggestion])).toEqual([['traditional', '知名企業合作', '知名企业合作']]);

  const idiom = whole.findings.find((f) => f.excerpt === '再接再励');
  if (idiom === undefined) throw new Error('no idiom finding');
  const ignored = await call('preflight.ignore', { key: idiom.key, rule: idiom.rule, nodeId: idiom.sectionId, excerpt: idiom.excerpt });
  expect(ignored.ignored.map((i) => i.key)).toEqual([idiom.key]);
  const settings = await call('preflight.updateSettings', { glossary: [{ preferred: '天津钢铁集团有限公司', variants: ['天钢集团'] }], traditionalAllow: [] });
  expect(settings.settings.glossary).toHaveLength(1);
  const after = await call('preflight.run', { sections: [a] });
  expect(after.findings.map((f) => f.excerpt)).toEqual(['杜会', '天钢集团']);
  expect(after.counts.ignored).toBe(1);

  // Bad input is refused by the contract, with nothing stored.
  expect((await refusal('preflight.ignore', { key: '', rule: 'typo', nodeId: a, excerpt: 'x' })).code).toBe('INVALID_PAYLOAD');
  expect((await refusal('preflight.run', { rules: ['spelling'] })).code).toBe('INVALID_PAYLOAD');
  expect((await refusal('preflight.updateSettings', { glossary: [{ preferred: '', variants: [] }], traditionalAllow: [] })).code).toBe('INVALID_PAYLOAD');

  // The department's package: the office's ignores and glossary come along.
  const department = await call('department.add', { name: '教务部', lead: '', writers: '' });
  await call('outline.assign', { id: a, departmentId: department.id });
  const packageFile = path.join(dir, '教务部.rwpkg');
  await call('package.create', { departmentId: department.id, file: grant('package', packageFile) });
  await call('project.open', { file: grant('open-project', packageFile) });
  const inPackage = await call('preflight.run', {});
  expect(inPackage.findings.map((f) => f.excerpt)).toEqual(['杜会', '天钢集团']);
  expect(inPackage.counts.ignored).toBe(1);
  const state = await call('preflight.settings', {});
  expect(state).toMatchObject({ readOnly: true, ignored: [{ key: idiom.key }] });
  // The settings stay the office's…
  expect((await refusal('preflight.updateSettings', { glossary: [], traditionalAllow: [] })).message).toContain('编写办公室');
  // …but the department ignores findings in its own sections, stored in the package.
  const typo = inPackage.findings.find((f) => f.excerpt === '杜会') as Finding;
  const afterIgnore = await call('preflight.ignore', { key: typo.key, rule: typo.rule, nodeId: typo.sectionId, excerpt: typo.excerpt });
  expect(afterIgnore.ignored.map((i) => i.key)).toEqual([idiom.key, typo.key]);
  expect((await call('preflight.run', {})).findings.map((f) => f.excerpt)).toEqual(['天钢集团']);
  // Not in a section the department was not given, and the office's ignores cannot be taken back.
  expect((await refusal('preflight.ignore', { key: 'typo|q1|text|企業', rule: 'typo', nodeId: b, excerpt: '企業' })).message).toContain('本部门');
  expect((await call('preflight.unignore', { key: idiom.key })).ignored.map((i) => i.key)).toEqual([idiom.key, typo.key]);
  // Sections not assigned are not checked in the package.
  expect((await call('preflight.run', { sections: [b] })).findings).toEqual([]);
  const submitted = await call('package.submit', {});
  expect(submitted.submittedAt).not.toBeNull();

  // In the file: reopened (and checked from the command line's reader) the department's ignore holds.
  await call('project.close', {});
  expect([...readCheckSource(packageFile).ignored].sort()).toEqual([idiom.key, typo.key].sort());
  await call('project.open', { file: grant('open-project', packageFile) });
  expect((await call('preflight.run', {})).counts.ignored).toBe(2);
  // Taking it back shows the finding again (negative control for the stored ignore).
  await call('preflight.unignore', { key: typo.key });
  expect((await call('preflight.run', {})).findings.map((f) => f.excerpt)).toEqual(['杜会', '天钢集团']);
  await call('preflight.ignore', { key: typo.key, rule: typo.rule, nodeId: typo.sectionId, excerpt: typo.excerpt });
  await call('package.submit', {});
  await call('project.close', {});

  // The office still takes the package back: the department's ignores are not a change to the report.
  await call('project.open', { file: grant('open-project', projectFile) });
  const review = await call('package.import', { file: grant('contribution', packageFile) });
  expect(review.warnings).toEqual([]);
  expect(review.changes).toBe(0);
  await call('package.discard', { importId: review.importId });
});

test('a fix from the panel is saved as a revision of its own (reason preflight), never folded into the autosaves around it', async () => {
  const projectFile = path.join(dir, '修改.rwproj');
  const created = await call('project.create', { file: grant('new-project', projectFile), unitName: '天津工业职业学院', year: 2025 });
  const id = (created.outline.find((n) => n.parentId !== null) as { id: string }).id;
  let revision = (await call('section.load', { id })).revision;
  const save = async (text: string, reason?: 'edit' | 'preflight') => {
    revision = (await call('section.save', { id, content: [para('p1', text)], baseRevision: revision, ...(reason === undefined ? {} : { reason }) })).revision;
  };
  await save('学校的杜会服务');
  await save('学校的杜会服务能力');
  const history = async () => (await call('section.history', { id })).map((r) => r.reason);
  // Negative control: autosaves within one bucket are folded into one revision.
  const autosaved = await history();
  expect(autosaved.filter((r) => r === 'edit')).toHaveLength(1);
  await save('学校的社会服务能力', 'preflight');
  await save('学校的社会服务能力显著提升');
  expect((await history()).slice(0, 3)).toEqual(['edit', 'preflight', 'edit']);
  expect((await refusal('section.save', { id, content: [para('p1', 'x')], baseRevision: revision, reason: 'merge' })).code).toBe('INVALID_PAYLOAD');
  await call('project.close', {});
});
