/**
 * Images that arrive in a returned package pass the image gate at import, like every other image.
 * The package here was altered outside ReportWorks and resealed (the working seal can be
 * recomputed by anyone who reads package-seal.ts, see its comment): its department section shows
 * a 30000×30000 PNG, an SVG, a photo with GPS in its EXIF and a plain chart. The review (app and
 * CLI) names the refused ones, their figures become placeholders, nothing refused reaches the
 * project, and the accepted photo arrives without its GPS position.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { applyImport } from '../../electron/packages/apply-import';
import { REFUSED_IMAGE_NAME } from '../../electron/packages/gate-package-images';
import { importPackage } from '../../electron/packages/import-package';
import { readPackageContents, sha256Hex } from '../../electron/packages/package-contents';
import { META } from '../../electron/packages/package-format';
import { workingSeal } from '../../electron/packages/package-seal';
import { openDatabase } from '../../electron/project-store/sqlite';
import type { BlockElement, FigureElement, SectionContent } from '../../shared/model/document';
import { runCli } from '../cli/support';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { bombPng, photoPixels, rawImage } from '../support/test-images';
import { smallSetup, type SmallSetup } from './small-project';
import { rawDatabase } from '../../electron/project-store/raw-database';

let dir: string;
let setup: SmallSetup;
let images: Record<'bomb' | 'svg' | 'gps' | 'chart', Buffer>;

const figure = (id: string, sha256: string, caption: string): FigureElement => ({ type: 'figure', id, asset: sha256, caption, source: '', width: 100, children: [{ text: '' }] });

/** Writes images and a section showing them into the package with plain SQL, then reseals it. */
function plant(file: string, nodeId: string): void {
  const db = openDatabase(file);
  try {
    const base = JSON.parse((db.prepare('SELECT content FROM base_section WHERE node_id = ?').get(nodeId) as { content: string }).content) as SectionContent;
    const insert = db.prepare('INSERT INTO asset(sha256, mime, bytes, width, height, issued) VALUES (?, ?, ?, ?, ?, 0)');
    insert.run(sha256Hex(images.bomb), 'image/png', images.bomb, 30000, 30000);
    insert.run(sha256Hex(images.svg), 'image/svg+xml', images.svg, 100, 100);
    insert.run(sha256Hex(images.gps), 'image/jpeg', images.gps, 800, 600);
    insert.run(sha256Hex(images.chart), 'image/png', images.chart, 300, 200);
    const content: BlockElement[] = [
      ...base,
      figure('f-bomb', sha256Hex(images.bomb), '实训基地全景'),
      { type: 'case', id: 'case-1', title: '案例', children: [figure('f-svg', sha256Hex(images.svg), '专业群结构图')] },
      figure('f-gps', sha256Hex(images.gps), '学生在实训室'),
      figure('f-chart', sha256Hex(images.chart), '就业率统计'),
    ];
    db.prepare('INSERT INTO working_section(node_id, revision, content, updated_at) VALUES (?, ?, ?, ?)').run(nodeId, 2, JSON.stringify(content), new Date().toISOString());
    const seal = workingSeal(readPackageContents({ query: (fn, ...args) => fn(db, ...args) }));
    db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(META.workingSeal, JSON.stringify(seal));
  } finally {
    db.close();
  }
}

function figuresOf(content: readonly BlockElement[]): FigureElement[] {
  return content.flatMap((b): FigureElement[] => (b.type === 'figure' ? [b] : b.type === 'case' ? b.children.filter((c): c is FigureElement => c.type === 'figure') : []));
}

beforeAll(async () => {
  dir = makeTempDir('rw-pkg-images-');
  setup = smallSetup(dir);
  images = {
    bomb: bombPng(30000, 30000),
    svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><image href="file:///etc/passwd"/></svg>'),
    gps: await rawImage(await photoPixels(800, 600, 11), 800, 600)
      .jpeg({ quality: 90 })
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 6/1 3600/100', GPSLongitudeRef: 'E', GPSLongitude: '117/1 12/1 0/1' } })
      .toBuffer(),
    chart: await sharp({ create: { width: 300, height: 200, channels: 3, background: '#2060a0' } }).png().toBuffer(),
  };
  plant(setup.packageFile, setup.sections[0]);
}, 60_000);

