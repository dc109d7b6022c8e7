/**
 * Issue 6 end to end in Chromium: the office adds a department, gives it a section and writes its
 * package through the UI; the department opens the package (contributor mode), types through a
 * real IME composition and submits; the office imports it, rejects one change, accepts the rest,
 * applies, finds the text in the UI and in the SQLite file, and can undo the import.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Harness } from '../../electron/harness/server';
import {
  createReportThroughUi,
  editorOf,
  eventually,
  expectText,
  openPage,
  openSection,
  outlineRow,
  shotDir,
  storedText,
  tempDir,
  useE2eBrowser,
} from './support';

jest.setTimeout(120_000);

const e2e = useE2eBrowser();


async function closeProject(page: Page): Promise<void> {
  await page.getByTestId('menu-file').click();
  await page.getByTestId('menu-close').click();
  await page.getByTestId('start-screen').waitFor();
}

async function openThroughUi(page: Page, h: Harness, file: string): Promise<void> {
  h.queueDialogAnswer(file);
  await page.getByTestId('start-open').click();
  await page.getByTestId('project-screen').waitFor();
}

test('package a section, edit it in contributor mode through an IME, submit, review and merge', async () => {
  const workDir = tempDir('rw-collab-');
  const h = await e2e.harness(workDir);
  const { page, errors } = await openPage(e2e.browser(), h.url);

  // Office: a department, one section given to it, its package.
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const file = h.session.require().path;
  const id = await openSection(page, '立德树人');
  const officeText = storedText(file, id);
  await page.getByTestId('collab-toggle').click();
  await page.getByTestId('department-name').fill('教务处');
  await page.getByTestId('department-lead').fill('王主任');
  await page.getByTestId('department-writers').fill('李老师、张老师');
  await page.getByTestId('department-submit').click();
  await page.getByTestId('department-教务处').waitFor();
  // A second department is edited, then removed after the confirmation.
  await page.getByTestId('department-name').fill('临时部门');
  await page.getByTestId('department-submit').click();
  const temporary = page.getByTestId('department-临时部门');
  await temporary.getByTestId('department-edit').click();
  await temporary.getByTestId('department-lead').fill('赵老师');
  await temporary.getByTestId('department-submit').click();
  await temporary.getByText('负责人：赵老师', { exact: false }).waitFor();
  await temporary.getByTestId('department-remove').click();
  await page.getByTestId('confirm-ok').click();
  await temporary.waitFor({ state: 'detached' });
  await page.getByTestId('assign-department').selectOption({ label: '教务处' });
  await eventually(() => page.getByTestId('dashboard-教务处').locator('td').nth(1).textContent(), '1');
  // A due date in the past makes the department's row overdue (red).
  await page.getByTestId('section-due').fill('2020-01-01');
  await eventually(() => page.getByTestId('dashboard-教务处').getAttribute('class'), 'dashboard-overdue');
  await page.getByTestId('comment-add-text').fill('请补充思政课数据');
  await page.getByTestId('comment-add').click();
  await page.getByTestId('comment-thread').getByText('请补充思政课数据').waitFor();
  const packagePath = path.join(workDir, '教务处.rwpkg');
  h.queueDialogAnswer(packagePath);
  await page.getByTestId('create-package').click();
  await eventually(() => fs.existsSync(packagePath), true);
  await page.screenshot({ path: path.join(shotDir, 'rw-collab-dashboard.png') });
  await closeProject(page);

  // Department: the package opens in contributor mode; only its section is editable.
  await openThroughUi(page, h, packagePath);
  await page.getByTestId('contributor-banner').getByText('部门材料包：教务处 — 只能编辑本部门负责的章节').waitFor();
  expect(await outlineRow(page, '立德树人').getByTestId('outline-lock').count()).toBe(0);
  expect(await page.getByTestId('outline-lock').count()).toBeGreaterThan(0);
  await openSection(page, '立德树人');
  // The office's comment travels in the package; the author answers it.
  const thread = page.getByTestId('comment-thread').filter({ hasText: '请补充思政课数据' });
  await thread.getByTestId('comment-reply-text').fill('已补充');
  await thread.getByTestId('comment-reply').click();
  await thread.locator('.comment-reply-text', { hasText: '已补充' }).waitFor();
  const editor = editorOf(page, id);
  await editor.click();
  await page.keyboard.press('Control+End');
  const cdp = await page.context().newCDPSession(page);
  for (const stage of ['g', 'ga', 'gao', 'gaoz', 'gaozhi']) {
    await cdp.send('Input.imeSetComposition', { text: stage, selectionStart: stage.length, selectionEnd: stage.length });
  }
  await cdp.send('Input.insertText', { text: '高职' });
  await page.keyboard.press('Enter');
  await page.keyboard.type('second line');
  await page.getByTestId('status-save').getByText('已保存').waitFor();
  await page.screenshot({ path: path.join(shotDir, 'rw-collab-contributor.png') });
  await page.getByTestId('contributor-submit').click();
  await page.getByTestId('contributor-submitted').waitFor();
  await closeProject(page);

  // Office: import, reject the new paragraph, accept the rest, apply.
  await openThroughUi(page, h, file);
  // The section stays open during the merge: its editor must reload with the merged text.
  await openSection(page, '立德树人');
  await page.getByTestId('collab-toggle').click();
  h.queueDialogAnswer(packagePath);
  await page.getByTestId('import-contribution').click();
  const review = page.getByTestId('review-view');
  await review.waitFor();
  const cards = review.getByTestId('change-card');
  expect(await cards.count()).toBeGreaterThanOrEqual(2);
  await review.locator('.redline-ins', { hasText: '高职' }).first().waitFor();
  await review.getByTestId('review-accept-all').click();
  await cards.filter({ hasText: 'second line' }).getByTestId('change-reject').click();
  await page.screenshot({ path: path.join(shotDir, 'rw-collab-review.png') });
  await review.getByTestId('review-apply').click();
  await review.waitFor({ state: 'detached' });

  const expected = `${officeText}高职`;
  await expectText(editorOf(page, id), expected);
  expect(storedText(file, id)).toBe(expected);
  await page.getByTestId('comment-thread').filter({ hasText: '请补充思政课数据' }).getByText('已补充', { exact: false }).waitFor();

  // The same package a second time is refused with a clear message, and nothing changes.
  h.queueDialogAnswer(packagePath);
  await page.getByTestId('import-contribution').click();
  const refusal = page.getByTestId('notice').filter({ hasText: '不能导入材料包“教务处.rwpkg”' });
  await refusal.waitFor();
  await refusal.getByRole('button').click();
  expect(await review.count()).toBe(0);
  expect(storedText(file, id)).toBe(expected);

  // The merge can be taken back: the office's text returns.
  await page.getByTestId('merged-教务处').getByTestId('undo-import').click();
  await eventually(() => storedText(file, id), officeText);
  await page.getByTestId('merged-教务处').waitFor({ state: 'detached' });
  await expectText(editorOf(page, id), officeText);
  expect(errors).toEqual([]);
});

test('a paragraph both sides changed is a conflict that needs a choice', async () => {
  const workDir = tempDir('rw-collab-conflict-');
  const h = await e2e.harness(workDir);
  const { page, errors } = await openPage(e2e.browser(), h.url);

  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const file = h.session.require().path;
  const id = await openSection(page, '立德树人');
  const editor = editorOf(page, id);
  await editor.click();
  await page.keyboard.type('base');
  await page.getByTestId('status-save').getByText('已保存').waitFor();
  await page.getByTestId('collab-toggle').click();
  await page.getByTestId('department-name').fill('学生处');
  await page.getByTestId('department-submit').click();
  await page.getByTestId('assign-department').selectOption({ label: '学生处' });
  await eventually(() => page.getByTestId('dashboard-学生处').count(), 1);
  const packagePath = path.join(workDir, '学生处.rwpkg');
  h.queueDialogAnswer(packagePath);
  await page.getByTestId('create-package').click();
  await eventually(() => fs.existsSync(packagePath), true);
  // The office keeps editing the same paragraph after the package went out.
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' office');
  await page.getByTestId('status-save').getByText('已保存').waitFor();
  await closeProject(page);

  await openThroughUi(page, h, packagePath);
  await openSection(page, '立德树人');
  await editorOf(page, id).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' dept');
  await page.getByTestId('status-save').getByText('已保存').waitFor();
  await closeProject(page);

  await openThroughUi(page, h, file);
  await page.getByTestId('collab-toggle').click();
  h.queueDialogAnswer(packagePath);
  await page.getByTestId('import-contribution').click();
  const review = page.getByTestId('review-view');
  await review.waitFor();
  const conflict = review.getByTestId('change-card').filter({ hasText: '冲突：专班与部门都改动了这里' });
  expect(await conflict.count()).toBe(1);
  await page.screenshot({ path: path.join(shotDir, 'rw-collab-conflict.png') });
  // Nothing is applied while a conflict has no choice.
  expect(await review.getByTestId('review-apply').isDisabled()).toBe(true);
  await conflict.getByTestId('change-theirs').click();
  await review.getByTestId('review-apply').click();
  await review.waitFor({ state: 'detached' });
  expect(storedText(file, id)).toBe('base dept');

  // A "Word draft" that is not one is refused in plain Chinese, and the section stays as it is.
  const fakeDocx = path.join(workDir, '学生处初稿.docx');
  fs.writeFileSync(fakeDocx, '这不是 Word 文档');
  await openSection(page, '立德树人');
  h.queueDialogAnswer(fakeDocx);
  await page.getByTestId('import-contribution').click();
  await page.getByTestId('notice').filter({ hasText: '“学生处初稿.docx”不是 Word 文档（.docx）' }).waitFor();
  expect(await review.count()).toBe(0);
  expect(storedText(file, id)).toBe('base dept');
  expect(errors).toEqual([]);
});
