#!/usr/bin/env node
// Word export benchmark: the full seed-001 fixture with 72 distinct photos (150–300 KB JPEG each),
// imported into a fresh project, then exported next to `pandoc <fixture>.md -o out.docx` on the same
// Markdown and photos, in the same run, interleaved:
//   cli     `reportworks export --docx` as a fresh process (Node start-up, the Word-only CLI bundle
//           and its V8 code cache included; the warm-up run fills the cache, as a user's first run
//           does): wall-clock time, CPU time (user + system), peak memory (max RSS);
//   in-app  the export call alone, timed inside a child Node process that has loaded the export
//           library (dist/export-docx.cjs) first, as the running app does it; its peak RSS too.
// Medians over BENCH_DOCX_RUNS runs after one warm-up, and ratios to pandoc's wall time. Targets:
// the CLI from the shell ≤ 0.4× pandoc's time including process start (issue 12), the export inside
// the app ≤ 0.5×, peak memory ≤ 400 MB. Prints a table and writes JSON under bench/results/.
//
// Needs dist/cli.cjs and dist/export-docx.cjs (npm run build) and pandoc. The photos come from the test suite's generator
// (tests/support/generate-photos.ts, bundled here on the fly with esbuild), cached under the OS temp
// folder, so they are the same photos the tests use.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, cliBundle, fixture, median, photoFixture, requireFromRoot as require, root } from './support.mjs';

const Database = require('better-sqlite3');

const RUNS = Number(process.env.BENCH_DOCX_RUNS ?? 5);
const exportLibrary = path.join(root, 'dist', 'export-docx.cjs');
const GNU_TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const TARGET_CLI_RATIO = 0.4;
const TARGET_RATIO = 0.5;
const TARGET_RSS_MB = 400;

function fail(message) {
  console.error(`docx-export benchmark: ${message}`);
  process.exit(1);
}

/** Runs a command and returns wall ms, CPU ms and max RSS in MB (RSS needs GNU time; else from our probe). */
function measure(command, args, options = {}) {
  const report = path.join(os.tmpdir(), `rw-bench-time-${process.pid}.txt`);
  fs.rmSync(report, { force: true });
  const argv = GNU_TIME ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', report, command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv[1], { encoding: 'utf8', cwd: options.cwd, maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  if (!GNU_TIME) return { wallMs, cpuMs: NaN, rssMb: NaN };
  const [, user, system, rssKb] = fs.readFileSync(report, 'utf8').trim().split(/\s+/).slice(-4).map(Number);
  fs.rmSync(report, { force: true });
  return { wallMs, cpuMs: (user + system) * 1000, rssMb: rssKb / 1024 };
}

/** The export call alone, in a child process that loaded the library first; its own timing and max RSS. */
function measureInProcess(project, out) {
  const script = `
    const { exportProjectFile } = require(${JSON.stringify(exportLibrary)});
    const started = performance.now();
    exportProjectFile(${JSON.stringify(project)}, ${JSON.stringify(out)}).then(() => {
      const ms = performance.now() - started;
      process.stdout.write(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS }));
    });`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (result.status !== 0) fail(`in-process export failed: ${result.stderr}`);
  const { ms, maxRssKb } = JSON.parse(result.stdout);
  return { wallMs: ms, cpuMs: NaN, rssMb: maxRssKb / 1024 };
}

