/**
 * The statement's IPC methods on real project files, through dispatch (validation and the error
 * envelope included): settings, images refused with a Chinese sentence and the project unchanged,
 * issuing PDF and Word, bound to a report, signed with a certificate made here, a wrong password
 * writing nothing, and a read-only project refused.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { RecentFiles } from '../../electron/app-state/recent-files';
import { ChromiumPrintEngine } from '../../electron/export/pdf/chromium-print-engine';
import type { Dialogs } from '../../electron/services/dialogs';
import { createHandlers, dispatch, type Handlers } from '../../electron/services/handlers';
import { ProjectSession } from '../../electron/services/session';
import { verifyStatement } from '../../electron/statement/verify-statement';
import type { IpcMethod, IpcOutput, StatementState } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { DEFAULT_STATEMENT_TEMPLATE } from '../../shared/statement/statement-text';
import { UNIT, YEAR } from '../support/project-helpers';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { makeP12, writeFixtures, type TestCertificate } from './statement-fixtures';

jest.setTimeout(120_000);

let dir: string;
let engine: ChromiumPrintEngine;
let images: { seal: string; signature: string };
let cert: TestCertificate;
let certFile: string;
let report: string;
let counter = 0;

interface Setup {
  readonly session: ProjectSession;
  readonly handlers: Handlers;
  /** Answers of the next file dialogs, in order (null = cancelled). */
  readonly answers: (string | null)[];
  readonly projectPath: string;
}

function setup(options: { readOnly?: boolean } = {}): Setup {
  counter += 1;
  const answers: (string | null)[] = [];
  const next = async (): Promise<string | null> => (answers.length > 0 ? (answers.shift() ?? null) : null);
  const none = async (): Promise<null> => null;
  const dialogs: Dialogs = {
    pickNewProjectPath: none,
    pickOpenProjectPath: none,
    pickSaveAsPath: none,
    pickImagePath: none,
    pickSpreadsheetPath: none,
    pickPackagePath: none,
    pickContributionPath: none,
    pickExportPath: none,
    pickStatementInput: next,
    pickStatementPath: next,
    pickWordReportPath: none,
  };
  const recent = new RecentFiles(path.join(dir, `profile-${counter}`));
  const session = new ProjectSession(recent);
  const handlers = createHandlers({ session, dialogs, recent, host: 'harness', version: '0.0.0-test', closeReady: () => {}, printEngine: engine });
  const projectPath = path.join(dir, `年报-${counter}.rwproj`);
  session.create(projectPath, { unitName: UNIT, year: YEAR });
  if (options.readOnly) {
    session.close();
    session.open(projectPath, { readOnly: true });
  }
  return { session, handlers, answers, projectPath };
}

async function call<M extends IpcMethod>(s: Setup, method: M, payload: unknown): Promise<IpcOutput<M>> {
  const result = await dispatch(s.handlers, method, payload);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.value as IpcOutput<M>;
}

async function refused(s: Setup, method: IpcMethod, payload: unknown, code: string): Promise<string> {
  const result: IpcResult<unknown> = await dispatch(s.handlers, method, payload);
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.error.code).toBe(code);
  return result.error.message;
}

/** Everything of the project a refused call must leave alone. */
function projectState(s: Setup): unknown {
  const project = s.session.require();
  return {
    settings: project.db.prepare("SELECT key, value FROM settings WHERE key LIKE 'statement%' ORDER BY key").all(),
    assets: project.db.prepare('SELECT sha256 FROM asset ORDER BY sha256').all(),
    issued: project.db.prepare('SELECT * FROM issued_statement ORDER BY id').all(),
  };
}

const sha256 = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

beforeAll(async () => {
  dir = makeTempDir('rw-statement-ipc-');
  engine = new ChromiumPrintEngine();
  images = await writeFixtures(dir);
  cert = makeP12();
  certFile = path.join(dir, 'cert.p12');
  fs.writeFileSync(certFile, cert.p12);
  report = path.join(dir, '2025年度质量报告.pdf');
  fs.writeFileSync(report, '%PDF-1.7\n% a stand-in for the report: only its bytes are hashed\n');
});

afterAll(async () => {
  await engine.close();
  removeTempDir(dir);
});

