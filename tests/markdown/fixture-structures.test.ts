/**
 * The tables, figures, case boxes and cross-references of the full fixture, through the pure
 * importer: the counts the fixture's README states, captions without typed numbers, source lines,
 * computed cells, the case boxes whose end the converter lost, and references resolved to the
 * right blocks. Every section must also pass the grammar main enforces before storing.
 */
import fs from 'node:fs';
import type { ImportedNode, MarkdownReport } from '../../shared/markdown/build-report';
import { importMarkdown } from '../../shared/markdown/import-markdown';
import { validateSectionContent } from '../../shared/model/content-validation';
import type { BlockElement, CaseElement, FigureElement, ParagraphElement, TableElement, XrefElement } from '../../shared/model/document';
import { plainText } from '../../shared/model/document';
import { cellText } from '../../shared/tables/table-types';
import { fixturePath } from './support';

let report: MarkdownReport;

beforeAll(() => {
  const result = importMarkdown(fs.readFileSync(fixturePath(), 'utf8'));
  if (!result.ok) throw new Error(result.problem);
  report = result.report;
});

const nodes = (): ImportedNode[] => report.nodes.flatMap((n) => [n, ...n.children]);
const blocks = (): BlockElement[] => nodes().flatMap((n) => n.content.flatMap((b) => (b.type === 'case' ? [b, ...b.children] : [b])));
const tables = (): TableElement[] => blocks().filter((b): b is TableElement => b.type === 'table');
const figures = (): FigureElement[] => blocks().filter((b): b is FigureElement => b.type === 'figure');
const cases = (): CaseElement[] => blocks().filter((b): b is CaseElement => b.type === 'case');
const paragraphs = (): ParagraphElement[] => blocks().filter((b): b is ParagraphElement => b.type === 'paragraph');
const xrefsOf = (p: ParagraphElement): XrefElement[] => p.children.filter((c): c is XrefElement => 'type' in c && c.type === 'xref');

describe('the fixture imports with the counts its README states', () => {
  it('9 top-level headings, 4 classic cases as sections, 12 tables, 72 figures, 14 case boxes', () => {
    expect(report.nodes).toHaveLength(9);
    expect(report.nodes[8]?.children.map((c) => c.title.slice(0, 6))).toEqual(['经典案例 1', '经典案例 2', '经典案例 3', '经典案例 4']);
    expect([tables().length, figures().length, cases().length]).toEqual([12, 72, 14]);
  });

  it('passes the content grammar in every section', () => {
    const problems = nodes().flatMap((n) => {
      const checked = validateSectionContent(n.content);
      return checked.ok ? [] : [`${n.title}: ${checked.problem}`];
    });
    expect(problems).toEqual([]);
  });
});

