/**
 * 批注 on a block end to end in Chromium: Ctrl+Alt+M in the second paragraph opens the comments
 * panel with a new comment anchored to that paragraph; the margin marker shows its count, opens
 * the panel on the thread; the thread's quote selects the paragraph; deleting the paragraph keeps
 * the thread readable (所批注的内容已删除); IME composition in a commented paragraph still works.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Harness } from '../../electron/harness/server';
import { listCommentThreads } from '../../electron/departments/comments';
import { createReportThroughUi, editorOf, eventually, expectText, openPage, openSection, shotDir, storedContent, tempDir, useE2eBrowser } from './support';

jest.setTimeout(120_000);

const e2e = useE2eBrowser();

test('comment on a paragraph with Ctrl+Alt+M, see its marker, jump to it, survive its deletion', async () => {
  const h = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const file = h.session.require().path;
  const id = await openSection(page, '立德树人');
  const editor = editorOf(page, id);

  await editor.click();
  await page.keyboard.type('First paragraph.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second paragraph: enrolment 2025 was 4,312 students in 38 majors.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Third paragraph.');
  await page.getByTestId('status-save').getByText('已保存').waitFor();
  const blocks = storedContent(file, id) as { id: string }[];
  const secondId = blocks[1]?.id;
  expect(blocks).toHaveLength(3);

  // The caret into the second paragraph, then Word's shortcut.
  const second = editor.locator(`[data-block-id="${secondId}"]`);
  await second.click();
  await page.keyboard.press('Control+Alt+KeyM');
  const panel = page.getByTestId('comments-panel');
  const draft = panel.getByTestId('block-comment-draft');
  await draft.waitFor();
  expect(await draft.getByTestId('comment-quote').textContent()).toBe('Second paragraph: enrolment 20…');
  // The draft's box has the keyboard: the comment is typed straight away.
  await page.keyboard.type('这段数据与表 2-1 不一致');
  await draft.getByTestId('block-comment-add').click();
  await draft.waitFor({ state: 'detached' });

  const thread = panel.getByTestId('comment-thread').filter({ hasText: '这段数据与表 2-1 不一致' });
  await thread.waitFor();
  const marker = second.getByTestId('comment-marker');
  await eventually(() => marker.textContent(), '1');
  expect(await editor.getByTestId('comment-marker').count()).toBe(1);
  const stored = listCommentThreads(h.session.require(), id);
  expect(stored.map((c) => [c.blockId, c.text])).toEqual([[secondId, '这段数据与表 2-1 不一致']]);
  // The marker is not text: the paragraph's text is unchanged.
  await expectText(editor, 'First paragraph.\nSecond paragraph: enrolment 2025 was 4,312 students in 38 majors.\nThird paragraph.');

  // The marker opens the panel on the thread: close the panel, click the marker.
  await page.getByTestId('collab-toggle').click();
  await panel.waitFor({ state: 'detached' });
  await marker.click();
  await eventually(() => thread.getAttribute('class'), 'comment-thread comment-thread-focused');
  await eventually(() => thread.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const list = el.closest('.collab-body')?.getBoundingClientRect();
    return list !== undefined && box.top >= list.top && box.bottom <= list.bottom;
  }), true);
  await page.screenshot({ path: path.join(shotDir, 'block-comments.png') });
  await page.screenshot({ path: '/tmp/block-comments.png' });

  // The quote selects the paragraph in the editor.
  await editor.locator(`[data-block-id="${blocks[0]?.id}"]`).click();
  await thread.getByTestId('comment-quote').click();
  await eventually(() => page.evaluate(() => window.getSelection()?.toString() ?? ''), 'Second paragraph: enrolment 2025 was 4,312 students in 38 majors.');

  // Typing through an IME in the commented paragraph: the marker stays out of the text.
  await page.keyboard.press('End');
  const cdp = await page.context().newCDPSession(page);
  for (const stage of ['g', 'ga', 'gao', 'gaoz', 'gaozhi']) {
    await cdp.send('Input.imeSetComposition', { text: stage, selectionStart: stage.length, selectionEnd: stage.length });
  }
  await cdp.send('Input.insertText', { text: '高职' });
  await expectText(editor, 'First paragraph.\nSecond paragraph: enrolment 2025 was 4,312 students in 38 majors.高职\nThird paragraph.');
  await eventually(() => marker.textContent(), '1');
  await page.getByTestId('status-save').getByText('已保存').waitFor();
  await eventually(() => (storedContent(file, id) as { id: string }[])[1]?.id, secondId);

  // Deleting the paragraph: the thread stays, readable, and says its text is gone.
  await thread.getByTestId('comment-quote').click();
  await eventually(() => page.evaluate(() => window.getSelection()?.toString() ?? ''), 'Second paragraph: enrolment 2025 was 4,312 students in 38 majors.高职');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expectText(editor, 'First paragraph.\nThird paragraph.');
  await thread.getByTestId('comment-quote-deleted').getByText('所批注的内容已删除').waitFor();
  expect(await thread.getByText('这段数据与表 2-1 不一致').count()).toBe(1);
  await page.screenshot({ path: path.join(shotDir, 'block-comments-deleted.png') });
  expect(await editor.getByTestId('comment-marker').count()).toBe(0);
  await page.getByTestId('status-save').getByText('已保存').waitFor();
  expect(listCommentThreads(h.session.require(), id)).toHaveLength(1);
  expect(errors).toEqual([]);
});

async function reopen(page: Page, h: Harness, file: string): Promise<void> {
  await page.getByTestId('menu-file').click();
  await page.getByTestId('menu-close').click();
  await page.getByTestId('start-screen').waitFor();
  h.queueDialogAnswer(file);
  await page.getByTestId('start-open').click();
  await page.getByTestId('project-screen').waitFor();
}

test('a table is quoted by its number; the department sees the marker and replies to it', async () => {
  const workDir = tempDir('rw-block-comments-');
  const h = await e2e.harness(workDir);
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const id = await openSection(page, '立德树人');
  await editorOf(page, id).click();
  await page.keyboard.type('Graduates by department:');
  await page.getByTestId('insert-table').click();
  await page.getByTestId('table-size-insert').click();
  await page.getByTestId('table-caption-input').fill('毕业生分布');
  await page.getByTestId('status-save').getByText('已保存').waitFor();
  await eventually(() => page.getByTestId('table-number').textContent(), '表 1-1');

  // The caret in a cell, the ribbon's 批注: the comment is on the table, quoted by its number.
  await page.getByTestId('table-block').locator('td').nth(4).click();
  await page.getByTestId('tool-comment').click();
  const draft = page.getByTestId('block-comment-draft');
  await eventually(() => draft.getByTestId('comment-quote').textContent(), '表 1-1 毕业生分布');
  await draft.getByTestId('block-comment-add-text').fill('请核对人数合计');
  await draft.getByTestId('block-comment-add').click();
  const tableMarker = page.getByTestId('table-block').getByTestId('comment-marker');
  await eventually(() => tableMarker.textContent(), '1');
  const [thread] = listCommentThreads(h.session.require(), id);
  expect(thread?.blockId).toBe(await page.getByTestId('table-block').getAttribute('data-block-id'));
  // The marker's row adds no visible row to the table.
  const box = await tableMarker.boundingBox();
  const tableBox = await page.getByTestId('table-block').boundingBox();
  expect(box && tableBox && box.x > tableBox.x + tableBox.width).toBe(true);

  // The department's package carries the comment: marker, quote and a reply.
  await page.getByTestId('department-name').fill('教务处');
  await page.getByTestId('department-submit').click();
  await page.getByTestId('assign-department').selectOption({ label: '教务处' });
  await eventually(() => page.getByTestId('dashboard-教务处').count(), 1);
  const packagePath = path.join(workDir, '教务处.rwpkg');
  h.queueDialogAnswer(packagePath);
  await page.getByTestId('create-package').click();
  await eventually(() => fs.existsSync(packagePath), true);
  await reopen(page, h, packagePath);
  await page.getByTestId('contributor-banner').waitFor();
  await openSection(page, '立德树人');
  await eventually(() => page.getByTestId('table-block').getByTestId('comment-marker').textContent(), '1');
  await page.getByTestId('table-block').locator('td').nth(4).click();
  // A department cannot write new comments: the shortcut shows the table's threads to answer.
  await page.keyboard.press('Control+Alt+KeyM');
  const departmentThread = page.getByTestId('comment-thread').filter({ hasText: '请核对人数合计' });
  await eventually(() => departmentThread.getAttribute('class'), 'comment-thread comment-thread-focused');
  expect(await page.getByTestId('block-comment-draft').count()).toBe(0);
  await eventually(() => departmentThread.getByTestId('comment-quote').textContent(), '表 1-1 毕业生分布');
  await departmentThread.getByTestId('comment-reply-text').fill('已核对');
  await departmentThread.getByTestId('comment-reply').click();
  await departmentThread.locator('.comment-reply-text', { hasText: '已核对' }).waitFor();
  await page.screenshot({ path: path.join(shotDir, 'block-comments-contributor.png') });
  expect(errors).toEqual([]);
});
