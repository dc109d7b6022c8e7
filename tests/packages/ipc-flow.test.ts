/**
 * The whole cycle through the IPC handler table, as the UI will drive it: the office assigns and
 * issues; the same app opens the package in contributor mode (only assigned sections editable),
 * saves, answers a comment and submits; the office imports, rejects one change, accepts the rest,
 * checks the text, and undoes the import.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { dispatch, type Handlers } from '../../electron/services/handlers';
import type { FilePurpose, IpcMethod, IpcOutput } from '../../shared/ipc/contract';
import { plainText, type SectionContent } from '../../shared/model/document';
import { testHandlers } from '../support/project-helpers';
import { makeTempDir, removeTempDir } from '../support/temp-files';

let dir: string;
let handlers: Handlers;
let close: () => void;
/** Plays main's dialogs: the handle the renderer gets for a file chosen for `purpose`. */
let handle: (purpose: FilePurpose, file: string) => string;

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
const textOf = (content: SectionContent, id: string): string | undefined => {
  const block = content.find((b) => b.id === id);
  return block ? plainText(block) : undefined;
};

beforeAll(() => {
  dir = makeTempDir('rw-ipc-flow-');
  const made = testHandlers(path.join(dir, 'profile'));
  handlers = made.handlers;
  handle = made.file;
  close = () => made.session.close();
});

afterAll(() => {
  close();
  removeTempDir(dir);
});

test('office → department → office through IPC', async () => {
  const projectFile = path.join(dir, '年报.rwproj');
  const packageFile = path.join(dir, '教务部.rwpkg');
  const created = await call('project.create', { file: handle('new-project', projectFile), unitName: '天津工业职业学院', year: 2025 });
  const [a, b] = created.outline.filter((n) => n.parentId !== null).map((n) => n.id) as [string, string];
  const base = (await call('section.load', { id: a })).revision;
  await call('section.save', { id: a, content: [para('p1', '第一段。'), para('p2', '第二段。'), para('p3', '第三段。')], baseRevision: base });

  const department = await call('department.add', { name: '教务部', lead: '李主任', writers: '王老师' });
  await call('outline.assign', { id: a, departmentId: department.id });
  await call('section.setStatus', { id: a, dueDate: '2025-11-30' });
  const thread = await call('comment.add', { nodeId: a, blockId: 'p2', text: '请补充数据。' });
  const dashboard = await call('dashboard.get', { today: '2025-12-01' });
  expect(dashboard.departments[0]).toMatchObject({ overdue: 1, statusCounts: { 'not-started': 1 } });
  await call('package.create', { departmentId: department.id, file: handle('package', packageFile) });

  // The department's side: the same app, the package opened in contributor mode.
  const snapshot = await call('project.open', { file: handle('open-project', packageFile) });
  expect(snapshot.mode).toBe('contributor');
  expect(snapshot.contribution?.editableSectionIds).toEqual([a]);
  expect((await refusal('section.load', { id: b })).message).toContain('不是分配给教务部的章节');
  expect((await refusal('outline.add', { parentId: null, title: '新的一章' })).message).toContain('部门材料包');
  const doc = await call('section.load', { id: a });
  // A photo the author inserts goes into the package, and comes to the project with the merge.
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#cc3333' } }).png().toBuffer();
  const image = await call('asset.import', { name: '实训.png', base64: png.toString('base64') });
  const figure = { type: 'figure', id: 'f1', asset: image.sha256, caption: '实训现场', source: '', width: 80, children: [{ text: '' }] };
  await call('section.save', {
    id: a,
    content: [para('p1', '第一段（部门改）。'), para('p2', '第二段（部门改）。'), para('p3', '第三段。'), para('p4', '部门新增。'), figure],
    baseRevision: doc.revision,
  });
  expect((await call('asset.read', { sha256: image.sha256 })).mime).toBe('image/png');
  const [own] = await call('comment.list', { nodeId: a });
  expect(own?.id).toBe(thread.id);
  await call('comment.reply', { commentId: thread.id, text: '已补充。' });
  expect((await call('package.submit', {})).submittedAt).not.toBeNull();
  expect((await call('project.current', {}))?.contribution?.changedSectionIds).toEqual([a]);

  // Back in the office: opening the project closes the package and frees its lock.
  await call('project.open', { file: handle('open-project', projectFile) });
  expect(fs.existsSync(path.join(dir, `.~lock.${path.basename(packageFile)}#`))).toBe(false);
  expect((await refusal('asset.read', { sha256: image.sha256 })).code).toBe('NOT_FOUND');
  const review = await call('package.import', { file: handle('contribution', packageFile) });
  expect(review.replies).toBe(1);
  const changes = review.sections.flatMap((s) => s.changes);
  expect(changes.map((c) => [c.kind, c.blockId])).toEqual([
    ['modify', 'p1'],
    ['modify', 'p2'],
    ['insert', 'p4'],
    ['insert', 'f1'],
  ]);
  const decisions = Object.fromEntries(changes.map((c) => [c.id, c.blockId === 'p2' ? 'reject' : 'accept']));
  const outcome = await call('package.decide', { importId: review.importId, decisions });
  expect(outcome).toMatchObject({ applied: 3, rejected: 1, unresolved: [] });
  const merged = (await call('section.load', { id: a })).content;
  expect([textOf(merged, 'p1'), textOf(merged, 'p2'), textOf(merged, 'p3'), textOf(merged, 'p4')]).toEqual(['第一段（部门改）。', '第二段。', '第三段。', '部门新增。']);
  expect((await call('asset.read', { sha256: image.sha256 })).mime).toBe('image/png');
  expect((await call('comment.list', { nodeId: a }))[0]?.replies.map((r) => r.text)).toEqual(['已补充。']);
  const [record] = await call('package.list', {});
  expect(record?.mergedAt).not.toBeNull();
  expect((await refusal('package.decide', { importId: review.importId, decisions: {} })).code).toBe('NOT_FOUND');

  await call('package.undoImport', { packageId: record?.id as string });
  const undone = (await call('section.load', { id: a })).content;
  expect(textOf(undone, 'p1')).toBe('第一段。');
  expect(textOf(undone, 'p4')).toBeUndefined();
  expect((await call('comment.list', { nodeId: a }))[0]?.replies).toEqual([]);
});
