/**
 * exportPdf's options on a small report: progress steps in order, parts left out, and cancelling,
 * which stops the print and leaves no file behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { exportPdf, type PdfExportProgress } from '../../electron/export/pdf/export-pdf';
import type { PrintEngine } from '../../electron/export/pdf/print-engine';
import { Project } from '../../electron/project-store/project';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { folio, outline, pageCount, pageLines, pageTexts } from './pdf-reading';
import { buildReport, engine, heading, paragraph } from './small-reports';

// Chromium prints here: longer than the suite's short default (package.json).
jest.setTimeout(120_000);

let dir: string;
let file: string;

beforeAll(async () => {
  dir = makeTempDir('rw-pdf-options-');
  file = path.join(dir, 'small.rwproj');
  await buildReport(file, 0, () => [
    { title: '人才培养', content: [heading('立德树人'), paragraph('学院坚持立德树人根本任务。')] },
    { title: '产教融合', content: [paragraph('学院深化产教融合。')] },
  ]);
}, 60_000);

afterAll(async () => {
  await engine.close();
  removeTempDir(dir);
});

async function run(out: string, options: Omit<Parameters<typeof exportPdf>[1], 'path' | 'engine'> = {}) {
  const project = Project.open(file, { readOnly: true });
  try {
    return await exportPdf(project, { path: out, engine, ...options });
  } finally {
    project.close();
  }
}

test('progress goes through every step in order, from 0 to 1', async () => {
  const seen: PdfExportProgress[] = [];
  await run(path.join(dir, 'progress.pdf'), { onProgress: (p) => seen.push(p) });
  expect(seen.map((p) => p.step)).toEqual(['prepare', 'body', 'front', 'assemble', 'write', 'done']);
  const fractions = seen.map((p) => p.fraction);
  expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  expect([fractions[0], fractions[fractions.length - 1]]).toEqual([0, 1]);
});

test('without the front parts the PDF starts with the body at “— 1 —”', async () => {
  const out = path.join(dir, 'body-only.pdf');
  const result = await run(out, { parts: { cover: false, statement: false, toc: false, figureList: false, tableList: false, caseList: false } });
  const pages = pageTexts(out);
  expect(result.pages).toBe(pageCount(out));
  expect(pages.map(folio)).toEqual(pages.map((_, i) => String(i + 1)));
  expect(pageLines(pages[0] as string)[1]).toBe('一、人才培养');
  expect(outline(out).map((b) => b.title)).toEqual(['一、人才培养', '二、产教融合']);
});

test('cancelling once the body print has been asked for: the export rejects, no file is written, the engine stays usable', async () => {
  const out = path.join(dir, 'cancelled.pdf');
  const controller = new AbortController();
  // The real engine, cancelled as soon as the body print is under way.
  const cancelling: PrintEngine = {
    print: (request) => {
      const printing = engine.print(request);
      setImmediate(() => controller.abort());
      return printing;
    },
    close: () => Promise.resolve(),
  };
  const project = Project.open(file, { readOnly: true });
  try {
    await expect(exportPdf(project, { path: out, engine: cancelling, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  } finally {
    project.close();
  }
  expect(fs.readdirSync(dir).filter((name) => name.includes('cancelled'))).toEqual([]);
  // The engine is still usable afterwards.
  await run(path.join(dir, 'after.pdf'));
  expect(pageCount(path.join(dir, 'after.pdf'))).toBeGreaterThan(2);
});
