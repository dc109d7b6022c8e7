/** `reportworks import-md` end to end: the full fixture, replacement semantics and every refusal. */
import fs from 'node:fs';
import path from 'node:path';
import type { InfoData } from '../../electron/cli/info-view';
import { Project } from '../../electron/project-store/project';
import { stripTypedNumber } from '../../shared/numbering/heading-numbering';
import { fixturePath } from '../markdown/support';
import { expectOneLineError, fileState, makeTempDir, runCli, type CliRun } from './support';

const temp = makeTempDir();
afterAll(temp.cleanup);
const fixture = fixturePath();
let counter = 0;

async function newProject(): Promise<string> {
  counter += 1;
  const file = path.join(temp.dir, `report-${counter}.rwproj`);
  expect((await runCli(['new', file, '--unit', '天津工业职业学院', '--year', '2025'])).status).toBe(0);
  return file;
}

async function info(project: string): Promise<InfoData> {
  const run = await runCli(['info', project, '--json']);
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as InfoData;
}

function writeMarkdown(name: string, content: string | Buffer): string {
  const file = path.join(temp.dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('reportworks import-md with the full fixture', () => {
  let project: string;
  let run: CliRun;

  beforeAll(async () => {
    project = await newProject();
    run = await runCli(['import-md', project, fixture]);
  });

  it('succeeds, says what it imported and warns about what it had to repair, missing images in one line', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('9 章 28 节，正文小标题 196 个，表格 12 个，图 72 个（图片 0 张），案例 14 个，交叉引用 83 处');
    expect(run.stdout).toContain('原有的 10 个一级章节已移入“已删除”');
    const warnings = run.stderr.split('\n').filter((l) => l !== '');
    expect(warnings).toEqual([
      '警告：72 个图片文件找不到，已插入占位图（如第 48 行的“figure.png”；--verbose 列出全部） / ' +
        'Warning: 72 image file(s) not found; placeholders inserted (e.g. "figure.png" at line 48; --verbose lists all)',
      ...new Array(3).fill(expect.stringMatching(/^警告：表 1-1“2025 届毕业生的院系与专业分布”（源文件第 308 行）：.*院系等分组标签可能错位。 \/ Warning: table 1-1 \(line 308\): a group label \(merged cell\) may be shifted/)),
      ...new Array(6).fill(expect.stringMatching(/^警告：第 \d+ 行的案例框“.+”延续到了第 \d+ 行的编号标题/)),
      // A real conversion leftover of seed 001: a sentence of the text became a （2） heading.
      expect.stringMatching(/^警告：第 218 行的标题“以数字技术重构课程体系与教学内容。”像是一段正文/),
    ]);
  });

  it('lists every missing image with --verbose', async () => {
    const verbose = await runCli(['import-md', await newProject(), fixture, '--verbose']);
    expect(verbose.status).toBe(0);
    const lines = verbose.stderr.split('\n').filter((l) => l.includes('找不到（文件不存在），已插入占位图'));
    expect(lines).toHaveLength(72);
    expect(lines[0]).toBe(
      '警告：第 48 行的图片“figure.png”找不到（文件不存在），已插入占位图 / Warning: line 48: image "figure.png" not found (file not found); a placeholder was inserted',
    );
  });

  it('gives the outline of the report with computed numbers', async () => {
    const data = await info(project);
    const top = data.outline.filter((n) => n.level === 1);
    expect(top.map((n) => `${n.number}${n.title}`)).toEqual([
      '前言',
      '一、人才培养',
      '二、产教融合',
      '三、服务贡献',
      '四、国际合作',
      '五、文化传承',
      '六、发展保障',
      '七、挑战与展望',
      '案例附录',
    ]);
    const appendix = top[8] as InfoData['outline'][number];
    const cases = data.outline.filter((n) => n.parentId === appendix.id);
    expect(cases.map((n) => [n.number, n.title.slice(0, 6)])).toEqual([
      ['', '经典案例 1'],
      ['', '经典案例 2'],
      ['', '经典案例 3'],
      ['', '经典案例 4'],
    ]);
    expect(data.outline.find((n) => n.title === '高质就业')?.number).toBe('（四）');
    expect(data.outline.every((n) => !stripTypedNumber(n.title).hadNumber)).toBe(true);
  });

  it('counts sections, headings and more than 70 000 characters', async () => {
    const { counts } = await info(project);
    expect(counts).toMatchObject({ sections: 37, topLevel: 9, secondLevel: 28, contentHeadings: 196, tables: 12, figures: 72, cases: 14 });
    expect(counts.characters).toBeGreaterThan(70000);
  });

  it('stores content headings without typed numbering', () => {
    const opened = Project.open(project, { readOnly: true });
    try {
      const headings = opened
        .outline()
        .flatMap((n) => opened.loadSection(n.id).content)
        .flatMap((b) => (b.type === 'case' ? b.children : [b]))
        .filter((b) => b.type === 'heading')
        .map((b) => b.children.map((c) => c.text).join(''));
      expect(headings).toHaveLength(196);
      expect(headings.filter((h) => stripTypedNumber(h).hadNumber)).toEqual([]);
    } finally {
      opened.close();
    }
  });

  it('keeps the replaced outline as soft-deleted nodes', () => {
    const opened = Project.open(project, { readOnly: true });
    try {
      expect(opened.deletedNodes().map((n) => n.title)).toEqual(expect.arrayContaining(['前言', '人才培养', '编写分工']));
    } finally {
      opened.close();
    }
    expect(fileState(project).lock).toBe(false);
  });
});

describe('reportworks import-md replacing an outline', () => {
  it('a second import replaces the first; text before the first heading is reported', async () => {
    const project = await newProject();
    expect((await runCli(['import-md', project, writeMarkdown('one.md', '# 一、甲\n\n## （一）乙\n')])).status).toBe(0);
    const second = await runCli(['import-md', project, writeMarkdown('two.md', '说明文字\n\n# 前言\n\n正文 [链接](http://x)\n')]);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('原有的 1 个一级章节已移入“已删除”');
    expect(second.stderr).toContain('提示：第一个标题之前的 1 段内容已放入“未归类内容”');
    expect(second.stdout).toContain('表格 0 个，图 0 个（图片 0 张），案例 0 个，交叉引用 0 处');
    expect(second.stderr).toContain('提示：1 个链接只保留了文字');
    expect((await info(project)).outline.map((n) => [n.title, n.role])).toEqual([
      ['未归类内容', 'body'],
      ['前言', 'preface'],
    ]);
  });
});

describe('reportworks import-md refusals leave the project untouched', () => {
  let project: string;
  let goodMarkdown: string;

  beforeAll(async () => {
    project = await newProject();
    goodMarkdown = writeMarkdown('good.md', '# 一、甲\n\n正文\n');
  });

  const cases: ReadonlyArray<{ name: string; content: string | Buffer; code: number; zh: string; en: string }> = [
    { name: 'an empty file', content: '', code: 1, zh: 'Markdown 文件是空的', en: 'the Markdown file is empty' },
    { name: 'only blank lines', content: '\n\n   \n', code: 1, zh: 'Markdown 文件是空的', en: 'empty' },
    { name: 'no headings', content: '只有一段文字。\n\n- 和一个列表\n', code: 1, zh: '没有标题', en: 'has no headings' },
    { name: 'GB18030 text', content: Buffer.from([0x23, 0x20, 0xd2, 0xbb, 0xa1, 0xa2, 0xc8, 0xcb, 0xb2, 0xc5]), code: 1, zh: '不是 UTF-8 编码', en: 'not UTF-8' },
    { name: 'UTF-16 text', content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# 一、甲\n', 'utf16le')]), code: 1, zh: 'UTF-16 编码', en: 'UTF-16' },
    { name: 'a binary file', content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]), code: 1, zh: '不是文本文件', en: 'not a text file' },
  ];

  it.each(cases)('refuses $name', async ({ name, content, code, zh, en }) => {
    const markdown = writeMarkdown(`${name.replace(/\W+/g, '-')}.md`, content);
    const before = fileState(project);
    expectOneLineError(await runCli(['import-md', project, markdown]), code, '错误：导入失败：', zh, 'Error: import failed: ', en);
    expect(fileState(project)).toEqual(before);
  });

  it('refuses a missing Markdown file with exit code 2', async () => {
    const before = fileState(project);
    expectOneLineError(await runCli(['import-md', project, path.join(temp.dir, 'missing.md')]), 2, '找不到文件', 'missing.md');
    expect(fileState(project)).toEqual(before);
  });

  it('refuses a folder given as the Markdown file', async () => {
    const before = fileState(project);
    expectOneLineError(await runCli(['import-md', project, temp.dir]), 1, '不是文件', 'not a file');
    expect(fileState(project)).toEqual(before);
  });

  it('refuses a project file that is not a project, and leaves it untouched', async () => {
    const fake = writeMarkdown('fake.rwproj', 'SQLite format 2 — not really\n');
    const before = fileState(fake);
    expectOneLineError(await runCli(['import-md', fake, goodMarkdown]), 1, '不是年报工坊项目文件', 'not a ReportWorks project');
    expect(fileState(fake)).toEqual(before);
  });

  it('refuses a missing project with exit code 2', async () => {
    expectOneLineError(await runCli(['import-md', path.join(temp.dir, 'none.rwproj'), goodMarkdown]), 2, '找不到文件', 'none.rwproj');
    expect(fs.existsSync(path.join(temp.dir, 'none.rwproj'))).toBe(false);
  });

  it('refuses a project open for editing elsewhere', async () => {
    const editing = Project.open(project);
    try {
      const before = fs.readFileSync(project).toString('base64');
      expectOneLineError(await runCli(['import-md', project, goodMarkdown]), 1, '正由', 'is open for editing by');
      expect(fs.readFileSync(project).toString('base64')).toBe(before);
    } finally {
      editing.close();
    }
  });

  it('refuses a read-only project', async () => {
    const readOnly = await newProject();
    fs.chmodSync(readOnly, 0o444);
    const before = fileState(readOnly);
    expectOneLineError(await runCli(['import-md', readOnly, goodMarkdown]), 1, '只读文件', 'is read-only');
    expect(fileState(readOnly)).toEqual(before);
  });

  it.each([
    { name: 'no arguments', args: [], en: 'missing argument: project file' },
    { name: 'no Markdown file', args: ['a.rwproj'], en: 'missing argument: Markdown file' },
    { name: 'a third argument', args: ['a.rwproj', 'b.md', 'c.md'], en: 'unexpected argument: c.md' },
    { name: 'the arguments swapped', args: ['b.md', 'a.rwproj'], en: 'the order is: <project.rwproj> <report.md>' },
    { name: 'an unknown option', args: ['a.rwproj', 'b.md', '--merge'], en: 'unknown option --merge' },
  ])('refuses $name with exit code 2', async ({ args, en }) => {
    expectOneLineError(await runCli(['import-md', ...args], temp.dir), 2, en);
  });
});