async function main() {
  if (!fs.existsSync(cliBundle) || !fs.existsSync(exportLibrary)) fail('dist/cli.cjs or dist/export-docx.cjs is missing: run `npm run build` first');
  if (spawnSync('pandoc', ['--version']).status !== 0) fail('pandoc is not installed (apt-get install pandoc)');
  if (!fs.existsSync(fixture)) fail(`fixture not found: ${fixture} (set REPORTWORKS_FIXTURE)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-bench-docx-'));
  try {
    const { markdown, photos } = await photoFixture(dir);
    const sizes = photos.map((p) => fs.statSync(p).size);
    const project = path.join(dir, 'report.rwproj');
    cli('new', project, '--unit', '天津工业职业学院', '--year', '2025');
    cli('import-md', project, markdown);
    const db = new Database(project, { readonly: true });
    const assets = db.prepare('SELECT count(*) AS n, sum(length(bytes)) AS bytes FROM asset').get();
    db.close();
    const info = JSON.parse(cli('info', project, '--json'));

    const ours = path.join(dir, 'ours.docx');
    const theirs = path.join(dir, 'pandoc.docx');
    const runOurs = () => measure(process.execPath, [cliBundle, 'export', project, '--docx', ours]);
    const runInApp = () => measureInProcess(project, ours);
    const runPandoc = () => measure('pandoc', [path.basename(markdown), '-o', theirs], { cwd: dir });
    runOurs();
    runInApp();
    runPandoc();
    const samples = { ours: [], inApp: [], pandoc: [] };
    for (let i = 0; i < RUNS; i++) {
      samples.ours.push(runOurs());
      samples.inApp.push(runInApp());
      samples.pandoc.push(runPandoc());
    }
    const summary = (list) => ({
      wallMs: median(list.map((s) => s.wallMs)),
      cpuMs: median(list.map((s) => s.cpuMs)),
      peakRssMb: Math.max(...list.map((s) => s.rssMb)),
      runs: list,
    });
    const results = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version, loadAverage: os.loadavg() },
      input: {
        figures: info.counts.figures,
        tables: info.counts.tables,
        cases: info.counts.cases,
        photos: photos.length,
        photoKb: { min: Math.round(Math.min(...sizes) / 1024), max: Math.round(Math.max(...sizes) / 1024) },
        storedImages: assets.n,
        storedImageMb: Math.round((assets.bytes / 1048576) * 10) / 10,
      },
      ours: summary(samples.ours),
      inApp: summary(samples.inApp),
      pandoc: summary(samples.pandoc),
      outputMb: { ours: fs.statSync(ours).size / 1048576, pandoc: fs.statSync(theirs).size / 1048576 },
    };
    results.ratio = {
      wall: results.ours.wallMs / results.pandoc.wallMs,
      cpu: results.ours.cpuMs / results.pandoc.cpuMs,
      inApp: results.inApp.wallMs / results.pandoc.wallMs,
    };
    const peak = Math.max(results.ours.peakRssMb, results.inApp.peakRssMb);
    results.targets = {
      wallRatio: TARGET_CLI_RATIO,
      inAppRatio: TARGET_RATIO,
      peakRssMb: TARGET_RSS_MB,
      cliMet: results.ratio.wall <= TARGET_CLI_RATIO && !(peak > TARGET_RSS_MB),
      inAppMet: results.ratio.inApp <= TARGET_RATIO && !(peak > TARGET_RSS_MB),
    };

    const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
    const rows = [
      ['', 'reportworks', 'pandoc', 'ratio', 'target'],
      ['CLI wall time (ms, median)', fmt(results.ours.wallMs), fmt(results.pandoc.wallMs), `${fmt(results.ratio.wall, 2)}×`, `≤ ${TARGET_CLI_RATIO}×`],
      ['CLI CPU time (ms, median)', fmt(results.ours.cpuMs), fmt(results.pandoc.cpuMs), `${fmt(results.ratio.cpu, 2)}×`, '—'],
      ['in-app export (ms, median)', fmt(results.inApp.wallMs), fmt(results.pandoc.wallMs), `${fmt(results.ratio.inApp, 2)}×`, `≤ ${TARGET_RATIO}×`],
      ['peak memory CLI / in-app (MB)', `${fmt(results.ours.peakRssMb)} / ${fmt(results.inApp.peakRssMb)}`, fmt(results.pandoc.peakRssMb), '—', `≤ ${TARGET_RSS_MB} MB`],
      ['output (MB)', fmt(results.outputMb.ours, 1), fmt(results.outputMb.pandoc, 1), '—', '—'],
    ];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
    console.log(`Word export, full fixture: ${results.input.figures} figures (${results.input.storedImages} stored images, ${results.input.storedImageMb} MB), ${results.input.tables} tables, ${results.input.cases} cases; ${RUNS} runs each`);
    for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
    const verdict = (met) => (met ? 'met' : 'NOT met');
    console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; targets: CLI ${verdict(results.targets.cliMet)}, in-app ${verdict(results.targets.inAppMet)}`);
    const out = path.join(root, 'bench', 'results', `docx-export-${results.date.replace(/[:.]/g, '-')}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(results, null, 2));
    console.log(`written ${path.relative(root, out)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
