#!/usr/bin/env node
// PDF export benchmark: the full seed-001 fixture, imported into a fresh project and exported with
// `reportworks export --pdf` as a fresh process (Node start-up, Chromium launch, both prints,
// assembly and writing all included), next to what a user would do otherwise on the same Markdown
// and images, in the same run, interleaved:
//   `pandoc fixture.md -o x.docx` (timed on its own), then
//   `soffice --headless --convert-to pdf x.docx` (the LibreOffice part, the reference for the ratio).
// Two variants of the same report (issue 13, item 10):
//   photos — 72 distinct photos (1200×800 JPEG, 150–300 KB each), where image handling weighs most;
//   light  — one small image (160×107 JPEG) for every figure, where the fixed cost of our pipeline
//            (Node and Chromium start, page set-up, assembly) dominates.
// Medians over BENCH_PDF_RUNS runs after one warm-up each (LibreOffice's profile is created in its
// warm-up). Targets, both variants: our wall time ≤ 0.5× LibreOffice's, peak memory ≤ 500 MB.
//
// Memory: GNU time's max RSS is that of the largest single process; a PDF export is Node plus a
// Chromium browser, GPU, utility and renderer processes, so the process tree is also sampled every
// 50 ms and the peak of its summed PSS (shared pages divided among the processes that share them)
// and summed RSS (shared pages counted in each) are reported. The memory target is on the PSS of
// the whole tree (Node, Chromium and all its processes). The same sampling is applied to soffice.
//
// Needs dist/cli.cjs (npm run build), Chromium (CHROMIUM_PATH, else /usr/bin/chromium-headless-shell,
// else /usr/bin/chromium: the one the CLI uses), pandoc and LibreOffice. The photos come from the test
// suite's generator (tests/support/generate-photos.ts, bundled on the fly with esbuild), cached under
// the OS temp folder: the same photos the tests use.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, cliBundle, fixture, median, photoFixture, requireFromRoot, root } from './support.mjs';

const RUNS = Number(process.env.BENCH_PDF_RUNS ?? 3);
const GNU_TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const TARGET_RATIO = 0.5;
const TARGET_PSS_MB = 500;
const VARIANTS = (process.env.BENCH_PDF_VARIANTS ?? 'photos,light').split(',');

/** The Chromium the CLI picks (electron/export/pdf/chromium-print-engine.ts), for the record. */
function chromiumUsed() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return fs.existsSync('/usr/bin/chromium-headless-shell') ? '/usr/bin/chromium-headless-shell' : '/usr/bin/chromium';
}

/** The light variant: every photo replaced by a small copy of itself (same names, same Markdown). */
async function lightFixture(dir) {
  const { markdown, photos } = await photoFixture(dir);
  const sharp = requireFromRoot('sharp');
  for (const photo of photos) {
    const small = await sharp(photo).resize(160, 107).jpeg({ quality: 80 }).toBuffer();
    // The photos are hard links into the generator's cache: replace the link, never write through it.
    fs.rmSync(photo);
    fs.writeFileSync(photo, small);
  }
  return { markdown, photos };
}

function fail(message) {
  console.error(`pdf-export benchmark: ${message}`);
  process.exit(1);
}

