/**
 * `reportworks import-md` with broken input: broken tables and bad images are imported as well as
 * they can be, with one warning line each, never a crash; an import that is refused leaves the
 * project byte for byte as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { InfoData } from '../../electron/cli/info-view';
import { Project } from '../../electron/project-store/project';
import { generatePhotos } from '../support/generate-photos';
import { expectOneLineError, fileState, makeTempDir, runCli, type CliRun } from './support';

const temp = makeTempDir();
afterAll(temp.cleanup);
let counter = 0;

async function newProject(): Promise<string> {
  counter += 1;
  const file = path.join(temp.dir, `bad-${counter}.rwproj`);
  expect((await runCli(['new', file, '--unit', '天津工业职业学院', '--year', '2025'])).status).toBe(0);
  return file;
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(temp.dir, name);
  fs.writeFileSync(file, content);
  return file;
}

const BROKEN = [
  '# 一、人才培养', // 1
  '',
  'Table: 表 1-1 参差的表格', // 3
  '',
  '| 院系 | 人数 |', // 5
  '|---|---|',
  '| 机械系 | 30 | 多出的格 |',
  '| 电子系 |',
  '',
  'Table: 表 1-2 后面没有表格', // 10
  '',
  '正文段落。',
  '',
  'Table: 表 1-3 只有分隔行', // 14
  '',
  '|---|---|', // 16
  '',
  '|---|---|', // 18
  '| 缺表头 | 1 |',
  '',
  '![图1-1 损坏的图片](broken.jpg)', // 21
  '',
  '![图1-2 扩展名是 png 的文本](notes.png)', // 23
  '',
  '见表 1-1、图 1-2。',
].join('\n');

describe('broken tables and images are imported with warnings', () => {
  let project: string;
  let run: CliRun;

  beforeAll(async () => {
    write('broken.jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(4000, 0x42)]));
    write('notes.png', '# 这不是图片\n');
    project = await newProject();
    run = await runCli(['import-md', project, write('broken.md', BROKEN)]);
  });

  it('succeeds and says what it imported', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('表格 2 个，图 2 个（图片 0 张），案例 0 个，交叉引用 2 处');
  });

  it('prints one warning line per problem, naming the table or file and the line', () => {
    expect(run.stderr.split('\n').filter((l) => l !== '')).toEqual([
      expect.stringMatching(/^警告：第 21 行的图片“broken\.jpg”无法导入：.*已损坏.*；已插入占位图 \/ Warning: line 21: image "broken\.jpg" could not be imported/),
      expect.stringMatching(/^警告：第 23 行的图片“notes\.png”无法导入：“notes\.png”不是可识别的图片，或文件已损坏；已插入占位图 \/ Warning: line 23/),
      '警告：表 1-1“参差的表格”（源文件第 5 行）：第 2、3 行的单元格数与表头不一致，已按最宽的一行补齐空单元格，请核对 / ' +
        'Warning: table 1-1 (line 5): 2 row(s) have a different number of cells than the header; padded with empty cells',
      '警告：表 1-3“只有分隔行”（源文件第 16 行）：表格没有任何内容（只有分隔行），已略过 / ' +
        'Warning: table 1-3 (line 16): the table has no content (only a delimiter row) and was left out',
      '警告：源文件第 18 行的表格：表格缺少表头行，已作为无表头表格导入 / Warning: table at line 18: the pipe table has no header row; imported without one',
      '警告：第 10 行的表格标题“表 1-2 后面没有表格”前后没有表格，已作为普通段落导入 / ' +
        'Warning: the table caption at line 10 has no table next to it; imported as a paragraph',
    ]);
  });

  it('stores what it could: two tables, two placeholder figures, the orphan caption as text', async () => {
    const info = JSON.parse((await runCli(['info', project, '--json'])).stdout) as InfoData;
    expect(info.counts).toMatchObject({ tables: 2, figures: 2, cases: 0 });
    const opened = Project.open(project, { readOnly: true });
    try {
      const content = opened.loadAllSections().flatMap((doc) => doc.content);
      expect(content.map((b) => b.type)).toEqual(['table', 'paragraph', 'paragraph', 'table', 'figure', 'figure', 'paragraph']);
      expect(content.filter((b) => b.type === 'figure').map((f) => f.type === 'figure' && [f.asset, f.missingName])).toEqual([
        [null, 'broken.jpg'],
        [null, 'notes.png'],
      ]);
    } finally {
      opened.close();
    }
  });
});

describe('refused imports leave the project byte for byte as it was', () => {
  let withPhotos: string;

  beforeAll(async () => {
    const dir = path.join(temp.dir, 'photos');
    await generatePhotos(dir, 2, 700);
    withPhotos = path.join(dir, 'report.md');
    fs.writeFileSync(withPhotos, ['# 一、甲', '', '![图1-1 甲](fig-01.jpg)', '', BROKEN.split('\n').slice(2).join('\n')].join('\n'));
  }, 60_000);

  it('when the project is open for editing elsewhere', async () => {
    const project = await newProject();
    const editing = Project.open(project);
    try {
      const before = fs.readFileSync(project).toString('base64');
      expectOneLineError(await runCli(['import-md', project, withPhotos]), 1, '正由', 'is open for editing by');
      expect(fs.readFileSync(project).toString('base64')).toBe(before);
    } finally {
      editing.close();
    }
  });

  it('when the project file is not a project, before any image is read', async () => {
    const fake = write('fake.rwproj', 'not a project');
    const before = fileState(fake);
    expectOneLineError(await runCli(['import-md', fake, withPhotos]), 1, '不是年报工坊项目文件');
    expect(fileState(fake)).toEqual(before);
  });

  it('when the Markdown has no headings, even with images', async () => {
    const project = await newProject();
    const before = fileState(project);
    expectOneLineError(await runCli(['import-md', project, write('no-headings.md', '![图1-1 甲](photos/fig-01.jpg)\n\n| a |\n|---|\n')]), 1, '没有标题');
    expect(fileState(project)).toEqual(before);
  });
});
