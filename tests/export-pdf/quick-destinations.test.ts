/**
 * The fast reader of named destinations against pdf-lib's full parse, on a PDF Chromium printed
 * here; and its refusal (null, so the export falls back to pdf-lib) of anything it does not know.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, ParseSpeeds } from '@cantoo/pdf-lib';
import { readDestinations } from '../../electron/export/pdf/pdf-destinations';
import { ChromiumPrintEngine } from '../../electron/export/pdf/chromium-print-engine';
import { quickDestinations } from '../../electron/export/pdf/quick-destinations';
import { makeTempDir, removeTempDir } from '../support/temp-files';

let dir: string;
let printed: Uint8Array;

beforeAll(async () => {
  dir = makeTempDir('rw-pdf-dests-');
  const anchors = ['a1', '_Rw_b7k2m9q0xz', 'rw-toc', 'b2'];
  const blocks = anchors.map((id, i) => `<h1 id="${id}" style="${i > 0 ? 'break-before:page' : ''}">第${i + 1}页（${id}）</h1><p>${'正文'.repeat(50)}</p>`).join('');
  const links = anchors.map((id) => `<a href="#${id}"></a>`).join('');
  const file = path.join(dir, 'doc.html');
  fs.writeFileSync(file, `<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page { size: A4; margin: 20mm }</style></head><body>${blocks}<nav style="display:none">${links}</nav></body></html>`);
  const engine = new ChromiumPrintEngine();
  try {
    printed = await engine.print({ htmlFile: file });
  } finally {
    await engine.close();
  }
}, 60_000);

afterAll(() => removeTempDir(dir));

test('reads the same destinations as a full parse', async () => {
  const quick = quickDestinations(printed);
  const full = readDestinations(await PDFDocument.load(printed, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest }));
  expect(full.size).toBe(4);
  expect(quick).toEqual(full);
  const pages = Object.fromEntries([...(quick ?? new Map<string, { page: number }>()).entries()].map(([name, d]) => [name, d.page]));
  expect(pages).toEqual({ a1: 0, _Rw_b7k2m9q0xz: 1, 'rw-toc': 2, b2: 3 });
});

test('declines what Skia does not write: cross-reference streams, damaged files', async () => {
  const doc = await PDFDocument.load(printed, { updateMetadata: false });
  const withObjectStreams = await doc.save({ useObjectStreams: true });
  expect(quickDestinations(withObjectStreams)).toBeNull();
  expect(quickDestinations(printed.subarray(0, printed.length - 200))).toBeNull();
  expect(quickDestinations(new TextEncoder().encode('not a pdf'))).toBeNull();
});
