/**
 * Issue 6 end to end in Chromium: the office adds a department, gives it a section and writes its
 * package through the UI; the department opens the package (contributor mode), types through a
 * real IME composition and submits; the office imports it, rejects one change, accepts the rest,
 * applies, finds the text in the UI and in the SQLite file, and can undo the import.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Harness } from '../../electron/harness/server';
import { createReportThroughUi, editorOf, eventually, expectText, launchChromium, openPage, openSection, outlineRow, startTestHarness, storedText, tempDir } from './support';

jest.setTimeout(120_000);

let browser: Browser;
const harnesses: Harness[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await Promise.all(harnesses.map((h) => h.close()));
  await browser?.close();
});

/** Screenshots for a person to look at; SCREENSHOT_DIR keeps them, otherwise the temp dir. */
const shotDir = process.env.SCREENSHOT_DIR ?? os.tmpdir();

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
  const h = await startTestHarness(workDir);
  harnesses.push(h);
  const { page, errors } = await openPage(browser, h.url);

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
  await page.getByTestId('assign-department').selectOption({ label: '教务处' });
  await eventually(() => page.getByTestId('dashboard-教务处').locator('td').nth(1).textContent(), '1');
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

  // The same package a second time is refused with a clear message, and nothing changes.
  h.queueDialogAnswer(packagePath);
  await page.getByTestId('import-contribution').click();
  const refusal = page.getByTestId('notice').filter({ hasText: '不能导入材料包“教务处.rwpkg”' });
  await refusal.waitFor();
  await refusal.getByRole('button').click();
  expect(await review.count()).toBe(0);
  expect(storedText(file, id)).toBe(expected);

  // The merge can be taken back: the office's text returns.
  await page.getByTestId('undo-import').click();
  await eventually(() => storedText(file, id), officeText);
  expect(errors).toEqual([]);
});
