/**
 * A Word draft's typed references and its own section title, as the editing office meets them:
 * “见表 1” / “如图 1 所示” / “见案例 1” to the draft's own items become live cross-references that
 * read with the computed numbers once merged (表 1-1, 图 1-1 …); a typed reference to something the
 * draft does not hold stays text with a warning in the review; a first heading “（四）就业质量” sent for
 * the section “高质就业” is the section itself, dropped with a warning instead of printing “1.就业质量”.
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
import type { BlockElement, InlineNode } from '../../shared/model/document';
import { xrefLabel } from '../../shared/numbering/report-numbering';
import { makeTempDir, removeTempDir } from '../support/temp-files';

let dir: string;
let project: Project;
let sectionId: string;
let sectionTitle: string;

const cell = (text: string): TableCell => new TableCell({ children: [new Paragraph(text)] });

async function writeDraft(name: string, children: (Paragraph | Table)[]): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children }] })));
  return file;
}

/** The section as a reader sees it: text with each cross-reference replaced by its computed label. */
function readerText(blocks: readonly BlockElement[]): string[] {
  const numbering = project.numbering();
  const inline = (children: readonly InlineNode[]): string => children.map((c) => ('type' in c ? `⟨${xrefLabel(numbering, c.target) ?? '??'}⟩` : c.text)).join('');
  return blocks.flatMap((b) => (b.type === 'paragraph' ? [inline(b.children)] : b.type === 'case' ? readerText(b.children) : []));
}

beforeAll(async () => {
  dir = makeTempDir('rw-word-refs-');
  project = Project.create(path.join(dir, '年报.rwproj'), { unitName: '天津工业职业学院', year: 2025 });
  const node = project.outline().find((n) => n.parentId !== null) as { id: string; title: string };
  sectionId = node.id;
  sectionTitle = node.title;
});

afterAll(() => {
  project.close();
  removeTempDir(dir);
});

test('typed references to the draft’s own table, figure and case become live and read with the computed numbers', async () => {
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3366cc' } }).png().toBuffer();
  const file = await writeDraft('引用.docx', [
    new Paragraph('各院系毕业生人数见表 1，实训基地如图 1 所示，具体做法见案例 1。'),
    new Paragraph('全校的就业率见表 9。'),
    new Paragraph({ text: '表 1 院系人数', alignment: AlignmentType.CENTER }),
    new Table({ rows: [new TableRow({ children: [cell('院系'), cell('人数')] }), new TableRow({ children: [cell('机电'), cell('120')] })] }),
    new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 64, height: 48 } })] }),
    new Paragraph({ text: '图 1 实训基地', alignment: AlignmentType.CENTER }),
    new Paragraph({ children: [new TextRun({ text: '案例 1 校企共建产业学院', bold: true })] }),
    new Paragraph('案例正文。'),
  ]);
  const prepared = await importWordDraft(project, file, sectionId);
  expect(prepared.review.warnings).toEqual([expect.stringMatching(/^稿件正文中的“表 9”在稿件里找不到对应的图、表或案例，保留为文字/)]);
  const decisions = new Map<string, Decision>(prepared.sections.flatMap((s) => s.merge.changes).map((c) => [c.id, 'accept']));
  applyImport(project, prepared, decisions);
  const content = project.loadSection(sectionId).content;
  expect(validateSectionContent(content).ok).toBe(true);
  const text = readerText(content);
  // Chapter numbering: the draft's 表 1 / 图 1 / 案例 1 are now 表 n-1 / 图 n-1 / 案例 n-1 (n: the section's chapter), and the text follows.
  expect(text[0]).toMatch(/^各院系毕业生人数见⟨表 ?(\d+)-1⟩，实训基地如⟨图 ?\1-1⟩ 所示，具体做法见⟨案例 ?\1-1⟩。$/);
  expect(text[1]).toBe('全校的就业率见表 9。');
});

test('a first heading of the section’s own level is the section title: dropped, with a warning when it differs', async () => {
  const file = await writeDraft('标题.docx', [
    new Paragraph({ text: '（四）就业质量', heading: HeadingLevel.HEADING_1 }),
    new Paragraph('毕业生去向落实率达 95.3%。'),
    new Paragraph({ text: '1.就业去向', heading: HeadingLevel.HEADING_2 }),
    new Paragraph('升学与就业并重。'),
  ]);
  const prepared = await importWordDraft(project, file, sectionId);
  expect(prepared.review.warnings).toEqual([`稿件开头的标题“（四）就业质量”与本节标题“${sectionTitle}”不同，已视为本节标题略去（本节标题未改动，如需改名请在大纲中修改）`]);
  const inserted = prepared.review.sections[0]?.changes.filter((c) => c.kind === 'insert').map((c) => c.blockType);
  // Only the draft's inner heading is a heading; 就业质量 is not.
  expect(inserted?.filter((t) => t === 'heading')).toHaveLength(1);
  const headings = prepared.sections[0]?.merge.changes.flatMap((c) => (c.after && 'type' in c.after && c.after.type === 'heading' ? [c.after.children.map((r) => ('text' in r ? r.text : '')).join('')] : []));
  expect(headings).toEqual(['就业去向']);
});

test('negative control: a first heading of another level stays a heading inside the section', async () => {
  const file = await writeDraft('小标题.docx', [new Paragraph({ text: '1.就业去向', heading: HeadingLevel.HEADING_1 }), new Paragraph('升学与就业并重。')]);
  const prepared = await importWordDraft(project, file, sectionId);
  expect(prepared.review.warnings).toEqual([]);
  const headings = prepared.sections[0]?.merge.changes.flatMap((c) => (c.after && 'type' in c.after && c.after.type === 'heading' ? [c.after.children.map((r) => ('text' in r ? r.text : '')).join('')] : []));
  expect(headings).toEqual(['就业去向']);
});
