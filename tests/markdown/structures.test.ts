/** Tables, figures and case boxes from small Markdown inputs, as data (ids dropped). */
import type { MarkdownReport } from '../../shared/markdown/build-report';
import { importMarkdown } from '../../shared/markdown/import-markdown';
import { validateSectionContent } from '../../shared/model/content-validation';
import type { BlockElement, CaseElement, FigureElement, TableElement } from '../../shared/model/document';
import { cellText } from '../../shared/tables/table-types';
import { withoutIds } from './support';

const md = (...lines: string[]): string => lines.join('\n');

function report(...lines: string[]): MarkdownReport {
  const result = importMarkdown(md('# 一、甲', '', ...lines));
  if (!result.ok) throw new Error(result.problem);
  // Whatever the input, what comes out must be storable.
  for (const node of result.report.nodes) {
    const checked = validateSectionContent(node.content);
    if (!checked.ok) throw new Error(`invalid content: ${checked.problem}`);
  }
  return result.report;
}

const content = (r: MarkdownReport): BlockElement[] => r.nodes[0]?.content ?? [];
const only = <T extends BlockElement>(r: MarkdownReport, type: T['type']): T[] => content(r).filter((b): b is T => b.type === type);
const grid = (table: TableElement): string[][] => table.children.map((row) => row.children.map(cellText));
const kinds = (r: MarkdownReport): string[] => r.warnings.map((w) => `${w.kind}@${w.line}`);

describe('tables', () => {
  const shares = ['| 院系 | 专业 | 人数 | 占比 |', '|:--|---|--:|--:|', '| 机械系 | 数控 | 30 | 30.00% |', '|  | 模具 | 20 | 20.00% |', '|  | 小计 | 50 | 50.00% |', '| 电子系 | 通信 | 50 | 50.00% |', '|  | 小计 | 50 | 50.00% |'];

  it('take the caption without its typed number, the 数据来源 line below as source, alignment as column defaults', () => {
    const r = report('Table: 表 1-1 **毕业生**分布', '', ...shares, '', '数据来源：全国高校毕业生就业管理系统。', '', '正文');
    const [table] = only<TableElement>(r, 'table');
    expect(table).toMatchObject({ caption: '毕业生分布', source: '全国高校毕业生就业管理系统。', headerRows: 1 });
    expect(table?.columns.map((c) => c.align)).toEqual(['left', undefined, 'right', 'right']);
    expect(content(r).map((b) => b.type)).toEqual(['table', 'paragraph']);
    expect(r.warnings).toEqual([]);
  });

  it('merge empty cells under a label into a row span and compute 小计 and 占比 when they match the typed numbers', () => {
    const [table] = only<TableElement>(report(...shares), 'table');
    expect(table?.children[1]?.children[0]).toMatchObject({ rowSpan: 3, children: [{ text: '机械系' }] });
    const computed = table?.children.flatMap((row) => row.children).filter((c) => c.formula !== undefined) ?? [];
    expect(computed.map((c) => [c.formula?.kind, cellText(c)])).toEqual([
      ['share', '30.00%'],
      ['share', '20.00%'],
      ['sum', '50'],
      ['share', '50.00%'],
      ['share', '50.00%'],
      ['sum', '50'],
      ['share', '50.00%'],
    ]);
  });

  it('keep the typed numbers, without formulas, when a 小计 is wrong, and say so', () => {
    const wrong = shares.map((line) => line.replace('| 小计 | 50 | 50.00% |', '| 小计 | 51 | 50.00% |'));
    const r = report('Table: 表 2-1 分布', '', ...wrong);
    const [table] = only<TableElement>(r, 'table');
    expect(table?.children.flatMap((row) => row.children).filter((c) => c.formula !== undefined)).toEqual([]);
    expect(grid(table as TableElement)[3]).toEqual(['小计', '51', '50.00%']);
    const checks = r.warnings.filter((w) => w.kind === 'table-check');
    expect(checks.length).toBeGreaterThan(0);
    expect(checks[0]?.zh).toMatch(/^表 2-1“分布”（源文件第 5 行）：第 4 行“小计”的“人数”为 51，但本组各行之和为 50。$/);
    expect(checks[0]?.en).toBe('table 2-1 (line 5): a subtotal differs from the sum of its rows');
  });

  it('pad ragged rows instead of dropping cells, with a warning', () => {
    const r = report('Table: 表 1 参差', '', '| a | b |', '|---|---|', '| 1 |', '| 2 | 3 | 4 |', '| 5 | 6 |');
    const [table] = only<TableElement>(r, 'table');
    expect(grid(table as TableElement)).toEqual([
      ['a', 'b', ''],
      ['1', '', ''],
      ['2', '3', '4'],
      ['5', '6', ''],
    ]);
    expect(kinds(r)).toEqual(['table-shape@5']);
    expect(r.warnings[0]?.zh).toContain('第 2、3 行的单元格数与表头不一致');
  });

  it('import a table whose header line is missing as a table without header', () => {
    const r = report('|---|---|', '| 甲 | 1 |', '| 乙 | 2 |');
    const [table] = only<TableElement>(r, 'table');
    expect(table?.headerRows).toBe(0);
    expect(grid(table as TableElement)).toEqual([
      ['甲', '1'],
      ['乙', '2'],
    ]);
    expect(r.warnings.map((w) => w.zh)).toEqual(['源文件第 3 行的表格：表格缺少表头行，已作为无表头表格导入']);
  });

  it('leave out a table that is only a delimiter row, and keep the caption text', () => {
    const r = report('Table: 表 3 空表', '', '|---|---|', '|:-:|---|', '', '正文');
    expect(withoutIds(content(r))).toEqual([{ type: 'paragraph', children: [{ text: '正文' }] }]);
    expect(kinds(r)).toEqual(['table-shape@5']);
    expect(r.warnings[0]?.zh).toBe('表 3“空表”（源文件第 5 行）：表格没有任何内容（只有分隔行），已略过');
  });

  it('keep a header-only table, with a warning', () => {
    const r = report('| 项目 | 数量 |', '|---|---|');
    expect(grid(only<TableElement>(r, 'table')[0] as TableElement)).toEqual([['项目', '数量']]);
    expect(kinds(r)).toEqual(['table-shape@3']);
  });

  it('keep a Table: line with no table as a paragraph, with a warning', () => {
    const r = report('Table: 表 4 孤立的标题', '', '正文');
    expect(withoutIds(content(r))).toEqual([
      { type: 'paragraph', children: [{ text: '表 4 孤立的标题' }] },
      { type: 'paragraph', children: [{ text: '正文' }] },
    ]);
    expect(kinds(r)).toEqual(['orphan-caption@3']);
  });

  it('read grid tables too', () => {
    const r = report('+------+------+', '| 甲   | 乙   |', '+======+======+', '| 1    | 2    |', '+------+------+');
    expect(grid(only<TableElement>(r, 'table')[0] as TableElement)).toEqual([
      ['甲', '乙'],
      ['1', '2'],
    ]);
  });
});

