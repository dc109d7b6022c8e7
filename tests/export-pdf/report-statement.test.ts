/**
 * The signed and stamped statement as a page of the report exports (issue 7): where it sits
 * (after the cover, or first), the seal over the unit line and the signature after its label on
 * the printed page, the same in the Word file (floating pictures, read back by LibreOffice), the
 * report PDF signed at the signer's place, and the register recording the exported file.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { exportDocxToFile } from '../../electron/export/docx/export-docx';
import { exportPdf } from '../../electron/export/pdf/export-pdf';
import { Project } from '../../electron/project-store/project';
import { openP12 } from '../../electron/statement/pdf-signature';
import { checkStatementImage, storeStatementImage } from '../../electron/statement/statement-images';
import { issuedStatements, writeStatementSettings } from '../../electron/statement/statement-store';
import { verifyStatement } from '../../electron/statement/verify-statement';
import { LAYOUT, sealCentreMm } from '../../shared/statement/statement-layout';
import { docxParts, partText } from '../export-docx/support';
import { writeFixtures, makeP12 } from '../statement/statement-fixtures';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { pageTexts, renderPage, squeeze, type Raster } from './pdf-reading';
import { buildReport, engine, heading, paragraph, UNIT } from './small-reports';

// Chromium prints here: longer than the suite's short default (package.json).
jest.setTimeout(120_000);

let dir: string;
let file: string;

beforeAll(async () => {
  dir = makeTempDir('rw-report-statement-');
  file = path.join(dir, 'stamped.rwproj');
  await buildReport(file, 0, () => [
    { title: '人才培养', content: [heading('立德树人'), paragraph('学院坚持立德树人根本任务。')] },
    { title: '产教融合', content: [paragraph('学院深化产教融合。')] },
  ]);
  const images = await writeFixtures(dir);
  const project = Project.open(file);
  try {
    storeStatementImage(project, 'seal', await checkStatementImage(images.seal, 'seal'));
    storeStatementImage(project, 'signature', await checkStatementImage(images.signature, 'signature'));
    writeStatementSettings(project, { signerName: '张三', date: '2025-12-30' });
  } finally {
    project.close();
  }
}, 60_000);

afterAll(async () => {
  await engine.close();
  if (process.env.RW_KEEP_OUTPUT === undefined) removeTempDir(dir);
});

function setPosition(position: 'after-cover' | 'first'): void {
  const project = Project.open(file);
  try {
    writeStatementSettings(project, { position });
  } finally {
    project.close();
  }
}

async function pdf(out: string, options: Partial<Parameters<typeof exportPdf>[1]> = {}, readOnly = true) {
  const project = Project.open(file, { readOnly });
  try {
    return await exportPdf(project, { path: out, engine, ...options });
  } finally {
    project.close();
  }
}

const isRed = (r: number, g: number, b: number): boolean => r > 160 && g < 110 && b < 110;
const isInk = (r: number, g: number, b: number): boolean => b > r + 25 && r < 120;

/** Pixels passing `test` inside a box in millimetres from the page's top-left corner. */
function pixelsIn(raster: Raster, dpi: number, box: { leftMm: number; topMm: number; widthMm: number; heightMm: number }, test: (r: number, g: number, b: number) => boolean): number {
  const px = (mm: number): number => Math.round((mm * dpi) / 25.4);
  let hits = 0;
  for (let y = px(box.topMm); y < Math.min(raster.height, px(box.topMm + box.heightMm)); y += 1) {
    for (let x = px(box.leftMm); x < Math.min(raster.width, px(box.leftMm + box.widthMm)); x += 1) {
      const at = (y * raster.width + x) * 3;
      if (test(raster.data[at] as number, raster.data[at + 1] as number, raster.data[at + 2] as number)) hits += 1;
    }
  }
  return hits;
}

const sealBox = (): { leftMm: number; topMm: number; widthMm: number; heightMm: number } => {
  const centre = sealCentreMm([...UNIT].length);
  const r = LAYOUT.sealDiameterMm / 2;
  return { leftMm: centre.xMm - r, topMm: centre.yMm - r, widthMm: 2 * r, heightMm: 2 * r };
};

