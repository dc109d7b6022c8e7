#!/usr/bin/env node
// `npm run bench`, long tables (issue 15, bug 8): in Debian's Chromium against the loopback harness,
// a 2 000 × 12 table pasted from Excel (its HTML and tab-separated clipboard, a real Ctrl+V) into a
// section of a new report. Measures (1) the paste, from the key press to the table drawn and
// painted, and whether the progress indicator showed; (2) keystroke → paint latency typing in a
// cell 1 500 rows down, next to a plain contenteditable holding the same table and one holding a
// paragraph, in the same run (ratios, as bench/run.mjs); (3) switching back to the section (median
// of several runs); (4) opening 全文 with the section in it. Prints a table, writes JSON under
// bench/results/. Targets: paste ≤ 1 s (progress shown beyond 300 ms), keystroke p95 ≤ 1.5× the
// plain contenteditable, section switch ≤ 500 ms, 全文 not seconds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, median, percentile, requireFromRoot as require, root } from './support.mjs';

const { build } = require('esbuild');
const { chromium } = require('playwright-core');
const Database = require('better-sqlite3');
const { startHarness } = require(path.join(root, 'dist', 'harness-server.cjs'));

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROWS = Number(process.env.BENCH_TABLE_ROWS ?? 2000);
const COLS = 12;
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 80);
const RUNS = Number(process.env.BENCH_OPEN_RUNS ?? 5);
const TARGET_ROW = Math.min(ROWS - 1, 1500);
const probe = fs.readFileSync(path.join(root, 'bench', 'latency-probe.js'), 'utf8');

