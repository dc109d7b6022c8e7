/**
 * 校对 in the app: text with a wrong character typed into a section, the status bar's 校对 button
 * opens the panel (pending edits saved first), the finding is listed under its section and rule,
 * clicking it goes to the paragraph, 忽略 removes it for good (stored in the project) and the
 * status bar's count follows.
 */
import { createReportThroughUi, editorOf, eventually, openPage, openSection, shotDir, useE2eBrowser } from './support';
import path from 'node:path';
import { rawDatabase } from '../../electron/project-store/raw-database';

jest.setTimeout(120_000);

const e2e = useE2eBrowser();

test('check, list, jump and ignore a finding', async () => {
  const h = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const id = await openSection(page, '立德树人');
  const editor = editorOf(page, id);
  await editor.click();
  await page.keyboard.insertText('显著提升了学校的杜会服务能力。');

  await page.getByTestId('preflight-button').click();
  const panel = page.getByTestId('preflight-panel');
  const typo = panel.locator('[data-testid="preflight-item"][data-rule="typo"]');
  await typo.first().waitFor({ timeout: 30_000 });
  expect(await typo.count()).toBe(1);
  expect(await typo.getByTestId('preflight-excerpt').textContent()).toBe('显著提升了学校的杜会服务能力。 → 社会');
  expect(await panel.getByText('立德树人').count()).toBeGreaterThan(0);
  await eventually(async () => /^校对 1 错/.test((await page.getByTestId('preflight-button').textContent()) ?? ''), true, 30_000);
  await page.screenshot({ path: path.join(shotDir, 'preflight-panel.png') });

  // The entry goes to its paragraph.
  await typo.locator('.problem-item').click();
  await eventually(() => editor.locator('p').first().evaluate((p) => p.classList.contains('jump-flash')), true);

  // Ignored: gone from the list and the count, and stored in the project.
  await typo.getByTestId('preflight-ignore').click();
  await eventually(() => typo.count(), 0, 30_000);
  await eventually(async () => /^校对 0 错/.test((await page.getByTestId('preflight-button').textContent()) ?? ''), true, 30_000);
  const stored = rawDatabase(h.session.require()).prepare('SELECT excerpt FROM preflight_ignore').all();
  expect(stored).toEqual([{ excerpt: '杜会' }]);
  expect(errors).toEqual([]);
});