describe('statement settings', () => {
  test('get: defaults, the report settings and an empty register', async () => {
    const s = setup();
    const state = await call(s, 'statement.get', {});
    expect(state.settings).toEqual({ template: DEFAULT_STATEMENT_TEMPLATE, date: null, signerName: '', signatureImage: null, sealImage: null, position: 'after-cover' });
    expect(state.signatureImage).toBeNull();
    expect(state.sealImage).toBeNull();
    expect(state.report.unitName).toBe(UNIT);
    expect(state.report.year).toBe(YEAR);
    expect(state.issued).toEqual([]);
    expect(state.readOnly).toBe(false);
  });

  test('update: stores what is given, leaves the rest, a null date means the day of issue', async () => {
    const s = setup();
    let state = await call(s, 'statement.update', { template: '本校对{unit}{year}年度报告负责。特此声明。', signerName: '  张三 ', date: '2025-12-30', position: 'first' });
    expect(state.settings).toMatchObject({ template: '本校对{unit}{year}年度报告负责。特此声明。', signerName: '张三', date: '2025-12-30', position: 'first' });
    state = await call(s, 'statement.update', { date: null });
    expect(state.settings).toMatchObject({ signerName: '张三', date: null, position: 'first' });
    // Stored in the project file, not only in memory.
    s.session.close();
    s.session.open(s.projectPath, { readOnly: true });
    expect((await call(s, 'statement.get', {})).settings.signerName).toBe('张三');
  });

  test.each([
    ['an empty sentence', { template: '  ' }, '声明语句不能为空'],
    ['a sentence over 500 characters', { template: '对'.repeat(501) }, '500'],
    ['a signer over 50 characters', { signerName: '张'.repeat(51) }, '50'],
    ['a day that does not exist', { date: '2025-02-29' }, '日期'],
  ])('update refuses %s with a Chinese message and changes nothing', async (_name, patch, words) => {
    const s = setup();
    const before = projectState(s);
    const message = await refused(s, 'statement.update', patch, 'INVALID_PAYLOAD');
    expect(message).toContain(words);
    expect(projectState(s)).toEqual(before);
  });
});