/** Parent pid of every process, from /proc/<pid>/stat. */
function parents() {
  const out = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields after the last ')' are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/** Summed PSS and RSS (kB) of `pid` and all its descendants. */
function treeMemory(pid) {
  const byParent = new Map();
  for (const [child, parent] of parents()) byParent.set(parent, [...(byParent.get(parent) ?? []), child]);
  let pss = 0;
  let rss = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop();
    stack.push(...(byParent.get(current) ?? []));
    try {
      const rollup = fs.readFileSync(`/proc/${current}/smaps_rollup`, 'utf8');
      pss += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
      rss += Number(/^Rss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
    } catch {
      // Ended, or not ours to read.
    }
  }
  return { pss, rss };
}

/**
 * Runs a command to completion; returns wall ms, CPU ms (user + system, children included, from
 * GNU time), the largest single process's max RSS, and the sampled peaks of the tree's memory, in MB.
 */
function measure(command, args, options = {}) {
  const report = path.join(os.tmpdir(), `rw-bench-pdf-time-${process.pid}.txt`);
  fs.rmSync(report, { force: true });
  const [program, argv] = GNU_TIME ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', report, command, ...args]] : [command, args];
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(program, argv, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakPss = 0;
    let peakRss = 0;
    const sample = () => {
      const { pss, rss } = treeMemory(child.pid);
      peakPss = Math.max(peakPss, pss);
      peakRss = Math.max(peakRss, rss);
    };
    const timer = setInterval(sample, 50);
    child.on('close', (status) => {
      clearInterval(timer);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (status !== 0) fail(`${command} ${args.join(' ')} failed (${status}): ${output}`);
      let cpuMs = NaN;
      let maxRssMb = NaN;
      if (GNU_TIME) {
        const [, user, system, rssKb] = fs.readFileSync(report, 'utf8').trim().split(/\s+/).slice(-4).map(Number);
        fs.rmSync(report, { force: true });
        cpuMs = (user + system) * 1000;
        maxRssMb = rssKb / 1024;
      }
      resolve({ wallMs, cpuMs, maxRssMb, treePssMb: peakPss / 1024, treeRssMb: peakRss / 1024, output });
    });
  });
}

function pdfPages(file) {
  const match = /^Pages:\s+(\d+)/m.exec(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout ?? '');
  return match ? Number(match[1]) : NaN;
}

/** One variant, measured: ours, pandoc and LibreOffice, interleaved. */
async function measureVariant(variant, dir) {
  const { markdown, photos } = variant === 'light' ? await lightFixture(dir) : await photoFixture(dir);
  const project = path.join(dir, 'report.rwproj');
  cli('new', project, '--unit', '天津工业职业学院', '--year', '2025', '--blank');
  cli('import-md', project, markdown);
  const info = JSON.parse(cli('info', project, '--json'));

  const ours = path.join(dir, 'ours.pdf');
  const docx = path.join(dir, 'pandoc.docx');
  const loOut = path.join(dir, 'lo');
  // Its own profile, so a LibreOffice someone else has open is neither used nor disturbed.
  const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
  const runOurs = () => measure(process.execPath, [cliBundle, 'export', project, '--pdf', ours]);
  const runPandoc = () => measure('pandoc', [path.basename(markdown), '-o', docx], { cwd: dir });
  const runOffice = () => measure('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', loOut, docx]);
  await runPandoc();
  await runOffice();
  await runOurs();
  const samples = { ours: [], pandoc: [], office: [] };
  for (let i = 0; i < RUNS; i++) {
    samples.ours.push(await runOurs());
    samples.pandoc.push(await runPandoc());
    samples.office.push(await runOffice());
  }
  const summary = (list) => ({
    wallMs: median(list.map((s) => s.wallMs)),
    cpuMs: median(list.map((s) => s.cpuMs)),
    maxProcessRssMb: Math.max(...list.map((s) => s.maxRssMb)),
    peakTreePssMb: Math.max(...list.map((s) => s.treePssMb)),
    peakTreeRssMb: Math.max(...list.map((s) => s.treeRssMb)),
    runs: list.map(({ output: _output, ...rest }) => rest),
  });
  const loPdf = path.join(loOut, 'pandoc.pdf');
  const results = {
    variant,
    input: { figures: info.counts.figures, tables: info.counts.tables, cases: info.counts.cases, images: photos.length, imageMb: photos.reduce((sum, p) => sum + fs.statSync(p).size, 0) / 1048576 },
    ours: summary(samples.ours),
    pandoc: summary(samples.pandoc),
    libreoffice: summary(samples.office),
    output: {
      ours: { pages: pdfPages(ours), mb: fs.statSync(ours).size / 1048576 },
      libreoffice: { pages: pdfPages(loPdf), mb: fs.statSync(loPdf).size / 1048576 },
    },
  };
  results.ratio = {
    wallVsLibreOffice: results.ours.wallMs / results.libreoffice.wallMs,
    wallVsPandocPlusLibreOffice: results.ours.wallMs / (results.pandoc.wallMs + results.libreoffice.wallMs),
    cpuVsLibreOffice: results.ours.cpuMs / results.libreoffice.cpuMs,
    pssVsLibreOffice: results.ours.peakTreePssMb / results.libreoffice.peakTreePssMb,
  };
  results.targets = {
    wallRatio: TARGET_RATIO,
    peakTreePssMb: TARGET_PSS_MB,
    wallMet: results.ratio.wallVsLibreOffice <= TARGET_RATIO,
    memoryMet: results.ours.peakTreePssMb <= TARGET_PSS_MB,
  };

  const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
  const rows = [
    ['', 'reportworks --pdf', 'LibreOffice', 'ratio', 'target'],
    ['wall time (ms, median)', fmt(results.ours.wallMs), fmt(results.libreoffice.wallMs), `${fmt(results.ratio.wallVsLibreOffice, 2)}×`, `≤ ${TARGET_RATIO}× ${results.targets.wallMet ? 'met' : 'NOT met'}`],
    ['CPU time, children incl. (ms, median)', fmt(results.ours.cpuMs), fmt(results.libreoffice.cpuMs), `${fmt(results.ratio.cpuVsLibreOffice, 2)}×`, '—'],
    ['peak memory, process tree PSS (MB)', fmt(results.ours.peakTreePssMb), fmt(results.libreoffice.peakTreePssMb), `${fmt(results.ratio.pssVsLibreOffice, 2)}×`, `≤ ${TARGET_PSS_MB} MB ${results.targets.memoryMet ? 'met' : 'NOT met'}`],
    ['peak memory, process tree RSS sum (MB)', fmt(results.ours.peakTreeRssMb), fmt(results.libreoffice.peakTreeRssMb), '—', '—'],
    ['largest single process max RSS (MB)', fmt(results.ours.maxProcessRssMb), fmt(results.libreoffice.maxProcessRssMb), '—', '—'],
    ['output pages / MB', `${results.output.ours.pages} / ${fmt(results.output.ours.mb, 1)}`, `${results.output.libreoffice.pages} / ${fmt(results.output.libreoffice.mb, 1)}`, '—', '—'],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  console.log(
    `PDF export, full fixture, ${variant}: ${results.input.figures} figures (${results.input.images} images, ${fmt(results.input.imageMb, 1)} MB), ${results.input.tables} tables, ${results.input.cases} cases; ${RUNS} runs each; ` +
      `pandoc → docx ${fmt(results.pandoc.wallMs)} ms (not in the ratio; pandoc + LibreOffice: ${fmt(results.ratio.wallVsPandocPlusLibreOffice, 2)}×)`,
  );
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
  return results;
}

