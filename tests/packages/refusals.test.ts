/**
 * Every refusal of an import: a clear message naming the reason, and the project file byte for
 * byte as it was (sha256 compared before and after). The package file is only read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { applyImport, undoImport } from '../../electron/packages/apply-import';
import { ContributorSession } from '../../electron/packages/contributor-session';
import { importWordDraft } from '../../electron/packages/import-draft';
import { importPackage } from '../../electron/packages/import-package';
import { AppError } from '../../electron/errors/app-error';
import { openDatabase } from '../../electron/project-store/sqlite';
import type { SectionContent } from '../../shared/model/document';
import { fingerprint, makeTempDir, removeTempDir } from '../support/temp-files';
import { smallSetup, type SmallSetup } from './small-project';

let dir: string;
let setup: SmallSetup;
let copyCounter = 0;

/** A copy of the (edited, submitted) package, to damage in one way. */
function packageCopy(): string {
  copyCounter += 1;
  const file = path.join(dir, `copy-${copyCounter}.rwpkg`);
  fs.copyFileSync(setup.packageFile, file);
  return file;
}

function edit(file: string, sql: string, ...params: unknown[]): void {
  const db = openDatabase(file);
  try {
    const changed = db.prepare(sql).run(...params).changes;
    expect(changed).toBeGreaterThan(0);
  } finally {
    db.close();
  }
}

/** Runs `fn`, expects a refusal with `code`, and proves the project file did not change. */
async function expectRefusal(fn: () => unknown, code: string, ...fragments: string[]): Promise<AppError> {
  const before = fingerprint(setup.project.path).sha256;
  let caught: unknown;
  try {
    await fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AppError);
  const error = caught as AppError;
  expect(error.code).toBe(code);
  for (const fragment of fragments) expect(error.message).toContain(fragment);
  expect(fingerprint(setup.project.path).sha256).toBe(before);
  return error;
}

beforeAll(() => {
  dir = makeTempDir('rw-refuse-');
  setup = smallSetup(dir);
  const session = ContributorSession.open(setup.packageFile);
  const [a] = setup.sections;
  const doc = session.loadSection(a);
  const content: SectionContent = [...doc.content, { type: 'paragraph', id: 'dept-new', children: [{ text: '部门新增。' }] }];
  session.saveSection(a, content, doc.revision);
  session.submit();
  session.close();
});

afterAll(() => {
  setup.project.close();
  removeTempDir(dir);
});

test('a sound package is accepted (the copies below differ from it in one way each)', async () => {
  const prepared = await importPackage(setup.project, packageCopy());
  expect(prepared.review.changes).toBe(1);
});

test('a package from another project', async () => {
  const otherDir = makeTempDir('rw-other-');
  try {
    const other = smallSetup(otherDir, '另一个项目.rwproj');
    other.project.close();
    const error = await expectRefusal(() => importPackage(setup.project, other.packageFile), 'PACKAGE_REFUSED', '属于另一个项目', '项目未作任何改动');
    expect(error.details?.problem).toBe('foreign-project');
  } finally {
    removeTempDir(otherDir);
  }
});

test('the same package merged twice', async () => {
  const file = packageCopy();
  applyImport(setup.project, await importPackage(setup.project, file), new Map());
  const error = await expectRefusal(() => importPackage(setup.project, file), 'PACKAGE_REFUSED', '已于', '合并过，不能重复合并');
  expect(error.details?.problem).toBe('already-merged');
  // Back to unmerged for the other tests.
  undoImport(setup.project, importPackageId(file));
});

function importPackageId(file: string): string {
  const db = openDatabase(file, { readonly: true });
  try {
    return JSON.parse((db.prepare("SELECT value FROM meta WHERE key = 'packageId'").get() as { value: string }).value) as string;
  } finally {
    db.close();
  }
}

