/**
 * Independent readers accept the files: LibreOffice converts them to PDF (two files, one soffice
 * run: each run costs seconds) and the PDF text holds every heading and caption number; pandoc
 * reads the same tables with the same cells. The tools come from Debian (libreoffice-writer,
 * poppler-utils, pandoc; .ci/run installs them); a missing tool fails the test rather than skip it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { exportDocxToFile } from '../../electron/export/docx/export-docx';
import { loadReportSource } from '../../electron/export/load-report';
import { Project } from '../../electron/project-store/project';
import { ALL_PARTS } from '../../shared/export/export-parts';
import { inlineText, planReport } from '../../shared/export/plan-report';
import type { PlanBlock, ReportPlan } from '../../shared/export/report-plan';
import { buildTableMap } from '../../shared/tables/table-map';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { buildBadReport, buildSmallReport } from './support';

jest.setTimeout(120_000);

let dir: string;
let plan: ReportPlan;
const docx: Record<'small' | 'bad', string> = { small: '', bad: '' };
const pdfText: Record<'small' | 'bad', string> = { small: '', bad: '' };

function tool(name: string, args: readonly string[], timeout = 90_000): string {
  return execFileSync(name, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Text without any whitespace: PDF extraction breaks lines and spaces CJK and Latin freely. */
const squeeze = (text: string): string => text.replace(/\s+/g, '');

beforeAll(async () => {
  dir = makeTempDir('rw-readers-');
  const { file } = await buildSmallReport(dir, 'chapter');
  const project = Project.open(file, { readOnly: true });
  try {
    plan = planReport(loadReportSource(project), ALL_PARTS);
    docx.small = (await exportDocxToFile(project, path.join(dir, 'small.docx'))).path;
  } finally {
    project.close();
  }
  const bad = Project.open(buildBadReport(dir), { readOnly: true });
  try {
    docx.bad = (await exportDocxToFile(bad, path.join(dir, 'bad.docx'))).path;
  } finally {
    bad.close();
  }
  // A profile of its own, so a LibreOffice already running elsewhere cannot swallow the job.
  const profile = `file://${path.join(dir, 'lo-profile')}`;
  tool('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx.small, docx.bad]);
  for (const name of ['small', 'bad'] as const) {
    const pdf = path.join(dir, `${name}.pdf`);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not convert ${name}.docx`);
    pdfText[name] = tool('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
  }
});

afterAll(() => removeTempDir(dir));

function walk(blocks: readonly PlanBlock[]): PlanBlock[] {
  return blocks.flatMap((b) => (b.kind === 'case' ? [b, ...walk(b.children)] : [b]));
}

describe('LibreOffice', () => {
  test('the PDF holds every heading and every caption number, with the numbers the app computes', () => {
    const text = squeeze(pdfText.small);
    const blocks = walk(plan.body);
    const headings = blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.number}${inlineText(b.content)}`] : []));
    expect(headings.length).toBeGreaterThan(30);
    expect(headings.filter((h) => !text.includes(squeeze(h)))).toEqual([]);
    const captions = blocks.flatMap((b) => (b.kind === 'table' || b.kind === 'figure' || b.kind === 'case' ? [`${b.caption.label}${b.caption.number}${b.caption.title}`] : []));
    expect(captions).toContain('图2-1校企合作签约仪式');
    expect(captions.filter((c) => !text.includes(squeeze(c)))).toEqual([]);
    // Cross-references keep their cached numbers; the broken one shows its marker.
    expect(text).toContain('学院各专业分布见表1-1，活动现场如图1-1所示。');
    expect(text).toContain('详见案例1-1与1.形成大思政育人格局。');
    expect(text).toContain('［引用失效］');
    // Folios: front matter in upper-case roman numerals as the PDF prints them, body from 1.
    expect(text).toContain('—I—');
    expect(text).not.toContain('—i—');
    expect(text).toContain('—1—');
  });

  test('the file with missing images, a broken reference and a 1000-row table converts, placeholders visible', () => {
    const text = squeeze(pdfText.bad);
    expect(text).toContain('［图片缺失：photo-7.jpg］');
    expect(text).toContain('［引用失效］');
    expect(text).toContain('专业1000');
    const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [path.join(dir, 'bad.pdf')]))?.[1]);
    expect(pages).toBeGreaterThan(20);
  });
});

describe('pandoc', () => {
  interface PandocNode {
    readonly t?: string;
    readonly c?: unknown;
  }

  /** Plain text of pandoc inlines/blocks. */
  function text(node: unknown): string {
    if (Array.isArray(node)) return node.map(text).join('');
    const n = node as PandocNode;
    if (n === null || typeof n !== 'object') return '';
    if (n.t === 'Str') return n.c as string;
    if (n.t === 'Space' || n.t === 'SoftBreak') return ' ';
    if (n.t === 'LineBreak') return '\n';
    // Span and Link: [attr, inlines(, target)]; the text is the second element.
    if (n.t === 'Span' || n.t === 'Link') return text((n.c as unknown[])[1]);
    return n.c === undefined ? '' : text(n.c);
  }

  /** Tables in document order (nested ones after their parent), each as its cells' texts in order. */
  function tables(node: unknown, out: string[][] = []): string[][] {
    if (Array.isArray(node)) {
      node.forEach((child) => tables(child, out));
      return out;
    }
    const n = node as PandocNode;
    if (n === null || typeof n !== 'object') return out;
    if (n.t === 'Table') {
      const cells: string[] = [];
      const slot = out.length;
      out.push(cells);
      // pandoc ≥ 2.10: Table [attr, caption, colspecs, head [attr, rows], bodies [attr, n, headRows, rows][], foot [attr, rows]];
      // Row [attr, cells]; Cell [attr, align, rowspan, colspan, blocks].
      type Row = [unknown, unknown[][]];
      const [, , , head, bodies, foot] = n.c as [unknown, unknown, unknown, [unknown, Row[]], [unknown, unknown, Row[], Row[]][], [unknown, Row[]]];
      const rows: Row[] = [...head[1], ...bodies.flatMap((b) => [...b[2], ...b[3]]), ...foot[1]];
      for (const [, rowCells] of rows) {
        for (const cell of rowCells) {
          cells.push(text(cell[4]).trim());
          tables(cell[4], out);
        }
      }
      out[slot] = cells;
      return out;
    }
    if (n.c !== undefined) tables(n.c, out);
    return out;
  }

  test('reads the same tables with the same cell texts', () => {
    const json = JSON.parse(tool('pandoc', ['-f', 'docx', '-t', 'json', docx.small])) as { blocks: unknown[] };
    const found = tables(json.blocks);
    // Data tables, the case boxes (one-cell tables) and the 编写分工 table.
    const expected: string[][] = [];
    for (const block of plan.body) {
      if (block.kind === 'table') expected.push(buildTableMap(block.table).cells.map((c) => c.cell.children.map((t) => t.text).join('')));
      if (block.kind === 'case') expected.push([`(case)${block.caption.label} ${block.caption.number} ${block.caption.title}`]);
      if (block.kind === 'grid') expected.push([...block.header, ...block.rows.flat()]);
    }
    expect(found).toHaveLength(expected.length);
    found.forEach((cells, i) => {
      const want = expected[i] as string[];
      // A case box is one cell: its title line, then its text.
      if (want[0]?.startsWith('(case)')) expect(cells[0]?.startsWith(want[0].slice('(case)'.length))).toBe(true);
      else expect(cells).toEqual(want);
    });
  });
});
