#!/usr/bin/env node
// `npm run bench` (merge part): the office's merge of department packages on the full seed-001
// fixture. Measures (1) merging 20 packages — each checked (header, integrity_check, MAC, seal),
// compared section by section and applied in one transaction — into a project the office edited
// meanwhile, and (2) the three-way diff of one 20 000-character section, plus the word diff of a
// single 20 000-character text. Targets from issue 6: all 20 ≤ 1 s; one section ≤ 100 ms.
// The TypeScript services are bundled on the fly with esbuild (as the build does), then timed
// in this process. Prints a table and writes JSON under bench/results/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, fixture, median, requireFromRoot as require, root } from './support.mjs';

const { build } = require('esbuild');
const RUNS = Number(process.env.BENCH_MERGE_RUNS ?? 5);
const DEPARTMENTS = 20;

const ENTRY = `
export { Project } from './electron/project-store/project';
export { addDepartment, assignNode, listDepartments } from './electron/departments/departments';
export { createPackage } from './electron/packages/create-package';
export { ContributorSession } from './electron/packages/contributor-session';
export { importPackage } from './electron/packages/import-package';
export { applyImport } from './electron/packages/apply-import';
export { mergeSection } from './shared/merge/merge-section';
export { applyMerge } from './shared/merge/apply-changes';
export { diffText } from './shared/merge/text-diff';
export { outlineInOrder } from './shared/model/outline';
`;

async function loadServices() {
  // Inside dist/ (build output), so that the bundle resolves better-sqlite3 from node_modules.
  const outfile = path.join(root, 'dist', 'bench', 'merge-services.cjs');
  await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'merge-bench-entry.ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
    external: ['electron', 'better-sqlite3', 'sharp'],
  });
  return require(outfile);
}

const clone = (v) => JSON.parse(JSON.stringify(v));
const isText = (b) => b.type === 'paragraph' && b.children.every((c) => 'text' in c) && b.children.some((c) => c.text.length > 4);

/** What a department does to a section: a paragraph changed, one deleted, a table cell edited, one added. */
function departmentEdit(content, tag) {
  const out = clone(content);
  const texts = out.filter(isText);
  if (texts[0]) texts[0].children.push({ text: `（${tag}修订）` });
  if (texts[1]) out.splice(out.indexOf(texts[1]), 1);
  const table = out.find((b) => b.type === 'table');
  const cell = table?.children[table.headerRows]?.children[0];
  if (cell) cell.children = [{ text: `${cell.children.map((c) => c.text).join('')}（${tag}）` }];
  out.push({ type: 'paragraph', id: `new-${tag}`, children: [{ text: `${tag}补充的一段。` }] });
  return out;
}

/** A 20 000-character section made of the fixture's own paragraphs, and both sides' edits of it. */
function bigSection(project, outlineInOrder) {
  const paragraphs = [];
  let chars = 0;
  for (const node of outlineInOrder(project.outline())) {
    for (const block of project.loadSection(node.id).content) {
      if (!isText(block) || chars >= 20_000) continue;
      paragraphs.push({ ...block, id: `p${paragraphs.length}` });
      chars += block.children.map((c) => c.text).join('').length;
    }
  }
  const base = paragraphs;
  const theirs = clone(base).filter((_, i) => i % 17 !== 5);
  theirs.forEach((b, i) => {
    if (i % 10 === 0) b.children = [{ text: b.children[0].text.replace(/学院|学校/, '本校').replace(/。$/, '，成效显著。') }];
  });
  for (let i = theirs.length - 1; i > 0; i -= 23) theirs.splice(i, 0, { type: 'paragraph', id: `t${i}`, children: [{ text: '部门新增的一段说明。' }] });
  const ours = clone(base);
  ours.forEach((b, i) => {
    if (i % 10 === 5) b.children = [{ text: `${b.children[0].text}（专班核实）` }];
  });
  return { base, ours, theirs, chars };
}