async function main() {
  if (!fs.existsSync(cliBundle)) fail('dist/cli.cjs is missing: run `npm run build` first');
  for (const [tool, args, install] of [
    ['pandoc', ['--version'], 'pandoc'],
    ['soffice', ['--version'], 'libreoffice-writer'],
    ['pdfinfo', ['-v'], 'poppler-utils'],
  ]) {
    if (spawnSync(tool, args).error) fail(`${tool} is not installed (apt-get install ${install})`);
  }
  if (!fs.existsSync(fixture)) fail(`fixture not found: ${fixture} (set REPORTWORKS_FIXTURE)`);
  const date = new Date().toISOString();
  const variants = [];
  for (const variant of VARIANTS) {
    if (variant !== 'photos' && variant !== 'light') fail(`unknown variant ${variant} (BENCH_PDF_VARIANTS: photos,light)`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-bench-pdf-'));
    try {
      variants.push(await measureVariant(variant, dir));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const met = variants.every((v) => v.targets.wallMet && v.targets.memoryMet);
  const results = { date, machine: { cpus: os.cpus().length, node: process.version, loadAverage: os.loadavg(), chromium: chromiumUsed() }, variants, targetsMet: met };
  console.log(`Chromium: ${chromiumUsed()}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; targets ${met ? 'met' : 'NOT met'}`);
  const out = path.join(root, 'bench', 'results', `pdf-export-${date.replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(results, null, 2));
  console.log(`written ${path.relative(root, out)}`);
}

await main();
