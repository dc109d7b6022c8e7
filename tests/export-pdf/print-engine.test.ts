/**
 * The CLI's print engine (Chromium over the DevTools pipe) and the one-page export: the front matter
 * shown in the page that printed the body gives the same pages as printing it as a document of its
 * own, cancelling while that page is open leaves nothing behind, and a Chromium that does not start
 * or dies is a clear error, never a hang.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ChromiumPrintEngine } from '../../electron/export/pdf/chromium-print-engine';
import { exportPdf } from '../../electron/export/pdf/export-pdf';
import type { PrintEngine, PrintPage } from '../../electron/export/pdf/print-engine';
import { PrintFolder } from '../../electron/export/pdf/print-folder';
import { Project } from '../../electron/project-store/project';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { outline, pageCount, pageTexts } from './pdf-reading';
import { buildReport, caseBox, engine, figure, heading, paragraph } from './small-reports';

jest.setTimeout(120_000);

let dir: string;
let file: string;

beforeAll(async () => {
  dir = makeTempDir('rw-pdf-engine-');
  file = path.join(dir, 'small.rwproj');
  await buildReport(file, 1, ([photo]) => [
    { title: '人才培养', content: [heading('立德树人'), paragraph('学院坚持立德树人根本任务。'), figure(photo as string, '实训现场')] },
    { title: '产教融合', content: [paragraph('学院深化产教融合。'), caseBox('校企共建实训基地', [paragraph('案例正文。')])] },
  ]);
}, 60_000);

afterAll(async () => {
  await engine.close();
  removeTempDir(dir);
});

async function run(out: string, printEngine: PrintEngine, signal?: AbortSignal): Promise<void> {
  const project = Project.open(file, { readOnly: true });
  try {
    await exportPdf(project, { path: out, engine: printEngine, ...(signal ? { signal } : {}) });
  } finally {
    project.close();
  }
}

test('the front matter printed in the body’s page is the same as printed as a document of its own', async () => {
  const onePage = path.join(dir, 'one-page.pdf');
  const twoDocuments = path.join(dir, 'two-documents.pdf');
  let opened = 0;
  const counting: PrintEngine = {
    print: (request) => engine.print(request),
    open: (request) => {
      opened += 1;
      return engine.open(request);
    },
    close: () => Promise.resolve(),
  };
  await run(onePage, counting);
  // Without open(), the export prints front.html as a second document (the engine of old).
  await run(twoDocuments, { print: (request) => engine.print(request), close: () => Promise.resolve() });
  expect(opened).toBe(1);
  const [one, two] = [pageTexts(onePage), pageTexts(twoDocuments)];
  expect(one).toEqual(two);
  // The front pages hold the front matter only: nothing of the body was left in the page.
  const toc = one.findIndex((text) => /目\s*录/.test(text));
  expect(toc).toBeGreaterThan(-1);
  expect(one.slice(0, toc + 1).join('\n')).not.toContain('学院坚持立德树人根本任务');
  expect(outline(onePage)).toEqual(outline(twoDocuments));
  expect(pageCount(onePage)).toBe(pageCount(twoDocuments));
});

test('cancelled while the body’s page is open: the export rejects, no file, the engine stays usable', async () => {
  const out = path.join(dir, 'cancelled.pdf');
  const controller = new AbortController();
  let pages = 0;
  const cancelling: PrintEngine = {
    print: (request) => engine.print(request),
    open: async (request): Promise<PrintPage> => {
      const page = await engine.open(request);
      pages += 1;
      return {
        print: () => {
          const printing = page.print();
          setImmediate(() => controller.abort());
          return printing;
        },
        showBody: (html) => page.showBody(html),
        close: () => page.close(),
      };
    },
    close: () => Promise.resolve(),
  };
  await expect(run(out, cancelling, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  expect(pages).toBe(1);
  expect(fs.readdirSync(dir).filter((name) => name.includes('cancelled'))).toEqual([]);
  await run(path.join(dir, 'after.pdf'), engine);
  expect(pageCount(path.join(dir, 'after.pdf'))).toBeGreaterThan(2);
});

test('a Chromium that exits at once is an error naming Chromium, not a hang', async () => {
  const broken = new ChromiumPrintEngine('/bin/false');
  const folder = await PrintFolder.create();
  try {
    const page = await folder.writeHtml('page.html', '<!doctype html><p>正文</p>');
    await expect(broken.print({ htmlFile: page })).rejects.toThrow(/Chromium/);
    // Not kept as a browser: asking again tries again (and fails the same way).
    await expect(broken.print({ htmlFile: page })).rejects.toThrow(/Chromium/);
  } finally {
    await broken.close();
    await folder.remove();
  }
});

test('a browser that dies while a page is open fails that page’s print; the next print starts a new browser', async () => {
  const own = new ChromiumPrintEngine();
  const folder = await PrintFolder.create();
  try {
    const html = await folder.writeHtml('page.html', '<!doctype html><meta charset="utf-8"><p>正文</p>');
    const page = await own.open({ htmlFile: html });
    // The browser goes away under the open page (as if killed or crashed).
    await own.close();
    await expect(page.print()).rejects.toThrow(/Chromium|关闭/);
    await page.close();
    const pdf = await own.print({ htmlFile: html });
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  } finally {
    await own.close();
    await folder.remove();
  }
});
