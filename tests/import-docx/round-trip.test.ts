/**
 * The round trip of our own fixture: the full 2025 report (fixtures/tjpc-2025-report.md, with a
 * distinct generated photo per figure) imported, exported with our Word export, and the .docx
 * imported back into a fresh project. Everything a user wrote must come back: the outline, every
 * block with its text, marks and cross-references (by what they point at), every table cell with its
 * merges and computed cells, every figure's caption, source and very image (same bytes: the image
 * gate keeps them as they are), every case box; and the counts of both projects agree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { exportDocxBytes } from '../../electron/export/docx/export-docx';
import { importMarkdownIntoProject, prepareMarkdownImport } from '../../electron/import/import-markdown-file';
import { Project } from '../../electron/project-store/project';
import type { PreparedDocxImport } from '../../electron/word/report/read-report-docx';
import type { ReportStats } from '../../shared/ipc/contract';
import type { BlockElement, InlineNode } from '../../shared/model/document';
import { cellText } from '../../shared/tables/table-types';
import { fixtureWithPhotos } from '../support/generate-photos';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { blocksOf, importInto, readProject, type ImportedProject } from './support';

jest.setTimeout(180_000);

let dir: string;
let original: ImportedProject;
let reimported: ImportedProject;
let originalStats: ReportStats;
let reimportedStats: ReportStats;

const statsOf = (file: string): ReportStats => {
  const project = Project.open(file, { readOnly: true });
  try {
    return project.stats();
  } finally {
    project.close();
  }
};

beforeAll(async () => {
  dir = makeTempDir('rw-docx-round-trip-');
  const { markdown } = await fixtureWithPhotos(dir);
  const first = path.join(dir, 'original.rwproj');
  Project.create(first, { unitName: '天津工业职业学院', year: 2025 }).close();
  const prepared = await prepareMarkdownImport(markdown);
  importMarkdownIntoProject(first, prepared);
  original = readProject(first, prepared as unknown as PreparedDocxImport);
  originalStats = statsOf(first);

  const project = Project.open(first, { readOnly: true });
  const docx = path.join(dir, 'exported.docx');
  try {
    fs.writeFileSync(docx, (await exportDocxBytes(project)).bytes);
  } finally {
    project.close();
  }
  const second = path.join(dir, 'reimported.rwproj');
  Project.create(second, { unitName: '天津工业职业学院', year: 2025 }).close();
  reimported = await importInto(second, docx);
  reimportedStats = statsOf(second);
});

afterAll(() => removeTempDir(dir));

/** Structures by kind and position in the report, so references compare by what they point at. */
function structureNames(project: ImportedProject): Map<string, string> {
  const names = new Map<string, string>();
  const counters = new Map<string, number>();
  for (const node of project.nodes) {
    for (const block of blocksOf(node.content)) {
      if (block.type !== 'table' && block.type !== 'figure' && block.type !== 'case') continue;
      const n = (counters.get(block.type) ?? 0) + 1;
      counters.set(block.type, n);
      names.set(block.id, `${block.type}#${n}`);
    }
  }
  return names;
}

function inline(children: readonly InlineNode[], names: Map<string, string>): string {
  return children
    .map((c) => ('type' in c ? `[→${names.get(c.target) ?? '?'}]` : `${c.bold ? '**' : ''}${c.italic ? '_' : ''}${c.text}${c.italic ? '_' : ''}${c.bold ? '**' : ''}`))
    .join('');
}

