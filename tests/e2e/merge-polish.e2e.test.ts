/**
 * Issue 15's polish items end to end in Chromium:
 * - 合并单元格 over cells repeating one label (信息工程学院 three times, as from Excel) keeps it once;
 *   different texts still join, one per line;
 * - the office's review of a department's package names a changed cell by its column and row
 *   labels and the table by its printed number, and says where a new paragraph goes;
 * - chapter and section titles in the editor stand where, and as large as, the PDF prints them:
 *   the same title measured on the editor's page and on the exported PDF's page (both A4, so
 *   millimetres compare directly), in both style presets.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Harness } from '../../electron/harness/server';
import { addDepartment, assignNode } from '../../electron/departments/departments';
import { exportPdf } from '../../electron/export/pdf/export-pdf';
import { createPackage } from '../../electron/packages/create-package';
import { Project } from '../../electron/project-store/project';
import type { SectionContent } from '../../shared/model/document';
import type { StylePreset } from '../../shared/model/settings';
import type { TableElement } from '../../shared/tables/table-types';
import { editPackage } from '../packages/support';
import { buildReport, engine, heading, paragraph } from '../export-pdf/small-reports';
import { editorOf, eventually, openPage, openSection, shotDir, storedContent, tempDir, useE2eBrowser } from './support';

jest.setTimeout(180_000);

const e2e = useE2eBrowser();

afterAll(async () => {
  await engine.close();
});

async function openThroughUi(page: Page, h: Harness, file: string): Promise<void> {
  h.queueDialogAnswer(file);
  await page.getByTestId('start-open').click();
  await page.getByTestId('project-screen').waitFor();
}

/** A table with one header row whose cells have readable ids (`${id}-r{row}c{col}`). */
function table(id: string, rows: readonly (readonly string[])[], caption: string): TableElement {
  return {
    type: 'table',
    id,
    caption,
    source: '',
    headerRows: 1,
    columns: (rows[0] ?? []).map((_, c) => ({ id: `${id}-k${c}`, width: 1 })),
    children: rows.map((cells, r) => ({
      type: 'table-row',
      id: `${id}-r${r}`,
      children: cells.map((text, c) => ({ type: 'table-cell', id: `${id}-r${r}c${c}`, children: [{ text }] })),
    })),
  };
}

/** A template project whose section `title` holds `content`; returns its node id. */
function projectWith(file: string, title: string, content: SectionContent): string {
  const project = Project.create(file, { unitName: '天津工业职业学院', year: 2025 });
  try {
    const node = project.outline().find((n) => n.title === title);
    if (!node) throw new Error(`no section ${title}`);
    project.saveSection(node.id, content, project.loadSection(node.id).revision);
    return node.id;
  } finally {
    project.close();
  }
}

/** The grid as shown: each row's cell texts (Slate's zero-width placeholders removed). */
async function shownGrid(page: Page): Promise<string[][]> {
  return page
    .getByTestId('table-block')
    .first()
    .evaluate((el) =>
      Array.from(el.querySelectorAll('tbody > tr')).map((tr) =>
        Array.from(tr.querySelectorAll(':scope > td, :scope > th')).map((c) => (c.textContent ?? '').replace(/[\u200b\ufeff]/g, '')),
      ),
    );
}

function bodyCell(page: Page, row: number, col: number) {
  return page.getByTestId('table-block').first().locator('tbody > tr').nth(row).locator('td, th').nth(col);
}

test('合并单元格: a label repeated down the rows is kept once, different texts still join', async () => {
  const workDir = tempDir('rw-merge-cells-');
  const file = path.join(workDir, '年报.rwproj');
  const id = projectWith(file, '立德树人', [
    paragraph('各院系专业：'),
    table('t', [
      ['院系', '专业', '人数'],
      ['信息工程学院', '计算机应用技术', '120'],
      ['信息工程学院', '软件技术', '96'],
      ['信息工程学院', '大数据技术', '88'],
      ['机电工程学院', '数控技术', '75'],
    ], '各专业人数'),
  ]);
  const h = await e2e.harness(workDir);
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await openThroughUi(page, h, file);
  await openSection(page, '立德树人');

  // Click the first 信息工程学院, Shift+click the third: 合并单元格.
  await bodyCell(page, 1, 0).click();
  await bodyCell(page, 3, 0).click({ modifiers: ['Shift'] });
  await page.getByTestId('table-merge').click();
  await eventually(() => shownGrid(page), [
    ['院系', '专业', '人数'],
    ['信息工程学院', '计算机应用技术', '120'],
    ['软件技术', '96'],
    ['大数据技术', '88'],
    ['机电工程学院', '数控技术', '75'],
  ]);
  await page.screenshot({ path: path.join(shotDir, 'rw-merge-same-text.png') });

  // Negative control: two different texts (专业 of two rows) are both kept, one per line.
  await bodyCell(page, 4, 1).click();
  await bodyCell(page, 4, 2).click({ modifiers: ['Shift'] });
  await page.getByTestId('table-merge').click();
  await eventually(async () => (await shownGrid(page))[4], ['机电工程学院', '数控技术\n75']);

  // What was stored (autosave): the label once, with its span; the joined cell with a line break.
  const storedCells = (): { label: string; rowSpan: number | undefined; joined: string } => {
    const stored = storedContent(file, id).find((b) => (b as { type?: string }).type === 'table') as TableElement;
    const first = stored.children[1]?.children[0];
    return { label: first?.children.map((r) => r.text).join('') ?? '', rowSpan: first?.rowSpan, joined: stored.children[4]?.children[1]?.children.map((r) => r.text).join('') ?? '' };
  };
  await eventually(storedCells, { label: '信息工程学院', rowSpan: 3, joined: '数控技术\n75' }, 10_000);
  expect(errors).toEqual([]);
});

