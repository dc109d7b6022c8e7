/**
 * The statement end to end through the built CLI: text and layout of the PDF (pdftotext, a page
 * rendered by pdftoppm), the Word XML, signing and verifying with a certificate made here, and
 * every refusal leaving the output path absent and the project file's bytes unchanged.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { Project } from '../../electron/project-store/project';
import { LAYOUT, sealCentreMm } from '../../shared/statement/statement-layout';
import { issuedStatements } from '../../electron/statement/statement-store';
import { expectOneLineError, fileState, makeTempDir, repoRoot, runCli, type CliRun } from '../cli/support';
import { photoPixels, rawImage } from '../support/test-images';
import { derHexLength, FORGED_TEXT, signedLayout, stuffAfterContents } from './signature-attacks';
import { makeP12, writeFixtures, type TestCertificate } from './statement-fixtures';

const truncated = (bytes: Buffer): Buffer => bytes.subarray(0, Math.floor(bytes.length * 0.6));

const PASSWORD_ENV = 'RW_TEST_P12_PASSWORD';
let dir: string;
let cleanup: () => void;
let images: { seal: string; signature: string };
let cert: TestCertificate;
let report: string;

async function newProject(name: string): Promise<string> {
  const file = path.join(dir, name);
  expect((await runCli(['new', file, '--unit', '天津工业职业学院', '--year', '2025'])).status).toBe(0);
  return file;
}

/** The password reaches the CLI only through the variable `--password-env` names, set for this run. */
function runWithPassword(args: readonly string[], password: string): Promise<CliRun> {
  return runCli(args, repoRoot, { [PASSWORD_ENV]: password });
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** Strongly red pixels (seal ink) inside a box given in millimetres, on a page rendered at `dpi`. */
async function redPixels(pdf: string, box: { leftMm: number; topMm: number; widthMm: number; heightMm: number }, dpi = 60): Promise<number> {
  const prefix = path.join(dir, `page-${path.basename(pdf, '.pdf')}`);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-singlefile', pdf, prefix]);
  const { data, info } = await sharp(`${prefix}.png`).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const px = (mm: number): number => Math.round((mm * dpi) / 25.4);
  let red = 0;
  for (let y = px(box.topMm); y < Math.min(info.height, px(box.topMm + box.heightMm)); y += 1) {
    for (let x = px(box.leftMm); x < Math.min(info.width, px(box.leftMm + box.widthMm)); x += 1) {
      const i = (y * info.width + x) * 3;
      if ((data[i] ?? 0) > 160 && (data[i + 1] ?? 255) < 110 && (data[i + 2] ?? 255) < 110) red += 1;
    }
  }
  return red;
}

beforeAll(async () => {
  ({ dir, cleanup } = makeTempDir());
  images = await writeFixtures(dir);
  cert = makeP12();
  fs.writeFileSync(path.join(dir, 'cert.p12'), cert.p12);
  report = path.join(dir, '年报.pdf');
  fs.writeFileSync(report, Buffer.from('%PDF-1.7\n% stands in for the exported report\n%%EOF\n'));
});

afterAll(() => cleanup());

describe('a signed, stamped statement bound to a report', () => {
  let project: string;
  let statement: string;

  beforeAll(async () => {
    project = await newProject('signed.rwproj');
    statement = path.join(dir, '声明.pdf');
    const run = await runWithPassword(
      ['statement', project, '--out', statement, '--report', report, '--p12', path.join(dir, 'cert.p12'), '--password-env', PASSWORD_ENV,
        '--signature', images.signature, '--seal', images.seal, '--signer', '张三', '--date', '2025-12-30'],
      cert.password,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('the PDF says what seed 001 says, with the date and the report fingerprint', () => {
    const text = pdfText(statement);
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('内容真实性责任声明');
    expect(flat).toContain('学校对天津工业职业学院职业教育质量年度报告（2025年度）的真实性、完整性和准确性负责。');
    expect(flat).toContain('特此声明。');
    expect(flat).toContain('单位名称（盖章）：天津工业职业学院');
    expect(flat).toContain('法定代表人（签名）：');
    expect(text).toContain('2025 年 12 月 30 日');
    const sha = execFileSync('sha256sum', [report], { encoding: 'utf8' }).slice(0, 64);
    expect(flat).toContain(`本声明对应报告文件SHA-256：${sha}`);
    // The order of seed 001: title, sentence, unit line, signer line, date.
    const order = ['内容真实性责任声明', '特此声明', '单位名称', '法定代表人', '2025年12月30日'].map((s) => flat.indexOf(s));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test('its text is in embedded CID TrueType subsets of the shipped faces, never in a Type 3 font', () => {
    const rows = execFileSync('pdffonts', [statement], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
    expect(rows.filter((line) => / CID TrueType +Identity-H +yes +yes /.test(line)).length).toBeGreaterThanOrEqual(2);
    expect(rows.filter((line) => /Type 3/.test(line))).toEqual([]);
  });

  test('the seal is stamped over the unit line and the signature sits at the signer place', async () => {
    const seal = sealCentreMm([...'天津工业职业学院'].length);
    const aroundUnitLine = { leftMm: seal.xMm - 20, topMm: LAYOUT.unitLineTopMm - 10, widthMm: 40, heightMm: 20 };
    expect(await redPixels(statement, aroundUnitLine)).toBeGreaterThan(150);
    // Nothing red in the body text above: the seal stays in its place.
    expect(await redPixels(statement, { leftMm: 20, topMm: 40, widthMm: 170, heightMm: 60 })).toBe(0);
  });

  test('verify finds a valid signature by the certificate holder and the matching report', async () => {
    const run = await runCli(['verify', statement, '--report', report]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`签名有效，签名证书：${cert.commonName}`);
    expect(run.stdout).toContain('报告文件与声明绑定的指纹一致');
    expect(run.stdout).toContain('全部检查通过');
  });

  test('the project records which report file the statement was issued for, and keeps the images', () => {
    const opened = Project.open(project, { readOnly: true });
    try {
      const sha = execFileSync('sha256sum', [report], { encoding: 'utf8' }).slice(0, 64);
      expect(issuedStatements(opened)).toEqual([{ fileName: '声明.pdf', reportName: '年报.pdf', reportSha256: sha, signed: true, issuedAt: expect.stringMatching(/^\d{4}-/) as unknown as string }]);
      const sealSha = execFileSync('sha256sum', [images.seal], { encoding: 'utf8' }).slice(0, 64);
      expect(opened.asset(sealSha)?.mime).toBe('image/png');
    } finally {
      opened.close();
    }
  });

  test('verify fails with a clear reason for a modified report', async () => {
    const changed = path.join(dir, '改过的年报.pdf');
    fs.writeFileSync(changed, Buffer.concat([fs.readFileSync(report), Buffer.from('% one more line\n')]));
    const run = await runCli(['verify', statement, '--report', changed]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('报告文件与声明不符');
    expect(run.stdout).toContain('签名有效');
    expect(run.stdout).toContain('核验未通过');
  });

  test('verify fails with a clear reason for a statement changed inside the signed range', async () => {
    const bytes = fs.readFileSync(statement);
    const range = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)/.exec(bytes.toString('latin1'));
    const firstLength = Number(range?.[2]);
    const at = Math.floor(firstLength / 2);
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    const tampered = path.join(dir, '改过的声明.pdf');
    fs.writeFileSync(tampered, bytes);
    const run = await runCli(['verify', tampered, '--report', report]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('文件内容在签名后被改动（摘要不匹配）');
  });

  test('an unsigned statement (to be signed by hand and sealed) is checked by its fingerprint and says it carries no digital signature', async () => {
    const unsigned = path.join(dir, '未签名.pdf');
    expect((await runCli(['statement', project, '--out', unsigned, '--report', report])).status).toBe(0);
    const run = await runCli(['verify', unsigned, '--report', report]);
    expect(run.stdout).toContain('ℹ 说明：该声明没有数字签名（打印后手签盖章的声明），只能核对报告指纹 / NOTE: this statement carries no digital signature');
    expect(run.stdout).toContain('✔ 通过：报告文件与声明绑定的指纹一致');
    expect(run.stdout).toContain('结论：报告指纹核对通过（无数字签名）');
    expect(run.status).toBe(0);

    const required = await runCli(['verify', unsigned, '--report', report, '--require-signature']);
    expect(required.stdout).toContain('✘ 失败：未找到数字签名（该 PDF 未签名，而 --require-signature 要求签名）');
    expect(required.stdout).toContain('核验未通过');
    expect(required.status).toBe(1);

    const changed = path.join(dir, '未签名-改过的年报.pdf');
    fs.writeFileSync(changed, Buffer.concat([fs.readFileSync(report), Buffer.from('%\n')]));
    const mismatch = await runCli(['verify', unsigned, '--report', changed]);
    expect(mismatch.stdout).toContain('✘ 失败：报告文件与声明不符');
    expect(mismatch.status).toBe(1);

    // Nothing to check without --report: said so, and not a pass.
    const nothing = await runCli(['verify', unsigned]);
    expect(nothing.stdout).toContain('无可核验的内容');
    expect(nothing.status).toBe(1);
  });

  test('forgeries of the signed statement fail verify: objects stuffed after /Contents, bytes after the DER', async () => {
    const signedBytes = fs.readFileSync(statement);
    const { range } = signedLayout(signedBytes);
    const stuffed = path.join(dir, '声明-塞入对象.pdf');
    fs.writeFileSync(stuffed, await stuffAfterContents(signedBytes));
    expect(pdfText(stuffed)).toContain(FORGED_TEXT);
    const run = await runCli(['verify', stuffed, '--report', report]);
    expect(run.stdout).toContain('✘ 失败：签名未覆盖整个文件');
    expect(run.status).toBe(1);

    const trailing = Buffer.from(signedBytes);
    trailing.write('0BADC0DE', range[1] + 1 + derHexLength(signedBytes, range[1]), 'latin1');
    const trailingFile = path.join(dir, '声明-签名后缀.pdf');
    fs.writeFileSync(trailingFile, trailing);
    const second = await runCli(['verify', trailingFile, '--report', report]);
    expect(second.stdout).toContain('✘ 失败：签名数据之后还有其他数据（不只是补零）');
    expect(second.status).toBe(1);
  });
});

describe('certificates', () => {
  test('a Chinese (UTF-8) subject name is printed as written by statement and verify', async () => {
    const chinese = makeP12('测试学院 张三', 'pw');
    const p12 = path.join(dir, 'chinese.p12');
    fs.writeFileSync(p12, chinese.p12);
    const out = path.join(dir, '声明-中文证书.pdf');
    const run = await runWithPassword(['statement', await newProject('chinese-cert.rwproj'), '--out', out, '--p12', p12, '--password-env', PASSWORD_ENV], chinese.password);
    expect(run.stdout).toContain('已数字签名：测试学院 张三');
    expect(run.status).toBe(0);
    const verified = await runCli(['verify', out]);
    expect(verified.stdout).toContain('✔ 通过：签名有效，签名证书：测试学院 张三');
    expect(verified.status).toBe(0);
  });

  test('an expired certificate signs with a warning; verify fails it naming the period', async () => {
    const expired = makeP12('Expired Holder', 'pw', { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2021-01-01T00:00:00Z') });
    const p12 = path.join(dir, 'expired.p12');
    fs.writeFileSync(p12, expired.p12);
    const out = path.join(dir, '声明-过期证书.pdf');
    const run = await runWithPassword(['statement', await newProject('expired-cert.rwproj'), '--out', out, '--p12', p12, '--password-env', PASSWORD_ENV], expired.password);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^警告：签名时证书已过期（有效期 2020-01-01 00:00:00 UTC – 2021-01-01 00:00:00 UTC.*核验时将判为失败 \/ Warning: the certificate had expired/);
    const verified = await runCli(['verify', out]);
    expect(verified.stdout).toContain('✘ 失败：签名时证书已过期');
    expect(verified.status).toBe(1);
  });
});

describe('other forms and refusals', () => {
  test('without images the page keeps blank lines to sign and stamp by hand, and no red ink', async () => {
    const project = await newProject('plain.rwproj');
    const out = path.join(dir, 'plain.pdf');
    expect((await runCli(['statement', project, '--out', out, '--date', '2025-12-30'])).status).toBe(0);
    const flat = pdfText(out).replace(/\s+/g, '');
    expect(flat).toContain('法定代表人（签名）：2025年12月30日');
    expect(flat).not.toContain('SHA-256');
    expect(await redPixels(out, { leftMm: 0, topMm: 0, widthMm: 210, heightMm: 297 })).toBe(0);
  });

  test('the Word statement holds the sentence, the date, the images and the fingerprint', async () => {
    const project = await newProject('word.rwproj');
    const out = path.join(dir, '声明.docx');
    const run = await runCli(['statement', project, '--out', out, '--report', report, '--seal', images.seal, '--signature', images.signature, '--date', '2025-12-30']);
    expect(run.status).toBe(0);
    const xml = execFileSync('unzip', ['-p', out, 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('学校对天津工业职业学院职业教育质量年度报告（2025年度）的真实性、完整性和准确性负责。');
    expect(xml).toContain('特此声明。');
    expect(xml).toContain('单位名称（盖章）：');
    expect(xml).toContain('2025 年 12 月 30 日');
    expect(xml).toContain('本声明对应报告文件 SHA-256：');
    // Seal (floating, over the unit line), signature and QR code.
    expect(xml.match(/<wp:anchor/g)).toHaveLength(1);
    expect(xml.match(/<pic:pic/g)).toHaveLength(3);
  });

  test('a wrong certificate password is refused clearly, nothing written', async () => {
    const project = await newProject('wrong-password.rwproj');
    const before = fileState(project);
    const out = path.join(dir, 'never.pdf');
    const run = await runWithPassword(['statement', project, '--out', out, '--p12', path.join(dir, 'cert.p12'), '--password-env', PASSWORD_ENV], 'not the password');
    expectOneLineError(run, 1, '证书密码错误', 'wrong certificate password');
    expect(fs.existsSync(out)).toBe(false);
    expect(fileState(project)).toEqual(before);
  });

  test.each([
    ['a JPEG as seal', 'seal.jpg', async (): Promise<Buffer> => sharp({ create: { width: 50, height: 50, channels: 3, background: '#c00' } }).jpeg().toBuffer(), '不是 PNG 文件'],
    ['a PNG without transparency', 'flat.png', async (): Promise<Buffer> => sharp({ create: { width: 50, height: 50, channels: 3, background: '#c00' } }).png().toBuffer(), '没有透明背景'],
    ['a 4100 px wide PNG', 'wide.png', async (): Promise<Buffer> => sharp({ create: { width: 4100, height: 20, channels: 4, background: { r: 200, g: 0, b: 0, alpha: 0.5 } } }).png().toBuffer(), '尺寸过大'],
    // Its header is intact, so only decoding every pixel (the image gate) finds the damage.
    ['a truncated PNG', 'cut.png', async (): Promise<Buffer> => truncated(await rawImage(await photoPixels(300, 300, 5), 300, 300).ensureAlpha(0.5).png().toBuffer()), '无法解码'],
    ['an SVG named .png', 'seal-svg.png', async (): Promise<Buffer> => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="99" height="99"/>'), '不是 PNG 文件'],
    ['a 21 MB file', 'huge.png', async (): Promise<Buffer> => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(21 * 1024 * 1024, 1)]), '过大'],
  ])('%s is refused with a clear message, nothing written', async (_label, name, make, message) => {
    const project = await newProject(`bad-${name}.rwproj`);
    const image = path.join(dir, name);
    fs.writeFileSync(image, await make());
    const before = fileState(project);
    const out = path.join(dir, `bad-${name}.pdf`);
    expectOneLineError(await runCli(['statement', project, '--out', out, '--seal', image]), 1, message, '印章图片');
    expect(fs.existsSync(out)).toBe(false);
    expect(fileState(project)).toEqual(before);
  });

  test('a folder given as the signature image is refused clearly (not an internal error), nothing written', async () => {
    const project = await newProject('folder-signature.rwproj');
    const before = fileState(project);
    const folder = path.join(dir, '签名图片');
    fs.mkdirSync(folder, { recursive: true });
    const out = path.join(dir, 'folder-signature.pdf');
    expectOneLineError(await runCli(['statement', project, '--out', out, '--signature', folder]), 2, '“签名图片”不是文件', 'is not a file');
    expect(fs.existsSync(out)).toBe(false);
    expect(fileState(project)).toEqual(before);
  });

  test('an output folder that does not exist is refused clearly; the project records nothing', async () => {
    const project = await newProject('no-folder.rwproj');
    const before = fileState(project);
    const out = path.join(dir, 'no-such-folder', '声明.docx');
    // The seal given here would be stored only with a written statement.
    expectOneLineError(await runCli(['statement', project, '--out', out, '--seal', images.seal]), 2, '找不到文件', 'no-such-folder');
    expect(fs.existsSync(path.dirname(out))).toBe(false);
    expect(fileState(project)).toEqual(before);
  });

  test('a project without a unit name is refused clearly, nothing written', async () => {
    const file = await newProject('no-unit.rwproj');
    const project = Project.open(file);
    project.updateSettings({ unitName: '' });
    project.close();
    const before = fileState(file);
    const out = path.join(dir, 'no-unit.docx');
    expectOneLineError(await runCli(['statement', file, '--out', out]), 1, '项目未设置单位名称', 'no unit name');
    expect(fs.existsSync(out)).toBe(false);
    expect(fileState(file)).toEqual(before);
  });
});
