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
import { cli, fixture, median, percentile, photoFixture, requireFromRoot as require, root } from './support.mjs';

const { chromium } = require('playwright-core');
const Database = require('better-sqlite3');
const { startHarness } = require(path.join(root, 'dist', 'harness-server.cjs'));

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 80);
const OPEN_RUNS = Number(process.env.BENCH_OPEN_RUNS ?? 5);
const probe = fs.readFileSync(path.join(root, 'bench', 'latency-probe.js'), 'utf8');

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

function tableHtml(table) {
  const rows = table.children
    .map((row) => `<tr>${row.children.map((c) => `<td rowspan="${c.rowSpan ?? 1}" colspan="${c.colSpan ?? 1}">${escapeHtml(textOf(c))}</td>`).join('')}</tr>`)
    .join('');
  return `<table border="1" style="border-collapse:collapse;width:100%">${rows}</table>`;
}

/** The same blocks as plain HTML, for the baseline contenteditable. */
function baselineHtml(content) {
  const block = (b) => {
    if (b.type === 'heading') return `<h${b.level + 2}>${escapeHtml(textOf(b))}</h${b.level + 2}>`;
    if (b.type === 'bulleted-list' || b.type === 'numbered-list') {
      const tag = b.type === 'bulleted-list' ? 'ul' : 'ol';
      return `<${tag}>${b.children.map((li) => `<li>${escapeHtml(textOf(li))}</li>`).join('')}</${tag}>`;
    }
    if (b.type === 'table') return tableHtml(b);
    if (b.type === 'case') return `<div style="border:1px solid #888;padding:8px">${b.children.map(block).join('')}</div>`;
    if (b.type === 'figure') return `<div style="height:240px;background:#ddd"></div><p>${escapeHtml(b.caption)}</p>`;
    return `<p>${escapeHtml(textOf(b))}</p>`;
  };
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    body{margin:0;font-family:"Noto Serif CJK SC",serif;font-size:16px;line-height:1.8}
    #doc{max-width:800px;margin:24px auto;padding:48px;outline:none} p{text-indent:2em;margin:0 0 .5em}
  </style></head><body><div id="doc" contenteditable="true">${content.map(block).join('')}</div></body></html>`;
}

/** Types KEYSTROKES characters one at a time into the focused editable and returns latencies. */
async function typeAndMeasure(page) {
  // A background tab gets its animation frames throttled, which would measure the throttling:
  // the measured page must be the active one.
  await page.bringToFront();
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

/** Puts the caret at the end of the text of a cell in the middle of the largest table. */
async function caretInTable(page, tableSelector, cellSelector) {
  await page.evaluate(
    ({ tableSelector, cellSelector }) => {
      const tables = [...document.querySelectorAll(tableSelector)];
      const table = tables.sort((a, b) => b.querySelectorAll(cellSelector).length - a.querySelectorAll(cellSelector).length)[0];
      const cells = [...table.querySelectorAll(cellSelector)].filter((c) => c.textContent.trim().length > 0);
      const cell = cells[Math.floor(cells.length / 2)];
      cell.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      let last = null;
      while (walker.nextNode()) if (walker.currentNode.textContent.length > 0) last = walker.currentNode;
      const range = document.createRange();
      range.setStart(last, last.textContent.length);
      range.collapse(true);
      cell.closest('[contenteditable="true"]').focus();
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { tableSelector, cellSelector },
  );
  await page.waitForTimeout(100);
}

/** The section with the most table cells (for typing inside a large table). */
function sectionWithLargestTable(file) {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare('SELECT s.node_id AS id, s.content AS content FROM section_content s JOIN outline_node n ON n.id = s.node_id WHERE n.deleted_at IS NULL')
      .all();
    let best = null;
    for (const row of rows) {
      const content = JSON.parse(row.content);
      for (const block of content) {
        if (block.type !== 'table') continue;
        const cells = block.children.reduce((n, r) => n + r.children.length, 0);
        if (!best || cells > best.cells) best = { id: row.id, cells, table: block };
      }
    }
    return best;
  } finally {
    db.close();
  }
}

/** Every live section's content in reading order, for the whole-report baseline. */
function wholeReportContent(file) {
  const db = new Database(file, { readonly: true });
  try {
    const nodes = db.prepare('SELECT id, parent_id, position FROM outline_node WHERE deleted_at IS NULL').all();
    const contents = new Map(db.prepare('SELECT node_id, content FROM section_content').all().map((r) => [r.node_id, JSON.parse(r.content)]));
    const children = (parent) => nodes.filter((n) => n.parent_id === parent).sort((a, b) => a.position - b.position);
    const ordered = [];
    const walk = (parent) => children(parent).forEach((n) => (ordered.push(n.id), walk(n.id)));
    walk(null);
    return ordered.flatMap((id) => contents.get(id) ?? []);
  } finally {
    db.close();
  }
}

async function main() {
  if (!fs.existsSync(fixture)) throw new Error(`fixture not found: ${fixture}`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reportworks-bench-'));
  const file = path.join(work, 'tjpc-2025.rwproj');
  const withPhotos = await photoFixture(work);
  cli('new', file, '--unit', '天津工业职业学院', '--year', '2025', '--blank');
  cli('import-md', file, withPhotos.markdown);
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
    const compare = (app, base) => {
      const out = { app: summary(app), baseline: summary(base) };
      out.ratioP50 = out.app.p50 / out.baseline.p50;
      out.ratioP95 = out.app.p95 / out.baseline.p95;
      return out;
    };
    results.latency = compare(appLatencies, baseLatencies);

    // (4) Inside the largest table, next to a plain contenteditable table of the same size.
    const largest = sectionWithLargestTable(file);
    if (largest) {
      results.table = { sectionId: largest.id, cells: largest.cells };
      await page.click(`[data-testid="outline-node-${largest.id}"]`);
      await page.waitForSelector('[data-testid="table-block"] td');
      await caretInTable(page, '[data-testid="table-block"]', 'td');
      const appTable = await typeAndMeasure(page);
      await baseline.setContent(baselineHtml([largest.table]));
      await baseline.evaluate(probe);
      await caretInTable(baseline, '#doc table', 'td');
      const baseTable = await typeAndMeasure(baseline);
      results.table.latency = compare(appTable, baseTable);
    }

    // (5) Whole-report view: open → editable, then typing deep inside it, next to a plain
    // contenteditable holding the whole report.
    const wholeTimes = [];
    await page.bringToFront(); // the baseline tab was in front: background tabs are throttled
    for (let run = 0; run < OPEN_RUNS; run += 1) {
      await harness.session.close();
      await page.goto(harness.url);
      await page.waitForSelector('[data-testid="start-open"]');
      harness.queueDialogAnswer(file);
      const started = Date.now();
      await page.click('[data-testid="start-open"]');
      await page.click('[data-testid="view-whole"]');
      await page.waitForSelector('[data-testid="whole-report"] [data-testid="editor"][contenteditable="true"]');
      wholeTimes.push(Date.now() - started);
    }
    results.wholeOpenToEditableMs = { runs: wholeTimes, median: median(wholeTimes) };
    await page.waitForTimeout(2500); // let lazily mounted sections finish, as a reader scrolling would
    await page.evaluate(() => {
      const editors = [...document.querySelectorAll('[data-testid="whole-report"] [data-testid="editor"]')];
      const editor = editors[Math.floor(editors.length / 2)];
      const p = [...editor.querySelectorAll('[data-slate-node="element"]')].find((e) => e.textContent.length > 20) ?? editor;
      p.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let last = null;
      while (walker.nextNode()) if (walker.currentNode.textContent.length > 0) last = walker.currentNode;
      const range = document.createRange();
      range.setStart(last, last.textContent.length);
      range.collapse(true);
      editor.focus();
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
    });
    await page.waitForTimeout(100);
    const appWhole = await typeAndMeasure(page);
    await baseline.setContent(baselineHtml(wholeReportContent(file)));
    await baseline.evaluate(probe);
    await caretInMiddle(baseline, '#doc');
    const baseWhole = await typeAndMeasure(baseline);
    results.whole = compare(appWhole, baseWhole);
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
    ['open → editable, whole-report view (ms, median)', fmt(results.wholeOpenToEditableMs.median), '—', '—', '≤ 1000 ms'],
    ['whole view keystroke p50 (ms)', fmt(results.whole.app.p50), fmt(results.whole.baseline.p50), fmt(results.whole.ratioP50) + '×', '—'],
    ['whole view keystroke p95 (ms)', fmt(results.whole.app.p95), fmt(results.whole.baseline.p95), fmt(results.whole.ratioP95) + '×', '≤ 1.5×'],
    ...(results.table
      ? [
          [`table (${results.table.cells} cells) keystroke p50 (ms)`, fmt(results.table.latency.app.p50), fmt(results.table.latency.baseline.p50), fmt(results.table.latency.ratioP50) + '×', '—'],
          [`table (${results.table.cells} cells) keystroke p95 (ms)`, fmt(results.table.latency.app.p95), fmt(results.table.latency.baseline.p95), fmt(results.table.latency.ratioP95) + '×', '≤ 1.2×'],
        ]
      : []),
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