async function main() {
  if (!fs.existsSync(fixture)) throw new Error(`fixture not found: ${fixture}`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reportworks-bench-merge-'));
  try {
    const s = await loadServices();
    const file = path.join(work, 'tjpc-2025.rwproj');
    cli('new', file, '--unit', '天津工业职业学院', '--year', '2025', '--blank');
    cli('import-md', file, fixture);
    const project = s.Project.open(file);
    const results = { date: new Date().toISOString(), machine: { cpus: os.cpus().length, node: process.version } };
    try {
      // The office's set-up: 20 departments, every node assigned round-robin, one package each.
      for (let i = 0; i < DEPARTMENTS; i += 1) s.addDepartment(project, { name: `部门${i + 1}` });
      const departments = s.listDepartments(project);
      const nodes = s.outlineInOrder(project.outline());
      nodes.forEach((node, i) => s.assignNode(project, node.id, departments[i % DEPARTMENTS].id));
      const packages = [];
      let started = performance.now();
      for (const department of s.listDepartments(project)) {
        const pkg = path.join(work, `${department.name}.rwpkg`);
        s.createPackage(project, department.id, pkg);
        packages.push(pkg);
      }
      results.issue20Ms = performance.now() - started;
      // Each department edits all its sections in contributor mode and submits.
      for (const pkg of packages) {
        const session = s.ContributorSession.open(pkg);
        for (const doc of session.loadAllSections()) session.saveSection(doc.id, departmentEdit(doc.content, `${path.basename(pkg)}-${doc.id}`), doc.revision);
        session.submit();
        session.close();
      }
      // The office edits the last paragraph of every section meanwhile.
      for (const doc of project.loadAllSections()) {
        const texts = doc.content.filter(isText);
        const last = texts[texts.length - 1];
        if (!last || texts.length < 4) continue;
        project.saveSection(doc.id, doc.content.map((b) => (b.id === last.id ? { type: 'paragraph', id: b.id, children: [{ text: '专班改写。' }] } : b)), doc.revision);
      }

      let changes = 0;
      let conflicts = 0;
      let reviewMs = 0;
      let applyMs = 0;
      started = performance.now();
      for (const pkg of packages) {
        const t0 = performance.now();
        const prepared = await s.importPackage(project, pkg);
        const t1 = performance.now();
        const all = prepared.sections.flatMap((x) => x.merge.changes);
        changes += all.length;
        conflicts += prepared.review.conflicts;
        s.applyImport(project, prepared, new Map(all.filter((c) => c.kind !== 'conflict').map((c) => [c.id, 'accept'])));
        reviewMs += t1 - t0;
        applyMs += performance.now() - t1;
      }
      results.merge20 = { totalMs: performance.now() - started, checkAndCompareMs: reviewMs, applyMs, packages: packages.length, sections: nodes.length, changes, conflicts };

      // One 20 000-character section: the three-way merge (changes + applying them).
      const big = bigSection(project, s.outlineInOrder);
      const times = [];
      let sectionChanges = 0;
      for (let run = 0; run < RUNS; run += 1) {
        const t0 = performance.now();
        const merge = s.mergeSection({ sectionId: 'big', base: big.base, ours: big.ours, theirs: big.theirs });
        s.applyMerge(merge, new Map(merge.changes.map((c) => [c.id, 'accept'])));
        times.push(performance.now() - t0);
        sectionChanges = merge.changes.length;
      }
      results.sectionDiff = { chars: big.chars, blocks: big.base.length, changes: sectionChanges, runsMs: times, medianMs: median(times) };

      // One 20 000-character text with scattered edits: the word-level redline alone.
      const text = big.base.map((b) => b.children[0].text).join('');
      const edited = text.replace(/。/g, (m, at) => (at % 9 === 0 ? '；' : m));
      const textTimes = [];
      for (let run = 0; run < RUNS; run += 1) {
        const t0 = performance.now();
        s.diffText(text, edited);
        textTimes.push(performance.now() - t0);
      }
      results.textDiff = { chars: text.length, runsMs: textTimes, medianMs: median(textTimes) };
    } finally {
      project.close();
    }

    const fmt = (n) => (typeof n === 'number' ? n.toFixed(1) : String(n));
    const verdict = (value, target) => (value <= target ? 'ok' : 'MISSED');
    const rows = [
      ['measure', 'value (ms)', 'target', ''],
      [`merge ${DEPARTMENTS} packages (${results.merge20.sections} sections, ${results.merge20.changes} changes)`, fmt(results.merge20.totalMs), '≤ 1000', verdict(results.merge20.totalMs, 1000)],
      ['  of which: check + compare', fmt(results.merge20.checkAndCompareMs), '', ''],
      ['  of which: apply (one transaction each)', fmt(results.merge20.applyMs), '', ''],
      [`three-way diff, ${results.sectionDiff.chars}-char section (median)`, fmt(results.sectionDiff.medianMs), '≤ 100', verdict(results.sectionDiff.medianMs, 100)],
      [`word diff, one ${results.textDiff.chars}-char text (median)`, fmt(results.textDiff.medianMs), '≤ 100', verdict(results.textDiff.medianMs, 100)],
      [`issue ${DEPARTMENTS} packages`, fmt(results.issue20Ms), '—', ''],
    ];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
    for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
    const out = path.join(root, 'bench', 'results', `merge-${results.date.replace(/[:.]/g, '-')}.json`);
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