test.each([
  ['the base content changed with plain SQLite', "UPDATE base_section SET content = replace(content, '立德树人', '立德树人（改）')", 'tampered', '在年报工坊之外被改动过'],
  ['the department renamed in the file', `UPDATE meta SET value = '{"id":"x","name":"y"}' WHERE key = 'department'`, 'wrong-department', '发给另一个部门'],
  ['the department name changed but not its id', "UPDATE meta SET value = replace(value, '教务部', '学生处') WHERE key = 'department'", 'tampered', '在年报工坊之外被改动过'],
  ['the issue date changed', "UPDATE meta SET value = replace(value, '2', '3') WHERE key = 'issuedAt'", 'tampered', '在年报工坊之外被改动过'],
  ['an office comment rewritten', "UPDATE comment SET text = '不用核实了' WHERE issued = 1", 'tampered', '在年报工坊之外被改动过'],
  ['an assigned section dropped from the file', 'DELETE FROM base_section WHERE rowid = 1', 'tampered', '在年报工坊之外被改动过'],
  ['the department\'s draft changed with plain SQLite', "UPDATE working_section SET content = replace(content, '部门新增', '偷偷修改')", 'tampered-working', '部门修改的内容在年报工坊之外被改动过'],
])('a package edited outside the app: %s', async (_name, sql, problem, fragment) => {
  const file = packageCopy();
  edit(file, sql);
  const error = await expectRefusal(() => importPackage(setup.project, file), 'PACKAGE_REFUSED', fragment);
  expect(error.details?.problem).toBe(problem);
});

test('a package edited outside the app: bytes flipped inside a page', async () => {
  const file = packageCopy();
  const bytes = fs.readFileSync(file);
  const at = bytes.indexOf(Buffer.from('部门新增'));
  expect(at).toBeGreaterThan(0);
  bytes.write('部門', at, 'utf8');
  fs.writeFileSync(file, bytes);
  await expectRefusal(() => importPackage(setup.project, file), 'PACKAGE_REFUSED', '项目未作任何改动');
});

test('a package that changed a section not assigned to its department', async () => {
  const file = packageCopy();
  edit(
    file,
    'INSERT INTO working_section(node_id, revision, content, updated_at) VALUES (?, ?, ?, ?)',
    setup.other,
    9,
    JSON.stringify([{ type: 'paragraph', id: 'x', children: [{ text: '越权修改' }] }]),
    new Date().toISOString(),
  );
  const title = setup.project.outline().find((n) => n.id === setup.other)?.title as string;
  const error = await expectRefusal(() => importPackage(setup.project, file), 'PACKAGE_REFUSED', '未分配给“教务部”的章节', title);
  expect(error.details?.problem).toBe('unassigned-sections');
});

test('a truncated package', async () => {
  const file = packageCopy();
  const bytes = fs.readFileSync(file);
  fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
  const error = await expectRefusal(() => importPackage(setup.project, file), 'PACKAGE_REFUSED', '文件已损坏或不完整');
  expect(error.details?.problem).toBe('corrupt');
});

test('a project file given as a package, and a file that is no database', async () => {
  await expectRefusal(() => importPackage(setup.project, setup.project.path), 'NOT_A_PACKAGE', '这是年报项目文件');
  const text = path.join(dir, 'notes.rwpkg');
  fs.writeFileSync(text, '这不是材料包');
  await expectRefusal(() => importPackage(setup.project, text), 'NOT_A_PACKAGE', '不是年报工坊保存的文件');
});

test('a .docx that is not a Word file', async () => {
  const [a] = setup.sections;
  const fake = path.join(dir, '部门稿件.docx');
  fs.writeFileSync(fake, '这其实是一个文本文件');
  await expectRefusal(() => importWordDraft(setup.project, fake, a), 'NOT_A_WORD_FILE', '不是 Word 文档', '不是 .docx 格式');
  const doc = path.join(dir, '旧格式.docx');
  fs.writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
  await expectRefusal(() => importWordDraft(setup.project, doc, a), 'NOT_A_WORD_FILE', 'Word 97-2003');
  const zip = path.join(dir, '压缩包.docx');
  fs.writeFileSync(zip, Buffer.from('504b0506000000000000000000000000000000000000', 'hex'));
  await expectRefusal(() => importWordDraft(setup.project, zip, a), 'NOT_A_WORD_FILE', '不是 .docx 格式');
});

test('importing only reads the package: its bytes are unchanged and no lock is left', async () => {
  const file = packageCopy();
  const before = fingerprint(file);
  await importPackage(setup.project, file);
  expect(fingerprint(file)).toEqual(before);
  expect(fs.existsSync(path.join(dir, `.~lock.${path.basename(file)}#`))).toBe(false);
});
