/**
 * Images of a Markdown import: the full fixture with 72 generated photos through the CLI, and every
 * way an image can be missing or bad (in process, where the stored figures can be inspected). An
 * image problem never fails the import: the figure becomes a placeholder and a warning names the
 * file and the reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { InfoData } from '../../electron/cli/info-view';
import { importMarkdownIntoProject, prepareMarkdownImport } from '../../electron/import/import-markdown-file';
import { Project } from '../../electron/project-store/project';
import type { BlockElement, FigureElement } from '../../shared/model/document';
import { fixtureWithPhotos, generatePhotos, PHOTO_HEIGHT, PHOTO_WIDTH } from '../support/generate-photos';
import { bombPng, photoPixels, rawImage } from '../support/test-images';
import { makeTempDir, runCli } from './support';

const temp = makeTempDir();
afterAll(temp.cleanup);
let counter = 0;

function newProject(): string {
  counter += 1;
  const file = path.join(temp.dir, `images-${counter}.rwproj`);
  Project.create(file, { unitName: '天津工业职业学院', year: 2025 }).close();
  return file;
}

/** Every figure of the project, those in case boxes included, in reading order. */
function storedFigures(file: string): { figures: FigureElement[]; assets: Map<string, ReturnType<Project['assetInfo']>> } {
  const project = Project.open(file, { readOnly: true });
  try {
    const figures = project
      .loadAllSections()
      .flatMap((doc) => doc.content)
      .flatMap((b): BlockElement[] => (b.type === 'case' ? b.children : [b]))
      .filter((b): b is FigureElement => b.type === 'figure');
    const assets = new Map(figures.flatMap((f) => (f.asset === null ? [] : [[f.asset, project.assetInfo(f.asset)] as const])));
    return { figures, assets };
  } finally {
    project.close();
  }
}