describe('figures', () => {
  const figure = (r: MarkdownReport): FigureElement[] => only<FigureElement>(r, 'figure');

  it.each([
    ['![图1-1 校园一角](a.png)', '校园一角'],
    ['![图 1-10 校园一角](a.png)', '校园一角'],
    ['![图3-5智能手机轻松学](a.png)', '智能手机轻松学'],
    ['![图 8 - 6 专业群论证会](a.png)', '专业群论证会'],
    ['![图１２：全局编号](a.png)', '全局编号'],
    ['![校园一角](a.png)', '校园一角'],
    ['![](a.png)', ''],
  ])('%s → caption “%s”', (line, caption) => {
    expect(figure(report(line))[0]).toMatchObject({ caption, asset: null, width: 80, missingName: 'a.png', source: '' });
  });

  it.each([
    ['数据来源：就业管理系统。', '就业管理系统。'],
    ['来源：学院宣传部', '学院宣传部'],
    ['图片来源：学院宣传部', '学院宣传部'],
    ['**资料来源**：学院年鉴', '学院年鉴'],
  ])('take “%s” right below as the source', (line, source) => {
    const r = report('![图1-1 校园](a.png)', '', line, '', '正文');
    expect(figure(r)[0]?.source).toBe(source);
    expect(content(r).map((b) => b.type)).toEqual(['figure', 'paragraph']);
  });

  it('take a source line only right below the figure, and only one', () => {
    const r = report('![图1-1 校园](a.png)', '', '正文', '', '来源：不是图的', '', '![图1-2 操场](b.png)', '', '来源：甲', '', '来源：乙');
    expect(figure(r).map((f) => f.source)).toEqual(['', '甲']);
    expect(content(r).filter((b) => b.type === 'paragraph')).toHaveLength(3);
  });

  it('place images found inside a paragraph after it, and list them all for loading', () => {
    const r = report('如图所示![图1-1 校园](images/a.png)，另见![图1-2 操场](b%20c.png)。');
    expect(withoutIds(content(r)).map((b) => (b as { type: string }).type)).toEqual(['paragraph', 'figure', 'figure']);
    expect(r.images.map((i) => [i.src, i.line])).toEqual([
      ['images/a.png', 3],
      ['b%20c.png', 3],
    ]);
    expect(r.images.map((i) => i.blockId)).toEqual(figure(r).map((f) => f.id));
  });
});

