/**
 * Issue 15, end to end in Chromium against the real backend: 保存版本 with Ctrl+Alt+S, a change of
 * text and of a table caption, the named version's preview listing the changed section with its
 * differences (underlined / struck through), restoring it (text back and saved, one 'restore'
 * revision), 撤销恢复; then a section's own version previewed, restored in the editor and undone
 * with one Ctrl+Z.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Harness } from '../../electron/harness/server';
import type { SectionContent } from '../../shared/model/document';
import { createProject, nodeIdByTitle } from '../support/project-helpers';
import { editorOf, editorText, eventually, expectText, openPage, outlineRow, shotDir, storedContent, storedText, tempDir, useE2eBrowser } from './support';

jest.setTimeout(120_000);

const e2e = useE2eBrowser();

const CONTENT = [
  { type: 'paragraph', id: 'p1', children: [{ text: '学院坚持立德树人根本任务。' }] },
  {
    type: 'table', id: 't1', caption: '毕业生就业情况', source: '就业管理系统', headerRows: 1,
    columns: [{ id: 'a', width: 1 }, { id: 'b', width: 1 }],
    children: [
      { type: 'table-row', id: 'r0', children: [{ type: 'table-cell', id: 'c00', children: [{ text: '专业' }] }, { type: 'table-cell', id: 'c01', children: [{ text: '人数' }] }] },
      { type: 'table-row', id: 'r1', children: [{ type: 'table-cell', id: 'c10', children: [{ text: '机电' }] }, { type: 'table-cell', id: 'c11', children: [{ text: '120' }] }] },
    ],
  },
  { type: 'paragraph', id: 'p2', children: [{ text: '深化产教融合。' }] },
] as unknown as SectionContent;

async function openThroughUi(page: Page, h: Harness, file: string): Promise<void> {
  h.queueDialogAnswer(file);
  await page.getByTestId('start-open').click();
  await page.getByTestId('project-screen').waitFor();
}

/** The editor shows `text` somewhere (a section with a table reads as several lines). */
const expectShows = (editor: ReturnType<typeof editorOf>, text: string, shown = true): Promise<void> => eventually(async () => (await editorText(editor)).includes(text), shown);

const saved = (page: Page) => page.getByTestId('status-save').getByText('已保存').waitFor();

