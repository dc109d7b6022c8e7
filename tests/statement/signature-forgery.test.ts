/**
 * Forgeries of a signed PDF against `reportworks verify` (trust-boundary issue, item 1). The PDF
 * is signed by the production code (addSignaturePlaceholder + signPdf, as statements and signed
 * reports are); each attack then changes its bytes as an attacker would (./signature-attacks.ts),
 * poppler shows what a reader would see, and the built CLI must fail it with the matching ✘ line.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, StandardFonts } from '@cantoo/pdf-lib';
import { addSignaturePlaceholder, openP12, signPdf, type P12Identity } from '../../electron/statement/pdf-signature';
import { makeTempDir, runCli, type CliRun } from '../cli/support';
import { makeP12, type TestCertificate } from './statement-fixtures';
import { appendIncrementalUpdate, derHexLength, FORGED_TEXT, insertAt, signDeclaredRanges, signGap, signedLayout, stuffAfterContents, stuffWithRedefinedSignature, writeByteRange } from './signature-attacks';

const ORIGINAL_TEXT = 'I declare this report true';
let dir: string;
let cleanup: () => void;
let cert: TestCertificate;
let identity: P12Identity;
let signed: Buffer;

async function makeSigned(who: P12Identity, now: Date): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText(ORIGINAL_TEXT, { x: 60, y: 700, size: 24, font: await doc.embedFont(StandardFonts.Helvetica) });
  doc.setKeywords(['report-sha256:' + 'ab'.repeat(32)]);
  await addSignaturePlaceholder(doc, [60, 100, 260, 160], who, now);
  return await signPdf(Buffer.from(await doc.save({ useObjectStreams: false })), who, now);
}

async function verify(bytes: Buffer, name: string, ...extra: string[]): Promise<CliRun> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return await runCli(['verify', file, ...extra]);
}

function pageText(bytes: Buffer, name: string): string {
  const file = path.join(dir, `${name}-seen.pdf`);
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

function expectFailedWith(run: CliRun, line: string): void {
  expect(run.stdout).toContain(`✘ 失败：${line}`);
  expect(run.stdout).toContain('结论：核验未通过');
  expect(run.status).toBe(1);
}

beforeAll(async () => {
  ({ dir, cleanup } = makeTempDir());
  cert = makeP12();
  identity = openP12(cert.p12, cert.password);
  signed = await makeSigned(identity, new Date());
});

afterAll(() => cleanup());

test('the untouched signed PDF passes, and poppler shows the signed text', async () => {
  expect(pageText(signed, 'original')).toContain(ORIGINAL_TEXT);
  const run = await verify(signed, 'original.pdf');
  expect(run.stdout).toContain(`✔ 通过：签名有效，签名证书：${cert.commonName}`);
  expect(run.stdout).toContain('✔ 通过：签名时证书在有效期内');
  expect(run.status).toBe(0);
});

describe('objects stuffed into the unsigned gap after /Contents <hex>', () => {
  test('with a later /ByteRange text among them: the structure’s own /ByteRange no longer reaches the end', async () => {
    const attacked = await stuffAfterContents(signed);
    // What a reader shows: the attacker's page (the last definition of the page object wins).
    expect(pageText(attacked, 'stuffed')).toContain(FORGED_TEXT);
    expectFailedWith(await verify(attacked, 'stuffed.pdf'), '签名未覆盖整个文件');
  });

  test('with the signature dictionary defined again to claim the stuffed gap: the gap is not just the signature value', async () => {
    const attacked = await stuffWithRedefinedSignature(signed);
    expect(pageText(attacked, 'stuffed-dict')).toContain(FORGED_TEXT);
    expectFailedWith(await verify(attacked, 'stuffed-dict.pdf'), '签名范围之间的未签名部分不只是签名值');
  });
});

test('a second /ByteRange in the signature dictionary, validly signed: refused as a duplicate', async () => {
  // A decoy /ByteRange before the real one: a parser keeping the first entry sees [0 1 2 3], one
  // keeping the last (pdf-lib, the old regex) sees the real ranges.
  const at = signed.indexOf('/Type /Sig') + '/Type /Sig'.length;
  const bytes = insertAt(signed, at, ' /ByteRange [0 1 2 3]');
  const realOpen = bytes.indexOf('/ByteRange [0 ', at + 22) + '/ByteRange '.length;
  const realClose = bytes.indexOf(']', realOpen);
  const gapStart = bytes.indexOf('/Contents <', realClose) + '/Contents '.length;
  const gapEnd = bytes.indexOf('>', gapStart) + 1;
  writeByteRange(bytes, { rangeOpen: realOpen, rangeClose: realClose, range: [0, 0, 0, 0] }, [0, gapStart, gapEnd, bytes.length - gapEnd]);
  const attacked = await signGap(bytes, cert.p12, cert.password, [gapStart, gapEnd]);
  const run = await verify(attacked, 'two-byteranges.pdf');
  expect(run.stdout).toContain('✔ 通过：文件内容与签名时一致');
  expectFailedWith(run, '签名字典中 /ByteRange 出现 2 次、/Contents 出现 1 次');
});

test('a second /Contents in the signature dictionary, validly signed: refused as a duplicate', async () => {
  const at = signed.indexOf('/Type /Sig') + '/Type /Sig'.length;
  const bytes = insertAt(signed, at, ' /Contents <00>');
  const layout = signedLayout(bytes);
  const gapStart = bytes.indexOf('/Contents <', layout.rangeClose) + '/Contents '.length;
  const gapEnd = bytes.indexOf('>', gapStart) + 1;
  writeByteRange(bytes, layout, [0, gapStart, gapEnd, bytes.length - gapEnd]);
  const attacked = await signGap(bytes, cert.p12, cert.password, [gapStart, gapEnd]);
  const run = await verify(attacked, 'two-contents.pdf');
  expect(run.stdout).toContain('✔ 通过：文件内容与签名时一致');
  expectFailedWith(run, '签名字典中 /ByteRange 出现 1 次、/Contents 出现 2 次');
});

test('a /ByteRange not starting at 0, validly signed: refused', async () => {
  const layout = signedLayout(signed);
  const [, a, b, c] = layout.range;
  const bytes = Buffer.from(signed);
  writeByteRange(bytes, layout, [1, a - 1, b, c]);
  const attacked = await signDeclaredRanges(bytes, cert.p12, cert.password, [a, b]);
  expectFailedWith(await verify(attacked, 'not-from-0.pdf'), '签名范围不从文件开头开始');
});

test('a /ByteRange stopping short of the end, validly signed, with the unsigned tail changed: refused', async () => {
  const layout = signedLayout(signed);
  const [, a, b, c] = layout.range;
  const bytes = Buffer.from(signed);
  writeByteRange(bytes, layout, [0, a, b, c - 6]);
  const attacked = await signDeclaredRanges(bytes, cert.p12, cert.password, [a, b]);
  attacked.write('%%EOX', attacked.length - 6, 'latin1');
  expectFailedWith(await verify(attacked, 'short.pdf'), '签名未覆盖整个文件');
});

test('bytes after the PKCS#7 DER in the zero padding: refused', async () => {
  const { range } = signedLayout(signed);
  const attacked = Buffer.from(signed);
  const end = range[1] + 1 + derHexLength(signed, range[1]);
  attacked.write('DEADBEEF', end, 'latin1');
  expectFailedWith(await verify(attacked, 'trailing-der.pdf'), '签名数据之后还有其他数据');
});

test('an incremental update redrawing the page: shown by readers, refused by verify', async () => {
  const attacked = await appendIncrementalUpdate(signed);
  expect(pageText(attacked, 'incremental')).toContain(FORGED_TEXT);
  expectFailedWith(await verify(attacked, 'incremental.pdf'), '签名未覆盖整个文件');
});

test('an incremental update that also drops the /AcroForm: not passed off as an unsigned statement', async () => {
  const attacked = await appendIncrementalUpdate(signed, { dropForm: true });
  expect(pageText(attacked, 'no-form')).toContain(FORGED_TEXT);
  expectFailedWith(await verify(attacked, 'no-form.pdf'), '文件含有签名数据，但没有签名域指向它');
});

test('two signed signature fields: refused, ReportWorks signs once', async () => {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText(ORIGINAL_TEXT, { x: 60, y: 700, size: 24, font: await doc.embedFont(StandardFonts.Helvetica) });
  const now = new Date();
  await addSignaturePlaceholder(doc, [60, 100, 260, 160], identity, now);
  // A second field sharing the value (signpdf fills one placeholder per file).
  const fields = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict).lookup(PDFName.of('Fields'), PDFArray);
  const value = doc.context.lookup(fields.get(0), PDFDict).get(PDFName.of('V'));
  fields.push(doc.context.register(doc.context.obj({ FT: 'Sig', T: PDFHexString.fromText('Second'), V: value ?? null })));
  const bytes = await signPdf(Buffer.from(await doc.save({ useObjectStreams: false })), identity, now);
  expectFailedWith(await verify(bytes, 'two-fields.pdf'), '文件有 2 个已签名的签名域');
});

test('a certificate expired at the signing time: ✘, with the period named', async () => {
  const expired = makeP12('Expired Holder', 'pw', { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2021-01-01T00:00:00Z') });
  const bytes = await makeSigned(openP12(expired.p12, expired.password), new Date());
  const run = await verify(bytes, 'expired.pdf');
  expect(run.stdout).toContain('✔ 通过：签名有效，签名证书：Expired Holder');
  expectFailedWith(run, '签名时证书已过期（有效期 2020-01-01 00:00:00 UTC – 2021-01-01 00:00:00 UTC');
});

test('a UTF-8 subject name reads as written, in verify and in the PDF /Name', async () => {
  const chinese = makeP12('测试学院 张三', 'pw');
  const opened = openP12(chinese.p12, chinese.password);
  expect(opened.commonName).toBe('测试学院 张三');
  const bytes = await makeSigned(opened, new Date());
  const run = await verify(bytes, 'utf8.pdf');
  expect(run.stdout).toContain('✔ 通过：签名有效，签名证书：测试学院 张三 / OK: signature valid, signed by certificate CN=测试学院 张三');
  expect(run.status).toBe(0);
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const fields = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict).lookup(PDFName.of('Fields'), PDFArray);
  const value = doc.context.lookup(doc.context.lookup(fields.get(0), PDFDict).get(PDFName.of('V')), PDFDict);
  expect((value.get(PDFName.of('Name')) as PDFHexString).decodeText()).toBe('测试学院 张三');
});
