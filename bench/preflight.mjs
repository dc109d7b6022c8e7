#!/usr/bin/env node
// Preflight (校对) benchmark, in process, on the full seed-001 fixture:
//   whole    a whole-report check (all nine rules) — target ≤ 500 ms (median);
//   section  the re-check of one edited section, as the app does while the user types (one
//            section of the report changed by one character each time, all rules) — target p95 ≤ 30 ms;
//   memory   what loading jieba's dictionary (segmenter + frequency map) adds to the process's RSS —
//            target ≤ 100 MB;
// The machine's load average is recorded beside the figures (the shared 2-core machine can be
// saturated by other work, which slows everything alike: compare the ratios).
// each beside a reference measured in the same run: segmenting the same text alone with jieba
// (the least any dictionary-based check must do), and for memory the RSS of the process before.
// Prints a table and writes JSON under bench/results/. Needs dist/preflight.cjs (npm run build).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixture, median, percentile, requireFromRoot as require, root } from './support.mjs';

const RUNS = Number(process.env.BENCH_PREFLIGHT_RUNS ?? 7);
const EDITS = Number(process.env.BENCH_PREFLIGHT_EDITS ?? 60);
const TARGET_WHOLE_MS = 500;
const TARGET_SECTION_P95_MS = 30;
const TARGET_DICT_MB = 100;

const lib = require(path.join(root, 'dist', 'preflight.cjs'));

function fail(message) {
  console.error(`preflight benchmark: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(fixture)) fail(`fixture not found: ${fixture} (set REPORTWORKS_FIXTURE)`);

global.gc?.();
const rssBefore = process.memoryUsage().rss;
const loadStarted = performance.now();
const lexicon = lib.JiebaLexicon.load();
const loadMs = performance.now() - loadStarted;
global.gc?.();
const dictMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
const tools = { lexicon, toSimplified: lib.toSimplified() };

const imported = lib.importMarkdown(fs.readFileSync(fixture, 'utf8'));
if (!imported.ok) fail(`fixture did not import: ${imported.problem}`);
const { nodes, contents } = lib.toOutline(imported.report.nodes);
const report = { settings: lib.defaultSettings('天津工业职业学院', 2025), outline: nodes, contentOf: (id) => contents.get(id) };

// The reference: the report's text segmented by jieba alone, run by run, as the typo rule sees it.
const texts = [];
const collect = (node) => {
  if (typeof node.text === 'string') texts.push(node.text);
  for (const key of ['caption', 'title', 'source']) if (typeof node[key] === 'string') texts.push(node[key]);
  (node.children ?? []).forEach(collect);
};
for (const content of contents.values()) content.forEach(collect);
const runs = texts.flatMap((t) => t.match(/\p{Script=Han}{2,}/gu) ?? []);
const segment = () => {
  for (const run of runs) lexicon.cut(run);
};

const wholeMs = [];
const segmentMs = [];
let findings = 0;
lib.runPreflight(report, {}, tools); // warm-up
segment();
for (let i = 0; i < RUNS; i++) {
  // Fresh copies of every section, so nothing cached from the previous run (text units are cached
  // per section content object, for the re-check below) makes the whole-report check look faster.
  const fresh = new Map([...contents].map(([id, content]) => [id, structuredClone(content)]));
  const freshReport = { ...report, contentOf: (id) => fresh.get(id) };
  let started = performance.now();
  findings = lib.runPreflight(freshReport, {}, tools).findings.length;
  wholeMs.push(performance.now() - started);
  started = performance.now();
  segment();
  segmentMs.push(performance.now() - started);
}

// Re-check of one edited section: the largest sections, each edited (a character appended to its
// first paragraph) and checked alone, as the debounced check after typing does.
const bySize = [...contents.entries()].sort((a, b) => JSON.stringify(b[1]).length - JSON.stringify(a[1]).length).slice(0, 8);
const sectionMs = [];
const sectionSegmentMs = [];
for (let i = 0; i < EDITS; i++) {
  const [id, content] = bySize[i % bySize.length];
  const edited = content.map((block, index) => (index === 0 && block.type === 'paragraph' ? { ...block, children: [...block.children, { text: i % 2 ? '。' : '，' }] } : block));
  contents.set(id, edited);
  let started = performance.now();
  lib.runPreflight(report, { sections: new Set([id]) }, tools);
  sectionMs.push(performance.now() - started);
  const sectionTexts = [];
  edited.forEach((b) => {
    const before = texts.length;
    collect(b);
    sectionTexts.push(...texts.splice(before));
  });
  started = performance.now();
  for (const t of sectionTexts) for (const run of t.match(/\p{Script=Han}{2,}/gu) ?? []) lexicon.cut(run);
  sectionSegmentMs.push(performance.now() - started);
  contents.set(id, content);
}

const result = {
  loadAverage: os.loadavg()[0],
  fixture: path.basename(fixture),
  characters: runs.reduce((n, r) => n + r.length, 0),
  findings,
  whole: { medianMs: median(wholeMs), targetMs: TARGET_WHOLE_MS, referenceSegmentOnlyMs: median(segmentMs), ratioToSegment: median(wholeMs) / median(segmentMs), runs: RUNS },
  section: { p95Ms: percentile(sectionMs, 95), medianMs: median(sectionMs), targetP95Ms: TARGET_SECTION_P95_MS, referenceSegmentOnlyP95Ms: percentile(sectionSegmentMs, 95), edits: EDITS },
  dictionary: { rssAddedMb: dictMb, targetMb: TARGET_DICT_MB, loadMs, referenceRssBeforeMb: rssBefore / 1024 / 1024 },
};
result.pass = result.whole.medianMs <= TARGET_WHOLE_MS && result.section.p95Ms <= TARGET_SECTION_P95_MS && result.dictionary.rssAddedMb <= TARGET_DICT_MB;

const f = (n) => n.toFixed(1);
console.log('preflight benchmark (in process, full fixture)');
console.log(`  whole-report check   median ${f(result.whole.medianMs)} ms  (target ≤ ${TARGET_WHOLE_MS})  | jieba segmentation alone ${f(result.whole.referenceSegmentOnlyMs)} ms, ratio ${f(result.whole.ratioToSegment)}×`);
console.log(`  one-section re-check p95 ${f(result.section.p95Ms)} ms, median ${f(result.section.medianMs)} ms  (target p95 ≤ ${TARGET_SECTION_P95_MS})  | segmentation of that section alone p95 ${f(result.section.referenceSegmentOnlyP95Ms)} ms`);
console.log(`  dictionary memory    +${f(dictMb)} MB RSS  (target ≤ ${TARGET_DICT_MB})  | process before ${f(result.dictionary.referenceRssBeforeMb)} MB; load ${f(loadMs)} ms`);
console.log(`  load average ${result.loadAverage.toFixed(1)} on ${os.cpus().length} cores`);
console.log(`  ${result.characters} characters, ${findings} findings — ${result.pass ? 'PASS' : 'FAIL'}`);
fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench', 'results', 'preflight.json'), `${JSON.stringify(result, null, 2)}\n`);
if (!result.pass) process.exitCode = 1;
