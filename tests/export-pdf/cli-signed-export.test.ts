/**
 * `reportworks export --pdf --p12 … --password-env …` through the built CLI: the report PDF signed
 * as a whole and checked by `reportworks verify`; refusals (wrong password, no password variable,
 * --p12 without --pdf) are one clear line, write nothing and leave the project as it was.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expectOneLineError, fileState, makeTempDir, repoRoot, runCli, type CliRun } from '../cli/support';
import { FORGED_TEXT, stuffWithRedefinedSignature } from '../statement/signature-attacks';
import { makeP12, type TestCertificate } from '../statement/statement-fixtures';

// Chromium prints here: longer than the suite's short default (package.json).
jest.setTimeout(120_000);

const PASSWORD_ENV = 'RW_TEST_EXPORT_P12_PASSWORD';
let dir: string;
let cleanup: () => void;
let project: string;
let cert: TestCertificate;
let certFile: string;

/** The password reaches the CLI only through the variable `--password-env` names, set for this run. */
function runWithPassword(args: readonly string[], password: string): Promise<CliRun> {
  return runCli(args, repoRoot, { [PASSWORD_ENV]: password });
}

beforeAll(async () => {
  ({ dir, cleanup } = makeTempDir());
  project = path.join(dir, '年报.rwproj');
  expect((await runCli(['new', project, '--unit', '天津工业职业学院', '--year', '2025'])).status).toBe(0);
  cert = makeP12();
  certFile = path.join(dir, 'cert.p12');
  fs.writeFileSync(certFile, cert.p12);
});

afterAll(() => cleanup());

test('a signed report PDF passes verify; one changed byte, or objects stuffed into the signature gap, fail it with a reason', async () => {
  const out = path.join(dir, '年报.pdf');
  const before = fileState(project);
  const run = await runWithPassword(['export', project, '--pdf', out, '--without', 'toc,figureList,tableList,caseList', '--p12', certFile, '--password-env', PASSWORD_ENV], cert.password);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/已数字签名（Zhang San \(Tianjin Polytechnic\)），SHA-256：[0-9a-f]{64}/);
  // The export opens the project read-only: not a byte changes.
  expect(fileState(project)).toEqual(before);

  const verified = await runCli(['verify', out]);
  expect(verified.stdout).toContain('签名有效，签名证书：Zhang San (Tianjin Polytechnic)');
  expect(verified.stdout).toContain('结论：全部检查通过');
  expect(verified.status).toBe(0);

  const bytes = fs.readFileSync(out);
  const at = bytes.indexOf(Buffer.from('/Title'));
  bytes[at + 2] = 'X'.charCodeAt(0);
  const tampered = path.join(dir, 'tampered.pdf');
  fs.writeFileSync(tampered, bytes);
  const failed = await runCli(['verify', tampered]);
  expect(failed.status).toBe(1);
  expect(failed.stdout).toContain('文件内容在签名后被改动（摘要不匹配）');

  // The forgery of the trust-boundary issue: objects redrawing page 1 put right after the
  // /Contents hex string, the signature dictionary defined again to claim the stuffed gap.
  const stuffed = path.join(dir, 'stuffed.pdf');
  fs.writeFileSync(stuffed, await stuffWithRedefinedSignature(fs.readFileSync(out)));
  expect(execFileSync('pdftotext', ['-l', '1', stuffed, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })).toContain(FORGED_TEXT);
  const refused = await runCli(['verify', stuffed]);
  expect(refused.stdout).toContain('✘ 失败：签名范围之间的未签名部分不只是签名值');
  expect(refused.status).toBe(1);
}, 180_000);

test('a wrong password: one line, no PDF, project unchanged', async () => {
  const out = path.join(dir, 'wrong.pdf');
  const before = fileState(project);
  const run = await runWithPassword(['export', project, '--pdf', out, '--p12', certFile, '--password-env', PASSWORD_ENV], 'not the password');
  expectOneLineError(run, 1, '证书密码错误');
  expect(fs.existsSync(out)).toBe(false);
  expect(fileState(project)).toEqual(before);
});

test.each([
  [['--docx', 'x.docx', '--p12', 'cert.p12', '--password-env', PASSWORD_ENV], '--p12 需与 --pdf 一起使用'],
  [['--pdf', 'x.pdf', '--p12', 'cert.p12'], '--password-env'],
  [['--pdf', 'x.pdf', '--password-env', PASSWORD_ENV], '--password-env 需与 --p12 一起使用'],
])('usage mistakes are refused before anything is written: %j', async (extra, message) => {
  const args = ['export', project, ...extra.map((a) => (a.endsWith('.p12') || a.endsWith('.pdf') || a.endsWith('.docx') ? path.join(dir, a) : a))];
  const run = await runWithPassword(args, cert.password);
  expectOneLineError(run, 2, message);
  expect(fs.existsSync(path.join(dir, 'x.pdf')) || fs.existsSync(path.join(dir, 'x.docx'))).toBe(false);
});