describe('statement images', () => {
  test('a picked seal is checked, stored and readable; removing it keeps the asset', async () => {
    const s = setup();
    s.answers.push(images.seal);
    const state = (await call(s, 'statement.pickImage', { kind: 'seal' })) as StatementState;
    expect(state.sealImage).toEqual({ sha256: sha256(images.seal), width: 400, height: 400 });
    expect(state.settings.sealImage).toBe(sha256(images.seal));
    const asset = await call(s, 'asset.read', { sha256: sha256(images.seal) });
    expect(asset.mime).toBe('image/png');
    expect(Buffer.from(asset.base64, 'base64').equals(fs.readFileSync(images.seal))).toBe(true);
    const cleared = await call(s, 'statement.clearImage', { kind: 'seal' });
    expect(cleared.sealImage).toBeNull();
    expect(cleared.settings.sealImage).toBeNull();
  });

  test('a cancelled dialog answers null and changes nothing', async () => {
    const s = setup();
    const before = projectState(s);
    s.answers.push(null);
    await expect(call(s, 'statement.pickImage', { kind: 'signature' })).resolves.toBeNull();
    expect(projectState(s)).toEqual(before);
  });

  test('refused images: not a PNG, no transparency, too large; each with a Chinese sentence and the project unchanged', async () => {
    const s = setup();
    const jpeg = path.join(dir, '公章.jpg');
    fs.writeFileSync(jpeg, await sharp({ create: { width: 200, height: 200, channels: 3, background: '#d40000' } }).jpeg().toBuffer());
    const opaque = path.join(dir, '公章-白底.png');
    fs.writeFileSync(opaque, await sharp({ create: { width: 200, height: 200, channels: 3, background: '#ffffff' } }).png().toBuffer());
    const huge = path.join(dir, '签名-超大.png');
    fs.writeFileSync(huge, await sharp({ create: { width: 4100, height: 16, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer());
    const before = projectState(s);
    s.answers.push(jpeg);
    expect(await refused(s, 'statement.pickImage', { kind: 'seal' }, 'STATEMENT_REFUSED')).toBe('印章图片“公章.jpg”不是 PNG 文件：请使用背景透明的 PNG 图片');
    s.answers.push(opaque);
    expect(await refused(s, 'statement.pickImage', { kind: 'seal' }, 'STATEMENT_REFUSED')).toContain('没有透明背景');
    s.answers.push(huge);
    expect(await refused(s, 'statement.pickImage', { kind: 'signature' }, 'STATEMENT_REFUSED')).toContain('签名图片“签名-超大.png”尺寸过大');
    expect(projectState(s)).toEqual(before);
  });
});

describe('issuing statements', () => {
  test('PDF with signature and seal, then Word bound to a report; both in the register', async () => {
    const s = setup();
    s.answers.push(images.signature);
    await call(s, 'statement.pickImage', { kind: 'signature' });
    s.answers.push(images.seal);
    await call(s, 'statement.pickImage', { kind: 'seal' });

    const pdf = path.join(dir, '声明.pdf');
    s.answers.push(pdf);
    const first = await call(s, 'statement.issue', { format: 'pdf', bindReport: false, sign: null });
    expect(first).toEqual({ path: pdf, reportSha256: null, signed: false, warnings: [] });
    expect(fs.readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The save dialog may hand back a name without its extension (Linux): it is added.
    const docxWithout = path.join(dir, '声明-word');
    s.answers.push(docxWithout, report);
    const second = await call(s, 'statement.issue', { format: 'docx', bindReport: true, sign: null });
    expect(second).toEqual({ path: `${docxWithout}.docx`, reportSha256: sha256(report), signed: false, warnings: [] });
    expect(fs.readFileSync(`${docxWithout}.docx`).subarray(0, 2).toString('latin1')).toBe('PK');

    const state = await call(s, 'statement.get', {});
    expect(state.issued.map((i) => [i.fileName, i.reportName, i.reportSha256, i.signed])).toEqual([
      ['声明.pdf', null, null, false],
      ['声明-word.docx', path.basename(report), sha256(report), false],
    ]);
  });

  test('a signed PDF bound to a report verifies', async () => {
    const s = setup();
    const out = path.join(dir, '声明-签名.pdf');
    s.answers.push(out, report, certFile);
    const result = await call(s, 'statement.issue', { format: 'pdf', bindReport: true, sign: { password: cert.password } });
    expect(result).toEqual({ path: out, reportSha256: sha256(report), signed: true, warnings: [] });
    const verified = await verifyStatement(fs.readFileSync(out), fs.readFileSync(report));
    expect(verified.checks.filter((c) => !c.ok)).toEqual([]);
    expect(verified.ok).toBe(true);
    expect(verified.signerCommonName).toBe(cert.commonName);
  });

  test('an expired certificate still signs, with a warning in the result; verify fails it', async () => {
    const expired = makeP12('过期证书 李四', 'pw', { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2021-01-01T00:00:00Z') });
    const expiredFile = path.join(dir, 'expired.p12');
    fs.writeFileSync(expiredFile, expired.p12);
    const s = setup();
    const out = path.join(dir, '声明-过期证书.pdf');
    s.answers.push(out, expiredFile);
    const result = await call(s, 'statement.issue', { format: 'pdf', bindReport: false, sign: { password: expired.password } });
    expect(result?.signed).toBe(true);
    expect(result?.warnings).toEqual([expect.stringContaining('签名时证书已过期') as unknown as string]);
    const verified = await verifyStatement(fs.readFileSync(out), null);
    expect(verified.ok).toBe(false);
    expect(verified.signerCommonName).toBe('过期证书 李四');
    expect(verified.checks.filter((c) => !c.ok).map((c) => c.zh)).toEqual([expect.stringContaining('签名时证书已过期') as unknown as string]);
  });

  test('a wrong certificate password: a clear message, no file, nothing recorded', async () => {
    const s = setup();
    const out = path.join(dir, '声明-错误密码.pdf');
    const before = projectState(s);
    s.answers.push(out, certFile);
    const message = await refused(s, 'statement.issue', { format: 'pdf', bindReport: false, sign: { password: 'wrong' } }, 'STATEMENT_REFUSED');
    expect(message).toContain('证书密码错误');
    expect(fs.existsSync(out)).toBe(false);
    expect(projectState(s)).toEqual(before);
  });

  test('cancelling any of the dialogs writes nothing', async () => {
    const s = setup();
    const before = projectState(s);
    s.answers.push(null);
    await expect(call(s, 'statement.issue', { format: 'pdf', bindReport: false, sign: null })).resolves.toBeNull();
    const out = path.join(dir, '声明-取消.pdf');
    s.answers.push(out, null);
    await expect(call(s, 'statement.issue', { format: 'pdf', bindReport: true, sign: null })).resolves.toBeNull();
    s.answers.push(out, null);
    await expect(call(s, 'statement.issue', { format: 'pdf', bindReport: false, sign: { password: cert.password } })).resolves.toBeNull();
    expect(fs.existsSync(out)).toBe(false);
    expect(projectState(s)).toEqual(before);
  });

  test('a digital signature on a Word statement is refused before any dialog', async () => {
    const s = setup();
    s.answers.push(path.join(dir, 'never.docx'));
    expect(await refused(s, 'statement.issue', { format: 'docx', bindReport: false, sign: { password: 'x' } }, 'INVALID_OPERATION')).toContain('PDF');
    expect(s.answers).toHaveLength(1);
  });
});

describe('a read-only project', () => {
  test('shows the statement but refuses every change, before any dialog', async () => {
    const s = setup({ readOnly: true });
    const state = await call(s, 'statement.get', {});
    expect(state.readOnly).toBe(true);
    s.answers.push(images.seal);
    await refused(s, 'statement.update', { signerName: '张三' }, 'READ_ONLY_SESSION');
    await refused(s, 'statement.pickImage', { kind: 'seal' }, 'READ_ONLY_SESSION');
    await refused(s, 'statement.clearImage', { kind: 'seal' }, 'READ_ONLY_SESSION');
    const message = await refused(s, 'statement.issue', { format: 'docx', bindReport: false, sign: null }, 'READ_ONLY_SESSION');
    expect(message).toContain('只读');
    expect(s.answers).toEqual([images.seal]);
  });
});