/** The tests' own Excel clipboard generator (tests/support/excel-clipboard.ts), bundled for Node. */
async function clipboardGenerator() {
  const outfile = path.join(root, 'dist', 'bench', 'excel-clipboard.cjs');
  await build({ entryPoints: [path.join(root, 'tests', 'support', 'excel-clipboard.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
  return require(outfile);
}

function nodeIds(file) {
  const db = new Database(file, { readonly: true });
  try {
    const nodes = db.prepare('SELECT id, title FROM outline_node WHERE deleted_at IS NULL').all();
    const find = (part) => nodes.find((n) => n.title.includes(part))?.id;
    return { target: find('立德树人'), other: find('多样成长') };
  } finally {
    db.close();
  }
}

function storedRows(file, id) {
  const db = new Database(file, { readonly: true });
  try {
    const row = db.prepare('SELECT content FROM section_content WHERE node_id = ?').get(id);
    const table = JSON.parse(row?.content ?? '[]').find((b) => b.type === 'table');
    return table ? table.children.length : 0;
  } finally {
    db.close();
  }
}

const painted = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

/** Scrolls the table until the row whose first cell reads `label` is drawn, centred; true when found. */
async function scrollToRow(page, label) {
  for (let i = 0; i < 40; i += 1) {
    const found = await page.evaluate((text) => {
      const rows = [...document.querySelectorAll('[data-testid="table-block"] tbody > tr')];
      const tr = rows.find((r) => r.children[0]?.textContent === text);
      if (tr) {
        tr.scrollIntoView({ block: 'center' });
        return true;
      }
      // Not drawn: scroll to where it would be inside the placeholder standing for its run of rows.
      const n = Number(text);
      const gap = rows.find((g) => g.dataset.gapRows && Number(g.dataset.gapRows.split('-')[0]) <= n && n < Number(g.dataset.gapRows.split('-')[1]));
      const scroller = document.querySelector('.editor-area');
      if (gap && scroller) {
        const [a, b] = gap.dataset.gapRows.split('-').map(Number);
        const box = gap.getBoundingClientRect();
        scroller.scrollTop += box.top + (box.height * (n - a)) / (b - a) - window.innerHeight / 2;
      } else if (scroller) scroller.scrollTop += window.innerHeight / 2;
      return false;
    }, label);
    if (found) return true;
    await page.waitForTimeout(60);
  }
  return false;
}

/** Caret at the end of the text of column `col` of the row labelled `label` (app) or of row `label` (baseline). */
async function caretInRowCell(page, label, col) {
  await page.evaluate(
    ({ label, col }) => {
      const tr = [...document.querySelectorAll('table tr')].find((r) => r.children[0]?.textContent === label);
      const cell = tr.children[col];
      cell.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      let last = null;
      while (walker.nextNode()) if (walker.currentNode.textContent.length > 0) last = walker.currentNode;
      const range = document.createRange();
      range.setStart(last, last.textContent.length);
      range.collapse(true);
      cell.closest('[contenteditable="true"]').focus();
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
    },
    { label, col },
  );
  await page.waitForTimeout(300);
}

async function typeAndMeasure(page) {
  await page.bringToFront();
  await page.evaluate(() => {
    window.__latencies = [];
  });
  const letters = 'reportworks';
  for (let i = 0; i < KEYSTROKES; i += 1) {
    await page.keyboard.press(letters[i % letters.length]);
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(200);
  return page.evaluate(() => window.__latencies.slice());
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function baselineTable(rows) {
  const body = rows.map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`).join('');
  return baselinePage(`<table border="1" style="border-collapse:collapse;width:100%;table-layout:fixed;font-size:14px">${body}</table><p>　</p>`);
}
function baselinePage(inner) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    body{margin:0;font-family:"Noto Serif CJK SC",serif;font-size:16px;line-height:1.8}
    #doc{max-width:800px;margin:24px auto;padding:48px;outline:none} p{text-indent:2em;margin:0 0 .5em} td,th{padding:2pt 5pt}
  </style></head><body><div id="doc" contenteditable="true">${inner}</div></body></html>`;
}

async function main() {
  const { graduateRows, excelClipboard } = await clipboardGenerator();
  const cells = graduateRows(ROWS, COLS);
  const clipboard = excelClipboard(cells);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reportworks-bench-table-'));
  const file = path.join(work, 'big-table.rwproj');
  cli('new', file, '--unit', '天津工业职业学院', '--year', '2025');
  const { target, other } = nodeIds(file);

  const harness = await startHarness({ rendererDir: path.join(root, 'dist', 'renderer'), workDir: work });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const results = { date: new Date().toISOString(), machine: { cpus: os.cpus().length, node: process.version }, table: { rows: ROWS, cols: COLS } };
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(harness.url).origin });
    await context.addInitScript(probe);
    const page = await context.newPage();
    await page.goto(harness.url);
    await page.waitForSelector('[data-testid="start-open"]');
    harness.queueDialogAnswer(file);
    await page.click('[data-testid="start-open"]');
    await page.click(`[data-testid="outline-node-${target}"]`);
    const editor = `[data-testid="editor"][data-section-id="${target}"]`;
    await page.waitForSelector(editor);
    await page.click(editor);
    await page.keyboard.press('Control+End');

    // (1) Paste: Ctrl+V → the whole table in the model and drawn, painted. A mutation observer
    // installed before the key press notes whether the progress indicator appeared.
    await page.evaluate(async (items) => {
      const blobs = {};
      for (const [type, text] of Object.entries(items)) blobs[type] = new Blob([text], { type });
      await navigator.clipboard.write([new ClipboardItem(blobs)]);
      window.__progressSeen = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="paste-progress"]')) window.__progressSeen = true;
      }).observe(document.body, { childList: true, subtree: true });
    }, clipboard);
    const started = Date.now();
    await page.keyboard.press('Control+V');
    await page.waitForFunction((rows) => Number(document.querySelector('[data-testid="table-block"]')?.dataset.rows ?? 0) >= rows, ROWS, { timeout: 120_000, polling: 'raf' });
    await painted(page);
    results.pasteMs = Date.now() - started;
    results.progressShown = await page.evaluate(() => window.__progressSeen);
    await page.getByTestId('status-save').getByText('已保存').waitFor({ timeout: 60_000 });
    results.storedRows = storedRows(file, target);

    // (2) Typing in a cell far down, next to plain contenteditables (same table; one paragraph).
    const label = String(TARGET_ROW);
    if (!(await scrollToRow(page, label))) throw new Error(`row ${label} never drawn`);
    await page.waitForTimeout(300);
    await caretInRowCell(page, label, 2);
    const app = await typeAndMeasure(page);
    const baseline = await context.newPage();
    await baseline.setContent(baselineTable(cells));
    await baseline.evaluate(probe);
    await caretInRowCell(baseline, label, 2);
    const sameTable = await typeAndMeasure(baseline);
    await baseline.setContent(baselinePage(`<p>${'职业教育质量年度报告'.repeat(30)}</p>`));
    await baseline.evaluate(probe);
    await baseline.evaluate(() => {
      const p = document.querySelector('#doc p');
      const range = document.createRange();
      range.setStart(p.firstChild, p.firstChild.textContent.length);
      document.querySelector('#doc').focus();
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
    });
    const paragraph = await typeAndMeasure(baseline);
    await baseline.close();
    const summary = (values) => ({ n: values.length, p50: percentile(values, 50), p95: percentile(values, 95) });
    results.keystroke = { app: summary(app), sameTable: summary(sameTable), paragraph: summary(paragraph) };
    results.keystroke.ratioP95 = results.keystroke.app.p95 / results.keystroke.sameTable.p95;
    results.keystroke.ratioP95Paragraph = results.keystroke.app.p95 / results.keystroke.paragraph.p95;
    await page.bringToFront();
    await page.getByTestId('status-save').getByText('已保存').waitFor({ timeout: 60_000 });

    // (3) Switching to the section: from another section, click → table drawn, painted.
    const switches = [];
    for (let run = 0; run < RUNS; run += 1) {
      await page.click(`[data-testid="outline-node-${other}"]`);
      await page.waitForSelector(`[data-testid="editor"][data-section-id="${other}"]`);
      await page.waitForTimeout(300);
      const t0 = Date.now();
      await page.click(`[data-testid="outline-node-${target}"]`);
      await page.waitForSelector(`${editor} [data-testid="table-block"] td`);
      await painted(page);
      switches.push(Date.now() - t0);
    }
    results.switchMs = { runs: switches, median: median(switches) };

    // (4) 全文: click → the whole report shown with this table drawn, painted.
    const wholeTimes = [];
    for (let run = 0; run < Math.min(RUNS, 3); run += 1) {
      await page.click('[data-testid="view-single"]').catch(() => {});
      await page.waitForSelector(editor);
      await page.waitForTimeout(300);
      const t0 = Date.now();
      await page.click('[data-testid="view-whole"]');
      await page.waitForSelector(`[data-testid="whole-report"] [data-testid="editor"][data-section-id="${target}"] [data-testid="table-block"] td`, { timeout: 60_000 });
      await painted(page);
      wholeTimes.push(Date.now() - t0);
    }
    results.wholeOpenMs = { runs: wholeTimes, median: median(wholeTimes) };
  } finally {
    await browser.close();
    await harness.close();
    fs.rmSync(work, { recursive: true, force: true });
  }

  const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
  const k = results.keystroke;
  const rows = [
    ['measure', 'value', 'reference', 'ratio', 'target'],
    [`paste ${ROWS} × ${COLS} from Excel (ms)`, fmt(results.pasteMs), '—', '—', '≤ 1000 ms'],
    ['paste progress shown', results.progressShown ? 'yes' : 'no', '—', '—', 'yes beyond 300 ms'],
    ['rows stored after paste', String(results.storedRows), String(ROWS), '—', `= ${ROWS}`],
    [`keystroke → paint p95, row ${TARGET_ROW} (ms) vs same table`, fmt(k.app.p95), fmt(k.sameTable.p95), fmt(k.ratioP95) + '×', '≤ 1.5×'],
    ['keystroke → paint p95 vs one paragraph', fmt(k.app.p95), fmt(k.paragraph.p95), fmt(k.ratioP95Paragraph) + '×', '—'],
    ['keystroke → paint p50 (ms)', fmt(k.app.p50), fmt(k.sameTable.p50), fmt(k.app.p50 / k.sameTable.p50) + '×', '—'],
    ['switch to the section (ms, median)', fmt(results.switchMs.median), '—', '—', '≤ 500 ms'],
    ['open 全文 (ms, median)', fmt(results.wholeOpenMs.median), '—', '—', '≤ 1000 ms'],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
  const out = path.join(root, 'bench', 'results', `big-table-${results.date.replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(results, null, 2));
  console.log(`written ${path.relative(root, out)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