afterAll(() => {
  setup.project.close();
  removeTempDir(dir);
});

test('the review names each refused image and why; the rest pass the gate', async () => {
  const prepared = await importPackage(setup.project, setup.packageFile);
  expect(prepared.review.warnings).toHaveLength(2);
  expect(prepared.review.warnings[0]).toMatch(/中的图“实训基地全景”未导入：图片“图片 [0-9a-f]{12}…”像素过多（30000×30000，上限 100 百万像素）.*已换成占位图/);
  expect(prepared.review.warnings[1]).toMatch(/中的图“专业群结构图”未导入：“图片 [0-9a-f]{12}…”是 SVG 矢量图/);
  const stored = new Set(prepared.assets.map((a) => a.sha256));
  expect(stored.has(sha256Hex(images.bomb))).toBe(false);
  expect(stored.has(sha256Hex(images.svg))).toBe(false);
  // The chart is kept byte for byte; the photo keeps its pixels but loses its EXIF (GPS), so its hash changes.
  expect(stored.has(sha256Hex(images.chart))).toBe(true);
  expect(stored.has(sha256Hex(images.gps))).toBe(false);
  expect(prepared.assets).toHaveLength(2);
});

test('merging stores only what passed, and the refused figures are visible placeholders', async () => {
  const prepared = await importPackage(setup.project, setup.packageFile);
  const decisions = new Map(prepared.sections.flatMap((s) => s.merge.changes).map((c) => [c.id, 'accept' as const]));
  applyImport(setup.project, prepared, decisions);
  const figures = figuresOf(setup.project.loadSection(setup.sections[0]).content);
  expect(figures.map((f) => [f.caption, f.asset === null, f.missingName ?? null])).toEqual([
    ['实训基地全景', true, REFUSED_IMAGE_NAME],
    ['专业群结构图', true, REFUSED_IMAGE_NAME],
    ['学生在实训室', false, null],
    ['就业率统计', false, null],
  ]);
  const rows = rawDatabase(setup.project).prepare('SELECT sha256, bytes, width, height FROM asset').all() as { sha256: string; bytes: Buffer; width: number; height: number }[];
  expect(rows.map((r) => [r.width, r.height]).sort()).toEqual([
    [300, 200],
    [800, 600],
  ]);
  const photo = rows.find((r) => r.width === 800) as { bytes: Buffer };
  expect((await sharp(photo.bytes).metadata()).exif).toBeUndefined();
  expect(figures[2]?.asset).toBe(sha256Hex(photo.bytes));
});

test('the CLI merge lists the refusals in its review and never stores the huge image', async () => {
  const cliDir = makeTempDir('rw-pkg-images-cli-');
  try {
    const other = smallSetup(cliDir);
    other.project.close();
    plant(other.packageFile, other.sections[0]);
    const dry = await runCli(['merge', path.join(cliDir, '年报.rwproj'), other.packageFile, '--dry-run']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/提示：.*“实训基地全景”未导入：.*像素过多（30000×30000/);
    expect(dry.stdout).toMatch(/提示：.*“专业群结构图”未导入：.*SVG 矢量图/);
    const merged = await runCli(['merge', path.join(cliDir, '年报.rwproj'), other.packageFile, '--accept-nonconflicting']);
    expect(merged.status).toBe(0);
    expect(merged.stdout).toContain('像素过多');
    const db = openDatabase(path.join(cliDir, '年报.rwproj'), { readonly: true });
    try {
      const biggest = db.prepare('SELECT max(width * height) AS px, max(length(bytes)) AS bytes FROM asset').get() as { px: number; bytes: number };
      expect(biggest.px).toBeLessThanOrEqual(800 * 600);
      expect(fs.statSync(path.join(cliDir, '年报.rwproj')).size).toBeLessThan(5 * 1024 * 1024);
    } finally {
      db.close();
    }
  } finally {
    removeTempDir(cliDir);
  }
}, 60_000);
