/**
 * `reportworks chart add`: finds the table by caption fragment, number or id, inserts the chart right
 * after it, prints the figure number; `info --json` counts it. Bad input: one line, exit 2 (bad
 * arguments, an ambiguous or unknown table) or 1 (a range without numbers), project unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { InfoData } from '../../electron/cli/info-view';
import { Project } from '../../electron/project-store/project';
import type { FigureElement } from '../../shared/model/document';
import { expectOneLineError, fileState, makeTempDir, runCli } from './support';

const temp = makeTempDir();
afterAll(temp.cleanup);
const project = path.join(temp.dir, 'report.rwproj');

const MARKDOWN = `# 学生发展

毕业生情况如下。

Table: 2025 届毕业生院系分布

| 院系 | 人数 | 占比 |
|---|---|---|
| 机械工程系 | 939 | 40.54% |
| 智能技术系 | 806 | 34.80% |
| 经济管理系 | 571 | 24.65% |
| 合计 | 2316 | 100.00% |

数据来源：全国高校毕业生就业管理系统

负责人如下。

Table: 各院系负责人名单

| 院系 | 负责人 |
|---|---|
| 机械工程系 | 张三 |

招生变化如下。

Table: 招生人数变化

| 项目 | 2024 年 | 2025 年 |
|---|---|---|
| 招生 | 3100 | 3400 |
`;

beforeAll(async () => {
  expect((await runCli(['new', project, '--unit', '测试学院', '--year', '2025', '--blank'])).status).toBe(0);
  const md = path.join(temp.dir, 'report.md');
  fs.writeFileSync(md, MARKDOWN);
  const imported = await runCli(['import-md', project, md]);
  expect(imported.status).toBe(0);
});

/** The chapter part of numbers (a blank project's imported chapter may count as front matter: 0). */
let chapter = '';

function figures(): FigureElement[] {
  const p = Project.open(project, { readOnly: true });
  try {
    return p.outline().flatMap((n) => p.loadSection(n.id).content.filter((b): b is FigureElement => b.type === 'figure'));
  } finally {
    p.close();
  }
}

describe('reportworks chart add', () => {
  it('inserts a chart after the table found by a caption fragment and prints its number', async () => {
    const run = await runCli(['chart', 'add', project, '--table', '院系分布', '--type', 'combo', '--category', '院系', '--series', '人数,占比', '--title', '2025 届毕业生人数与占比', '--unit', '人']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^图 \d+-1\n$/);
    chapter = run.stdout.slice(2, run.stdout.indexOf('-'));
    expect(run.stderr).toMatch(/已在表 \d+-1之后插入图 \d+-1“2025 届毕业生人数与占比”/);
    expect(run.stderr).toContain('未绘制的汇总行：合计');
    const p = Project.open(project, { readOnly: true });
    try {
      const content = p.loadSection(p.outline()[0]!.id).content;
      const at = content.findIndex((b) => b.type === 'table' && b.caption === '2025 届毕业生院系分布');
      const figure = content[at + 1] as FigureElement;
      expect(figure).toMatchObject({ type: 'figure', asset: null, caption: '2025 届毕业生人数与占比', source: '全国高校毕业生就业管理系统' });
      expect(figure.chart).toMatchObject({ type: 'combo', category: '院系', series: ['人数', '占比'], unit: '人', table: content[at]!.id });
      expect(figure.chart?.snapshot?.categories).toEqual(['机械工程系', '智能技术系', '经济管理系']);
    } finally {
      p.close();
    }
  });

  it('takes a table number; numbers follow document order; info --json counts charts', async () => {
    const run = await runCli(['chart', 'add', project, '--table', `表 ${chapter}-3`, '--type', 'line', '--by', 'row']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^图 \d+-2\n$/);
    const info = JSON.parse((await runCli(['info', project, '--json'])).stdout) as InfoData;
    expect(info.counts).toMatchObject({ tables: 3, figures: 2, charts: 2 });
  });

  it.each<[string[], number, string]>([
    [['--table', '院系', '--type', 'pie'], 2, '对应多个表格：表'],
    [['--table', '在校生', '--type', 'pie'], 2, '找不到表格“在校生”'],
    [['--table', '院系分布', '--type', 'radar'], 2, '图表类型“radar”无效'],
    [['--table', '院系分布'], 2, '缺少 --type'],
    [['--table', '负责人名单', '--type', 'column'], 1, '图表无法绘制：所选范围没有数字'],
    [['--table', '院系分布', '--type', 'column', '--series', '在校生'], 1, '没有名为“在校生”的列'],
  ])('refuses %j with one line, exit %i, project unchanged', async (args, code, fragment) => {
    const before = fileState(project);
    const count = figures().length;
    const run = await runCli(['chart', 'add', project, ...args]);
    expectOneLineError(run, code, fragment);
    expect(figures()).toHaveLength(count);
    expect(fileState(project).bytes).toBe(before.bytes);
  });
});
