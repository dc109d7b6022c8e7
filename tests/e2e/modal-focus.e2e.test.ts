/**
 * Dialogs keep the keyboard as native ones do (renderer/src/ui/modal.tsx): the first field has
 * focus, Tab and Shift+Tab go round inside the dialog and never into the page behind it, and when
 * the dialog closes focus returns to the button that opened it.
 */
import { openPage, useE2eBrowser } from './support';

jest.setTimeout(120_000);
const e2e = useE2eBrowser();

test('Tab stays inside a dialog and focus returns to the opener when it closes', async () => {
  const harness = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), harness.url);
  try {
    const opener = page.getByTestId('start-new');
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('new-report-dialog');
    await dialog.waitFor();
    const focusedTestId = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? document.activeElement?.tagName);
    const insideDialog = () => page.evaluate(() => document.querySelector('[data-testid="new-report-dialog"]')?.contains(document.activeElement) ?? false);
    expect(await focusedTestId()).toBe('unit-name');

    // Round the whole dialog and further: focus never leaves it.
    const seen = new Set<string | undefined>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await insideDialog()).toBe(true);
      seen.add(await focusedTestId());
    }
    // It really went round: the last button and the first field were both reached.
    expect(seen.has('create')).toBe(true);
    expect(seen.has('unit-name')).toBe(true);

    // Shift+Tab from the first control (the × in the title bar) goes to the last one, not to the page.
    await dialog.locator('.modal-close').focus();
    await page.keyboard.press('Shift+Tab');
    expect(await insideDialog()).toBe(true);
    expect(await focusedTestId()).toBe('create');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focusedTestId()).toBe('start-new');
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
});
