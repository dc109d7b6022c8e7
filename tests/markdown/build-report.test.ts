/** Markdown → outline and content, as data (ids dropped; see support.ts). */
import { importMarkdown } from '../../shared/markdown/import-markdown';
import type { MarkdownReport } from '../../shared/markdown/build-report';
import { shapeOf, type NodeShape } from './support';

const md = (...lines: string[]): string => lines.join('\n');
const p = (text: string): unknown => ({ type: 'paragraph', children: [{ text }] });
const h = (level: number, text: string, numbered = true): unknown => ({ type: 'heading', level, ...(numbered ? {} : { numbered: false }), children: [{ text }] });
const empty = [p('')];

function report(source: string): MarkdownReport {
  const result = importMarkdown(source);
  if (!result.ok) throw new Error(`import failed: ${result.problem}`);
  return result.report;
}

const node = (title: string, content: unknown[] = empty, children: NodeShape[] = [], extra: Partial<NodeShape> = {}): Required<NodeShape> => ({
  title,
  role: 'body',
  numbered: true,
  content,
  children: children as Required<NodeShape>[],
  ...extra,
});

const cases: ReadonlyArray<{ name: string; input: string; nodes: Required<NodeShape>[] }> = [
  {
    name: 'chapters, sections and content headings with typed numbering dropped',
    input: md('# 一、人才培养', '', '导语', '', '## （一）立德树人', '', '### 1.形成大思政育人格局', '', '正文', '', '#### (4) 借力数字技术', '', '##### ①细项', '', '###### 更深'),
    nodes: [
      node('人才培养', [p('导语')], [
        node('立德树人', [h(1, '形成大思政育人格局'), p('正文'), h(2, '借力数字技术'), h(3, '细项'), h(3, '更深', false)]),
      ]),
    ],
  },
  {
    name: 'unnumbered chapters get their role; unnumbered sections stay unnumbered',
    input: md('# 前言', '', '——编制目的和过程', '', '# 案例附录', '', '## 经典案例 1 京津冀共建', '', '### 一、实践矩阵', '', '#### (一) 启智润心', '', '# 编写分工', '', '# 附录'),
    nodes: [
      node('前言', [p('——编制目的和过程')], [], { role: 'preface', numbered: false }),
      node('案例附录', empty, [node('经典案例 1 京津冀共建', [h(1, '实践矩阵'), h(2, '启智润心')], [], { numbered: false })], { role: 'case-appendix', numbered: false }),
      node('编写分工', empty, [], { role: 'authorship', numbered: false }),
      node('附录', empty, [], { numbered: false }),
    ],
  },
  {
    name: 'an explicit {.unnumbered} wins over typed numbering',
    input: md('# 一、总论 {.unnumbered}'),
    nodes: [node('总论', empty, [], { numbered: false })],
  },
  {
    name: 'text before the first heading goes to a leading node, with early sections',
    input: md('天津工业职业学院质量年度报告', '', '## （一）孤立的节', '', '# 一、第一章'),
    nodes: [
      node('未归类内容', [p('天津工业职业学院质量年度报告')], [node('孤立的节')], { numbered: false }),
      node('第一章'),
    ],
  },
  {
    name: 'a document starting at ## uses ## as chapters',
    input: md('## 一、甲', '', '### （一）乙', '', '#### 1. 丙'),
    nodes: [node('甲', empty, [node('乙', [h(1, '丙')])])],
  },
  {
    name: 'a deep heading directly in a chapter keeps its absolute level',
    input: md('# 一、甲', '', '### 1. 丙'),
    nodes: [node('甲', [h(2, '丙')])],
  },
  {
    name: 'paragraph lines join; marks become runs; a case box becomes a case with its title',
    input: md('# 一、甲', '', '学院常态化开展', '“领导接待日”活动，累计**500**余名', '', '::: {.case}', '**案例 1-2 打造倾听机制**', '', '案例正文', ':::'),
    nodes: [
      node('甲', [
        { type: 'paragraph', children: [{ text: '学院常态化开展“领导接待日”活动，累计' }, { text: '500', bold: true }, { text: '余名' }] },
        { type: 'case', title: '打造倾听机制', children: [p('案例正文')] },
      ]),
    ],
  },
  {
    name: 'a numbered list resumes when only blank content split it; a figure keeps its place between lists',
    input: md('# 一、甲', '', '1. 第一项', '', '2. 第二项', '', '<!-- 注释 -->', '', '3. 第三项', '', '![图8-10 讲堂](figure.png)', '', '4. 第四项', '', '- 要点'),
    nodes: [
      node('甲', [
        { type: 'numbered-list', children: ['第一项', '第二项', '第三项'].map((text) => ({ type: 'list-item', children: [{ text }] })) },
        { type: 'figure', asset: null, caption: '讲堂', source: '', width: 80, missingName: 'figure.png', children: [{ text: '' }] },
        { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: '第四项' }] }] },
        { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: '要点' }] }] },
      ]),
    ],
  },
  {
    name: 'bold heading text keeps its mark after the number is removed',
    input: md('# 一、甲', '', '### **2. 搭建体系**'),
    nodes: [node('甲', [{ type: 'heading', level: 2, children: [{ text: '搭建体系', bold: true }] }])],
  },
];

describe('importMarkdown builds the outline and content', () => {
  it.each(cases)('$name', ({ input, nodes }) => {
    expect(report(input).nodes.map(shapeOf)).toEqual(nodes);
  });

  it('tallies what it made of the source and lists the images to load', () => {
    const result = report(
      md('intro', '', '# 一、甲', '', '::: {.case}', '![图1](a.png)', '', '文字![图2](b.png)见[链接](http://x)', ':::', '', 'Table: 表 1', '', '| a |', '|---|', '| 1 |', '', '见表 1。', '', '```', 'x', '```'),
    );
    expect(result.tally).toEqual({ tables: 1, figures: 2, cases: 1, crossReferences: 1, codeBlocks: 1, links: 1, leadingBlocks: 1 });
    expect(result.images.map(({ src, line }) => [src, line])).toEqual([
      ['a.png', 6],
      ['b.png', 8],
    ]);
    // The first block of that case box is a figure, not a 案例 title line.
    expect(result.warnings.map((w) => [w.kind, w.line])).toEqual([['case-title', 5]]);
  });

  it('gives every block a fresh, unique id', () => {
    const text = md('# 一、甲', '', '段落', '', '- 项', '', '## （一）乙', '', '### 1. 丙', '', '段落');
    const first = report(text);
    const second = report(text);
    const ids = (r: MarkdownReport): string[] =>
      JSON.stringify(r.nodes)
        .match(/"id":"[^"]+"/g)
        ?.map((s) => s.slice(6, -1)) ?? [];
    const a = ids(first);
    expect(a.length).toBe(5); // paragraph, list, list item; heading, paragraph
    expect(new Set(a).size).toBe(a.length);
    expect(ids(second).some((id) => a.includes(id))).toBe(false);
  });

  it.each([
    { name: 'empty text', input: '', problem: 'empty' },
    { name: 'whitespace and a byte-order mark', input: '\uFEFF \n\n\t\n', problem: 'empty' },
    { name: 'binary data', input: 'PK\u0003\u0004\u0000\u0000# 一、甲', problem: 'not-text' },
    { name: 'no headings', input: md('只有段落', '', '- 和列表'), problem: 'no-headings' },
  ])('refuses $name', ({ input, problem }) => {
    expect(importMarkdown(input)).toEqual({ ok: false, problem });
  });
});
