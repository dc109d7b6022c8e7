/**
 * A new year from last year's project in the real renderer: the start screen's
 * 以去年项目为基础新建…, then 去年同期 beside the editor, copying one of last year's blocks across
 * (after the author's pending typing is saved), and a refused source file leaving nothing behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Harness } from '../../electron/harness/server';
import { Project } from '../../electron/project-store/project';
import type { SectionContent } from '../../shared/model/document';
import { editorOf, editorText, eventually, openPage, openSection, shotDir, storedContent, tempDir, useE2eBrowser } from './support';

jest.setTimeout(90_000);
const e2e = useE2eBrowser();

const INTRO = '2024 年学院坚持立德树人，思政课程与课程思政同向同行。';
const LAST_YEAR: SectionContent = [
  { type: 'paragraph', id: 'p-intro', children: [{ text: INTRO }] },
  {
    type: 'table',
    id: 'tbl-moral',
    caption: '思政课教师配备情况',
    source: '学院人事处',
    headerRows: 1,
    columns: [{ id: 'ca', width: 2 }, { id: 'cb', width: 1 }],
    children: [
      { type: 'table-row', id: 'r0', children: [{ type: 'table-cell', id: 'h0', children: [{ text: '项目' }] }, { type: 'table-cell', id: 'h1', children: [{ text: '2024 年' }] }] },
      { type: 'table-row', id: 'r1', children: [{ type: 'table-cell', id: 'a1', children: [{ text: '专职思政课教师' }] }, { type: 'table-cell', id: 'b1', children: [{ text: '58' }] }] },
    ],
  },
];

/** Last year's project, made with the store (the app under test only reads it). */
function lastYearProject(dir: string): { file: string; sectionId: string } {
  const file = path.join(dir, '2024年报.rwproj');
  const project = Project.create(file, { unitName: '天津工业职业学院', year: 2024 });
  try {
    const sectionId = project.outline().find((n) => n.title === '立德树人')?.id as string;
    project.saveSection(sectionId, LAST_YEAR, project.loadSection(sectionId).revision);
    return { file, sectionId };
  } finally {
    project.close();
  }
}

async function startNewYear(page: Page, harness: Harness, from: string): Promise<void> {
  await page.getByTestId('start-new-year').click();
  await page.getByTestId('new-year-dialog').waitFor();
  harness.queueDialogAnswer(from);
  await page.getByTestId('new-year-pick-from').click();
  await eventually(() => page.getByTestId('new-year-from-name').textContent(), path.basename(from));
  await page.getByTestId('new-year-year').fill('2025');
}