test('the review names a changed cell by its column and row, the table by its number, and where a new paragraph goes', async () => {
  const workDir = tempDir('rw-review-words-');
  const file = path.join(workDir, '年报.rwproj');
  const id = projectWith(file, '高质就业', [
    paragraph('2025 届毕业生就业情况总体稳定，去向落实率保持较高水平。'),
    table('t', [
      ['专业', '就业率', '月收入'],
      ['计算机应用技术', '96.1%', '4500'],
      ['软件技术', '95.0%', '4800'],
    ], '2025 届毕业生就业情况'),
    paragraph('学院持续推进访企拓岗。'),
  ]);
  const pkg = path.join(workDir, '招生就业处.rwpkg');
  const project = Project.open(file);
  let tableLabel: string;
  try {
    const department = addDepartment(project, { name: '招生就业处' });
    assignNode(project, id, department.id);
    createPackage(project, department.id, pkg);
    tableLabel = project.numbering().structures.find((s) => s.id === 't')?.label ?? '';
  } finally {
    project.close();
  }
  expect(tableLabel).toMatch(/^表 \d+-\d+$/);
  // The department: one cell changed, a paragraph added after the first one.
  editPackage(pkg, (content) => {
    const out = JSON.parse(JSON.stringify(content)) as SectionContent;
    const t = out.find((b): b is TableElement => b.type === 'table');
    const cell = t?.children[1]?.children[1];
    if (cell) cell.children = [{ text: '97.3%' }];
    out.splice(1, 0, { type: 'paragraph', id: 'dept-new', children: [{ text: '新增：重点行业就业比例提高。' }] });
    return out;
  });

  const h = await e2e.harness(workDir);
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await openThroughUi(page, h, file);
  await page.getByTestId('collab-toggle').click();
  h.queueDialogAnswer(pkg);
  await page.getByTestId('import-contribution').click();
  const review = page.getByTestId('review-view');
  await review.waitFor();
  const cards = review.getByTestId('change-card');
  const tableCard = cards.filter({ has: page.getByTestId('redline-cell') });
  expect(await tableCard.locator('.change-kind').textContent()).toBe(`修改 · ${tableLabel}“2025 届毕业生就业情况”`);
  expect(await tableCard.getByTestId('redline-cell').allTextContents()).toEqual(['“就业率”列，“计算机应用技术”行：96.1% → 97.3%']);
  // No grid indexes are left in the wording (the old 第 2 行第 2 列).
  expect(await tableCard.textContent()).not.toMatch(/第 \d+ 行第 \d+ 列/);
  const inserted = cards.filter({ hasText: '新增：重点行业就业比例提高。' });
  expect(await inserted.getByTestId('change-place').textContent()).toBe('插入在“2025 届毕业生就业情况总体稳……”之后');
  // Negative control: a modified cell says nothing about a place.
  expect(await tableCard.getByTestId('change-place').count()).toBe(0);
  await review.screenshot({ path: path.join(shotDir, 'rw-review-wording.png') });
  await review.getByTestId('review-accept-all').click();
  await review.getByTestId('review-apply').click();
  await review.waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
});

// ---- chapter titles as they will print ---------------------------------------------------------

const MM_PER_PX = 25.4 / 96;
const MM_PER_PT = 25.4 / 72;

