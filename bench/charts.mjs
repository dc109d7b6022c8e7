#!/usr/bin/env node
// `npm run bench`, charts (shared/charts): (1) 50 charts of the seven types resolved from their
// tables and drawn to SVG in one Node process, as the exports do, next to ECharts' own floor in the
// same run (init + an empty option + renderToSVGString + dispose, 50 times). Target ≤ 1 s.
// (2) In the editor (Chromium, loopback harness): a cell edit → the chart's <img> carrying the new
// picture, painted, p95, next to the same keystrokes' own keystroke → paint (the reference).
// Target ≤ 50 ms p95. Writes JSON under bench/results/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, median, percentile, requireFromRoot as require, root } from './support.mjs';

const { build } = require('esbuild');
const { chromium } = require('playwright-core');
const { startHarness } = require(path.join(root, 'dist', 'harness-server.cjs'));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_CHART_RUNS ?? 5);
const KEYSTROKES = Number(process.env.BENCH_CHART_KEYSTROKES ?? 60);
const RENDER_TARGET_MS = 1000;
const EDIT_TARGET_MS = 50;

const ENTRY = `
export { resolveChart } from './shared/charts/resolve-chart';
export { renderChartSvg } from './shared/charts/render-chart-svg';
export { chartSpec, CHART_TYPES } from './shared/charts/chart-spec';
export { tableFromSpec } from './tests/tables/table-spec';
import * as echarts from 'echarts';
export function floor() {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 640, height: 400 });
  chart.setOption({ animation: false });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
`;

async function load() {
  const outfile = path.join(root, 'dist', 'bench', 'charts.cjs');
  await build({ stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'charts-bench-entry.ts' }, bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, logLevel: 'warning' });
  return require(outfile);
}

/** 50 tables of 6–12 departments with a number, a share and three years, one chart each. */
function workload(s) {
  const jobs = [];
  for (let i = 0; i < 50; i++) {
    const rows = 6 + (i % 7);
    const spec = [['院系', '人数', '占比', '2023 年', '2024 年', '2025 年']];
    for (let r = 0; r < rows; r++) spec.push([`院系${i}-${r}`, String(100 + ((r * 37 + i) % 400)), `${(5 + r).toFixed(2)}%`, String(900 + r), String(950 + r), String(990 + r)]);
    spec.push(['合计', '9999', '100%', '1', '1', '1']);
    const table = s.tableFromSpec(spec, { headerRows: 1 });
    const type = s.CHART_TYPES[i % s.CHART_TYPES.length];
    const options = type === 'combo' ? { series: ['人数', '占比'] } : type === 'line' || type === 'stacked' ? { series: ['2023 年', '2024 年', '2025 年'] } : { series: ['人数'] };
    jobs.push({ table, spec: s.chartSpec(table.id, type, { ...options, unit: '人' }) });
  }
  return jobs;
}

function timeBatch(fn) {
  const times = [];
  fn(); // warm-up: module start and JIT, as in a running app
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return { medianMs: median(times), maxMs: Math.max(...times), runsMs: times };
}

// Injected into the page: keydown → next paint (reference) and keydown → the chart's new picture painted.
const PROBE = `(() => {
  window.__keyPaint = []; window.__chartPaint = []; let start = null;
  document.addEventListener('keydown', (e) => {
    start = e.timeStamp; const s = start;
    requestAnimationFrame(() => setTimeout(() => window.__keyPaint.push(performance.now() - s), 0));
  }, true);
  new MutationObserver((records) => {
    if (start === null || !records.some((r) => r.attributeName === 'src')) return;
    const s = start; start = null;
    requestAnimationFrame(() => setTimeout(() => window.__chartPaint.push(performance.now() - s), 0));
  }).observe(document, { attributes: true, attributeFilter: ['src'], subtree: true });
})();`;

