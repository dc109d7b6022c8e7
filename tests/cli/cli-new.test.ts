/** `reportworks new`: creating projects, and every way the arguments can be wrong. */
import fs from 'node:fs';
import path from 'node:path';
import type { InfoData } from '../../electron/cli/info-view';
import { expectOneLineError, fileState, makeTempDir, runCli } from './support';

const temp = makeTempDir();
afterAll(temp.cleanup);
const file = (name: string): string => path.join(temp.dir, name);

async function info(project: string): Promise<InfoData> {
  const run = await runCli(['info', project, '--json']);
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as InfoData;
}

describe('reportworks new', () => {
  it('creates a project from the built-in template', async () => {
    const target = file('template.rwproj');
    const run = await runCli(['new', target, '--unit', '天津工业职业学院', '--year', '2025']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`已创建项目：${target}`);
    expect(run.stderr).toBe('');
    const data = await info(target);
    expect(data.settings).toMatchObject({ unitName: '天津工业职业学院', year: 2025, numberingScheme: 'chapter' });
    expect(data.outline.filter((n) => n.level === 1).map((n) => n.title)).toEqual([
      '前言',
      '人才培养',
      '产教融合',
      '服务贡献',
      '国际合作',
      '文化传承',
      '发展保障',
      '挑战与展望',
      '案例附录',
      '编写分工',
    ]);
    // The process released its lock when it finished.
    expect(fileState(target).lock).toBe(false);
  });

  it('creates a blank project with global numbering, options in any order and --opt=value form', async () => {
    const target = file('blank.rwproj');
    const run = await runCli(['new', '--numbering=global', '--blank', target, '--year=2024', '--unit', '某某职业技术学院']);
    expect(run.status).toBe(0);
    const data = await info(target);
    expect(data.settings).toMatchObject({ unitName: '某某职业技术学院', year: 2024, numberingScheme: 'global' });
    expect(data.outline.map((n) => n.title)).toEqual(['新的一章']);
  });

  it('refuses to overwrite an existing file and leaves it untouched', async () => {
    const target = file('existing.rwproj');
    fs.writeFileSync(target, '不是项目，但也不能被覆盖');
    const before = fileState(target);
    expectOneLineError(await runCli(['new', target, '--unit', 'x', '--year', '2025']), 1, '文件已存在', 'file already exists');
    expect(fileState(target)).toEqual(before);
  });

  it('reports a missing folder as a missing file (exit code 2)', async () => {
    const target = path.join(temp.dir, 'no-such-folder', 'a.rwproj');
    expectOneLineError(await runCli(['new', target, '--unit', 'x', '--year', '2025']), 2, '找不到文件', 'file not found');
    expect(fs.existsSync(path.dirname(target))).toBe(false);
  });

  it.each([
    { name: 'no file', args: ['--unit', 'x', '--year', '2025'], zh: '缺少参数：项目文件', en: 'missing argument: project file' },
    { name: 'two files', args: ['a.rwproj', 'b.rwproj', '--unit', 'x', '--year', '2025'], zh: '多余的参数：b.rwproj', en: 'unexpected argument' },
    { name: 'a wrong extension', args: ['a.docx', '--unit', 'x', '--year', '2025'], zh: '应以 .rwproj 结尾', en: 'must end in .rwproj' },
    { name: 'no unit', args: ['a.rwproj', '--year', '2025'], zh: '缺少 --unit', en: 'missing --unit' },
    { name: 'an empty unit', args: ['a.rwproj', '--unit', '  ', '--year', '2025'], zh: '缺少 --unit', en: 'missing --unit' },
    { name: 'a unit name over 100 characters', args: ['a.rwproj', '--unit', '院'.repeat(101), '--year', '2025'], zh: '不能超过 100 个字', en: 'longer than 100' },
    { name: 'no year', args: ['a.rwproj', '--unit', 'x'], zh: '缺少 --year', en: 'missing --year' },
    { name: 'a two-digit year', args: ['a.rwproj', '--unit', 'x', '--year', '25'], zh: '年度应为 2000—2100 之间的整数：25', en: 'the year must be' },
    { name: 'a year out of range', args: ['a.rwproj', '--unit', 'x', '--year', '1999'], zh: '年度应为', en: '1999' },
    { name: 'a year with letters', args: ['a.rwproj', '--unit', 'x', '--year', '2O25'], zh: '年度应为', en: '2O25' },
    { name: 'a bad numbering', args: ['a.rwproj', '--unit', 'x', '--year', '2025', '--numbering', 'page'], zh: '--numbering 只能是', en: 'chapter or global' },
    { name: 'an unknown option', args: ['a.rwproj', '--unit', 'x', '--year', '2025', '--force'], zh: '未知选项 --force', en: 'unknown option --force' },
    { name: 'an option without its value', args: ['a.rwproj', '--year', '2025', '--unit'], zh: '--unit 缺少取值', en: 'needs a value' },
  ])('refuses $name with exit code 2 and creates nothing', async ({ args, zh, en }) => {
    expectOneLineError(await runCli(['new', ...args], temp.dir), 2, zh, en);
    expect(fs.existsSync(path.join(temp.dir, 'a.rwproj'))).toBe(false);
  });
});
