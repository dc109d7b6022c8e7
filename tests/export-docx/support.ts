/**
 * A small report built in code for the Word export tests, and helpers to read the .docx back:
 * unzip with our own zip reader (electron/export/docx/zip-format.ts) plus zlib, and count things in
 * the XML with regular expressions over Word's fixed element names.
 */
import path from 'node:path';
import zlib from 'node:zlib';
import sharp from 'sharp';
import { prepareImage } from '../../electron/assets/prepare-image';
import { readZipEntries } from '../../electron/export/docx/zip-format';
import { Project } from '../../electron/project-store/project';
import type { CaseElement, FigureElement, ParagraphElement, SectionContent, XrefElement } from '../../shared/model/document';
import type { NumberingScheme } from '../../shared/model/settings';
import type { TableCellElement, TableElement } from '../../shared/tables/table-types';
import { tableFromSpec, type Spec } from '../tables/table-spec';
import { nodeIdByTitle, UNIT, YEAR } from '../support/project-helpers';
import { rawDatabase } from '../../electron/project-store/raw-database';

export const SECTION = '立德树人';
export const CHAPTER_2 = '产教融合';

/** A spec table with ids prefixed, so several tables can live in one report. */
export function specTable(id: string, spec: Spec, caption: string, headerRows = 1, source = ''): TableElement {
  const table = tableFromSpec(spec, { headerRows, caption });
  return {
    ...table,
    id,
    source,
    columns: table.columns.map((c) => ({ ...c, id: `${id}_${c.id}` })),
    children: table.children.map((row) => ({ ...row, id: `${id}_${row.id}`, children: row.children.map((cell) => ({ ...cell, id: `${id}_${cell.id}` })) })),
  };
}

export const xref = (id: string, target: string): XrefElement => ({ type: 'xref', id, target, children: [{ text: '' }] });

export const para = (id: string, ...children: ParagraphElement['children']): ParagraphElement => ({ type: 'paragraph', id, children });

export function figure(id: string, asset: string | null, caption: string, width = 60, missingName?: string): FigureElement {
  return { type: 'figure', id, asset, caption, source: '', width, ...(missingName ? { missingName } : {}), children: [{ text: '' }] };
}

/** A solid-colour PNG stored in the project; returns its hash. */
export async function storePng(project: Project, width: number, height: number, rgb: [number, number, number]): Promise<string> {
  const png = await sharp({ create: { width, height, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } } }).png().toBuffer();
  const prepared = await prepareImage(png, 'test.png');
  project.storeAsset(prepared);
  return prepared.sha256;
}

/** The merged table of the test report: a 院系 column merged over two rows, a header spanning two columns. */
export const MERGED_SPEC: Spec = [
  ['院系', '专业', '<'],
  ['^', '名称', '人数'],
  ['机械工程学院', '数控技术', '120'],
  ['^', '机电一体化', '95'],
  ['合计', '<', '215'],
];

export interface SmallReport {
  readonly file: string;
  readonly pngSha: string;
}

/**
 * The template report (前言, seven chapters with sections, 案例附录, 编写分工) with, in 一、（一）立德树人:
 * two numbered headings, a merged table with xrefs to it and to a figure, a figure, a classic case
 * with a figure inside, a broken xref; in 二、产教融合: a table, a figure and a case (chapter 2 numbers); and
 * two departments for the 编写分工 table.
 */
export async function buildSmallReport(dir: string, scheme: NumberingScheme, name = `small-${scheme}.rwproj`): Promise<SmallReport> {
  const file = path.join(dir, name);
  const project = Project.create(file, { unitName: UNIT, year: YEAR, numberingScheme: scheme });
  try {
    project.updateSettings({ unitNameEn: 'TIANJIN POLYTECHNIC COLLEGE' });
    const pngSha = await storePng(project, 400, 300, [70, 110, 160]);
    const caseSha = await storePng(project, 300, 300, [200, 120, 40]);
    const section: SectionContent = [
      { type: 'heading', id: 'h1', level: 1, children: [{ text: '形成大思政育人格局' }] },
      para('p1', { text: '学院各专业分布见' }, xref('x1', 'tMerged'), { text: '，活动现场如' }, xref('x2', 'fig1'), { text: '所示。' }),
      specTable('tMerged', MERGED_SPEC, '2025 届毕业生的院系与专业分布', 2, '学院教务系统'),
      figure('fig1', pngSha, '青年代表参加活动'),
      { type: 'heading', id: 'h2', level: 2, children: [{ text: '构建红色育人课堂' }] },
      para('p2', { text: '另见' }, xref('x3', 'gone'), { text: '（目标已删除）。' }),
      {
        type: 'case',
        id: 'case1',
        title: '追寻红足迹 争做新青年',
        classic: true,
        children: [para('cp1', { text: '学院组织青年学生开展红色研学活动（另见' }, xref('x7', 'fig1'), { text: '）。' }), figure('fig2', caseSha, '红色研学现场', 50)],
      } satisfies CaseElement,
      { type: 'heading', id: 'h3', level: 1, children: [{ text: '搭建三全育人体系' }] },
      para('p3', { text: '详见' }, xref('x4', 'case1'), { text: '与' }, xref('x5', 'h1'), { text: '。' }),
    ];
    const sectionId = nodeIdByTitle(project, SECTION);
    project.replaceSection(sectionId, section, 'import');
    const chapter2: SectionContent = [
      para('q1', { text: '产教融合成效显著，见' }, xref('x6', 'tSimple'), { text: '。' }),
      specTable('tSimple', [['年份', '合作企业数'], ['2024', '1,106'], ['2025', '1,230']], '合作企业数量', 1),
      figure('fig3', pngSha, '校企合作签约仪式', 80),
      { type: 'case', id: 'case2', title: '校企共建实训基地', children: [para('cp2', { text: '学院与企业共建实训基地。' })] } satisfies CaseElement,
    ];
    project.replaceSection(nodeIdByTitle(project, CHAPTER_2), chapter2, 'import');
    const insert = rawDatabase(project).prepare('INSERT INTO department(id, name, lead, writers, position) VALUES (?, ?, ?, ?, ?)');
    insert.run('d1', '教务部', '张三', '李四、王五', 0);
    insert.run('d2', '学生工作部', '赵六', '钱七', 1);
    return { file, pngSha };
  } finally {
    project.close();
  }
}