async function editorLatency(work) {
  const file = path.join(work, 'charts.rwproj');
  const md = path.join(work, 'charts.md');
  const rows = Array.from({ length: 12 }, (_, r) => `| 院系${r + 1} | ${300 + r * 17} | ${(4 + r / 2).toFixed(2)}% |`).join('\n');
  fs.writeFileSync(md, `# 学生发展\n\nTable: 毕业生院系分布\n\n| 院系 | 人数 | 占比 |\n|---|---|---|\n${rows}\n| 合计 | 5000 | 100.00% |\n\n正文。\n`);
  cli('new', file, '--unit', '测试学院', '--year', '2025', '--blank');
  cli('import-md', file, md);
  cli('chart', 'add', file, '--table', '院系分布', '--type', 'combo', '--series', '人数,占比');
  const harness = await startHarness({ rendererDir: path.join(root, 'dist', 'renderer'), workDir: work });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    await page.goto(harness.url);
    harness.queueDialogAnswer(file);
    await page.click('[data-testid="start-open"]');
    await page.waitForSelector('[data-testid="project-screen"]');
    await page.click('[data-testid^="outline-node-"]:has-text("学生发展")');
    await page.waitForSelector('[data-testid="chart-image"]');
    await page.locator('[data-testid="table-block"] td').filter({ hasText: /^300$/ }).first().click();
    await page.keyboard.press('End');
    await page.evaluate(() => {
      window.__keyPaint = [];
      window.__chartPaint = [];
    });
    for (let i = 0; i < KEYSTROKES; i++) {
      // Alternately add and remove a digit: every keystroke changes the number the chart shows.
      await page.keyboard.press(i % 2 === 0 ? '7' : 'Backspace');
      await page.waitForTimeout(80);
    }
    await page.waitForTimeout(300);
    return await page.evaluate(() => ({ keyPaint: window.__keyPaint, chartPaint: window.__chartPaint }));
  } finally {
    await browser.close();
    await harness.close();
  }
}

async function main() {
  const s = await load();
  const jobs = workload(s);
  const results = { date: new Date().toISOString(), machine: { cpus: os.cpus().length, node: process.version } };
  let drawn = 0;
  results.render50 = timeBatch(() => {
    for (const job of jobs) {
      const r = s.resolveChart(job.table, job.spec);
      if (!r.ok) throw new Error(r.problem);
      drawn += s.renderChartSvg(r.data, job.spec, { idPrefix: job.table.id }).length;
    }
  });
  results.floor50 = timeBatch(() => {
    for (let i = 0; i < 50; i++) s.floor();
  });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reportworks-bench-charts-'));
  try {
    const { keyPaint, chartPaint } = await editorLatency(work);
    const summary = (v) => ({ n: v.length, p50: percentile(v, 50), p95: percentile(v, 95) });
    results.edit = { chart: summary(chartPaint), keystroke: summary(keyPaint), keystrokes: KEYSTROKES };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const fmt = (v) => v.toFixed(1);
  const rows = [
    ['measure', 'ms', 'reference ms', 'ratio', 'target', ''],
    ['50 charts resolved + drawn to SVG (median)', fmt(results.render50.medianMs), fmt(results.floor50.medianMs), `${(results.render50.medianMs / results.floor50.medianMs).toFixed(2)}×`, `≤ ${RENDER_TARGET_MS}`, results.render50.medianMs <= RENDER_TARGET_MS ? 'ok' : 'MISSED'],
    [`cell edit → chart painted p95 (${results.edit.chart.n} of ${KEYSTROKES})`, fmt(results.edit.chart.p95), fmt(results.edit.keystroke.p95), `${(results.edit.chart.p95 / results.edit.keystroke.p95).toFixed(2)}×`, `≤ ${EDIT_TARGET_MS}`, results.edit.chart.p95 <= EDIT_TARGET_MS && results.edit.chart.n >= KEYSTROKES * 0.9 ? 'ok' : 'MISSED'],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
  console.log('reference: ECharts floor (empty chart ×50); keystroke → paint of the same keys');
  results.svgBytes = drawn;
  const out = path.join(root, 'bench', 'results', `charts-${results.date.replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`→ ${path.relative(root, out)}`);
}

await main();
