/**
 * A department's Word draft (.docx, written here with the `docx` library as Word would save it)
 * reviewed as changes to one section: unchanged paragraphs keep their ids, edits show as
 * modifications, a same-shaped table changes cell by cell, and new headings, figures (with their
 * 图 caption), tables with merged cells (with 表 caption and 数据来源) and case boxes are insertions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import sharp from 'sharp';
import { applyImport } from '../../electron/packages/apply-import';
import { importWordDraft } from '../../electron/packages/import-draft';
import { Project } from '../../electron/project-store/project';
import type { Decision } from '../../shared/merge/merge-types';
import { validateSectionContent } from '../../shared/model/content-validation';
import type { CaseElement, FigureElement, TableElement } from '../../shared/model/document';
import { cellText } from '../../shared/tables/table-types';
import { table } from '../merge/support';
import { makeTempDir, removeTempDir } from '../support/temp-files';

let dir: string;
let project: Project;
let sectionId: string;
let draft: string;

const cell = (text: string, rowSpan?: number): TableCell => new TableCell({ children: [new Paragraph(text)], ...(rowSpan ? { rowSpan } : {}) });

beforeAll(async () => {
  dir = makeTempDir('rw-word-');
  project = Project.create(path.join(dir, '年报.rwproj'), { unitName: '天津工业职业学院', year: 2025 });
  const node = project.outline().find((n) => n.parentId !== null) as { id: string; title: string };
  sectionId = node.id;
  project.saveSection(
    sectionId,
    [
      { type: 'paragraph', id: 'p1', children: [{ text: '学院坚持立德树人根本任务。' }] },
      { type: 'paragraph', id: 'p2', children: [{ text: '深化产教融合，服务区域发展，与 30 家企业共建产业学院。' }] },
      { type: 'paragraph', id: 'p3', children: [{ text: '毕业生去向落实率达 95.3%。' }] },
      { ...table('t1', [['院系', '人数'], ['机电', '100']]), caption: '院系人数' },
    ],
    project.loadSection(sectionId).revision,
  );
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3366cc' } }).png().toBuffer();
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: node.title, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('　　学院坚持立德树人根本任务。')] }),
          new Paragraph('深化产教融合，服务京津冀协同发展，与 32 家企业共建产业学院。'),
          new Paragraph('毕业生去向落实率达 95.3%。'),
          new Paragraph({ text: '（一）新增的小标题', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ children: [new TextRun({ text: '部门新写的一段，', bold: true }), new TextRun('含加粗。')] }),
          new Paragraph({ text: '表 1-1 院系人数', alignment: AlignmentType.CENTER }),
          new Table({ rows: [new TableRow({ children: [cell('院系'), cell('人数')] }), new TableRow({ children: [cell('机电'), cell('120')] })] }),
          new Paragraph('数据来源：教务管理系统'),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 64, height: 48 } })] }),
          new Paragraph({ text: '图 1-1 实训基地', alignment: AlignmentType.CENTER }),
          new Paragraph({ text: '表 1-2 分院系毕业生', alignment: AlignmentType.CENTER }),
          new Table({
            rows: [
              new TableRow({ children: [cell('院系'), cell('专业'), cell('人数')] }),
              new TableRow({ children: [cell('机电学院', 2), cell('数控'), cell('50')] }),
              new TableRow({ children: [cell('机器人'), cell('40')] }),
            ],
          }),
          new Paragraph({ children: [new TextRun({ text: '案例 1-1 追寻红足迹 争做新青年', bold: true })] }),
          new Paragraph('案例的第一段。'),
          new Paragraph('案例的第二段。'),
        ],
      },
    ],
  });
  draft = path.join(dir, '部门稿件.docx');
  fs.writeFileSync(draft, await Packer.toBuffer(doc));
}, 60_000);

afterAll(() => {
  project.close();
  removeTempDir(dir);
});

test('the draft becomes changes to the section, matched to its existing blocks', async () => {
  const prepared = await importWordDraft(project, draft, sectionId);
  expect(prepared.review.source).toEqual({ kind: 'draft', fileName: '部门稿件.docx' });
  const changes = prepared.review.sections[0]?.changes ?? [];
  expect(changes.map((c) => [c.kind, c.blockType])).toEqual([
    ['modify', 'paragraph'],
    ['insert', 'heading'],
    ['insert', 'paragraph'],
    ['modify', 'table'],
    ['insert', 'figure'],
    ['insert', 'table'],
    ['insert', 'case'],
  ]);
  expect(changes[0]?.blockId).toBe('p2');
  expect(changes[0]?.redline).toMatchObject({ kind: 'text' });
  // The same-shaped table changes cell by cell, keeping its ids; the typed caption number is gone.
  expect(changes[3]?.blockId).toBe('t1');
  expect(changes[3]?.redline).toMatchObject({ kind: 'table', structural: false, cells: [{ cellId: 't1-r1c1', before: '100', after: '120' }] });
  expect((changes[3]?.after as TableElement).source).toBe('教务管理系统');
  const figure = changes[4]?.after as FigureElement;
  expect(figure.caption).toBe('实训基地');
  expect(figure.asset).toMatch(/^[0-9a-f]{64}$/);
  const merged = changes[5]?.after as TableElement;
  expect(merged.caption).toBe('分院系毕业生');
  expect(merged.children[1]?.children[0]).toMatchObject({ rowSpan: 2 });
  expect(merged.children.map((r) => r.children.map(cellText))).toEqual([['院系', '专业', '人数'], ['机电学院', '数控', '50'], ['机器人', '40']]);
  const kase = changes[6]?.after as CaseElement;
  expect(kase.title).toBe('追寻红足迹 争做新青年');
  expect(kase.children.map((b) => (b.type === 'paragraph' ? b.children.map((c) => ('text' in c ? c.text : '')).join('') : b.type))).toEqual(['案例的第一段。', '案例的第二段。']);
});

test('accepting everything stores a valid section, the picture included, as a merge revision', async () => {
  const prepared = await importWordDraft(project, draft, sectionId);
  const decisions = new Map<string, Decision>(prepared.sections.flatMap((s) => s.merge.changes).map((c) => [c.id, 'accept']));
  const outcome = applyImport(project, prepared, decisions);
  expect(outcome.packageId).toBeNull();
  const doc = project.loadSection(sectionId);
  expect(validateSectionContent(doc.content).ok).toBe(true);
  expect(doc.content.slice(0, 3).map((b) => b.id)).toEqual(['p1', 'p2', 'p3']);
  const figure = doc.content.find((b): b is FigureElement => b.type === 'figure');
  expect(project.assetInfo(figure?.asset as string)).toMatchObject({ mime: 'image/png', width: 64, height: 48 });
  expect(project.history(sectionId)[0]?.reason).toBe('merge');
});