describe('case boxes', () => {
  const box = (r: MarkdownReport): CaseElement => only<CaseElement>(r, 'case')[0] as CaseElement;

  it('hold paragraphs, lists, tables, figures and unnumbered headings', () => {
    const r = report('::: {.case}', '**案例 1-1 追寻红足迹 争做新青年**', '', '正文', '', '- 要点', '', '![图1-1 活动](a.png)', '', '来源：团委', '', '| a |', '|---|', '| 1 |', '', '#### 活动成效', '', '尾段', ':::', '', '案例之后');
    expect(withoutIds(box(r))).toMatchObject({ type: 'case', title: '追寻红足迹 争做新青年' });
    expect(box(r).children.map((b) => b.type)).toEqual(['paragraph', 'bulleted-list', 'figure', 'table', 'heading', 'paragraph']);
    expect(box(r).children[2]).toMatchObject({ source: '团委' });
    expect(box(r).children[4]).toMatchObject({ level: 3, numbered: false });
    expect(content(r).map((b) => b.type)).toEqual(['case', 'paragraph']);
    expect(r.warnings).toEqual([]);
  });

  it.each([
    ['**案例 3-1 数字智能化设备**', '数字智能化设备'],
    ['**案例3-1：数字智能化设备**', '数字智能化设备'],
    ['案例 12 全局编号的案例', '全局编号的案例'],
    ['**案例：没有编号的案例**', '没有编号的案例'],
    ['#### 案例 2-1 以标题写的案例', '以标题写的案例'],
  ])('recognise the title line %s', (line, title) => {
    const r = report('::: {.case}', line, '', '正文', ':::');
    expect(box(r).title).toBe(title);
    expect(box(r).children.map((b) => b.type)).toEqual(['paragraph']);
  });

  it('keep an unrecognisable first line as a paragraph, leave the title empty and warn', () => {
    const r = report('::: case', '**追寻红足迹**', '', '正文', ':::');
    expect(withoutIds(box(r))).toEqual({
      type: 'case',
      title: '',
      children: [
        { type: 'paragraph', children: [{ text: '追寻红足迹', bold: true }] },
        { type: 'paragraph', children: [{ text: '正文' }] },
      ],
    });
    expect(kinds(r)).toEqual(['case-title@3']);
  });

  it.each([
    ['a long one', '案例 1-1 所述做法已在全院推广，各系结合专业特点形成了各具特色的实践模式，取得了良好的育人成效和社会反响'],
    ['a short one', '案例 1-1 所述做法已在全院推广。'],
  ])('do not take %s, unbolded, for a title', (_what, sentence) => {
    const r = report('::: {.case}', sentence, ':::');
    expect(box(r).title).toBe('');
    expect(box(r).children).toMatchObject([{ type: 'paragraph', children: [{ text: sentence }] }]);
  });

  it('give an empty box an empty paragraph', () => {
    const r = report('::: {.case}', ':::');
    expect(withoutIds(box(r))).toEqual({ type: 'case', title: '', children: [{ type: 'paragraph', children: [{ text: '' }] }] });
  });

  it('end before a numbered heading or a section heading, the rest going back to the section', () => {
    const r = report('::: {.case}', '**案例 1-1 甲**', '', '案例正文', '', '#### (2) 构建培养框架', '', '正文', ':::', '', '## （一）乙', '', '::: {.case}', '**案例 1-2 丙**', '', '## （二）丁', '', '正文', ':::');
    expect(withoutIds(content(r))).toEqual([
      { type: 'case', title: '甲', children: [{ type: 'paragraph', children: [{ text: '案例正文' }] }] },
      { type: 'heading', level: 3, children: [{ text: '构建培养框架' }] },
      { type: 'paragraph', children: [{ text: '正文' }] },
    ]);
    expect(r.nodes[0]?.children.map((n) => [n.title, withoutIds(n.content)])).toEqual([
      ['乙', [{ type: 'case', title: '丙', children: [{ type: 'paragraph', children: [{ text: '' }] }] }]],
      ['丁', [{ type: 'paragraph', children: [{ text: '正文' }] }]],
    ]);
    expect(kinds(r)).toEqual(['case-overrun@8', 'case-overrun@18']);
  });

  it('close a box left open by the next box or the end of the file', () => {
    const r = report('::: {.case}', '**案例 1-1 甲**', '', '一', '', '::: {.case}', '**案例 1-2 乙**', '', '二', ':::', '', '正文', '', '::: {.case}', '**案例 1-3 丙**');
    expect(withoutIds(content(r)).map((b) => [(b as { type: string }).type, (b as { title?: string }).title])).toEqual([
      ['case', '甲'],
      ['case', '乙'],
      ['paragraph', undefined],
      ['case', '丙'],
    ]);
  });

  it('leave other fenced divs transparent', () => {
    const r = report('::: {.note}', '提示', '', '::: {.case}', '**案例 1-1 甲**', '', '一', ':::', '', '二', ':::');
    expect(withoutIds(content(r)).map((b) => (b as { type: string }).type)).toEqual(['paragraph', 'case', 'paragraph']);
  });
});
