import { CHART_TYPES, isChartType } from '../../../shared/charts/chart-spec';
import { addChart, findReportTable, reportTables } from '../../charts/add-chart';
import { Project } from '../../project-store/project';
import { CHART_HELP } from '../chart-help';
import { EXIT_OK, usageError } from '../cli-error';
import { expectPositionals, type Command } from './command';

const list = (value: string | undefined): string[] => (value === undefined ? [] : value.split(/[,，、]/).map((s) => s.trim()).filter((s) => s !== ''));

export const chartCommand: Command = {
  name: 'chart',
  help: CHART_HELP,
  options: {
    table: { type: 'string' },
    type: { type: 'string' },
    category: { type: 'string' },
    series: { type: 'string' },
    title: { type: 'string' },
    by: { type: 'string' },
    secondary: { type: 'string' },
    unit: { type: 'string' },
    'include-totals': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  run(args, io) {
    const [action, file] = expectPositionals(args, [
      { zh: '子命令（add）', en: 'sub-command (add)' },
      { zh: '项目文件（.rwproj）', en: 'project file (.rwproj)' },
    ]) as [string, string];
    if (action !== 'add') throw usageError(`未知的子命令：${action}（只有 chart add）`, `unknown sub-command: ${action} (only chart add)`);
    const tableQuery = args.strings.get('table');
    const type = args.strings.get('type');
    if (tableQuery === undefined || tableQuery.trim() === '') throw usageError('缺少 --table 表格', 'missing --table');
    if (type === undefined) throw usageError('缺少 --type 图表类型', 'missing --type');
    if (!isChartType(type)) throw usageError(`图表类型“${type}”无效，可用：${CHART_TYPES.join('、')}`, `bad --type ${type}; one of ${CHART_TYPES.join(', ')}`);
    const by = args.strings.get('by') ?? 'column';
    if (by !== 'column' && by !== 'row') throw usageError(`--by 只能是 column 或 row：${by}`, `--by must be column or row: ${by}`);
    const project = Project.open(file);
    try {
      const tables = reportTables(project);
      const found = findReportTable(tables, tableQuery);
      if (!found.ok) {
        const names = found.candidates.map((t) => `${t.label} ${t.table.caption}`).join('；');
        if (found.candidates.length > 1) throw usageError(`“${tableQuery}”对应多个表格：${names}`, `"${tableQuery}" matches ${found.candidates.length} tables`);
        throw usageError(`找不到表格“${tableQuery}”（共 ${tables.length} 个表格）`, `no table matches "${tableQuery}"`);
      }
      const added = addChart(
        project,
        found.table,
        {
          type,
          by,
          category: args.strings.get('category') ?? '',
          series: list(args.strings.get('series')),
          secondary: list(args.strings.get('secondary')),
          unit: args.strings.get('unit') ?? '',
          includeTotals: args.flags.has('include-totals'),
        },
        args.strings.get('title'),
      );
      io.out(`${added.label}\n`);
      io.err(`已在${found.table.label}之后插入${added.label}“${added.caption}”。\n`);
      for (const note of added.notes) io.err(`提示：${note}\n`);
    } finally {
      project.close();
    }
    return EXIT_OK;
  },
};