test('以去年项目为基础新建 opens the new year with 去年同期 beside the editor; a block is copied across', async () => {
  const dir = tempDir('rw-e2e-newyear-');
  const { file: lastYear, sectionId } = lastYearProject(dir);
  const lastBytes = fs.readFileSync(lastYear);
  const harness = await e2e.harness(dir);
  const { page, errors } = await openPage(e2e.browser(), harness.url);
  try {
    await startNewYear(page, harness, lastYear);
    const target = path.join(dir, '2025年报.rwproj');
    harness.queueDialogAnswer(target);
    await page.getByTestId('new-year-create').click();
    await page.getByTestId('project-screen').waitFor();
    expect(harness.session.require().path).toBe(target);
    expect(await page.title()).toContain('（2025 年度）');
    // Last year's file was only read.
    expect(fs.readFileSync(lastYear).equals(lastBytes)).toBe(true);

    // The panel is open by default in a new year's project.
    await page.getByTestId('prior-year-panel').waitFor();
    expect(await page.getByTestId('prior-year-panel').locator('.pane-title').textContent()).toBe('去年同期（2024 年度）');
    expect(await openSection(page, '立德树人')).toBe(sectionId);
    await eventually(() => page.getByTestId('prior-year-caption').textContent(), '（一）立德树人');
    const priorIntro = page.getByTestId('prior-block-p-intro');
    expect(await priorIntro.locator('.prior-paragraph').textContent()).toBe(INTRO);
    // Last year's table with its number, for comparing; this year's copy of it is in the editor, its number cleared.
    expect(await page.getByTestId('prior-block-tbl-moral').locator('td[data-cell="b1"]').textContent()).toBe('58');
    const editor = editorOf(page, sectionId);
    expect(await editorText(editor)).not.toContain(INTRO);
    expect(await editorText(editor)).toContain('专职思政课教师');
    expect(await editorText(editor)).not.toContain('58');

    // The author types, then copies last year's paragraph across: the typing is saved first, kept, and the copy comes after it.
    await editor.locator('[data-slate-node="element"]').first().click();
    await page.keyboard.type('今年的开篇。');
    await page.getByTestId('prior-copy-p-intro').click();
    await page.getByText('已把去年的内容复制到本节末尾').waitFor();
    await eventually(async () => (await editorText(editorOf(page, sectionId))).split('\n').filter((line) => line !== '').at(-1), INTRO);
    const stored = storedContent(target, sectionId) as { type: string; id: string; children: { text?: string }[] }[];
    expect(stored[0]?.children[0]?.text).toBe('今年的开篇。');
    expect(stored.at(-1)).toEqual(LAST_YEAR[0]);
    expect(stored.filter((b) => b.type === 'table')).toHaveLength(1);

    // 同比: last year's number goes beside this year's (empty) one, with a growth column; the header follows the year.
    await page.getByTestId('prior-compare-tbl-moral').click();
    await page.getByText('已插入去年的数（1 行）和同比增长列').waitFor();
    const table = (storedContent(target, sectionId) as { type: string; children: { children: { children: { text: string }[] }[] }[] }[]).find((b) => b.type === 'table');
    expect(table?.children.map((row) => row.children.map((c) => c.children.map((r) => r.text).join('')))).toEqual([
      ['项目', '2024 年', '2025 年', '同比增长'],
      ['专职思政课教师', '58', '', ''],
    ]);
    await eventually(async () => (await editorText(editorOf(page, sectionId))).includes('同比增长'), true);

    // The panel can be closed and opened again from the ribbon.
    await page.getByTestId('prior-year-close').click();
    expect(await page.getByTestId('prior-year-panel').count()).toBe(0);
    await page.getByTestId('prior-year-toggle').click();
    await page.getByTestId('prior-year-panel').waitFor();
    await page.screenshot({ path: path.join(shotDir, 'new-year-prior-panel.png') });
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
});

test('a file that is no project is refused in the dialog and nothing is created', async () => {
  const dir = tempDir('rw-e2e-newyear-');
  const fake = path.join(dir, '去年.rwproj');
  fs.writeFileSync(fake, '不是项目');
  const harness = await e2e.harness(dir);
  const { page } = await openPage(e2e.browser(), harness.url);
  try {
    await startNewYear(page, harness, fake);
    await page.screenshot({ path: path.join(shotDir, 'new-year-dialog.png') });
    const target = path.join(dir, '2025年报.rwproj');
    harness.queueDialogAnswer(target);
    await page.getByTestId('new-year-create').click();
    await eventually(async () => ((await page.getByTestId('new-year-error').textContent()) ?? '').includes('不是年报工坊项目文件'), true);
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(await page.getByTestId('start-screen').count()).toBe(1);
  } finally {
    await page.close();
  }
});

test('what main had to guess (a changed title) is shown before the new project opens', async () => {
  const dir = tempDir('rw-e2e-newyear-');
  const { file: lastYear } = lastYearProject(dir);
  const project = Project.open(lastYear);
  project.updateSettings({ reportTitle: '天津工业职业学院 2024 年质量年报' });
  project.close();
  const harness = await e2e.harness(dir);
  const { page, errors } = await openPage(e2e.browser(), harness.url);
  try {
    await startNewYear(page, harness, lastYear);
    await page.getByTestId('new-year-values-keep').check();
    await page.getByTestId('new-year-create').click();
    await page.getByTestId('new-year-notices').waitFor();
    expect(await page.getByTestId('new-year-notices').textContent()).toBe('报告标题已由“天津工业职业学院 2024 年质量年报”改为“天津工业职业学院 2025 年质量年报”，请核对');
    // Not opened yet: the user reads first.
    expect(await page.getByTestId('project-screen').count()).toBe(0);
    await page.getByTestId('new-year-continue').click();
    await page.getByTestId('project-screen').waitFor();
    expect(harness.session.require().settings()).toMatchObject({ year: 2025, reportTitle: '天津工业职业学院 2025 年质量年报' });
    // Kept numbers: this year's copy of the table still says 58.
    const id = await openSection(page, '立德树人');
    expect(await editorText(editorOf(page, id))).toContain('58');
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
});