/** A text line's box on the page, in millimetres from the page's top-left corner. */
interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Lines of one PDF page (pdftotext -bbox-layout) whose text starts with `start`, in mm. */
function pdfLine(pdf: string, start: string): Box & { page: number } {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8' });
  const pages = html.split('<page ').slice(1);
  for (const [index, body] of pages.entries()) {
    for (const match of body.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const text = [...(match[5] as string).matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join('');
      if (!text.startsWith(start)) continue;
      const [xMin, yMin, xMax, yMax] = [match[1], match[2], match[3], match[4]].map(Number) as [number, number, number, number];
      return { page: index + 1, left: xMin * MM_PER_PT, top: yMin * MM_PER_PT, width: (xMax - xMin) * MM_PER_PT, height: (yMax - yMin) * MM_PER_PT };
    }
  }
  throw new Error(`no line starting with ${start} in ${pdf}`);
}

/** The first line box of the element matching `selector` whose text starts with `start`, in mm from the page's corner. */
async function editorLine(page: Page, selector: string, start: string): Promise<Box> {
  return page.evaluate(
    ({ selector: s, start: text, mmPerPx }) => {
      const sheet = document.querySelector('.editor-area .page') as HTMLElement;
      const origin = sheet.getBoundingClientRect();
      const element = Array.from(document.querySelectorAll(s)).find((el) => (el.textContent ?? '').replace(/[\u200b\ufeff]/g, '').startsWith(text));
      if (!element) throw new Error(`no ${s} starting with ${text}`);
      const range = document.createRange();
      range.selectNodeContents(element);
      // The first line: the boxes (number and text are separate nodes) that overlap the first one vertically.
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      const first = rects[0] as DOMRect;
      const line = rects.filter((r) => r.top < first.bottom && r.bottom > first.top);
      const left = Math.min(...line.map((r) => r.left));
      const right = Math.max(...line.map((r) => r.right));
      const top = Math.min(...line.map((r) => r.top));
      const bottom = Math.max(...line.map((r) => r.bottom));
      return { left: (left - origin.left) * mmPerPx, top: (top - origin.top) * mmPerPx, width: (right - left) * mmPerPx, height: (bottom - top) * mmPerPx };
    },
    { selector, start, mmPerPx: MM_PER_PX },
  );
}

const CHAPTER = '人才培养';
const SECTION_HEAD = '立德树人';
const FIRST_TEXT = '学院坚持立德树人根本任务';

async function exportedPdf(dir: string, preset: StylePreset): Promise<{ file: string; pdf: string }> {
  const file = path.join(dir, `${preset}.rwproj`);
  const pdf = path.join(dir, `${preset}.pdf`);
  await buildReport(file, 0, () => [
    { title: CHAPTER, content: [paragraph(`${FIRST_TEXT}，深化产教融合，服务区域发展。`), heading(SECTION_HEAD), paragraph('学院深化“三全育人”综合改革。')] },
  ]);
  const project = Project.open(file);
  try {
    project.updateSettings({ stylePreset: preset });
    await exportPdf(project, { path: pdf, engine, parts: { cover: false, statement: false, toc: false, figureList: false, tableList: false, caseList: false, caseAppendix: false, authorship: false } });
  } finally {
    project.close();
  }
  return { file, pdf };
}

describe.each<StylePreset>(['gongwen', 'report'])('chapter titles in the editor look as they will print (%s)', (preset) => {
  test('the chapter title, its first paragraph and a heading stand where the PDF prints them, as large', async () => {
    const dir = tempDir(`rw-titles-${preset}-`);
    const { file, pdf } = await exportedPdf(dir, preset);
    const printed = {
      title: pdfLine(pdf, `一、${CHAPTER}`),
      text: pdfLine(pdf, FIRST_TEXT),
      head: pdfLine(pdf, `（一）${SECTION_HEAD}`),
    };
    execFileSync('pdftoppm', ['-r', '96', '-f', String(printed.title.page), '-l', String(printed.title.page), '-png', '-singlefile', pdf, path.join(shotDir, `rw-title-${preset}-pdf`)]);

    const h = await e2e.harness(dir);
    const { page, errors } = await openPage(e2e.browser(), h.url);
    await openThroughUi(page, h, file);
    const id = await openSection(page, CHAPTER);
    await editorOf(page, id).waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const shown = {
      title: await editorLine(page, '[data-testid="page-title"]', `一、${CHAPTER}`),
      text: await editorLine(page, '.blk-p', FIRST_TEXT),
      head: await editorLine(page, '.blk-h', `（一）${SECTION_HEAD}`),
    };
    await page.locator('.editor-area .page').screenshot({ path: path.join(shotDir, `rw-title-${preset}-editor.png`) });

    // Same place on the A4 sheet (alignment, indent), same size (the title's width for the same
    // words), same distance from the title to the text under it (spacing): within a millimetre.
    const geometry = (boxes: typeof shown) => ({
      titleLeft: boxes.title.left,
      titleWidth: boxes.title.width,
      textLeft: boxes.text.left,
      headLeft: boxes.head.left,
      headWidth: boxes.head.width,
      titleToText: boxes.text.top - boxes.title.top,
    });
    const want = geometry(printed);
    const got = geometry(shown);
    const off = (Object.keys(want) as (keyof typeof want)[])
      .filter((key) => Math.abs(got[key] - want[key]) > 1)
      .map((key) => `${key}: ${got[key].toFixed(1)} mm shown, ${want[key].toFixed(1)} mm printed`);
    expect(off).toEqual([]);
    expect(errors).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
