/** Help, version and mistakes on the command line itself. */
import packageJson from '../../package.json';
import { expectOneLineError, runCli } from './support';

describe('reportworks help and version', () => {
  it.each([['--help'], ['-h'], ['help']])('%s prints the overview', async (flag) => {
    const run = await runCli([flag]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('reportworks <命令>');
    for (const command of ['new <文件.rwproj>', 'info <文件.rwproj>', 'import-md <文件.rwproj> <报告.md>']) expect(run.stdout).toContain(command);
    expect(run.stderr).toBe('');
  });

  it.each([['--version'], ['-v']])('%s prints the package version', async (flag) => {
    const run = await runCli([flag]);
    expect(run).toEqual({ status: 0, stdout: `reportworks ${packageJson.version}\n`, stderr: '' });
  });

  it.each([
    ['new', ['new', '--help'], '--unit <单位名称>'],
    ['info', ['info', '-h'], '--json'],
    ['import-md', ['help', 'import-md'], '替换说明'],
  ])('help of %s, without its required arguments', async (_name, args, expected) => {
    const run = await runCli(args);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(expected);
  });

  it('import-md help says that the outline is replaced and kept restorable', async () => {
    const { stdout } = await runCli(['import-md', '--help']);
    expect(stdout).toContain('导入会替换项目原有的全部目录和正文');
    expect(stdout).toContain('移入“已删除”');
    expect(stdout).toContain('REPLACES');
  });
});

describe('reportworks command-line mistakes', () => {
  it('no command', async () => expectOneLineError(await runCli([]), 2, '缺少命令', 'missing command'));
  it('an unknown command', async () => expectOneLineError(await runCli(['publish']), 2, '未知命令：publish', 'unknown command: publish'));
  it('an unknown global option', async () => expectOneLineError(await runCli(['--frob']), 2, '未知选项 --frob', 'unknown option --frob'));
  it('help on an unknown command', async () => expectOneLineError(await runCli(['help', 'nope']), 2, 'unknown command: nope'));
});