// ---- a report with problems ------------------------------------------------------------------

export const BIG_ROWS = 1000;

/** 1000 body rows in groups of ten: the first column merged over each group. */
export function bigTable(): TableElement {
  const rows = Array.from({ length: BIG_ROWS + 1 }, (_, r) => {
    const cells: TableCellElement[] = [];
    if (r === 0) {
      for (const [c, text] of ['院系', '专业', '人数'].entries()) cells.push({ type: 'table-cell', id: `h${c}`, children: [{ text }] });
    } else {
      const body = r - 1;
      if (body % 10 === 0) cells.push({ type: 'table-cell', id: `g${r}`, rowSpan: 10, children: [{ text: `学院 ${body / 10 + 1}` }] });
      cells.push({ type: 'table-cell', id: `m${r}`, children: [{ text: `专业 ${r}` }] });
      cells.push({ type: 'table-cell', id: `n${r}`, children: [{ text: String(r * 3) }] });
    }
    return { type: 'table-row' as const, id: `row${r}`, children: cells };
  });
  return {
    type: 'table',
    id: 'big',
    caption: '各专业在校生人数',
    source: '',
    headerRows: 1,
    columns: [
      { id: 'a', width: 2 },
      { id: 'b', width: 3 },
      { id: 'c', width: 1 },
    ],
    children: rows,
  };
}

/** A blank report: one chapter with the troublesome content, one empty section under it. */
export function buildBadReport(dir: string): string {
  const file = path.join(dir, 'bad.rwproj');
  const project = Project.create(file, { unitName: '某某职业技术学院', year: 2024, blank: true });
  try {
    const chapter = project.outline()[0]?.id as string;
    project.renameNode(chapter, '人才培养');
    const content: SectionContent = [
      para('p1', { text: '见' }, xref('x1', 'big'), { text: '与' }, xref('x2', 'deleted-figure'), { text: '。' }),
      figure('f1', null, '学生在实训中心训练', 80, 'photo-7.jpg'),
      figure('f2', 'a'.repeat(64), '校园全景', 80),
      { type: 'case', id: 'c1', title: '空白案例', children: [para('cp', { text: '' })] },
      bigTable(),
    ];
    project.replaceSection(chapter, content, 'import');
    project.addNode(chapter, null, '多样成长');
    return file;
  } finally {
    project.close();
  }
}

// ---- reading a .docx back ----------------------------------------------------------------------

export function docxParts(bytes: Uint8Array): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  for (const entry of readZipEntries(bytes)) {
    parts.set(entry.name, entry.method === 0 ? Buffer.from(entry.data) : zlib.inflateRawSync(entry.data));
  }
  return parts;
}

export function partText(parts: Map<string, Buffer>, name: string): string {
  const part = parts.get(name);
  if (part === undefined) throw new Error(`no part ${name}`);
  return part.toString('utf8');
}

export function count(xml: string, pattern: RegExp): number {
  return xml.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))?.length ?? 0;
}

export interface FieldInXml {
  readonly instruction: string;
  readonly result: string;
}

export function unescapeXml(text: string): string {
  return text.replace(/&(quot|amp|lt|gt|apos);/g, (_all, name: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" })[name] as string);
}

/** Complex fields of a part, in order: instruction and cached result text (nested fields are not expected). */
export function complexFields(xml: string): FieldInXml[] {
  const fields: FieldInXml[] = [];
  const pattern = /<w:fldChar w:fldCharType="begin"\/>([\s\S]*?)<w:fldChar w:fldCharType="end"\/>/g;
  for (const match of xml.matchAll(pattern)) {
    const inner = match[1] as string;
    const [code, result = ''] = inner.split('<w:fldChar w:fldCharType="separate"/>');
    const text = (part: string | undefined, tag: string): string =>
      [...(part ?? '').matchAll(new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`, 'g'))].map((m) => unescapeXml(m[1] as string)).join('');
    fields.push({ instruction: text(code, 'w:instrText').trim(), result: text(result, 'w:t') });
  }
  return fields;
}