test('save a named version, change the text, preview the differences, restore it and undo the restore', async () => {
  const workDir = tempDir('rw-e2e-versions-');
  const project = createProject(workDir);
  const file = project.path;
  const id = nodeIdByTitle(project, '立德树人');
  project.saveSection(id, CONTENT, project.loadSection(id).revision);
  project.close();
  const h = await e2e.harness(workDir);
  const { page, errors } = await openPage(e2e.browser(), h.url);
  // The start screen promises what the history does.
  await page.getByTestId('start-screen').getByText('编辑时至少每 5 分钟留一个历史版本').waitFor();
  await page.screenshot({ path: path.join(shotDir, 'history-start-promise.png') });
  await openThroughUi(page, h, file);
  await outlineRow(page, '立德树人').click();
  const editor = editorOf(page, id);
  await expectShows(editor, '学院坚持立德树人根本任务。');

  // 保存版本 with its shortcut: a default name with the date, replaced by the office's own.
  await editor.getByText('深化产教融合。').click();
  await page.keyboard.press('Control+Alt+s');
  const dialog = page.getByTestId('save-version-dialog');
  await dialog.waitFor();
  expect(await page.getByTestId('version-name').inputValue()).toMatch(/^版本 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  // An empty name is refused where it is typed; nothing is saved.
  await page.getByTestId('version-name').fill('  ');
  await page.getByTestId('save-version-ok').click();
  await dialog.getByText('请填写版本名称').waitFor();
  await page.getByTestId('version-name').fill('送审稿');
  await page.getByTestId('save-version-ok').click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByTestId('notice').getByText('已保存版本“送审稿”').waitFor();

  // Change the text and the table's caption.
  await editor.getByText('深化产教融合。').click();
  await page.keyboard.press('End');
  await page.keyboard.type('新增一句话。');
  await page.getByTestId('table-caption-input').fill('毕业生去向情况');
  await saved(page);
  await eventually(() => storedText(file, id).includes('新增一句话。'), true);

  // 历史版本: the named version, its preview lists the changed section and shows the differences.
  await page.getByTestId('open-history').click();
  const panel = page.getByTestId('history-panel');
  await panel.getByText('送审稿').first().waitFor();
  await panel.locator('[data-testid^="version-preview-"]').first().click();
  const preview = page.getByTestId('report-version-preview');
  await preview.getByTestId('version-summary').getByText('恢复将改动 1 节').waitFor();
  await preview.getByTestId(`version-section-diff-${id}`).click();
  const diff = preview.getByTestId('version-diff');
  await diff.waitFor();
  // Restoring takes the typed sentence away (struck through) and brings the caption's words back (underlined).
  expect(await diff.locator('del.diff-del').allTextContents()).toEqual(expect.arrayContaining(['新增一句话。']));
  expect((await diff.locator('ins.diff-ins').allTextContents()).join('')).toContain('就业');
  const decoration = await diff.locator('del.diff-del').first().evaluate((el) => getComputedStyle(el).textDecorationLine);
  expect(decoration).toContain('line-through');
  expect(await diff.locator('ins.diff-ins').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('underline');
  await page.screenshot({ path: path.join(shotDir, 'history-version-preview.png') });

  // 恢复此版本: text back, saved, one 'restore' revision.
  await preview.getByTestId('preview-restore').click();
  await preview.waitFor({ state: 'detached' });
  await expectShows(editorOf(page, id), '新增一句话。', false);
  await expectShows(editorOf(page, id), '深化产教融合。');
  await eventually(() => storedText(file, id).includes('新增一句话。'), false);
  const table = storedContent(file, id).find((b) => (b as { type: string }).type === 'table') as { caption: string };
  expect(table.caption).toBe('毕业生就业情况');
  await panel.locator('[data-testid^="history-item-"]').first().getByText('恢复').waitFor();

  // 撤销恢复 puts back what the restore replaced.
  await panel.getByTestId('history-undo-restore').click();
  await eventually(() => storedText(file, id).includes('新增一句话。'), true);
  await expectShows(editorOf(page, id), '新增一句话。');

  // Renamed, then deleted (the section's versions stay in its history).
  await panel.locator('[data-testid^="version-rename-"]').first().click();
  await page.getByTestId('version-name').fill('送审稿（第二轮）');
  await page.getByTestId('save-version-ok').click();
  await panel.getByText('送审稿（第二轮）').waitFor();
  await panel.locator('[data-testid^="version-delete-"]').first().click();
  await page.getByTestId('confirm-ok').click();
  await panel.getByText('还没有命名版本').waitFor();
  expect(await panel.locator('[data-testid^="history-item-"]').count()).toBeGreaterThanOrEqual(5);
  expect(errors).toEqual([]);
});

test("a section's version: preview, restore in the editor, and one Ctrl+Z brings the text back", async () => {
  const workDir = tempDir('rw-e2e-section-version-');
  const project = createProject(workDir);
  const file = project.path;
  const id = nodeIdByTitle(project, '立德树人');
  // An import is a version of its own; the later save is the current text.
  project.replaceSection(id, CONTENT, 'import');
  project.saveSection(id, [{ type: 'paragraph', id: 'p1', children: [{ text: '学校坚持立德树人根本任务。' }] }] as unknown as SectionContent, project.loadSection(id).revision);
  project.close();
  const h = await e2e.harness(workDir);
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await openThroughUi(page, h, file);
  await outlineRow(page, '立德树人').click();
  const editor = editorOf(page, id);
  await expectText(editor, '学校坚持立德树人根本任务。');

  await page.getByTestId('open-history').click();
  const panel = page.getByTestId('history-panel');
  await panel.getByTestId('history-preview-2').click();
  const preview = page.getByTestId('revision-preview');
  const diff = preview.getByTestId('version-diff');
  await diff.waitFor();
  // The word changed, and the table and the paragraph the version has are brought back.
  expect(await diff.locator('del.diff-del').allTextContents()).toContain('学校');
  expect(await diff.locator('ins.diff-ins').allTextContents()).toEqual(expect.arrayContaining(['学院', '毕业生就业情况', '深化产教融合。']));
  await page.screenshot({ path: path.join(shotDir, 'history-section-preview.png') });
  // 取消 changes nothing.
  await preview.getByTestId('preview-cancel').click();
  await preview.waitFor({ state: 'detached' });
  await expectText(editor, '学校坚持立德树人根本任务。');

  await panel.getByTestId('history-preview-2').click();
  await page.getByTestId('preview-restore').click();
  await expectShows(editor, '学院坚持立德树人根本任务。');
  await expectShows(editor, '深化产教融合。');
  await saved(page);
  await eventually(() => storedText(file, id).includes('深化产教融合。'), true);
  await panel.getByTestId('history-item-4').getByText('恢复').waitFor();

  // One undo step: Ctrl+Z in the editor brings back the text from before the restore, and it is saved.
  await editor.click();
  await page.keyboard.press('Control+z');
  await expectText(editor, '学校坚持立德树人根本任务。');
  await saved(page);
  await eventually(() => storedText(file, id), '学校坚持立德树人根本任务。');
  expect(errors).toEqual([]);
});
