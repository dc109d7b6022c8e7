/**
 * Word reports written the way authors write them (tests/fixtures/word-reports/, made by
 * make-word-reports.py with python3-docx) imported into real project files: the outline, each
 * section's blocks, what was skipped and what was warned about. Expected results are data.
 */
import path from 'node:path';
import sharp from 'sharp';
import { Project } from '../../electron/project-store/project';
import type { FormattedText, ParagraphElement } from '../../shared/model/document';
import { cellText } from '../../shared/tables/table-types';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { describe as line, importInto, ofType, wordReport, type ImportedProject } from './support';

let dir: string;
const imported = new Map<string, ImportedProject>();

beforeAll(async () => {
  dir = makeTempDir('rw-word-reports-');
  for (const name of ['styled-report.docx', 'typed-report.docx', 'list-numbered.docx']) {
    const file = path.join(dir, `${name}.rwproj`);
    Project.create(file, { unitName: '天津示范职业技术学院', year: 2025, blank: true }).close();
    imported.set(name, await importInto(file, wordReport(name)));
  }
});

afterAll(() => removeTempDir(dir));

const get = (name: string): ImportedProject => imported.get(name) as ImportedProject;
const outline = (name: string): string[] => get(name).nodes.map((n) => `${n.depth}:${n.title}${n.numbered ? '' : '*'}${n.role === 'body' ? '' : `(${n.role})`}`);
const blocks = (name: string, title: string): string[] => {
  const node = get(name).nodes.find((n) => n.title === title);
  if (node === undefined) throw new Error(`no node ${title}`);
  return node.content.flatMap((b) => [line(b), ...(b.type === 'case' ? b.children.map((c) => `  ${line(c)}`) : [])]);
};
const warnings = (name: string): string[] => get(name).prepared.warnings.map((w) => `${w.kind}@${w.line}`);

describe('styled-report.docx (heading styles with Chinese Word ids, fields, Caption style)', () => {
  const name = 'styled-report.docx';

  it('builds the outline from the heading styles; 前言, 案例附录 and 经典案例 1 stay unnumbered', () => {
    expect(outline(name)).toEqual([
      '1:前言*(preface)',
      '1:人才培养',
      '2:立德树人',
      '2:多样成长',
      '1:产教融合',
      '1:案例附录*(case-appendix)',
      '2:经典案例 1 追寻红足迹 争做新青年*',
    ]);
  });

  it('skips the cover, the statement and the TOC field with its cached entries (none of their text is imported)', () => {
    expect(get(name).prepared.report.front).toEqual({ cover: 4, statement: 5, toc: 7 });
    const all = JSON.stringify(get(name).nodes.map((n) => n.content));
    for (const text of ['内容真实性责任声明', '特此声明', '目  录', '2025 年 12 月', 'TOC']) expect(all).not.toContain(text);
  });

  it('imports the section with its table, figure, case box, list and references, in order', () => {
    expect(blocks(name, '立德树人')).toEqual([
      'heading:1:形成大思政育人格局',
      'paragraph:学院各院系学生分布见[xref]，红色研学活动现场如[xref] 所示，典型做法见[xref]。',
      'table:2025 届毕业生的院系与专业分布|学院教务管理系统',
      'figure:image:青年学生参加红色研学活动|学院宣传部',
      'case:追寻红足迹 争做新青年',
      '  paragraph:学院组织青年学生赴西柏坡开展红色研学活动，覆盖学生 1200 余人次。',
      '  paragraph:活动形成“行走的思政课”品牌。',
      'heading:1:搭建三全育人体系',
      // A run-in heading (bold lead sentence, then text) is a paragraph.
      'paragraph:（1）筑牢思想根基。学院完善思政工作体系，全年开展主题教育活动 56 场。',
      'bulleted-list:全员育人：教师人人参与/全程育人：贯穿入学到就业/全方位育人：课内课外结合',
    ]);
  });

  it('links 见表 1, 如图 1 所示 and 见案例 1 to the table, figure and case they name', () => {
    const content = get(name).nodes.find((n) => n.title === '立德树人')?.content ?? [];
    const paragraph = content[1] as ParagraphElement;
    const targets = paragraph.children.flatMap((c) => ('type' in c ? [c.target] : []));
    expect(targets).toEqual([ofType(content, 'table')[0]?.id, ofType(content, 'figure')[0]?.id, ofType(content, 'case')[0]?.id]);
  });

  it('keeps the merges of the table and turns 小计/合计 into computed cells (they add up)', () => {
    const table = ofType(get(name).nodes.find((n) => n.title === '立德树人')?.content ?? [], 'table')[0];
    if (table === undefined) throw new Error('no table');
    const grid = table.children.map((row) => row.children.map((cell) => `${cellText(cell)}${cell.rowSpan ? `↓${cell.rowSpan}` : ''}${cell.colSpan ? `→${cell.colSpan}` : ''}${cell.formula ? '=' : ''}`));
    expect(grid).toEqual([
      ['院系', '专业', '人数'],
      ['机械工程学院↓2', '数控技术', '120'],
      ['机电一体化技术', '95'],
      ['小计→2', '215='],
      ['信息工程学院↓2', '软件技术', '80'],
      ['计算机网络技术', '70'],
      ['小计→2', '150='],
      ['合计→2', '365='],
    ]);
    expect(table.headerRows).toBe(1);
  });

  it('keeps bold, italic and underline runs of a paragraph and drops its first-line indent', () => {
    const paragraph = get(name).nodes[0]?.content[0] as ParagraphElement;
    const runs = paragraph.children as FormattedText[];
    expect(runs.filter((r) => r.bold).map((r) => r.text)).toEqual(['深化产教融合']);
    expect(runs.filter((r) => r.italic).map((r) => r.text)).toEqual(['数字化转型']);
    expect(runs.filter((r) => r.underline).map((r) => r.text)).toEqual(['办学质量']);
    expect(runs[0]?.text.startsWith('2025')).toBe(true);
  });

  it('stores the PNG through the image gate unchanged in size; the BMP the gate refuses is a placeholder with a warning', async () => {
    expect(get(name).assets).toBe(1);
    const image = get(name).prepared.assets[0];
    expect([image?.mime, image?.width, image?.height]).toEqual(['image/png', 240, 160]);
    const stats = await sharp(image?.bytes).stats();
    expect(stats.channels[0]?.min).toBe(70); // the drawing's blue-grey survived: no re-encoding loss
    expect(blocks(name, '多样成长')).toEqual(['paragraph:毕业生升学情况见表 9 的统计。', 'figure:placeholder:技能竞赛现场|']);
    const bmp = get(name).prepared.warnings.find((w) => w.kind === 'image-unreadable');
    expect(bmp?.zh).toContain('BMP');
  });

  it('warns about the page number left in the text, the BMP and the reference to 表 9, nothing else', () => {
    expect(warnings(name)).toEqual(['page-number@60', 'unresolved-reference@61', 'image-unreadable@63']);
    expect(JSON.stringify(get(name).nodes.map((n) => n.content))).not.toContain('— 3 —');
  });
});

