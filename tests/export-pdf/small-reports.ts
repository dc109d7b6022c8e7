/**
 * Small reports built in code for the layout and bad-input tests: a blank project whose chapters get
 * exactly the content a test needs, and a print engine shared by the tests of one file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { prepareImage } from '../../electron/assets/prepare-image';
import { exportPdf, type PdfExportResult } from '../../electron/export/pdf/export-pdf';
import { ChromiumPrintEngine } from '../../electron/export/pdf/chromium-print-engine';
import { Project } from '../../electron/project-store/project';
import type { BlockElement, CaseChild, FigureElement, HeadingElement, ParagraphElement, SectionContent } from '../../shared/model/document';
import type { TableElement } from '../../shared/tables/table-types';
import { generatePhotos } from '../support/generate-photos';

export const UNIT = '测试职业技术学院';
export const TITLE = `${UNIT}职业教育质量年度报告（2025 年度）`;

let counter = 0;
const nextId = (prefix: string): string => `${prefix}${(counter += 1)}`;

export const paragraph = (text: string): ParagraphElement => ({ type: 'paragraph', id: nextId('p'), children: [{ text }] });

export const heading = (text: string, level: 1 | 2 | 3 = 1): HeadingElement => ({ type: 'heading', id: nextId('h'), level, children: [{ text }] });

export function figure(asset: string | null, caption: string, width = 100, missingName?: string): FigureElement {
  return { type: 'figure', id: nextId('f'), asset, caption, source: '', width, ...(missingName ? { missingName } : {}), children: [{ text: '' }] };
}

export function caseBox(title: string, children: CaseChild[]): BlockElement {
  return { type: 'case', id: nextId('c'), title, children };
}

/**
 * A paragraph that fills exactly one line of the 公文 preset (28 characters of 16 pt on a 156 mm
 * line, less the two-character indent), tagged `group`-`n` so every line can be found.
 */
export function oneLine(n: number, group = 'A'): ParagraphElement {
  const tag = `${group}组第${String(n).padStart(2, '0')}行`;
  return paragraph(`${tag}${'学院深化产教融合培养技能人才'.repeat(2)}`.slice(0, 26));
}

/** A table of `rows` body rows under one header row whose titles are easy to find in the text. */
export function longTable(rows: number, caption: string): TableElement {
  const cell = (text: string, n: number) => ({ type: 'table-cell' as const, id: `tc${n}`, children: [{ text }] });
  let n = 0;
  const header = { type: 'table-row' as const, id: 'tr0', children: ['专业名称', '毕业生人数', '去向落实率'].map((t) => cell(t, (n += 1))) };
  const body = Array.from({ length: rows }, (_, r) => ({
    type: 'table-row' as const,
    id: `tr${r + 1}`,
    children: [cell(`专业${r + 1}`, (n += 1)), cell(String(100 + r), (n += 1)), cell(`${(90 + (r % 10) / 2).toFixed(2)}%`, (n += 1))],
  }));
  return {
    type: 'table',
    id: nextId('t'),
    caption,
    source: '学院教务系统',
    headerRows: 1,
    columns: [
      { id: 'a', width: 3 },
      { id: 'b', width: 2 },
      { id: 'c', width: 2 },
    ],
    children: [header, ...body],
  };
}

export interface Chapter {
  readonly title: string;
  readonly content: SectionContent;
}

/**
 * A blank project with `photos` realistic photos (1200×800 JPEG, distinct) stored in it, and the
 * chapters `chapters(photoHashes)` returns, in order.
 */
export async function buildReport(file: string, photos: number, chapters: (photoHashes: string[]) => readonly Chapter[]): Promise<void> {
  const project = Project.create(file, { unitName: UNIT, year: 2025, blank: true });
  try {
    const hashes: string[] = [];
    for (const photo of await generatePhotos(`${file}-photos`, photos)) {
      const prepared = await prepareImage(fs.readFileSync(photo), path.basename(photo));
      project.storeAsset(prepared);
      hashes.push(prepared.sha256);
    }
    const first = project.outline()[0]?.id as string;
    let previous: string | null = null;
    chapters(hashes).forEach((chapter, index) => {
      const id = index === 0 ? first : project.addNode(null, previous, chapter.title);
      if (index === 0) project.renameNode(id, chapter.title);
      project.replaceSection(id, chapter.content, 'import');
      previous = id;
    });
  } finally {
    project.close();
  }
}

export const engine = new ChromiumPrintEngine();

export async function exportFile(file: string, out: string): Promise<PdfExportResult> {
  const project = Project.open(file, { readOnly: true });
  try {
    return await exportPdf(project, { path: out, engine });
  } finally {
    project.close();
  }
}
