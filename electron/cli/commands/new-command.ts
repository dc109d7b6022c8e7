import type { NumberingScheme } from '../../../shared/model/settings';
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

export const newCommand: Command = {
  name: 'new',
  help: NEW_HELP,
  options: {
    unit: { type: 'string' },
    year: { type: 'string' },
    blank: { type: 'boolean' },
    numbering: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  run(args, io) {
    const [file] = expectPositionals(args, [{ zh: '项目文件（.rwproj）', en: 'project file (.rwproj)' }]) as [string];
    if (!file.toLowerCase().endsWith(PROJECT_EXTENSION)) {
      throw usageError(`项目文件名应以 ${PROJECT_EXTENSION} 结尾：${file}`, `the project file name must end in ${PROJECT_EXTENSION}: ${file}`);
    }
    const unitName = (args.strings.get('unit') ?? '').trim();
    if (unitName === '') throw usageError('缺少 --unit 单位名称', 'missing --unit (name of the college)');
    if (unitName.length > MAX_UNIT_NAME) {
      throw usageError(`单位名称不能超过 ${MAX_UNIT_NAME} 个字`, `the unit name must not be longer than ${MAX_UNIT_NAME} characters`);
    }
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
