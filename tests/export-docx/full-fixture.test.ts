/**
 * The full seed-001 report (fixtures/tjpc-2025-report.md) imported and exported: whatever the
 * importer makes of it, the Word file must agree with the project's own counts (Project.stats())
 * and with the plan: one SEQ field per numbered figure, table and case, one <w:tbl> per data table,
 * case box and generated table, every figure either a picture or a visible placeholder.
 */
import path from 'node:path';
import { exportDocxBytes } from '../../electron/export/docx/export-docx';
import { loadReportSource } from '../../electron/export/load-report';
import { importMarkdownIntoProject, prepareMarkdownImport } from '../../electron/import/import-markdown-file';
import { Project } from '../../electron/project-store/project';
import type { ReportStats } from '../../shared/ipc/contract';
import { ALL_PARTS } from '../../shared/export/export-parts';
import { planReport } from '../../shared/export/plan-report';
import type { PlanBlock, ReportPlan } from '../../shared/export/report-plan';
import { fixturePath } from '../markdown/support';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { complexFields, count, docxParts, partText } from './support';

jest.setTimeout(60_000);

let dir: string;
let stats: ReportStats;
let plan: ReportPlan;
let xml: string;
let warnings: readonly string[];

beforeAll(async () => {
  dir = makeTempDir('rw-full-');
  const file = path.join(dir, 'full.rwproj');
  Project.create(file, { unitName: '天津工业职业学院', year: 2025 }).close();
  importMarkdownIntoProject(file, await prepareMarkdownImport(fixturePath()));
  const project = Project.open(file, { readOnly: true });
  try {
    stats = project.stats();
    plan = planReport(loadReportSource(project), ALL_PARTS);
    const exported = await exportDocxBytes(project);
    warnings = exported.warnings;
    xml = partText(docxParts(exported.bytes), 'word/document.xml');
  } finally {
    project.close();
  }
});

afterAll(() => removeTempDir(dir));

function all(blocks: readonly PlanBlock[]): PlanBlock[] {
  return blocks.flatMap((b) => (b.kind === 'case' ? [b, ...all(b.children)] : [b]));
}

test('the report imports with its structures (whatever the importer supports today)', () => {
  expect(stats.sections).toBeGreaterThan(30);
  // Chapters and sections, plus the 1. 2. 3. headings inside them.
  expect(plan.toc?.entries.length).toBeGreaterThan(stats.sections + 50);
});

test('numbered captions in the plan match the project’s counts', () => {
  const captions = all(plan.body).flatMap((b) => (b.kind === 'table' || b.kind === 'figure' || b.kind === 'case' ? [b.caption] : []));
  const numbered = captions.filter((c) => !c.copy);
  expect(numbered.filter((c) => c.kind === 'table')).toHaveLength(stats.tables);
  expect(numbered.filter((c) => c.kind === 'figure')).toHaveLength(stats.figures);
  expect(numbered.filter((c) => c.kind === 'case')).toHaveLength(stats.cases);
});

test('one SEQ field per numbered table, figure and case, each caching its ordinal', () => {
  const seq = complexFields(xml).filter((f) => f.instruction.startsWith('SEQ '));
  expect(seq.filter((f) => f.instruction.startsWith('SEQ 表 '))).toHaveLength(stats.tables);
  expect(seq.filter((f) => f.instruction.startsWith('SEQ 图 '))).toHaveLength(stats.figures);
  expect(seq.filter((f) => f.instruction.startsWith('SEQ 案例 '))).toHaveLength(stats.cases);
  expect(seq.every((f) => /^[1-9]\d*$/.test(f.result))).toBe(true);
});

test('<w:tbl> count: data tables (also inside cases and appendix copies) + case boxes + generated tables', () => {
  const blocks = all(plan.body);
  const expected = blocks.filter((b) => b.kind === 'table' || b.kind === 'case' || b.kind === 'grid').length;
  expect(count(xml, /<w:tbl>/)).toBe(expected);
  expect(expected).toBeGreaterThanOrEqual(stats.tables + stats.cases);
});

test('every figure is a picture or a visible placeholder, and missing ones are reported', () => {
  const figures = all(plan.body).filter((b): b is Extract<PlanBlock, { kind: 'figure' }> => b.kind === 'figure');
  const missing = figures.filter((f) => f.asset === null).length;
  expect(count(xml, /<w:drawing>/)).toBe(figures.length - missing);
  expect(count(xml, /［图片缺失：/)).toBe(missing);
  if (missing > 0) expect(warnings.some((w) => w.includes('图片缺失'))).toBe(true);
});

test('cross-references resolve: REF fields point at bookmarks that exist', () => {
  const names = new Set([...xml.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/g)].map((m) => m[1]));
  const refs = complexFields(xml).filter((f) => f.instruction.startsWith('REF '));
  expect(refs.filter((f) => !names.has(f.instruction.split(' ')[1]))).toEqual([]);
  expect(refs.every((f) => f.result.length > 0)).toBe(true);
});