describe('PDF', () => {
  test('after the cover: page 2 is the statement, stamped over the unit line and signed after the label', async () => {
    setPosition('after-cover');
    const out = path.join(dir, 'after-cover.pdf');
    await pdf(out);
    const pages = pageTexts(out).map(squeeze);
    expect(pages[0]).toContain(`${UNIT}职业教育质量年度报告`);
    expect(pages[1]).toContain('内容真实性责任声明');
    expect(pages[1]).toContain(`学校对${UNIT}职业教育质量年度报告（2025年度）的真实性、完整性和准确性负责。`);
    expect(pages[1]).toContain(`单位名称（盖章）：${UNIT}`);
    expect(pages[1]).toContain('2025年12月30日');
    // The signature image stands in for the typed name.
    expect(pages[1]).not.toContain('张三');
    const dpi = 50;
    const page = await renderPage(out, 1, dpi);
    expect(pixelsIn(page, dpi, sealBox(), isRed)).toBeGreaterThan(400);
    expect(pixelsIn(page, dpi, LAYOUT.signatureBox, isInk)).toBeGreaterThan(40);
    // Nothing red anywhere else: the seal is where a stamp goes, once.
    expect(pixelsIn(page, dpi, { leftMm: 0, topMm: 0, widthMm: 210, heightMm: 120 }, isRed)).toBe(0);
    // The cover carries neither.
    const cover = await renderPage(out, 0, dpi);
    expect(pixelsIn(cover, dpi, { leftMm: 0, topMm: 0, widthMm: 210, heightMm: 297 }, isRed)).toBe(0);
  });

  test('first: the statement is page 1 and the cover page 2, both without folios', async () => {
    setPosition('first');
    const out = path.join(dir, 'first.pdf');
    await pdf(out);
    const pages = pageTexts(out).map(squeeze);
    expect(pages[0]).toContain('内容真实性责任声明');
    expect(pages[1]).toContain(`${UNIT}职业教育质量年度报告`);
    expect(pages[1]).not.toContain('内容真实性责任声明');
    for (const page of pages.slice(0, 2)) expect(page).not.toMatch(/—\d+—/);
    const doc = await PDFDocument.load(fs.readFileSync(out));
    const labels = doc.catalog.lookup(PDFName.of('PageLabels'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
    // Page 0 is 声明, page 1 封面, then the 目录 in roman numerals.
    expect(labels.size()).toBeGreaterThanOrEqual(6);
    setPosition('after-cover');
  });

  test('signed with a certificate: verify finds the signature over the whole report, at the signer’s place on the statement page', async () => {
    const now = new Date('2025-12-30T02:00:00Z');
    // Valid at that signing time: verify checks the certificate then.
    const cert = makeP12(undefined, undefined, { notBefore: new Date('2025-01-01T00:00:00Z'), notAfter: new Date('2026-12-31T00:00:00Z') });
    const out = path.join(dir, 'signed.pdf');
    const result = await pdf(out, { sign: { identity: openP12(cert.p12, cert.password), now } });
    expect(result.signed).toBe(true);
    const bytes = fs.readFileSync(out);
    expect(result.sha256).toBe(crypto.createHash('sha256').update(bytes).digest('hex'));
    const verified = await verifyStatement(bytes, null);
    expect(verified.checks.filter((c) => !c.ok)).toEqual([]);
    expect(verified.signerCommonName).toBe(cert.commonName);
    // The widget sits on page 2 (the statement), beside the page's other annotations.
    const doc = await PDFDocument.load(bytes);
    const widgets = doc.getPages().map((page) => {
      const annots = page.node.lookup(PDFName.of('Annots'));
      if (!(annots instanceof PDFArray)) return 0;
      return annots.asArray().filter((ref) => (doc.context.lookup(ref) as PDFDict).get(PDFName.of('FT'))?.toString() === '/Sig').length;
    });
    expect(widgets.map((n, i) => (n > 0 ? i : -1)).filter((i) => i >= 0)).toEqual([1]);
    // One changed byte in the body text breaks it, with a plain reason.
    const tampered = Buffer.from(bytes);
    const at = tampered.indexOf(Buffer.from('/Producer'));
    tampered[at + 1] = 'Q'.charCodeAt(0);
    const broken = await verifyStatement(tampered, null);
    expect(broken.ok).toBe(false);
    expect(broken.checks.find((c) => !c.ok)?.zh).toMatch(/改动/);
  });

  test('an export from the app records the written file and its SHA-256 in the register; a preview or a read-only export does not', async () => {
    const out = path.join(dir, '年报-终稿.pdf');
    const result = await pdf(out, { recordStatement: true }, false);
    await pdf(path.join(dir, 'preview.pdf'), {}, false);
    await pdf(path.join(dir, 'read-only.pdf'), { recordStatement: true }, true);
    const project = Project.open(file, { readOnly: true });
    try {
      const issued = issuedStatements(project);
      expect(issued).toEqual([expect.objectContaining({ fileName: '年报-终稿.pdf', reportName: '年报-终稿.pdf', reportSha256: result.sha256, signed: false })]);
    } finally {
      project.close();
    }
  });

  test('without the statement part nothing is recorded and no page carries it', async () => {
    const out = path.join(dir, 'no-statement.pdf');
    await pdf(out, { parts: { statement: false }, recordStatement: true }, false);
    expect(pageTexts(out).map(squeeze).some((p) => p.includes('内容真实性责任声明'))).toBe(false);
    const project = Project.open(file, { readOnly: true });
    try {
      expect(issuedStatements(project).map((s) => s.fileName)).not.toContain('no-statement.pdf');
    } finally {
      project.close();
    }
  });
});

describe('Word', () => {
  let xml: string;
  let docx: string;

  beforeAll(async () => {
    docx = path.join(dir, 'stamped.docx');
    const project = Project.open(file, { readOnly: true });
    try {
      await exportDocxToFile(project, docx);
    } finally {
      project.close();
    }
    xml = partText(docxParts(fs.readFileSync(docx)), 'word/document.xml');
  });

  test('the statement follows the cover, with the seal and signature floating over their lines', () => {
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text.indexOf('内容真实性责任声明')).toBeGreaterThan(text.indexOf('（2025 年度）'));
    expect(text).toContain(`单位名称（盖章）：${UNIT}`);
    expect(text).toContain('2025 年 12 月 30 日');
    const anchors = [...xml.matchAll(/<wp:anchor [^>]*>.*?<\/wp:anchor>/g)].map((m) => m[0]);
    expect(anchors).toHaveLength(2);
    // The seal is turned like a real stamp and does not push the text aside.
    expect(anchors[0]).toMatch(/<a:xfrm rot="21120000">/);
    for (const anchor of anchors) expect(anchor).toContain('<wp:wrapNone/>');
    // Each drawing has its own id, and the images are the PNGs as stored.
    const ids = [...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const parts = docxParts(fs.readFileSync(docx));
    const rels = partText(parts, 'word/_rels/document.xml.rels');
    for (const anchor of anchors) {
      const rId = /r:embed="([^"]+)"/.exec(anchor)?.[1] as string;
      const target = new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rId}"`).exec(rels)?.[1];
      expect(target).toMatch(/^media\/image\d+\.png$/);
      expect(parts.get(`word/${target}`)?.subarray(1, 4).toString()).toBe('PNG');
    }
  });

  test('first: the statement opens the document and the cover starts a new page', async () => {
    setPosition('first');
    const out = path.join(dir, 'first.docx');
    const project = Project.open(file, { readOnly: true });
    try {
      await exportDocxToFile(project, out);
    } finally {
      project.close();
      setPosition('after-cover');
    }
    const body = partText(docxParts(fs.readFileSync(out)), 'word/document.xml');
    const text = body.replace(/<[^>]+>/g, '');
    expect(text.indexOf('内容真实性责任声明')).toBeLessThan(text.indexOf('（2025 年度）'));
    const firstCoverParagraph = /<w:p><w:pPr><w:pStyle w:val="CoverUnit"\/>(.*?)<\/w:pPr>/.exec(body)?.[1] ?? '';
    expect(firstCoverParagraph).toContain('<w:pageBreakBefore/>');
    expect(/<w:p><w:pPr><w:pStyle w:val="FrontTitle"\/>(.*?)<\/w:pPr>/.exec(body)?.[1]).not.toContain('<w:pageBreakBefore/>');
  });

  test('LibreOffice prints the stamp over the unit line of page 2', async () => {
    const outDir = path.join(dir, 'lo');
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', outDir, docx], { stdio: 'ignore', timeout: 120_000 });
    const printed = path.join(outDir, 'stamped.pdf');
    const pages = pageTexts(printed).map(squeeze);
    const statementPage = pages.findIndex((p) => p.includes('内容真实性责任声明'));
    expect(statementPage).toBe(1);
    const dpi = 50;
    const raster = await renderPage(printed, statementPage, dpi);
    const red = pixelsIn(raster, dpi, { leftMm: 0, topMm: 0, widthMm: 210, heightMm: 297 }, isRed);
    expect(red).toBeGreaterThan(400);
    // All of it in the signature block's half of the page, none over the title and the sentence.
    expect(pixelsIn(raster, dpi, { leftMm: 0, topMm: 0, widthMm: 210, heightMm: 110 }, isRed)).toBe(0);
    expect(pixelsIn(raster, dpi, { leftMm: 0, topMm: 0, widthMm: 210, heightMm: 297 }, isInk)).toBeGreaterThan(40);
  }, 180_000);
});
