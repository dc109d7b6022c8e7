/** Contributor mode: what a department author can and cannot do with a package open in the app. */
import { listCommentThreads } from '../../electron/departments/comments';
import { AppError } from '../../electron/errors/app-error';
import { applyImport } from '../../electron/packages/apply-import';
import { ContributorSession } from '../../electron/packages/contributor-session';
import { importPackage } from '../../electron/packages/import-package';
import type { SectionContent } from '../../shared/model/document';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { smallSetup, type SmallSetup } from './small-project';

let dir: string;
let setup: SmallSetup;
let session: ContributorSession;

function expectCode(fn: () => unknown, code: string, fragment?: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).code).toBe(code);
  if (fragment) expect((caught as AppError).message).toContain(fragment);
}

beforeAll(() => {
  dir = makeTempDir('rw-contrib-');
  setup = smallSetup(dir);
  session = ContributorSession.open(setup.packageFile);
});

afterAll(() => {
  session.close();
  setup.project.close();
  removeTempDir(dir);
});

test('the snapshot shows the whole outline, flags contributor mode and lists only the assigned sections as editable', () => {
  const snapshot = session.snapshot();
  expect(snapshot.mode).toBe('contributor');
  expect(snapshot.outline.map((n) => n.id).sort()).toEqual(setup.project.outline().map((n) => n.id).sort());
  expect(snapshot.contribution?.editableSectionIds).toEqual([...setup.sections]);
  expect(snapshot.contribution?.department).toMatchObject({ name: '教务部', lead: '李主任', writers: '王老师' });
  expect(snapshot.contribution?.submittedAt).toBeNull();
  expect(snapshot.settings.unitName).toBe('天津工业职业学院');
});

test('figure, table and case numbers match the office numbering', () => {
  const office = setup.project.numbering().structures.map((s) => [s.id, s.label]);
  expect(session.numbering().structures.map((s) => [s.id, s.label])).toEqual(office);
});

test('sections not assigned can be neither read nor saved', () => {
  expectCode(() => session.loadSection(setup.other), 'INVALID_OPERATION', '不是分配给教务部的章节');
  expectCode(() => session.saveSection(setup.other, [{ type: 'paragraph', id: 'x', children: [{ text: '越权' }] }], 1), 'INVALID_OPERATION');
});

test('saves are validated and guarded by revision', () => {
  const [a] = setup.sections;
  const doc = session.loadSection(a);
  expectCode(() => session.saveSection(a, [{ type: 'script', id: 'x', children: [{ text: '' }] }], doc.revision), 'INVALID_PAYLOAD');
  expectCode(() => session.saveSection(a, doc.content, doc.revision + 5), 'REVISION_CONFLICT');
  const content: SectionContent = [...doc.content, { type: 'paragraph', id: 'added', children: [{ text: '部门补充。' }] }];
  const saved = session.saveSection(a, content, doc.revision);
  expect(saved.revision).toBe(doc.revision + 1);
  expect(session.loadSection(a).content).toEqual(content);
  expect(session.info().changedSectionIds).toEqual([a]);
});

test('a second app instance cannot open the package while it is being edited', () => {
  expectCode(() => ContributorSession.open(setup.packageFile), 'IN_USE');
});

test('the author answers a comment and submits; an edit after submitting asks for a new submission', () => {
  const [a] = setup.sections;
  const [thread] = session.listComments(a);
  expect(thread?.text).toBe('请核实落实率数据。');
  const answered = session.reply((thread as { id: string }).id, '已核实，数据来自就业系统。');
  expect(answered.replies.map((r) => [r.author, r.origin, r.text])).toEqual([['王老师', 'department', '已核实，数据来自就业系统。']]);
  expect(session.submit().submittedAt).not.toBeNull();
  const doc = session.loadSection(a);
  session.saveSection(a, doc.content, doc.revision);
  expect(session.info().submittedAt).toBeNull();
  expect(session.submit().submittedAt).not.toBeNull();
});

test('on import the reply comes back to the office comment, with the edit', async () => {
  session.close();
  const [a] = setup.sections;
  const prepared = await importPackage(setup.project, setup.packageFile);
  expect(prepared.review.replies).toBe(1);
  expect(prepared.review.source).toMatchObject({ kind: 'package', departmentName: '教务部' });
  applyImport(setup.project, prepared, new Map(prepared.sections.flatMap((s) => s.merge.changes).map((c) => [c.id, 'accept' as const])));
  const [thread] = listCommentThreads(setup.project, a);
  expect(thread?.replies.map((r) => r.text)).toEqual(['已核实，数据来自就业系统。']);
  expect(setup.project.loadSection(a).content.some((b) => b.id === 'added')).toBe(true);
  session = ContributorSession.open(setup.packageFile);
});