describe('tables', () => {
  it('have their captions without the typed number and their 数据来源 line as source', () => {
    expect(tables().map((t) => t.caption)).toEqual([
      '2025 届毕业生的院系与专业分布',
      '2025 届毕业生生源地结构',
      '2025 届毕业生毕业去向分布',
      '2025届毕业生各院系/专业毕业去向落实率',
      '2025 届毕业生各院系/专业毕业去向分布',
      '2025届不同性别毕业生毕业去向及落实率分布',
      '2025届省内外生源毕业生毕业去向及落实率分布',
      '2025届不同民族毕业生毕业去向及落实率分布',
      '专业开设基本情况',
      '合作培养数据表',
      '服务贡献表',
      '乌干达鲁班工坊非学历教育情况',
    ]);
    expect(tables().map((t) => t.source)).toEqual([
      ...new Array(8).fill('全国高校毕业生就业管理系统。'),
      '学院教务部统计',
      '学院数据平台核心指标',
      '高职状态数据采集与管理平台',
      '学院校企合作和对外交流办公室统计',
    ]);
    // The 数据来源 lines became sources, not paragraphs.
    expect(paragraphs().filter((p) => /^数据来源/.test(plainText(p)))).toEqual([]);
  });

  it('merge the empty 院系 cells into row spans (表 1-1: 机械工程系 over its five majors and 小计)', () => {
    const first = tables()[0] as TableElement;
    const cell = first.children[1]?.children[0];
    expect(cell && [cellText(cell), cell.rowSpan]).toEqual(['机械工程系', 6]);
  });

  it('get computed 小计/合计/占比 cells only where recalculation reproduces the typed numbers', () => {
    const withFormulas = tables().map((t) => t.children.flatMap((r) => r.children).filter((c) => c.formula !== undefined).length);
    // 表 1-1 (5 小计 + 29 shares), 表 1-2 (总体 + 29 shares), 表 1-3 (5 小计 + 14 shares); no other table has that structure.
    expect(withFormulas).toEqual([34, 30, 19, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    // "1. 32%" was typed with a stray space: the computed text is the same number, written cleanly.
    const shares = (tables()[0] as TableElement).children.flatMap((r) => r.children).filter((c) => c.formula?.kind === 'share');
    expect(shares.map(cellText)).toContain('1.32%');
  });

  it('report what checkTable finds: the shifted 院系 labels of 表 1-1', () => {
    const checks = report.warnings.filter((w) => w.kind === 'table-check');
    expect(checks).toHaveLength(3);
    expect(checks.every((w) => w.zh.startsWith('表 1-1“2025 届毕业生的院系与专业分布”（源文件第 308 行）：') && w.zh.includes('院系等分组标签可能错位'))).toBe(true);
  });
});

describe('figures', () => {
  it('have captions without 图1-1 / 图 1-10 / 图3-5 numbers, width 80 and no image yet', () => {
    const all = figures();
    expect(all.filter((f) => /^图\s*\d/.test(f.caption))).toEqual([]);
    expect(all.slice(0, 3).map((f) => f.caption)).toEqual([
      '青年代表、中小学生代表200余人参加活动。', // `图1-1 …`
      '全场党、团、队员重温入党、入团、入队誓词。',
      '“领导接待日”校党委书记与学生面对面座谈', // `图 1-3 …`
    ]);
    expect(all.find((f) => f.caption === '2025 届毕业生对所学课程的评价')).toBeDefined(); // was `图 1-18 2025 届…`
    expect(all.find((f) => f.caption === '智能手机轻松学培训现场')).toBeDefined(); // was `图3-5智能手机轻松学培训现场`
    expect(all.every((f) => f.asset === null && f.missingName === 'figure.png' && f.width === 80)).toBe(true);
  });

  it('take the 数据来源 line under them as their source', () => {
    const sourced = figures().filter((f) => f.source !== '');
    expect(sourced).toHaveLength(12);
    expect(sourced[0]).toMatchObject({ caption: '2025届毕业生性别结构', source: '全国高校毕业生就业管理系统。' });
  });
});

describe('case boxes', () => {
  it('take their title from the bold first line, without 案例 x-y', () => {
    const titles = cases().map((c) => c.title);
    expect(titles).toHaveLength(14);
    expect(titles[0]).toBe('追寻红足迹 争做新青年');
    expect(titles[13]).toBe('瞄准工匠之标，成就工匠之师');
    expect(titles.filter((t) => t === '' || t.startsWith('案例'))).toEqual([]);
    expect(report.warnings.filter((w) => w.kind === 'case-title')).toEqual([]);
  });

  it('hold their paragraphs and figures', () => {
    const employment = cases().find((c) => c.title === '政校企联动畅通就业“快车道”') as CaseElement;
    expect(employment.children.filter((b) => b.type === 'figure').map((f) => (f as FigureElement).caption)).toEqual([
      '学院与区人社局开展招聘会',
      '学院就业工作典型案例被央媒报道',
      '毕业生规模及毕业去向落实率变化趋势',
    ]);
  });

  it('end before the section’s next numbered heading when the converter lost their end', () => {
    const overruns = report.warnings.filter((w) => w.kind === 'case-overrun');
    expect(overruns.map((w) => w.line)).toEqual([113, 134, 177, 194, 454, 1363]);
    // 案例 1-3 ends after its figure, as in the printed report; (2) 构建培养框架 is the section's heading again.
    const section = nodes().find((n) => n.title === '多样成长') as ImportedNode;
    const at = section.content.findIndex((b) => b.type === 'case' && b.title === '“基础+核心+应用” 助力多元成才');
    const box = section.content[at] as CaseElement;
    expect(box.children.map((b) => b.type)).toEqual(['paragraph', 'figure']);
    expect(section.content[at + 1]).toMatchObject({ type: 'heading', level: 2, children: [{ text: '构建培养框架' }] });
    // The tables the converter put into 案例 1-6 are the section's again.
    expect(cases().flatMap((c) => c.children).filter((b) => b.type === 'table')).toEqual([]);
  });
});

describe('cross-references', () => {
  it('link 83 typed references, each to an existing table or figure', () => {
    const ids = new Map<string, BlockElement>([...tables(), ...figures()].map((b) => [b.id, b]));
    const xrefs = paragraphs().flatMap(xrefsOf);
    expect(xrefs).toHaveLength(83);
    expect(xrefs.filter((x) => !ids.has(x.target))).toEqual([]);
    // Nothing that looks like a reference is left as text.
    const leftover = paragraphs().flatMap((p) => plainText(p).match(/[图表]\s*\d+\s*-\s*\d+/g) ?? []);
    expect(leftover).toEqual([]);
  });

  it('replace only the 表 1-1 part and keep the words around it', () => {
    const target = (caption: string): string => ([...tables(), ...figures()].find((b) => b.caption === caption) as BlockElement).id;
    const shape = (p: ParagraphElement): (string | { xref: string })[] => p.children.map((c) => ('type' in c ? { xref: c.target } : c.text));
    const about = (start: string): ParagraphElement => paragraphs().find((p) => plainText(p).startsWith(start)) as ParagraphElement;

    const gender = shape(about('由'));
    expect(gender.slice(0, 3)).toEqual(['由', { xref: target('2025届毕业生性别结构') }, expect.stringMatching(/^ 可见，学校 2025 届毕业生共 3337 人/)]);

    const pair = paragraphs().find((p) => plainText(p).includes('分专业来看')) as ParagraphElement;
    expect(shape(pair).slice(-4)).toEqual([
      { xref: target('2025届毕业生各院系/专业毕业去向落实率') },
      '、',
      { xref: target('2025 届毕业生各院系/专业毕业去向分布') },
      '。',
    ]);
  });
});
