/**
 * The outline with the keyboard, end to end in Chromium: Alt+Shift+↑/↓ reorder, Ctrl+Z undoes the
 * outline's moves and deletions (checked in the stored outline), the owning department beside a
 * section, and the outline following the scroll of 全文.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createReportThroughUi, eventually, openPage, outlineRow, shotDir, useE2eBrowser } from './support';

jest.setTimeout(180_000);
const e2e = useE2eBrowser();

const shownTitles = (page: Page): Promise<string[]> => page.getByTestId('outline-title').allTextContents();

test('Alt+Shift+↑/↓ reorders, Ctrl+Z undoes moves and deletions; departments are shown beside their sections', async () => {
  const harness = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), harness.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const project = harness.session.require();
  const idOf = (title: string): string => project.outline().find((n) => n.title === title)?.id ?? '';
  const storedSections = (chapter: string): string[] =>
    project
      .outline()
      .filter((n) => n.parentId === idOf(chapter))
      .sort((a, b) => a.position - b.position)
      .map((n) => n.title);
  // An assignment made by the office (as in 部门分工), then the window reloaded.
  const department = await harness.handlers['department.add']({ name: '教务处' });
  await harness.handlers['outline.assign']({ id: idOf('高质就业'), departmentId: department.id });
  await page.reload();
  await page.getByTestId('project-screen').waitFor();
  await eventually(() => outlineRow(page, '高质就业').getByTestId('outline-department').textContent(), '教务处');
  expect(await outlineRow(page, '立德树人').getByTestId('outline-department').count()).toBe(0);

  const before = storedSections('人才培养');
  expect(before).toEqual(['立德树人', '多样成长', '数智赋能', '高质就业']);
  // Main answers each move late, as on a loaded machine: every key below is pressed before the answer to
  // the one before has arrived (without this the race only showed under CI's load).
  await page.route('**/ipc', async (route) => {
    if ((route.request().postData() ?? '').includes('"method":"outline.move"')) await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue();
  });
  await outlineRow(page, '多样成长').click();
  // Four moves pressed back to back, as fast as the keyboard goes: none waits for main's answer or the
  // redraw. Each is computed from the outline the previous move left (move-queue.ts), so all four count
  // (computed from the outline still shown, the three ↓ all asked for the same place: 立德树人, 数智赋能, 多样成长, 高质就业).
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await eventually(() => storedSections('人才培养'), ['立德树人', '数智赋能', '高质就业', '多样成长']);
  await eventually(async () => (await shownTitles(page)).slice(2, 6), ['（一）立德树人', '（二）数智赋能', '（三）高质就业', '（四）多样成长']);

  await page.unroute('**/ipc');

  // Ctrl+Z in the outline, last first.
  await page.keyboard.press('Control+z');
  await eventually(() => storedSections('人才培养'), ['立德树人', '数智赋能', '多样成长', '高质就业']);
  await page.keyboard.press('Control+z');
  await eventually(() => storedSections('人才培养'), ['立德树人', '多样成长', '数智赋能', '高质就业']);
  await page.keyboard.press('Control+z');
  await eventually(() => storedSections('人才培养'), ['多样成长', '立德树人', '数智赋能', '高质就业']);
  await page.keyboard.press('Control+z');
  await eventually(() => storedSections('人才培养'), before);

  // A deletion, undone with Ctrl+Z in the outline.
  await outlineRow(page, '数智赋能').click();
  await page.keyboard.press('Delete');
  await page.getByTestId('confirm-ok').click();
  await eventually(() => storedSections('人才培养'), ['立德树人', '多样成长', '高质就业']);
  await outlineRow(page, '立德树人').click();
  await page.keyboard.press('Control+z');
  await eventually(() => storedSections('人才培养'), before);
  await eventually(() => outlineRow(page, '数智赋能').count(), 1);
  // Nothing left: said so, nothing changes.
  await page.keyboard.press('Control+z');
  await page.getByText('大纲中没有可撤销的操作').waitFor();
  expect(storedSections('人才培养')).toEqual(before);
  await page.screenshot({ path: path.join(shotDir, 'outline-keys.png') });
  expect(errors).toEqual([]);
});

test('全文: the outline marks the section at the top of the view as the report scrolls', async () => {
  const harness = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), harness.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  await page.getByTestId('view-whole').click();
  await page.getByTestId('whole-report').waitFor();
  const inView = (): Promise<string | null> => page.locator('[data-in-view="true"]').getAttribute('data-node-id');
  const firstId = await page.getByTestId('whole-section').first().getAttribute('data-node-id');
  await eventually(inView, firstId);
  // Scroll so that a later section's start is at the top of the view.
  const target = page.getByTestId('whole-section').nth(8);
  const targetId = await target.getAttribute('data-node-id');
  await target.evaluate((el) => {
    const area = el.closest('.editor-area') as HTMLElement;
    area.scrollTop += el.getBoundingClientRect().top - area.getBoundingClientRect().top - 10;
  });
  await eventually(inView, targetId);
  // The outline keeps that row in sight.
  const visible = await page.locator('[data-in-view="true"]').evaluate((row) => {
    const tree = row.closest('.outline-tree') ?? row.parentElement;
    const scroller = (function up(el: Element | null): Element | null {
      while (el && el.scrollHeight <= el.clientHeight) el = el.parentElement;
      return el;
    })(tree);
    if (!scroller) return true;
    const a = row.getBoundingClientRect();
    const b = scroller.getBoundingClientRect();
    return a.top >= b.top && a.bottom <= b.bottom;
  });
  expect(visible).toBe(true);
  await page.screenshot({ path: path.join(shotDir, 'outline-follows-scroll.png') });
  expect(errors).toEqual([]);
});
