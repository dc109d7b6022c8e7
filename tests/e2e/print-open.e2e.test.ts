/**
 * 打印 in the print preview and 打开文件 / 打开所在文件夹 after an export, end to end in Chromium:
 * the renderer names only the preview and the export job; main (the harness records what it asks
 * of the desktop) opens, reveals or prints the file it wrote itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createReportThroughUi, eventually, openPage, shotDir, useE2eBrowser } from './support';

jest.setTimeout(240_000);
const e2e = useE2eBrowser();

test('after a Word export: 打开文件 and 打开所在文件夹 go to the written file, by job id; a file moved away is said so', async () => {
  const harness = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), harness.url);
  const bodies: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/ipc')) bodies.push(request.postData() ?? '');
  });
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-format-docx').check();
  await page.getByTestId('export-start').click();
  await page.getByTestId('export-result').waitFor({ timeout: 60_000 });
  await page.getByTestId('export-open-file').click();
  await eventually(() => harness.shellCalls.length, 1);
  await page.getByTestId('export-open-folder').click();
  await eventually(() => harness.shellCalls.length, 2);
  const [opened, revealed] = harness.shellCalls;
  expect(opened?.action).toBe('open');
  expect(revealed).toEqual({ action: 'reveal', file: opened?.file });
  expect(opened?.file.endsWith('.docx')).toBe(true);
  expect(fs.readFileSync(opened?.file ?? '').subarray(0, 2).toString()).toBe('PK');
  // The renderer asked by job id: no path went from the page to main for these.
  const asks = bodies.filter((b) => b.includes('export.openResult'));
  expect(asks).toHaveLength(2);
  for (const ask of asks) expect(ask).not.toContain(path.basename(opened?.file ?? 'x'));
  await page.screenshot({ path: path.join(shotDir, 'export-open.png') });

  fs.renameSync(opened?.file ?? '', `${opened?.file ?? ''}.moved`);
  await page.getByTestId('export-open-file').click();
  await page.getByTestId('export-open-error').getByText('已不在原处').waitFor();
  expect(harness.shellCalls).toHaveLength(2);
  expect(errors).toEqual([]);
});

test('打印 in the print preview sends the previewed PDF itself to the print dialog', async () => {
  const harness = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), harness.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  await page.getByTestId('preview-open').click();
  const overlay = page.locator('[data-testid="print-preview"][data-state="ready"]');
  await overlay.waitFor({ timeout: 120_000 });
  const previewId = (await overlay.getAttribute('data-preview-id')) ?? '';
  await page.getByTestId('preview-print').click();
  await eventually(() => harness.shellCalls.map((c) => c.action), ['print']);
  const printed = harness.shellCalls[0]?.file ?? '';
  // The very bytes the preview shows.
  const first = await harness.handlers['export.previewRead']({ previewId, offset: 0 });
  expect(fs.readFileSync(printed).subarray(0, first.size > 1000 ? 1000 : first.size)).toEqual(Buffer.from(first.base64, 'base64').subarray(0, first.size > 1000 ? 1000 : first.size));
  expect(fs.readFileSync(printed).subarray(0, 5).toString()).toBe('%PDF-');
  await page.screenshot({ path: path.join(shotDir, 'preview-print.png') });
  // Closing the preview deletes its file: nothing is left to print.
  await page.getByTestId('preview-close').click();
  await eventually(() => fs.existsSync(printed), false, 10_000);
  expect(errors).toEqual([]);
});
