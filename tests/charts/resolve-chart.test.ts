/**
 * The chart model as data: a table (ASCII grid, see ../tables/table-spec.ts), a chart's choices and
 * what must come out: categories, series with their values, what is excluded, or the problem.
 */
import { resolveChart, findTable } from '../../shared/charts/resolve-chart';
import { chartSpec, type ChartSpec } from '../../shared/charts/chart-spec';
import { tableFromSpec, type Spec } from '../tables/table-spec';

interface Case {
  readonly name: string;
  readonly table: Spec;
  readonly headerRows?: number;
  readonly chart: Partial<ChartSpec> & { type?: ChartSpec['type'] };
  readonly expect:
    | { categories: string[]; series: Record<string, (number | null)[]>; excluded?: string[]; secondary?: string[]; percent?: string[]; note?: RegExp }
    | { problem: RegExp };
}

const DEPARTMENTS: Spec = [
  ['院系', '专业', '人数', '占比'],
  ['机械系', '数控', '300', '30%'],
  ['^', '机电', '200', '20%'],
  ['^', '小计', '500', '50%'],
  ['信息系', '软件', '400', '40%'],
  ['^', '网络', '100', '10%'],
  ['^', '小计', '500', '50%'],
  ['合计', '<', '1000', '100%'],
];

const TREND: Spec = [
  ['项目', '2023 年', '2024 年', '2025 年', '合计'],
  ['招生人数', '3,100', '3,250', '3,400', '9,750'],
  ['毕业人数', '2,900', '3,000', '3,337', '9,237'],
];

const TWO_LEVEL_HEADER: Spec = [
  ['院系', '2024 届', '<', '2025 届', '<'],
  ['^', '人数', '就业率', '人数', '就业率'],
  ['机械系', '500', '95.1%', '520', '96.0%'],
  ['信息系', '480', '94.0%', '510', '97.5%'],
];

const CASES: readonly Case[] = [
  {
    name: 'column chart by major: 小计 and 合计 rows are left out and listed',
    table: DEPARTMENTS,
    chart: { type: 'column', category: '专业', series: ['人数'] },
    expect: { categories: ['数控', '机电', '软件', '网络'], series: { 人数: [300, 200, 400, 100] }, excluded: ['小计', '小计', '合计'] },
  },
  {
    name: 'negative control: includeTotals keeps the 小计 and 合计 rows',
    table: DEPARTMENTS,
    chart: { type: 'column', category: '专业', series: ['人数'], includeTotals: true },
    expect: { categories: ['数控', '机电', '小计', '软件', '网络', '小计', '合计'], series: { 人数: [300, 200, 500, 400, 100, 500, 1000] } },
  },
  {
    name: 'by a merged group label: each group takes its 小计 row',
    table: DEPARTMENTS,
    chart: { type: 'pie', category: '院系', series: ['人数'] },
    expect: { categories: ['机械系', '信息系'], series: { 人数: [500, 500] }, excluded: ['合计'], note: /取其小计行/ },
  },
  {
    name: 'default series: every numeric column; percentages kept as fractions',
    table: DEPARTMENTS,
    chart: { type: 'combo', category: '专业' },
    expect: {
      categories: ['数控', '机电', '软件', '网络'],
      series: { 人数: [300, 200, 400, 100], 占比: [0.3, 0.2, 0.4, 0.1] },
      secondary: ['占比'],
      percent: ['占比'],
    },
  },
  {
    name: 'combo with the secondary series named',
    table: DEPARTMENTS,
    chart: { type: 'combo', category: '专业', series: ['占比', '人数'], secondary: ['人数'] },
    expect: { categories: ['数控', '机电', '软件', '网络'], series: { 占比: [0.3, 0.2, 0.4, 0.1], 人数: [300, 200, 400, 100] }, secondary: ['人数'] },
  },
  {
    name: 'by row: years across the header are the categories; the 合计 column is left out',
    table: TREND,
    chart: { type: 'line', by: 'row' },
    expect: { categories: ['2023 年', '2024 年', '2025 年'], series: { 招生人数: [3100, 3250, 3400], 毕业人数: [2900, 3000, 3337] }, excluded: ['合计'] },
  },
  {
    name: 'by row with one row chosen',
    table: TREND,
    chart: { type: 'column', by: 'row', series: ['毕业'] },
    expect: { categories: ['2023 年', '2024 年', '2025 年'], series: { 毕业人数: [2900, 3000, 3337] } },
  },
  {
    name: 'two header rows: labels join the merged year and the column title; a full label picks one',
    table: TWO_LEVEL_HEADER,
    headerRows: 2,
    chart: { type: 'column', series: ['2024 届 人数', '2025 届 人数'] },
    expect: { categories: ['机械系', '信息系'], series: { '2024 届 人数': [500, 480], '2025 届 人数': [520, 510] } },
  },
  {
    name: 'two header rows: an ambiguous short label is a problem naming the candidates',
    table: TWO_LEVEL_HEADER,
    headerRows: 2,
    chart: { type: 'column', series: ['人数'] },
    expect: { problem: /“人数”对应多列（2024 届 人数、2025 届 人数）/ },
  },
  {
    name: 'a column that does not exist',
    table: TREND,
    chart: { type: 'column', series: ['在校生'] },
    expect: { problem: /没有名为“在校生”的列/ },
  },
  {
    name: 'a range without numbers is a problem, not an empty chart',
    table: [['院系', '负责人'], ['机械系', '张三'], ['信息系', '李四']],
    chart: { type: 'column' },
    expect: { problem: /所选范围没有数字/ },
  },
  {
    name: 'a named text column is a problem',
    table: [['院系', '负责人', '人数'], ['机械系', '张三', '10'], ['信息系', '李四', '20']],
    chart: { type: 'column', series: ['负责人'] },
    expect: { problem: /“负责人”中没有数字/ },
  },
  {
    name: 'a 序号 column is not data; blanks and dashes are gaps',
    table: [['序号', '院系', '人数'], ['1', '机械系', '10'], ['2', '信息系', '—'], ['3', '经管系', '30']],
    chart: { type: 'column', category: '院系' },
    expect: { categories: ['机械系', '信息系', '经管系'], series: { 人数: [10, null, 30] }, note: /1 个单元格不是数字/ },
  },
  {
    name: 'a merged value cell over a merged category is one point',
    table: [['院系', '专业', '经费'], ['机械系', '数控', '50'], ['^', '机电', '^'], ['信息系', '软件', '30']],
    chart: { type: 'column', category: '院系', series: ['经费'] },
    expect: { categories: ['机械系', '信息系'], series: { 经费: [50, 30] } },
  },
  {
    name: 'pie with negative values is refused',
    table: [['项目', '增减'], ['甲', '5'], ['乙', '-3']],
    chart: { type: 'pie' },
    expect: { problem: /不能有负数/ },
  },
  {
    name: 'combo needs two series',
    table: TREND,
    chart: { type: 'combo', series: ['2023 年'] },
    expect: { problem: /至少需要两个系列/ },
  },
  {
    name: 'only totals left is a problem',
    table: [['项目', '人数'], ['合计', '10']],
    chart: { type: 'column' },
    expect: { problem: /没有可绘制的类别/ },
  },
];

