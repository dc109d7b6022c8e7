/**
 * Issue 15, end to end in Chromium against the real backend: a department's package opens on its
 * own work (not on an error), side panels never squeeze the page, the editor shows text (not a
 * blank page) after a delete or a restore, and the status bar and export speak of the same problems.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Harness } from '../../electron/harness/server';
import { smallSetup } from '../packages/small-project';
import { editorOf, openPage, shotDir, tempDir, useE2eBrowser } from './support';

jest.setTimeout(120_000);

const e2e = useE2eBrowser();

async function openThroughUi(page: Page, h: Harness, file: string): Promise<void> {
  h.queueDialogAnswer(file);
  await page.getByTestId('start-open').click();
  await page.getByTestId('project-screen').waitFor();
}

const rowOf = (page: Page, id: string) => page.locator(`[data-testid^="outline-node-"][data-node-id="${id}"]`);

test('a contribution package opens on the department’s first own section; other sections are read-only, not errors', async () => {
  const workDir = tempDir('rw-e2e-pkg-');
  const setup = smallSetup(workDir);
  const [own, ownSecond] = setup.sections;
  setup.project.close();
  const h = await e2e.harness(workDir);
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await openThroughUi(page, h, setup.packageFile);

  // Opened on the first assigned section, editable, with its toolbar.
  await editorOf(page, own).waitFor();
  expect(await rowOf(page, own).getAttribute('aria-selected')).toBe('true');
  await page.getByTestId('formatting-toolbar').waitFor();
  expect(await editorOf(page, own).getAttribute('contenteditable')).toBe('true');
  expect(await page.getByTestId('editor-load-error').count()).toBe(0);
  await page.screenshot({ path: path.join(shotDir, 'everyday-package-opened.png') });

  // A section of someone else: shown read-only with a calm note, never as a failure with 重试.
  await rowOf(page, setup.other).click();
  const context = page.locator(`[data-testid="context-section"][data-section-id="${setup.other}"]`);
  await context.waitFor();
  expect(await context.textContent()).toContain('此部分不是分配给教务部的章节');
  expect(await page.getByTestId('editor-load-error').count()).toBe(0);
  expect(await page.getByRole('alert').count()).toBe(0);
  expect(await page.getByText('重试').count()).toBe(0);
  await page.screenshot({ path: path.join(shotDir, 'everyday-package-context.png') });

  // From there, one click back to the department's own work.
  await context.getByTestId('context-open-own').nth(1).click();
  await editorOf(page, ownSecond).waitFor();
  expect(errors).toEqual([]);
});
