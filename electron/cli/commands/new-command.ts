import path from 'node:path';
import type { NumberingScheme } from '../../../shared/model/settings';
import { TABLE_VALUE_MODES, type TableValueMode } from '../../../shared/new-year/carry-forward';
import { createFromLastYear, type NewYearSummary } from '../../new-year/create-from-last-year';
import { PROJECT_EXTENSION } from '../../project-store/constants';
import { Project } from '../../project-store/project';
import { EXIT_OK, usageError } from '../cli-error';
import { NEW_HELP } from '../help-text';
import { expectPositionals, type Command } from './command';

/** The same limits as the app's new-report form (renderer/src/start/new-report-form.ts). */
const YEAR_MIN = 2000;
const YEAR_MAX = 2100;
const MAX_UNIT_NAME = 100;

function parseYear(text: string | undefined): number {
  if (text === undefined) throw usageError('缺少 --year 年度', 'missing --year');
  const year = /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!(year >= YEAR_MIN && year <= YEAR_MAX)) {
    throw usageError(`年度应为 ${YEAR_MIN}—${YEAR_MAX} 之间的整数：${text}`, `the year must be a whole number from ${YEAR_MIN} to ${YEAR_MAX}: ${text}`);
  }
  return year;
}

function parseNumbering(text: string | undefined): NumberingScheme {
  if (text === undefined || text === 'chapter') return 'chapter';
  if (text === 'global') return 'global';
  throw usageError(`--numbering 只能是 chapter 或 global：${text}`, `--numbering must be chapter or global: ${text}`);
}

function parseTableValues(text: string | undefined): TableValueMode {
  if (text === undefined) return 'clear';
  if ((TABLE_VALUE_MODES as readonly string[]).includes(text)) return text as TableValueMode;
  throw usageError(`--table-values 只能是 keep 或 clear：${text}`, `--table-values must be keep or clear: ${text}`);
}

function checkUnitName(unitName: string): void {
  if (unitName.length > MAX_UNIT_NAME) {
    throw usageError(`单位名称不能超过 ${MAX_UNIT_NAME} 个字`, `the unit name must not be longer than ${MAX_UNIT_NAME} characters`);
  }
}

function summaryLine(s: NewYearSummary): string {
  const tables = s.clearedValues > 0 ? `${s.tables} 张表格（已清空 ${s.clearedValues} 个数字）` : `${s.tables} 张表格`;
  return (
    `已创建项目：${s.path}（${s.settings.unitName}，${s.settings.year} 年度，以 ${s.fromYear} 年度项目为基础：` +
    `${s.chapters} 章 ${s.sections} 节，${s.departments} 个编写部门（分配 ${s.assigned} 处），${tables}，` +
    `规范表述 ${s.glossaryEntries} 条，忽略的校对结果 ${s.ignoredFindings} 条）\n`
  );
}

/** `new --from`: the unit and numbering scheme default to last year's; --blank makes no sense here. */
function runFromLastYear(file: string, from: string, args: Parameters<Command['run']>[0], io: Parameters<Command['run']>[1]): number {
  if (args.flags.has('blank')) throw usageError('--blank 不能与 --from 同时使用', '--blank cannot be used with --from');
  if (!from.toLowerCase().endsWith(PROJECT_EXTENSION)) {
    throw usageError(`--from 应为去年的项目文件（${PROJECT_EXTENSION}）：${from}`, `--from must be last year's project file (${PROJECT_EXTENSION}): ${from}`);
  }
  if (path.resolve(file) === path.resolve(from)) {
    throw usageError(`新项目不能与去年的项目是同一个文件：${from}`, `the new project cannot be last year's project file itself: ${from}`);
  }
  const unitText = args.strings.get('unit');
  const unitName = unitText === undefined ? undefined : unitText.trim();
  if (unitName === '') throw usageError('--unit 单位名称不能为空', 'the --unit name must not be empty');
  if (unitName !== undefined) checkUnitName(unitName);
  const year = parseYear(args.strings.get('year'));
  const numberingText = args.strings.get('numbering');
  const summary = createFromLastYear(file, from, {
    year,
    tableValues: parseTableValues(args.strings.get('table-values')),
    ...(unitName === undefined ? {} : { unitName }),
    ...(numberingText === undefined ? {} : { numberingScheme: parseNumbering(numberingText) }),
  });
  io.out(summaryLine(summary));
  // What was guessed is said where the user sees it.
  for (const notice of summary.notices) io.err(`提示：${notice}\n`);
  return EXIT_OK;
}

export const newCommand: Command = {
  name: 'new',
  help: NEW_HELP,
  options: {
    unit: { type: 'string' },
    year: { type: 'string' },
    blank: { type: 'boolean' },
    numbering: { type: 'string' },
    from: { type: 'string' },
    'table-values': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  run(args, io) {
    const [file] = expectPositionals(args, [{ zh: '项目文件（.rwproj）', en: 'project file (.rwproj)' }]) as [string];
    if (!file.toLowerCase().endsWith(PROJECT_EXTENSION)) {
      throw usageError(`项目文件名应以 ${PROJECT_EXTENSION} 结尾：${file}`, `the project file name must end in ${PROJECT_EXTENSION}: ${file}`);
    }
    const from = args.strings.get('from');
    if (from !== undefined) return runFromLastYear(file, from, args, io);
    if (args.strings.has('table-values')) throw usageError('--table-values 只能与 --from 一起使用', '--table-values needs --from');
    const unitName = (args.strings.get('unit') ?? '').trim();
    if (unitName === '') throw usageError('缺少 --unit 单位名称', 'missing --unit (name of the college)');
    checkUnitName(unitName);
    const year = parseYear(args.strings.get('year'));
    const numberingScheme = parseNumbering(args.strings.get('numbering'));
    const blank = args.flags.has('blank');
    const project = Project.create(file, { unitName, year, blank, numberingScheme });
    try {
      const outline = project.outline();
      const chapters = outline.filter((n) => n.parentId === null).length;
      io.out(
        `已创建项目：${project.path}（${unitName}，${year} 年度，${blank ? '空白报告' : '内置模板'}，` +
          `${chapters} 章 ${outline.length - chapters} 节）\n`,
      );
    } finally {
      project.close();
    }
    return EXIT_OK;
  },
};
