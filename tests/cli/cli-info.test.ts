/** `reportworks info`: JSON and summary, read-only, and refused files left untouched. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { InfoData } from '../../electron/cli/info-view';
import { Project } from '../../electron/project-store/project';
import { expectOneLineError, fileState, makeTempDir, runCli } from './support';

const temp = makeTempDir();
afterAll(temp.cleanup);
const project = path.join(temp.dir, 'report.rwproj');

beforeAll(async () => {
  const created = await runCli(['new', project, '--unit', '天津工业职业学院', '--year', '2025']);
  expect(created.status).toBe(0);
});

describe('reportworks info', () => {
  it('--json gives settings, the numbered outline and the counts', async () => {
    const run = await runCli(['info', project, '--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const data = JSON.parse(run.stdout) as InfoData;
    expect(data.file).toBe(project);
    expect(data.settings.reportTitle).toBe('天津工业职业学院职业教育质量年度报告（2025 年度）');
    expect(data.outline.slice(0, 4).map((n) => [n.level, n.number, n.title, n.role])).toEqual([
      [1, '', '前言', 'preface'],
      [1, '一、', '人才培养', 'body'],
      [2, '（一）', '立德树人', 'body'],
      [2, '（二）', '多样成长', 'body'],
    ]);
    const last = data.outline[data.outline.length - 1];
    expect(last).toMatchObject({ level: 1, number: '', title: '编写分工', role: 'authorship', numbered: false });
    expect(data.counts).toEqual({
      sections: 34,
      topLevel: 10,
      secondLevel: 24,
      contentHeadings: 3, // the preface's 编制目的和过程 / 基本内容 / 特色与亮点
      characters: data.counts.characters,
      charactersNoSpaces: data.counts.charactersNoSpaces,
      tables: 0,
      figures: 0,
      charts: 0,
      cases: 0,
    });
    expect(data.counts.characters).toBe(data.outline.reduce((sum, n) => sum + n.characters, 0));
    expect(data.counts.characters).toBeGreaterThan(0);
  });

  it('prints a readable Chinese summary without --json', async () => {
    const run = await runCli(['info', project]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('天津工业职业学院职业教育质量年度报告（2025 年度）');
    expect(run.stdout).toContain('目录：10 章 24 节（共 34 个章节）');
    expect(run.stdout).toContain('图表编号：按章编号（图 1-1）');
    expect(run.stdout).toMatch(/\n {2}一、人才培养（\d+ 字）\n {4}（一）立德树人（\d+ 字）/);
  });

  it('never changes the file and works while the project is open for editing elsewhere', async () => {
    const before = fileState(project);
    expect((await runCli(['info', project, '--json'])).status).toBe(0);
    expect(fileState(project)).toEqual(before);
    const editing = Project.open(project);
    try {
      const run = await runCli(['info', project, '--json']);
      expect(run.status).toBe(0);
      expect((JSON.parse(run.stdout) as InfoData).lockHolder?.pid).toBe(process.pid);
    } finally {
      editing.close();
    }
  });

  it('reports a missing file with exit code 2', async () => {
    expectOneLineError(await runCli(['info', path.join(temp.dir, 'nope.rwproj')]), 2, '找不到文件', 'file not found', 'nope.rwproj');
  });

  it('refuses a text file and leaves it untouched', async () => {
    const text = path.join(temp.dir, 'notes.rwproj');
    fs.writeFileSync(text, '这只是一个文本文件\n');
    const before = fileState(text);
    expectOneLineError(await runCli(['info', text]), 1, '不是年报工坊项目文件', 'is not a ReportWorks project');
    expect(fileState(text)).toEqual(before);
  });

  it("refuses another program's SQLite database and leaves it untouched", async () => {
    const foreign = path.join(temp.dir, 'other.rwproj');
    const db = new Database(foreign);
    db.exec('CREATE TABLE t(x); INSERT INTO t VALUES (1);');
    db.close();
    const before = fileState(foreign);
    expectOneLineError(await runCli(['info', foreign, '--json']), 1, '不是年报工坊项目文件（它是其他软件保存的文件）', 'another program saved it');
    expect(fileState(foreign)).toEqual(before);
  });

  it('refuses a directory', async () => {
    expectOneLineError(await runCli(['info', temp.dir]), 1, 'is not a ReportWorks project');
  });

  it.each([
    { name: 'no file', args: ['info'], en: 'missing argument: project file' },
    { name: 'two files', args: ['info', project, 'extra.rwproj'], en: 'unexpected argument: extra.rwproj' },
    { name: 'an unknown option', args: ['info', project, '--xml'], en: 'unknown option --xml' },
  ])('refuses $name with exit code 2', async ({ args, en }) => {
    expectOneLineError(await runCli(args), 2, en);
  });
});
