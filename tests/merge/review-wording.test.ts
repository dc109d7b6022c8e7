/**
 * What the office's review says about a change (shared/merge/review-wording.ts), as data: each row
 * merges base → department's version and gives the CLI's lines (electron/cli/review-view.ts), which
 * use the same wording as the app's review view. Table cells are named by their column and row
 * labels, tables by their printed number, and insertions and moves by where they go.
 */
import { changeLine } from '../../electron/cli/review-view';
import { mergeSection } from '../../shared/merge/merge-section';
import { openingWords, type ReviewLabels } from '../../shared/merge/review-wording';
import type { BlockElement, FigureElement, TableElement } from '../../shared/model/document';
import { tableFromSpec } from '../tables/table-spec';
import { h, kase, p, table } from './support';

interface Row {
  readonly name: string;
  readonly base: BlockElement[];
  /** The office's version, when it changed meanwhile (defaults to base). */
  readonly ours?: BlockElement[];
  readonly theirs: BlockElement[];
  readonly labels?: ReviewLabels;
  readonly lines: string[];
}

const INTRO = p('a', '2025 年，学院坚持立德树人根本任务，深化产教融合。');
const HEAD = h('h', '师资队伍建设', 1);
const EMPLOYMENT = table('t', [
  ['专业', '就业率', '月收入'],
  ['计算机应用技术', '96.1%', '4500'],
  ['软件技术', '95.0%', '4800'],
], '2025 届毕业生就业情况');
const FIGURE: FigureElement = { type: 'figure', id: 'f', asset: null, caption: '实训基地一角', source: '', width: 100, children: [{ text: '' }] };
const edited = (rows: string[][]) => table('t', rows, '2025 届毕业生就业情况');
/** 院系 labels merged down over their rows, as imports make them; `last`: the second group's 小计. */
const grouped = (last: string): TableElement => ({
  ...tableFromSpec([['院系', '专业', '人数'], ['机械工程系', '数控技术', '236'], ['^', '小计', '236'], ['智能技术系', '大数据技术', '197'], ['^', '小计', last]], { headerRows: 1, caption: '院系分布' }),
  id: 'g',
});