describe('the fixture with 72 generated photos', () => {
  let dir: string;
  let photos: readonly string[];
  let markdown: string;

  beforeAll(async () => {
    dir = path.join(temp.dir, 'with-photos');
    ({ markdown, photos } = await fixtureWithPhotos(dir));
  }, 120_000);

  it('has distinct realistic photos next to a copy of the fixture that points at them', () => {
    expect(photos).toHaveLength(72);
    expect(path.basename(photos[0] as string)).toBe('fig-01.jpg');
    const sizes = photos.map((p) => fs.statSync(p).size);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(150 * 1024);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(300 * 1024);
    const firstBytes = new Set(photos.map((p) => fs.readFileSync(p).subarray(-4096).toString('base64')));
    expect(firstBytes.size).toBe(72);
    const text = fs.readFileSync(markdown, 'utf8');
    expect(text).not.toContain('figure.png');
    expect(text).toContain('![图1-1 青年代表、中小学生代表200余人参加活动。](fig-01.jpg)');
    expect(text).toContain('](fig-72.jpg)');
  });

  it('imports through the CLI with every figure showing its own stored photo', async () => {
    const project = newProject();
    // Run from another folder: image paths resolve against the Markdown file, not the working directory.
    const run = await runCli(['import-md', project, markdown], temp.dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('表格 12 个，图 72 个（图片 72 张），案例 14 个');
    expect(run.stderr).not.toMatch(/图片/);

    const { figures, assets } = storedFigures(project);
    expect(figures).toHaveLength(72);
    expect(figures.filter((f) => f.asset === null || f.missingName !== undefined)).toEqual([]);
    expect(assets.size).toBe(72);
    expect([...assets.values()].every((a) => a?.mime === 'image/jpeg' && a.width === PHOTO_WIDTH && a.height === PHOTO_HEIGHT)).toBe(true);

    const info = JSON.parse((await runCli(['info', project, '--json'])).stdout) as InfoData;
    expect(info.counts).toMatchObject({ tables: 12, figures: 72, cases: 14 });
  });
});

describe('images that cannot be had become placeholders with a warning', () => {
  let dir: string;
  let project: string;
  let result: Awaited<ReturnType<typeof prepareMarkdownImport>>;

  beforeAll(async () => {
    dir = path.join(temp.dir, 'bad-images');
    fs.mkdirSync(path.join(dir, 'my photos'), { recursive: true });
    const [good, other] = await generatePhotos(dir, 2, 500);
    fs.copyFileSync(good as string, path.join(dir, 'my photos', 'a b.jpg'));
    const bytes = fs.readFileSync(other as string);
    fs.writeFileSync(path.join(dir, 'truncated.jpg'), bytes.subarray(0, bytes.length >> 1));
    fs.writeFileSync(path.join(dir, 'notes.png'), '这不是图片，只是扩展名为 png 的文本文件。\n');
    fs.writeFileSync(path.join(dir, 'empty.png'), '');
    fs.mkdirSync(path.join(dir, 'folder.png'));
    const markdown = path.join(dir, 'report.md');
    fs.writeFileSync(
      markdown,
      [
        '# 一、甲',
        '',
        '![图1-1 正常](fig-01.jpg)', // line 3
        '',
        '![图1-2 同一张图再用一次](./fig-01.jpg)',
        '',
        '![图1-3 带空格的路径](my%20photos/a%20b.jpg)',
        '',
        '![图1-4 找不到](missing.png)',
        '',
        '![图1-5 截断的 JPEG](truncated.jpg)',
        '',
        '![图1-6 文本文件](notes.png)',
        '',
        '![图1-7 空文件](empty.png)',
        '',
        '![图1-8 文件夹](folder.png)',
        '',
        '![图1-9 网络图片](https://example.com/a.png)',
        '',
        `![图1-10 绝对路径](${path.join(dir, 'fig-02.jpg')})`,
        '',
        '见图 1-4 和图 1-1。',
      ].join('\n'),
    );
    project = newProject();
    result = await prepareMarkdownImport(markdown);
    importMarkdownIntoProject(project, result);
  }, 60_000);

  it('stores the good images once each, the same file twice as one asset', () => {
    const { figures, assets } = storedFigures(project);
    expect(figures.map((f) => [f.caption, f.asset !== null])).toEqual([
      ['正常', true],
      ['同一张图再用一次', true],
      ['带空格的路径', true],
      ['找不到', false],
      ['截断的 JPEG', false],
      ['文本文件', false],
      ['空文件', false],
      ['文件夹', false],
      ['网络图片', false],
      ['绝对路径', true],
    ]);
    expect(figures[0]?.asset).toBe(figures[1]?.asset);
    expect(figures[0]?.asset).toBe(figures[2]?.asset);
    expect(assets.size).toBe(2);
    expect(result.assets).toHaveLength(2);
  });

  it('keeps the path as typed in each placeholder', () => {
    const placeholders = storedFigures(project).figures.filter((f) => f.asset === null);
    expect(placeholders.map((f) => f.missingName)).toEqual(['missing.png', 'truncated.jpg', 'notes.png', 'empty.png', 'folder.png', 'https://example.com/a.png']);
    expect(storedFigures(project).figures.filter((f) => f.asset !== null && f.missingName !== undefined)).toEqual([]);
  });

  it('names the file and the reason in each warning', () => {
    expect(result.warnings.map((w) => [w.kind, w.line, w.zh])).toEqual([
      ['image-missing', 9, '第 9 行的图片“missing.png”找不到（文件不存在），已插入占位图'],
      ['image-unreadable', 11, '第 11 行的图片“truncated.jpg”无法导入：图片“truncated.jpg”无法解码（文件可能已损坏）；已插入占位图'],
      ['image-unreadable', 13, '第 13 行的图片“notes.png”无法导入：“notes.png”不是可识别的图片，或文件已损坏；已插入占位图'],
      ['image-unreadable', 15, '第 15 行的图片“empty.png”无法导入：图片“empty.png”是空文件；已插入占位图'],
      ['image-unreadable', 17, '第 17 行的图片“folder.png”无法导入：“folder.png”不是文件；已插入占位图'],
      ['image-missing', 19, '第 19 行的图片“https://example.com/a.png”找不到（网络图片不会自动下载，请先保存到本地），已插入占位图'],
    ]);
  });

  it('still links references to placeholder figures', () => {
    const project2 = Project.open(project, { readOnly: true });
    try {
      const content = project2.loadAllSections().flatMap((doc) => doc.content);
      const last = content[content.length - 1];
      expect(last?.type === 'paragraph' && last.children.filter((c) => 'type' in c).length).toBe(2);
    } finally {
      project2.close();
    }
  });
});

describe('Markdown figures pass the image gate', () => {
  it('keeps a 24-bit PNG byte for byte, and refuses an SVG and a 30000×30000 PNG with the reason', async () => {
    const dir = path.join(temp.dir, 'gate');
    fs.mkdirSync(dir, { recursive: true });
    const png = await rawImage(await photoPixels(600, 400, 31), 600, 400).png().toBuffer();
    fs.writeFileSync(path.join(dir, 'chart.png'), png);
    fs.writeFileSync(path.join(dir, 'structure.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    fs.writeFileSync(path.join(dir, 'huge.png'), bombPng(30000, 30000));
    const markdown = path.join(dir, 'report.md');
    fs.writeFileSync(markdown, ['# 一、甲', '', '![图1-1 图表](chart.png)', '', '![图1-2 结构](structure.svg)', '', '![图1-3 全景](huge.png)', ''].join('\n'));
    const project = newProject();
    const result = await prepareMarkdownImport(markdown);
    importMarkdownIntoProject(project, result);
    const { figures, assets } = storedFigures(project);
    expect(figures.map((f) => f.asset !== null)).toEqual([true, false, false]);
    const stored = Project.open(project, { readOnly: true });
    try {
      expect(stored.asset(figures[0]?.asset as string)?.bytes.equals(png)).toBe(true);
    } finally {
      stored.close();
    }
    expect(assets.size).toBe(1);
    expect(result.warnings.map((w) => w.zh)).toEqual([
      expect.stringContaining('第 5 行的图片“structure.svg”无法导入：“structure.svg”是 SVG 矢量图'),
      expect.stringContaining('第 7 行的图片“huge.png”无法导入：图片“huge.png”像素过多（30000×30000'),
    ]);
  }, 30_000);
});