describe('typed-report.docx (no heading styles: typed numbers with direct formatting)', () => {
  const name = 'typed-report.docx';

  it('finds headings by 黑体, bold, half-width (一) and full-width １． numbers; 前  言 is 前言', () => {
    expect(outline(name)).toEqual(['1:前言*(preface)', '1:人才培养', '2:立德树人', '2:多样成长', '1:产教融合']);
    expect(get(name).prepared.report.front).toEqual({ cover: 3, statement: 0, toc: 5 });
  });

  it('imports the section: a numbered sentence and a run-in heading stay paragraphs; both kinds of case box', () => {
    expect(blocks(name, '立德树人')).toEqual([
      'heading:1:形成大思政育人格局',
      'heading:2:筑牢思想根基',
      'paragraph:1. 学院共有在校生 1.2 万人，较上年增长 5%。',
      'paragraph:（2）聚焦精准支持。学院建立学生成长档案，开展个性化指导。',
      'paragraph:合作成效见[xref]、[xref] 和[xref]。',
      'case:打造倾听机制 提升育人效能',
      '  paragraph:学院设立“校长有约”接待日，全年接待学生 300 余人次。',
      '  paragraph:学生反映的问题办结率达 98%。',
      'table:合作企业数量|学院合作发展处',
      'figure:image:校企合作签约仪式|',
      'case:校企共建实训基地',
      '  paragraph:学院与天津某智能制造企业共建实训基地，面积 3000 平方米。',
      '  paragraph:基地年培训学生 2000 人次。',
    ]);
  });

  it('says where the end of the box-less case was guessed, and nothing else', () => {
    expect(warnings(name)).toEqual(['case-guessed@33']);
  });
});

describe('list-numbered.docx (Word multilevel list numbering)', () => {
  const name = 'list-numbered.docx';

  it('makes chapters, sections and headings of the 一、/（一）/1. list levels and keeps the sentence list a list', () => {
    expect(outline(name)).toEqual(['1:人才培养', '2:立德树人', '2:多样成长', '1:产教融合']);
    expect(blocks(name, '立德树人')).toEqual([
      'heading:1:形成大思政育人格局',
      'paragraph:学院构建大思政育人格局，主要做法如下。',
      'numbered-list:完善思政课程体系，开设思政选修课 12 门。/建设思政教育基地，新增实践基地 8 个。',
    ]);
    expect(warnings(name)).toEqual([]);
  });
});
