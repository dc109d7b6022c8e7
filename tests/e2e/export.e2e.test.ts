/**
 * The export dialog end to end in Chromium: a report with a broken cross-reference is exported to
 * Word (a path the test queues) and, without one part, to PDF (a path the harness makes up); each
 * time the dialog shows progress, then 导出完成 with the path and the warnings, and the file is real.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { Harness } from '../../electron/harness/server';
import type { SectionContent } from '../../shared/model/document';
import { createReportThroughUi, launchChromium, openPage, startTestHarness, tempDir } from './support';

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

/** A paragraph referring to an item that does not exist: every export warns about it. */
const BROKEN_XREF: SectionContent = [
  { type: 'paragraph', id: 'p1', children: [{ text: '详见' }, { type: 'xref', id: 'x1', target: 'gone', children: [{ text: '' }] }, { text: '。' }] },
];

test('exports Word and PDF through the dialog, with progress, the path and the warnings', async () => {
  const workDir = tempDir('rw-export-');
  const h = await startTestHarness(workDir);
  harnesses.push(h);
  const { page, errors } = await openPage(browser, h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');

  // A section the open editor does not show gets a broken cross-reference behind the UI's back.
  const project = h.session.require();
  const target = project.outline().find((node) => node.title.includes('产教融合'));
  if (!target) throw new Error('template without 产教融合');
  project.replaceSection(target.id, BROKEN_XREF, 'import');

  // Word, to a path the test chooses.
  const docx = path.join(workDir, '年度质量报告.docx');
  h.queueDialogAnswer(docx);
  await page.getByTestId('export-open').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.waitFor();
  await page.getByTestId('export-format-docx').check();
  await page.getByTestId('export-start').click();
  await page.getByTestId('export-result').getByText('导出完成').waitFor({ timeout: 60_000 });
  await page.getByTestId('export-path').getByText(docx).waitFor();
  const warnings = await page.getByTestId('export-warnings').locator('li').allTextContents();
  expect(warnings.some((warning) => warning.includes('引用'))).toBe(true);
  await page.screenshot({ path: path.join(shotDir, 'rw-export-docx-done.png') });
  const docxBytes = fs.readFileSync(docx);
  expect(docxBytes.length).toBeGreaterThan(0);
  expect(docxBytes.subarray(0, 2).toString('latin1')).toBe('PK');

  // PDF without 编写分工, to the path the harness's save dialog makes up: progress shows meanwhile.
  await page.getByTestId('export-again').click();
  await page.getByTestId('export-format-pdf').check();
  await page.getByTestId('export-part-authorship').uncheck();
  await page.getByTestId('export-start').click();
  await page.getByTestId('export-progress').waitFor();
  await page.screenshot({ path: path.join(shotDir, 'rw-export-pdf-progress.png') });
  expect((await page.getByTestId('export-stage').textContent())?.trim()).not.toBe('');
  await page.getByTestId('export-result').getByText('导出完成').waitFor({ timeout: 90_000 });
  const shown = (await page.getByTestId('export-path').textContent()) ?? '';
  const pdf = /已保存到 (.+\.pdf)/.exec(shown)?.[1];
  expect(pdf).toBeDefined();
  expect(path.dirname(pdf ?? '')).toBe(workDir);
  expect(shown).toMatch(/共 \d+ 页/);
  expect(fs.readFileSync(pdf ?? '').subarray(0, 5).toString('latin1')).toBe('%PDF-');

  await page.getByTestId('export-close').click();
  await dialog.waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
});