const ROWS: Row[] = [
  {
    name: 'a changed cell is named by its column header and its row label, the table by its number',
    base: [INTRO, EMPLOYMENT],
    theirs: [INTRO, edited([['专业', '就业率', '月收入'], ['计算机应用技术', '97.3%', '4500'], ['软件技术', '95.0%', '4800']])],
    labels: { t: '表 2-3' },
    lines: ['  [修改] 表 2-3（t）：“就业率”列，“计算机应用技术”行：96.1% → 97.3%'],
  },
  {
    name: 'two cells, a header cell and an emptied cell',
    base: [EMPLOYMENT],
    theirs: [edited([['专业', '就业率（%）', '月收入'], ['计算机应用技术', '96.1%', ''], ['软件技术', '95.0%', '4900']])],
    labels: { t: '表 2-3' },
    lines: ['  [修改] 表 2-3（t）：表头第 2 列：就业率 → 就业率（%）；“月收入”列，“计算机应用技术”行：4500 → （空）；“月收入”列，“软件技术”行：4800 → 4900'],
  },
  {
    name: 'a repeated 小计 row is named with its merged group label',
    base: [grouped('197')],
    theirs: [grouped('198')],
    labels: { g: '表 1-1' },
    lines: ['  [修改] 表 1-1（g）：“人数”列，“智能技术系 小计”行：197 → 198'],
  },
  {
    name: 'without merged group labels the 小计 rows cannot be told apart: the row number is given',
    base: [table('g', [['院系', '专业', '人数'], ['机械工程系', '数控技术', '236'], ['', '小计', '236'], ['智能技术系', '大数据技术', '197'], ['', '小计', '197']], '院系分布')],
    theirs: [table('g', [['院系', '专业', '人数'], ['机械工程系', '数控技术', '236'], ['', '小计', '236'], ['智能技术系', '大数据技术', '197'], ['', '小计', '198']], '院系分布')],
    lines: ['  [修改] 表格 g：“人数”列，第 5 行：197 → 198'],
  },
  {
    name: 'a paragraph inserted after another is placed by that paragraph\'s opening words',
    base: [INTRO, HEAD],
    theirs: [INTRO, p('n', '新增的一段。'), HEAD],
    lines: ['  [新增] 段落 n：插入在“2025 年，学院坚持立德树人根……”之后；{+新增的一段。+}'],
  },
  {
    name: 'after a heading, by its number and title; after a new paragraph, says so',
    base: [HEAD, INTRO],
    theirs: [HEAD, p('n1', '第一段。'), p('n2', '第二段。'), INTRO],
    labels: { h: '（一）师资队伍建设' },
    lines: ['  [新增] 段落 n1：插入在标题“（一）师资队伍建设”之后；{+第一段。+}', '  [新增] 段落 n2：插入在新增的“第一段。”之后；{+第二段。+}'],
  },
  {
    name: 'at the start of the section, of a case box, and after a table',
    base: [INTRO, kase('k', '校企共建产业学院', p('k1', '案例正文。')), EMPLOYMENT],
    theirs: [p('n0', '开头一段。'), INTRO, kase('k', '校企共建产业学院', p('n1', '案例导语。'), p('k1', '案例正文。')), EMPLOYMENT, p('n2', '表后说明。')],
    labels: { k: '案例 2', t: '表 2-3' },
    lines: [
      '  [新增] 段落 n0：插入在本节开头；{+开头一段。+}',
      '  [新增] 段落 n1：插入在案例 2“校企共建产业学院”开头；{+案例导语。+}',
      '  [新增] 段落 n2：插入在表 2-3“2025 届毕业生就业情况”之后；{+表后说明。+}',
    ],
  },
  {
    name: 'a moved paragraph says where it goes',
    base: [INTRO, HEAD, p('m', '移动的段落。')],
    theirs: [p('m', '移动的段落。'), INTRO, HEAD],
    lines: ['  [移动] 段落 m：移到本节开头；移动的段落。'],
  },
  {
    name: 'a table\'s caption and source are named as on the page (题注, 数据来源), not by their model names',
    base: [{ ...EMPLOYMENT, source: '招生就业处' }],
    theirs: [{ ...EMPLOYMENT, caption: '2025 届毕业生就业质量', source: '招生就业处统计' }],
    labels: { t: '表 2-3' },
    lines: ['  [修改] 表 2-3（t）：题注：2025 届毕业生就业[-情况-]{+质量+}；数据来源：招生就业处{+统计+}'],
  },
  {
    name: 'a figure\'s caption likewise',
    base: [FIGURE],
    theirs: [{ ...FIGURE, caption: '实训基地全景' }],
    labels: { f: '图 1-1' },
    lines: ['  [修改] 图 1-1（f）：题注：实训基地[-一角-]{+全景+}'],
  },
  // Negative controls: no wording where nothing was inserted, moved or changed in a cell.
  {
    name: 'an edited paragraph has no place, only its redline',
    base: [INTRO],
    theirs: [p('a', '2025 年，学院坚持立德树人根本任务。')],
    lines: ['  [修改] 段落 a：2025 年，学院坚持立德树人根本任务[-，深化产教融合-]。'],
  },
  { name: 'an unchanged table says nothing', base: [INTRO, EMPLOYMENT], theirs: [INTRO, EMPLOYMENT], lines: [] },
];

describe.each(ROWS)('$name', (row) => {
  test('review lines', () => {
    const merge = mergeSection({ sectionId: 's', base: row.base, ours: row.ours ?? row.base, theirs: row.theirs });
    expect(merge.changes.map((c) => changeLine(c, row.labels ?? {}))).toEqual(row.lines);
  });
});

test.each([
  ['short text stays whole', '第一段。', '第一段。'],
  ['long text is cut after 16 characters', '2025 年，学院坚持立德树人根本任务，深化产教融合。', '2025 年，学院坚持立德树人根……'],
  ['spaces are folded', '  学院\n坚持  ', '学院 坚持'],
])('openingWords: %s', (_name, text, expected) => {
  expect(openingWords(text)).toBe(expected);
});
