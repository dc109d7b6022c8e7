#!/usr/bin/env node
// Word report import benchmark: the full seed-001 fixture with 72 distinct photos (150–300 KB JPEG
// each) imported, exported with our Word export, and that .docx imported back with
// `reportworks import-docx` into a fresh copy of a project, as a fresh process each run (Node
// start-up and the CLI bundle included): the whole import, every picture through the image gate,
// the outline replaced in one transaction. Target: ≤ 2 s wall time.
// Reference in the same run, interleaved: mammoth alone converting the same file to HTML (its
// default: pictures as base64 data URIs), in a fresh process too — what the Word-draft merge pays
// for a file of this size, doing less (no structure recognition, no image preparation, no storing).
// Medians over BENCH_IMPORT_DOCX_RUNS runs after one warm-up. Prints a table, writes JSON under
// bench/results/. Needs dist/cli.cjs (npm run build).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, cliBundle, fixture, median, photoFixture, requireFromRoot as require, root } from './support.mjs';

const RUNS = Number(process.env.BENCH_IMPORT_DOCX_RUNS ?? 5);
const TARGET_MS = 2000;
const GNU_TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function fail(message) {
  console.error(`import-docx benchmark: ${message}`);
  process.exit(1);
}

function measure(command, args) {
  const report = path.join(os.tmpdir(), `rw-bench-import-docx-${process.pid}.txt`);
  fs.rmSync(report, { force: true });
  const argv = GNU_TIME ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', report, command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv[1], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  if (!GNU_TIME) return { wallMs, cpuMs: NaN, rssMb: NaN, stdout: result.stdout };
  const [user, system, rssKb] = fs.readFileSync(report, 'utf8').trim().split(/\s+/).slice(-3).map(Number);
  fs.rmSync(report, { force: true });
  return { wallMs, cpuMs: (user + system) * 1000, rssMb: rssKb / 1024, stdout: result.stdout };
}

async function main() {
  if (!fs.existsSync(cliBundle)) fail('dist/cli.cjs is missing: run `npm run build` first');
  if (!fs.existsSync(fixture)) fail(`fixture not found: ${fixture} (set REPORTWORKS_FIXTURE)`);
  const mammothPath = require.resolve('mammoth');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-bench-import-docx-'));
  try {
    const { markdown } = await photoFixture(dir);
    const source = path.join(dir, 'source.rwproj');
    cli('new', source, '--unit', '天津工业职业学院', '--year', '2025');
    cli('import-md', source, markdown);
    const docx = path.join(dir, 'report.docx');
    cli('export', source, '--docx', docx);
    const blank = path.join(dir, 'blank.rwproj');
    cli('new', blank, '--unit', '天津工业职业学院', '--year', '2025');

    let run = 0;
    const runOurs = () => {
      const target = path.join(dir, `target-${run++}.rwproj`);
      fs.copyFileSync(blank, target);
      const sample = measure(process.execPath, [cliBundle, 'import-docx', target, docx]);
      fs.rmSync(target, { force: true });
      return sample;
    };
    const mammothScript = `require(${JSON.stringify(mammothPath)}).convertToHtml({ path: ${JSON.stringify(docx)} }).then((r) => process.stdout.write(String(r.value.length)))`;
    const runMammoth = () => measure(process.execPath, ['-e', mammothScript]);
    const warm = runOurs();
    runMammoth();
    const samples = { ours: [], mammoth: [] };
    for (let i = 0; i < RUNS; i++) {
      samples.ours.push(runOurs());
      samples.mammoth.push(runMammoth());
    }
    const summary = (list) => ({
      wallMs: median(list.map((s) => s.wallMs)),
      cpuMs: median(list.map((s) => s.cpuMs)),
      peakRssMb: Math.max(...list.map((s) => s.rssMb)),
      runs: list.map(({ stdout: _stdout, ...rest }) => rest),
    });
    const results = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version, loadAverage: os.loadavg() },
      input: { docxMb: Math.round((fs.statSync(docx).size / 1048576) * 10) / 10, imported: warm.stdout.trim().split('\n')[0] },
      ours: summary(samples.ours),
      mammoth: summary(samples.mammoth),
    };
    results.ratio = { wall: results.ours.wallMs / results.mammoth.wallMs, cpu: results.ours.cpuMs / results.mammoth.cpuMs };
    results.targets = { wallMs: TARGET_MS, met: results.ours.wallMs <= TARGET_MS };

    const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
    const rows = [
      ['', 'import-docx', 'mammoth alone', 'ratio', 'target'],
      ['wall time (ms, median)', fmt(results.ours.wallMs), fmt(results.mammoth.wallMs), `${fmt(results.ratio.wall, 2)}×`, `≤ ${TARGET_MS} ms`],
      ['CPU time (ms, median)', fmt(results.ours.cpuMs), fmt(results.mammoth.cpuMs), `${fmt(results.ratio.cpu, 2)}×`, '—'],
      ['peak memory (MB)', fmt(results.ours.peakRssMb), fmt(results.mammoth.peakRssMb), '—', '—'],
    ];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
    console.log(`Word report import, the full fixture's Word export (${results.input.docxMb} MB); ${RUNS} runs each`);
    console.log(results.input.imported);
    for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
    console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; target ${results.targets.met ? 'met' : 'NOT met'}`);
    const out = path.join(root, 'bench', 'results', `import-docx-${results.date.replace(/[:.]/g, '-')}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(results, null, 2));
    console.log(`written ${path.relative(root, out)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
