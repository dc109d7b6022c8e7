#!/usr/bin/env node
// `npm run bench`: imports the full seed-001 fixture into a fresh project and measures, in Debian's
// Chromium against the loopback harness, (1) the time from opening the project to an editable view
// of its largest section and (2) keystroke-to-paint latency while typing in that section, next to
// a plain contenteditable showing the same content in the same run. Prints a table and writes JSON
// under bench/results/. Figures are ratios against the in-run baseline, never absolute targets.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const { chromium } = require('playwright-core');
const Database = require('better-sqlite3');
const { startHarness } = require(path.join(root, 'dist', 'harness-server.cjs'));

const fixture = process.env.REPORTWORKS_FIXTURE ?? path.resolve(root, '..', 'shared', 'fixtures', 'tjpc-2025-report.md');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 80);
const OPEN_RUNS = Number(process.env.BENCH_OPEN_RUNS ?? 5);
const probe = fs.readFileSync(path.join(root, 'bench', 'latency-probe.js'), 'utf8');

function cli(...args) {
  const result = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.cjs'), ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`reportworks ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

function median(values) {
  return percentile(values, 50);
}

/** The live node with the most characters, and its content. */
function largestSection(file) {
  const db = new Database(file, { readonly: true });
  try {
    const row = db
      .prepare(
        `SELECT s.node_id AS id, n.title AS title, s.chars_no_space AS chars, s.content AS content
         FROM section_content s JOIN outline_node n ON n.id = s.node_id
         WHERE n.deleted_at IS NULL ORDER BY s.chars_no_space DESC LIMIT 1`,
      )
      .get();
    return { ...row, content: JSON.parse(row.content) };
  } finally {
    db.close();
  }
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const textOf = (n) => (typeof n.text === 'string' ? n.text : (n.children ?? []).map(textOf).join(''));

/** The same blocks as plain HTML, for the baseline contenteditable. */
function baselineHtml(content) {
  const block = (b) => {
    if (b.type === 'heading') return `<h${b.level + 2}>${escapeHtml(textOf(b))}</h${b.level + 2}>`;
    if (b.type === 'bulleted-list' || b.type === 'numbered-list') {
      const tag = b.type === 'bulleted-list' ? 'ul' : 'ol';
      return `<${tag}>${b.children.map((li) => `<li>${escapeHtml(textOf(li))}</li>`).join('')}</${tag}>`;
    }
    return `<p>${escapeHtml(textOf(b))}</p>`;
  };
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    body{margin:0;font-family:"Noto Serif CJK SC",serif;font-size:16px;line-height:1.8}
    #doc{max-width:800px;margin:24px auto;padding:48px;outline:none} p{text-indent:2em;margin:0 0 .5em}
  </style></head><body><div id="doc" contenteditable="true">${content.map(block).join('')}</div></body></html>`;
}

/** Types KEYSTROKES characters one at a time into the focused editable and returns latencies. */
async function typeAndMeasure(page) {
  await page.evaluate(() => {
    window.__latencies = [];
  });
  const letters = 'reportworks';
  for (let i = 0; i < KEYSTROKES; i += 1) {
    await page.keyboard.press(letters[i % letters.length]);
    // Let each frame settle so keystrokes are measured one by one, like a person typing fast.
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(200);
  return page.evaluate(() => window.__latencies.slice());
}

/** Puts the caret at the end of the middle paragraph of the editable. */
async function caretInMiddle(page, editableSelector) {
  await page.evaluate((selector) => {
    const editable = document.querySelector(selector);
    const paragraphs = [...editable.querySelectorAll('p, [data-block-type="paragraph"]')].filter((p) => p.textContent.length > 20);
    const target = paragraphs[Math.floor(paragraphs.length / 2)] ?? editable;
    target.scrollIntoView({ block: 'center' });
    const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
    let last = null;
    while (walker.nextNode()) if (walker.currentNode.textContent.length > 0) last = walker.currentNode;
    const range = document.createRange();
    if (last) range.setStart(last, last.textContent.length);
    else range.selectNodeContents(target);
    range.collapse(true);
    editable.focus();
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }, editableSelector);
  await page.waitForTimeout(100);
}

async function main() {
  if (!fs.existsSync(fixture)) throw new Error(`fixture not found: ${fixture}`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reportworks-bench-'));
  const file = path.join(work, 'tjpc-2025.rwproj');
  cli('new', file, '--unit', '天津工业职业学院', '--year', '2025', '--blank');
  cli('import-md', file, fixture);
  const section = largestSection(file);

  const harness = await startHarness({ rendererDir: path.join(root, 'dist', 'renderer'), workDir: work });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const results = { date: new Date().toISOString(), machine: { cpus: os.cpus().length, node: process.version }, section: { id: section.id, title: section.title, chars: section.chars, blocks: section.content.length } };
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(probe);

    // (1) Open → editable view of the largest section, several runs, median reported.
    const openTimes = [];
    const page = await context.newPage();
    for (let run = 0; run < OPEN_RUNS; run += 1) {
      await harness.session.close();
      await page.goto(harness.url);
      await page.waitForSelector('[data-testid="start-open"]');
      harness.queueDialogAnswer(file);
      const started = Date.now();
      await page.click('[data-testid="start-open"]');
      await page.click(`[data-testid="outline-node-${section.id}"]`);
      await page.waitForFunction(
        (blocks) => {
          const editor = document.querySelector('[data-testid="editor"][contenteditable="true"]');
          return editor !== null && editor.querySelectorAll('[data-slate-node="element"]').length >= blocks;
        },
        Math.min(section.content.length, 20),
      );
      openTimes.push(Date.now() - started);
    }
    results.openToEditableMs = { runs: openTimes, median: median(openTimes) };

    // (2) Keystroke latency in the app's editor.
    await caretInMiddle(page, '[data-testid="editor"]');
    const appLatencies = await typeAndMeasure(page);

    // (3) Same in a plain contenteditable with the same content.
    const baseline = await context.newPage();
    await baseline.setContent(baselineHtml(section.content));
    await baseline.evaluate(probe);
    await caretInMiddle(baseline, '#doc');
    const baseLatencies = await typeAndMeasure(baseline);

    const summary = (values) => ({ n: values.length, p50: percentile(values, 50), p95: percentile(values, 95) });
    results.latency = { app: summary(appLatencies), baseline: summary(baseLatencies) };
    results.latency.ratioP50 = results.latency.app.p50 / results.latency.baseline.p50;
    results.latency.ratioP95 = results.latency.app.p95 / results.latency.baseline.p95;
  } finally {
    await browser.close();
    await harness.close();
    fs.rmSync(work, { recursive: true, force: true });
  }

  const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
  const rows = [
    ['measure', 'value', 'reference', 'ratio', 'target'],
    ['open → editable, largest section (ms, median)', fmt(results.openToEditableMs.median), '—', '—', '≤ 500 ms'],
    ['keystroke → paint p50 (ms)', fmt(results.latency.app.p50), fmt(results.latency.baseline.p50), fmt(results.latency.ratioP50) + '×', '—'],
    ['keystroke → paint p95 (ms)', fmt(results.latency.app.p95), fmt(results.latency.baseline.p95), fmt(results.latency.ratioP95) + '×', '≤ 1.2×'],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
  console.log(`largest section: ${section.title} (${section.chars} chars, ${section.content.length} blocks)`);
  const out = path.join(root, 'bench', 'results', `bench-${results.date.replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(results, null, 2));
  console.log(`written ${path.relative(root, out)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
