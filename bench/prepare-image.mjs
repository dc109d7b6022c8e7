#!/usr/bin/env node
// `npm run bench`, image gate (electron/assets/prepare-image.ts): preparing a ~2.5 MB 24-bit PNG
// photo — the size of the fixture's figure.png — against two references measured in the same run
// on the same bytes: sharp's header read (what metadata alone costs) and sharp's full decode (what
// proving every pixel costs; the gate does one). Also: a 12-megapixel phone JPEG that must be
// downscaled, the pipeline the gate replaced (palette PNG, level 9; only with BENCH_IMAGE_OLD=1), and the
// full fixture imported through the CLI with its 72 figures pointing at that PNG, next to the same
// import without the image file. Target: the 2.5 MB photo in ≤ 150 ms (median). Writes JSON under
// bench/results/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, fixture, median, requireFromRoot as require, root } from './support.mjs';

const { build } = require('esbuild');
const sharp = require('sharp');
const RUNS = Number(process.env.BENCH_IMAGE_RUNS ?? 7);
const IMPORT_RUNS = Number(process.env.BENCH_IMAGE_IMPORT_RUNS ?? 3);
const TARGET_MS = 150;

const ENTRY = `
export { prepareImage } from './electron/assets/prepare-image';
export { photoPixels } from './tests/support/test-images';
`;

async function load() {
  const outfile = path.join(root, 'dist', 'bench', 'prepare-image.cjs');
  await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'prepare-image-bench-entry.ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
    external: ['electron', 'sharp'],
  });
  return require(outfile);
}

/** Median of `runs` timed calls after one warm-up. */
async function time(runs, fn) {
  await fn();
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return { medianMs: median(times), runsMs: times };
}

function timeCli(runs, args) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    cli(...args());
    times.push(performance.now() - t0);
  }
  return { medianMs: median(times), runsMs: times };
}

async function main() {
  const s = await load();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reportworks-bench-image-'));
  try {
    // A 24-bit photo PNG of about 2.5 MB (grain makes PNG large, as in a real photo saved as PNG).
    const pixels = await s.photoPixels(1150, 780, 2025);
    const png = await sharp(pixels, { raw: { width: 1150, height: 780, channels: 3 } }).png().toBuffer();
    const phone = await sharp(await s.photoPixels(4000, 3000, 12), { raw: { width: 4000, height: 3000, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();

    const results = { date: new Date().toISOString(), machine: { cpus: os.cpus().length, node: process.version }, png: { bytes: png.length, width: 1150, height: 780 } };
    results.header = await time(RUNS, () => sharp(png).metadata());
    results.decode = await time(RUNS, () => sharp(png).raw().toBuffer());
    results.prepare = await time(RUNS, () => s.prepareImage(png, 'figure.png'));
    const prepared = await s.prepareImage(png, 'figure.png');
    results.prepare.keptBytes = prepared.bytes.equals(png);
    results.phone = { bytes: phone.length, ...(await time(Math.max(3, RUNS >> 1), () => s.prepareImage(phone, 'phone.jpg'))) };
    // The old gate's encoder, once: a palette PNG at compression level 9.
    if (process.env.BENCH_IMAGE_OLD === '1') {
      // Opt-in: it takes 4–30 s depending on the machine's load.
      const t0 = performance.now();
      await sharp(png).png({ compressionLevel: 9, palette: true }).toBuffer();
      results.oldPipeline = { medianMs: performance.now() - t0 };
    }

    // The full fixture through the CLI: figures pointing at figure.png (present) versus absent.
    const withDir = path.join(work, 'with');
    const withoutDir = path.join(work, 'without');
    for (const d of [withDir, withoutDir]) {
      fs.mkdirSync(d);
      fs.copyFileSync(fixture, path.join(d, 'report.md'));
    }
    fs.writeFileSync(path.join(withDir, 'figure.png'), png);
    let n = 0;
    const newProject = () => {
      n += 1;
      const file = path.join(work, `p${n}.rwproj`);
      cli('new', file, '--unit', '天津工业职业学院', '--year', '2025', '--blank');
      return file;
    };
    const importInto = (dir) => () => ['import-md', newProject(), path.join(dir, 'report.md')];
    results.importWith = timeCli(IMPORT_RUNS, importInto(withDir));
    results.importWithout = timeCli(IMPORT_RUNS, importInto(withoutDir));

    const fmt = (v) => v.toFixed(1);
    const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
    const rows = [
      ['measure (median)', 'ms', 'vs. full decode', 'target', ''],
      [`prepare ${(png.length / 1048576).toFixed(2)} MB PNG photo (kept: ${results.prepare.keptBytes})`, fmt(results.prepare.medianMs), ratio(results.prepare.medianMs, results.decode.medianMs), `≤ ${TARGET_MS}`, results.prepare.medianMs <= TARGET_MS ? 'ok' : 'MISSED'],
      ['  reference: sharp header read', fmt(results.header.medianMs), ratio(results.header.medianMs, results.decode.medianMs), '', ''],
      ['  reference: sharp full decode', fmt(results.decode.medianMs), '1.00×', '', ''],
      ...(results.oldPipeline ? [['  before: palette PNG, level 9 (one run)', fmt(results.oldPipeline.medianMs), ratio(results.oldPipeline.medianMs, results.decode.medianMs), '', '']] : []),
      [`prepare ${(phone.length / 1048576).toFixed(2)} MB 12 MP JPEG (downscaled)`, fmt(results.phone.medianMs), '', '', ''],
      ['import-md full fixture, 72 figures → figure.png', fmt(results.importWith.medianMs), '', '', ''],
      ['import-md full fixture, no image file', fmt(results.importWithout.medianMs), '', '', ''],
    ];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
    for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
    const out = path.join(root, 'bench', 'results', `prepare-image-${results.date.replace(/[:.]/g, '-')}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(results, null, 2));
    console.log(`written ${path.relative(root, out)}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
