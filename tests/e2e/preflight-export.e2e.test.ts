/**
 * 校对 before exporting, in Chromium: with an error in the text, 导出 lists it and asks once;
 * 返回修改 exports nothing and closes the dialog; 继续导出 exports (no second question in that
 * export, even after a wrong turn back to the form); once the error is fixed, nothing is asked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createReportThroughUi, editorOf, openPage, openSection, shotDir, tempDir, useE2eBrowser } from './support';

jest.setTimeout(180_000);

const e2e = useE2eBrowser();

test('export lists the remaining errors and asks once', async () => {
  const workDir = tempDir('rw-preflight-export-');
  const h = await e2e.harness(workDir);
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const id = await openSection(page, '立德树人');
  const editor = editorOf(page, id);
  await editor.click();
  await page.keyboard.insertText('显著提升了学校的杜会服务能力。');

  // 返回修改: nothing exported, back to the text.
  const first = path.join(workDir, '第一次.docx');
  h.queueDialogAnswer(first);
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-format-docx').check();
  await page.getByTestId('export-start').click();
  const gate = page.getByTestId('export-gate');
  await gate.waitFor({ timeout: 60_000 });
  const items = await gate.getByTestId('export-gate-item').allTextContents();
  expect(items.some((item) => item.includes('杜会'))).toBe(true);
  await page.screenshot({ path: path.join(shotDir, 'preflight-export-gate.png') });
  await page.getByTestId('export-gate-back').click();
  await page.getByTestId('export-dialog').waitFor({ state: 'detached' });
  expect(fs.existsSync(first)).toBe(false);

  // 继续导出: exported; 再次导出 in the same dialog asks no second question.
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-format-docx').check();
  await page.getByTestId('export-start').click();
  await gate.waitFor({ timeout: 60_000 });
  await page.getByTestId('export-gate-continue').click();
  await page.getByTestId('export-result').getByText('导出完成').waitFor({ timeout: 60_000 });
  expect(fs.readFileSync(first).subarray(0, 2).toString('latin1')).toBe('PK');
  const second = path.join(workDir, '第二次.docx');
  h.queueDialogAnswer(second);
  await page.getByTestId('export-again').click();
  await page.getByTestId('export-start').click();
  await page.getByTestId('export-result').getByText('导出完成').waitFor({ timeout: 60_000 });
  expect(fs.existsSync(second)).toBe(true);
  await page.getByTestId('export-close').click();

  // Negative control: the error fixed, a new export asks nothing.
  await editor.locator('p').first().click();
  await page.keyboard.press('End');
  for (let i = 0; i < 7; i++) await page.keyboard.press('Backspace');
  await page.keyboard.insertText('社会服务能力。');
  const third = path.join(workDir, '第三次.docx');
  h.queueDialogAnswer(third);
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-format-docx').check();
  await page.getByTestId('export-start').click();
  await page.getByTestId('export-result').getByText('导出完成').waitFor({ timeout: 60_000 });
  expect(await gate.count()).toBe(0);
  expect(fs.existsSync(third)).toBe(true);
  expect(errors).toEqual([]);
});
