/**
 * 从 Word 报告创建 on the start screen, in the real renderer over the harness: the Word file is
 * required, a refused file is said in the dialog and creates nothing, and a real report (made with
 * python3-docx, tests/fixtures/word-reports/) becomes a project — with a progress bar while main
 * reads it, a summary of what was imported, skipped and warned about, then the project screen with
 * the imported outline, table and figure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { wordReport } from '../import-docx/support';
import { editorOf, openPage, openSection, outlineRow, shotDir, tempDir, useE2eBrowser } from './support';

jest.setTimeout(120_000);

const e2e = useE2eBrowser();

test('the Word file is required; a refused file is said in the dialog and creates no project', async () => {
  const workDir = tempDir('rw-e2e-word-');
  const harness = await e2e.harness(workDir);
  const { page, errors } = await openPage(e2e.browser(), harness.url);
  await page.getByTestId('start-from-word').click();
  await page.getByTestId('word-import-unit').fill('天津示范职业技术学院');
  await page.getByTestId('word-import-create').click();
  await page.getByTestId('word-import-file-error').waitFor();

  const fake = path.join(workDir, 'notes.docx');
  fs.writeFileSync(fake, '这是一段文字，不是 Word 文件。');
  harness.queueDialogAnswer(fake);
  await page.getByTestId('word-import-pick').click();
  await page.getByTestId('word-import-file').getByText('notes.docx').waitFor();
  await page.getByTestId('word-import-create').click();
  const alert = page.getByTestId('word-import-error');
  await alert.waitFor();
  expect(await alert.textContent()).toContain('不是 Word 文档');
  expect(fs.readdirSync(workDir).filter((name) => name.endsWith('.rwproj'))).toEqual([]);
  await page.getByTestId('word-report-dialog').waitFor();
  expect(errors).toEqual([]);
  await page.close();
});

test('a Word report becomes a project: progress, summary with warnings, then the imported outline and content', async () => {
  const harness = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), harness.url);
  await page.getByTestId('start-from-word').click();
  harness.queueDialogAnswer(wordReport('styled-report.docx'));
  await page.getByTestId('word-import-pick').click();
  await page.getByTestId('word-import-file').getByText('styled-report.docx').waitFor();
  await page.getByTestId('word-import-unit').fill('天津示范职业技术学院');
  await page.getByTestId('word-import-year').fill('2025');
  // Every stage text the progress bar shows, recorded as it appears (the import takes about a second).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenStages: string[] }).seenStages = seen;
    new MutationObserver(() => {
      const stage = document.querySelector('[data-testid="word-import-stage"]')?.textContent;
      if (stage && !seen.includes(stage)) seen.push(stage);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByTestId('word-import-create').click();

  const summary = page.getByTestId('word-import-summary');
  await summary.waitFor({ timeout: 60_000 });
  expect(await summary.textContent()).toBe('已导入：4 章 3 节，正文小标题 2 个，表格 1 个，图 2 个（图片 1 张），案例 1 个，交叉引用 3 处。');
  expect(await page.getByTestId('word-import-skipped').textContent()).toBe('已识别并略去：封面 4 段，声明 5 段，目录 7 行。');
  const warnings = await page.getByTestId('word-import-warnings').locator('li').allTextContents();
  expect(warnings).toHaveLength(3);
  expect(warnings.some((w) => w.includes('BMP'))).toBe(true);
  const stages = await page.evaluate(() => (window as unknown as { seenStages: string[] }).seenStages);
  expect(stages.length).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(shotDir, 'word-import-summary.png') });

  await page.getByTestId('word-import-open').click();
  await page.getByTestId('project-screen').waitFor();
  for (const title of ['前言', '人才培养', '立德树人', '多样成长', '产教融合', '案例附录']) await outlineRow(page, title).first().waitFor();
  const id = await openSection(page, '立德树人');
  const editor = editorOf(page, id);
  await editor.locator('table').first().waitFor();
  // Captions, sources and case titles are edited in fields of their own.
  const fields = await editor.evaluate((root) => Array.from(root.querySelectorAll('input, textarea')).map((el) => (el as HTMLInputElement).value));
  expect(fields).toEqual(expect.arrayContaining(['2025 届毕业生的院系与专业分布', '学院教务管理系统', '青年学生参加红色研学活动', '追寻红足迹 争做新青年']));
  expect(await editor.textContent()).toContain('机械工程学院数控技术120机电一体化技术95小计215');
  await editor.locator('img').first().waitFor();
  await page.screenshot({ path: path.join(shotDir, 'word-import-project.png') });
  expect(harness.session.require().path.endsWith('.rwproj')).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});