describe('resolveChart (cases as data)', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const table = tableFromSpec(c.table, { headerRows: c.headerRows ?? 1 });
    const spec = chartSpec(table.id, c.chart.type ?? 'column', c.chart);
    const result = resolveChart(table, spec);
    if ('problem' in c.expect) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem).toMatch(c.expect.problem);
      return;
    }
    if (!result.ok) throw new Error(`unexpected problem: ${result.problem}`);
    expect(result.data.categories).toEqual(c.expect.categories);
    const series = Object.fromEntries(result.data.series.map((s) => [s.name, s.values.map((v) => (v === null ? null : Number(v.toFixed(6))))]));
    expect(series).toEqual(c.expect.series);
    expect(result.data.series.map((s) => s.name)).toEqual(Object.keys(c.expect.series));
    if (c.expect.excluded) expect(result.excluded).toEqual(c.expect.excluded);
    if (c.expect.secondary) expect(result.data.series.filter((s) => s.secondary).map((s) => s.name)).toEqual(c.expect.secondary);
    if (c.expect.percent) expect(result.data.series.filter((s) => s.percent).map((s) => s.name)).toEqual(c.expect.percent);
    if (c.expect.note) expect(result.notes.join('\n')).toMatch(c.expect.note);
  });

  test('a deleted table is a problem', () => {
    const result = resolveChart(undefined, chartSpec('gone', 'column'));
    expect(result).toEqual({ ok: false, problem: expect.stringMatching(/已被删除/) as unknown as string });
  });

  test('findTable looks inside case boxes', () => {
    const table = tableFromSpec(TREND);
    const blocks = [{ type: 'paragraph', id: 'p', children: [{ text: '' }] }, { type: 'case', id: 'k', title: 't', children: [table] }];
    expect(findTable(blocks, table.id)).toBe(table);
    expect(findTable(blocks, 'nope')).toBeUndefined();
  });
});
