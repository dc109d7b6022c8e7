/**
 * 校对设置 in Chromium: the project's glossary (规范表述) and the traditional-character allow-list
 * are edited in the 校对 panel's dialog, stored in the project, and used by the rules at once: a
 * variant is flagged with its preferred form, an allowed logo line is no longer flagged. A row
 * without variants is refused with a message and nothing stored.
 */
import { readPreflightSettings } from '../../electron/project-store/queries/preflight-queries';
import { createReportThroughUi, editorOf, eventually, openPage, openSection, useE2eBrowser } from './support';

jest.setTimeout(180_000);

const e2e = useE2eBrowser();

test('glossary and allow-list edited, stored and used', async () => {
  const h = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const id = await openSection(page, '立德树人');
  await editorOf(page, id).click();
  await page.keyboard.insertText('学院与天钢集团共建实训基地。校训石上刻着天津工業職業學院。');

  await page.getByTestId('preflight-button').click();
  const panel = page.getByTestId('preflight-panel');
  const traditional = panel.locator('[data-testid="preflight-item"][data-rule="traditional"]');
  const glossary = panel.locator('[data-testid="preflight-item"][data-rule="glossary"]').filter({ hasText: '天钢集团' });
  await traditional.first().waitFor({ timeout: 60_000 });
  expect(await glossary.count()).toBe(0);

  // A row without variants: refused, nothing stored.
  await panel.getByTestId('preflight-settings-open').click();
  const dialog = page.getByTestId('preflight-settings');
  await dialog.getByTestId('glossary-preferred').last().fill('天津钢铁集团有限公司');
  await dialog.getByTestId('preflight-settings-save').click();
  await dialog.getByTestId('preflight-settings-problem').getByText('“天津钢铁集团有限公司”缺少需要改正的写法').waitFor();
  expect(readPreflightSettings(h.session.require().db).glossary).toEqual([]);

  await dialog.getByTestId('glossary-variants').last().fill('天钢集团、天钢');
  await dialog.getByTestId('allow-list').fill('天津工業職業學院');
  await dialog.getByTestId('preflight-settings-save').click();
  await dialog.waitFor({ state: 'detached' });
  expect(readPreflightSettings(h.session.require().db)).toEqual({
    glossary: [{ preferred: '天津钢铁集团有限公司', variants: ['天钢集团', '天钢'] }],
    traditionalAllow: ['天津工業職業學院'],
  });
  await eventually(() => glossary.count(), 1, 30_000);
  expect(await glossary.getByTestId('preflight-fix').textContent()).toBe('改为“天津钢铁集团有限公司”');
  await eventually(() => traditional.count(), 0, 30_000);

  // Reopened, the dialog shows what is stored.
  await panel.getByTestId('preflight-settings-open').click();
  await eventually(() => dialog.getByTestId('glossary-variants').first().inputValue(), '天钢集团、天钢');
  expect(await dialog.getByTestId('allow-list').inputValue()).toBe('天津工業職業學院');
  expect(errors).toEqual([]);
});