/** A block as comparable data, ids left out. */
function shape(block: BlockElement, names: Map<string, string>): unknown {
  switch (block.type) {
    case 'paragraph':
      return ['p', inline(block.children, names)];
    case 'heading':
      return ['h', block.level, block.numbered ?? true, block.children.map((c) => c.text).join('')];
    case 'bulleted-list':
    case 'numbered-list':
      return [block.type, block.children.map((item) => inline(item.children, names))];
    case 'figure':
      return ['figure', block.caption, block.source, block.asset];
    case 'case':
      return ['case', block.title, block.children.map((c) => shape(c, names))];
    case 'table':
      return [
        'table',
        block.caption,
        block.source,
        block.headerRows,
        block.children.map((row) => row.children.map((cell) => [cellText(cell), cell.rowSpan ?? 1, cell.colSpan ?? 1, cell.formula === undefined ? null : cell.formula.kind])),
      ];
  }
}

const outlineOf = (p: ImportedProject): string[] => p.nodes.map((n) => `${n.depth}|${n.title.replace(/[\s\u3000]+/g, ' ')}|${n.numbered}|${n.role}`);

test('the outline comes back: chapters, sections, unnumbered 前言/案例附录/经典案例, roles', () => {
  expect(outlineOf(reimported)).toEqual(outlineOf(original));
  expect(reimported.nodes).toHaveLength(37);
});

function differingSections(before: ImportedProject, after: ImportedProject): string[] {
  const a = structureNames(before);
  const b = structureNames(after);
  return before.nodes.flatMap((node, index) => {
    const left = JSON.stringify(node.content.map((block) => shape(block, a)));
    const right = JSON.stringify(after.nodes[index]?.content.map((block) => shape(block, b)));
    return left === right ? [] : [node.title];
  });
}

test('every section comes back block for block: text, marks, headings, lists, tables, figures, cases, references', () => {
  expect(differingSections(original, reimported)).toEqual([]);
});

test('negative control: the comparison sees one changed table cell, or one reference pointing elsewhere', () => {
  const cellChanged = structuredClone(reimported);
  const node = cellChanged.nodes.find((n) => n.content.some((b) => b.type === 'table'));
  const table = node?.content.find((b) => b.type === 'table');
  if (table?.type !== 'table' || table.children[1]?.children[0] === undefined) throw new Error('no table to change');
  table.children[1].children[0].children = [{ text: '改动' }];
  expect(differingSections(original, cellChanged)).toEqual([node?.title]);

  const retargeted = structuredClone(reimported);
  const figures = retargeted.nodes.flatMap((n) => blocksOf(n.content)).filter((b) => b.type === 'figure');
  const xref = retargeted.nodes.flatMap((n) => blocksOf(n.content)).flatMap((b) => (b.type === 'paragraph' ? b.children : [])).find((c) => 'type' in c && figures.some((f) => f.id === c.target));
  if (xref === undefined || !('type' in xref)) throw new Error('no figure reference');
  xref.target = figures.find((f) => f.id !== xref.target)?.id ?? '';
  expect(differingSections(original, retargeted)).toHaveLength(1);
});

test('the counts agree: characters, tables, figures, cases, headings; the images are the very same bytes', () => {
  // perNode is keyed by node ids, which are new in every import: compared as the list of counts.
  const comparable = ({ perNode, ...rest }: ReportStats): unknown => ({ ...rest, perNode: Object.values(perNode).map((c) => JSON.stringify(c)).sort() });
  expect(comparable(reimportedStats)).toEqual(comparable(originalStats));
  expect(originalStats.figures).toBe(72);
  expect(reimported.prepared.report.tally).toMatchObject({ tables: 12, figures: 72, cases: 14, crossReferences: 83 });
  expect(reimported.assets).toBe(original.assets);
  expect(reimported.assets).toBe(72);
});

test('the front matter of the export is recognised and skipped, and the import warns about nothing it dropped', () => {
  const front = reimported.prepared.report.front;
  expect(front.cover).toBeGreaterThan(0);
  expect(front.statement).toBeGreaterThan(0);
  expect(front.toc).toBeGreaterThan(200);
  // What the original import warned about (the tables' own checks) comes back; nothing new.
  const kinds = [...new Set(reimported.prepared.warnings.map((w) => w.kind))];
  expect(kinds).toEqual(['table-check']);
});
