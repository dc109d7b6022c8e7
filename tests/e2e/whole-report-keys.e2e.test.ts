/**
 * The arrow keys across section boundaries in the 全文 view, in Chromium: ↓ on the last line / → at
 * the very end carry the caret into the next section's editor, ↑ on the first line / ← at the very
 * start into the previous one (↑↓ keeping the caret's column); a paragraph of several lines is
 * walked line by line first; Shift+arrows and the arrows of a table cell keep their own meaning.
 * What is typed after crossing lands in the other section, on screen and in the SQLite file.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createReportThroughUi, editorOf, eventually, expectText, openPage, outlineRow, shotDir, storedText, useE2eBrowser } from './support';

jest.setTimeout(120_000);

const e2e = useE2eBrowser();

interface Caret {
  readonly section: string | null;
  readonly top: number | null;
  readonly left: number | null;
  /** The caret is in a table cell: its row and column. */
  readonly cell: readonly [number, number] | null;
}

/** Where the caret is: the focused section editor and the caret's position on screen. */
function caret(page: Page): Promise<Caret> {
  return page.evaluate(() => {
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const selection = window.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const rect = range?.getClientRects()[0] ?? range?.startContainer.parentElement?.getBoundingClientRect();
    const node = selection?.focusNode ?? null;
    const element = node instanceof Element ? node : (node?.parentElement ?? null);
    const td = element?.closest('td, th');
    const tr = td?.closest('tr');
    return {
      section: active?.dataset.sectionId ?? null,
      top: rect ? Math.round(rect.top) : null,
      left: rect ? Math.round(rect.left) : null,
      cell: td && tr ? ([Array.from(tr.parentElement?.children ?? []).indexOf(tr), Array.from(tr.children).indexOf(td)] as const) : null,
    };
  });
}

/** The top of the last line of a section's last paragraph, where the screen is scrolled now. */
function lastLineTop(page: Page, id: string): Promise<number> {
  return editorOf(page, id)
    .locator('p')
    .last()
    .evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      return Math.round(rects[rects.length - 1]?.top ?? -1);
    });
}

/**
 * A key the browser handles itself (Home, End): Slate reads the caret it leaves behind on a
 * throttled selectionchange, and its own ← → start from its copy, so a person's pause is kept.
 */
async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await page.waitForTimeout(150);
}

async function nodeId(page: Page, title: string): Promise<string> {
  const id = await outlineRow(page, title).first().getAttribute('data-node-id');
  if (!id) throw new Error(`no outline node titled ${title}`);
  return id;
}

/** Distinct characters of one width, so that where a character was typed tells where the caret was. */
const LONG = Array.from({ length: 150 }, (_, i) => String.fromCharCode(0x4e00 + 40 + i)).join('');

test('the caret flows between the sections of the whole report with the arrow keys', async () => {
  const h = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const file = h.session.require().path;
  const a = await nodeId(page, '立德树人');
  const b = await nodeId(page, '多样成长');
  const c = await nodeId(page, '数智赋能');

  await page.getByTestId('view-whole').click();
  await page.getByTestId('whole-report').waitFor();
  for (const id of [a, b, c]) await editorOf(page, id).waitFor();
  const sections = await page.getByTestId('whole-section').evaluateAll((els) => els.map((el) => el.getAttribute('data-node-id')));
  expect(sections.indexOf(b)).toBe(sections.indexOf(a) + 1);
  expect(sections.indexOf(c)).toBe(sections.indexOf(b) + 1);

  // 立德树人: a short paragraph, then one long enough to wrap onto several lines; 多样成长: one line.
  await editorOf(page, a).click();
  await page.keyboard.insertText('第一段。');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(LONG);
  await editorOf(page, b).click();
  await page.keyboard.insertText('乙段内容文字');
  await expectText(editorOf(page, a), `第一段。\n${LONG}`);
  await expectText(editorOf(page, b), '乙段内容文字');

  // From the first line of the long paragraph, ↓ walks its lines inside 立德树人 before crossing.
  await editorOf(page, a).locator('p').last().click({ position: { x: 2, y: 8 } });
  await press(page, 'Home');
  const start = await caret(page);
  expect(start.section).toBe(a);
  const tops: number[] = [start.top ?? 0];
  let presses = 0;
  for (;;) {
    await press(page, 'ArrowDown');
    presses += 1;
    const now = await caret(page);
    if (now.section !== a) break;
    expect(now.top ?? 0).toBeGreaterThan(tops[tops.length - 1] ?? 0);
    tops.push(now.top ?? 0);
    if (presses > 10) throw new Error('↓ never left the section');
  }
  expect(presses).toBeGreaterThanOrEqual(3);
  // Arrived at the start of 多样成长 (the column of the line start); what is typed lands there.
  expect((await caret(page)).section).toBe(b);
  await page.keyboard.insertText('下');
  await expectText(editorOf(page, b), '下乙段内容文字');

  // ↑ on the first line of 多样成长 goes back to the last line of 立德树人, in the same column.
  await press(page, 'End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const before = await caret(page);
  await page.keyboard.press('ArrowUp');
  const up = await caret(page);
  expect(up.section).toBe(a);
  expect(up.top).toBe(await lastLineTop(page, a));
  expect(Math.abs((up.left ?? 0) - (before.left ?? 0))).toBeLessThan(12);
  await page.keyboard.insertText('上');
  const withUp = (await page.evaluate(() => document.activeElement?.textContent ?? '')).replace(/[\u200b\ufeff]/g, '');
  const inserted = withUp.indexOf('上');
  // Not at the end nor at the start of the long paragraph: on its last line, under the old caret.
  expect(inserted).toBeGreaterThan(withUp.indexOf(LONG.slice(0, 10)) + 40);
  expect(inserted).toBeLessThan(withUp.length - 1);

  // → at the very end of 立德树人 goes to the very start of 多样成长.
  await press(page, 'Control+End');
  await page.keyboard.press('ArrowRight');
  expect((await caret(page)).section).toBe(b);
  await page.keyboard.insertText('右');
  await expectText(editorOf(page, b), '右下乙段内容文字');

  // ← at the very start of 多样成长 goes to the very end of 立德树人.
  await press(page, 'Home');
  await page.keyboard.press('ArrowLeft');
  expect((await caret(page)).section).toBe(a);
  await page.keyboard.insertText('左');
  await eventually(async () => (await page.evaluate(() => document.activeElement?.textContent ?? '')).endsWith('左'), true);

  // Shift+arrows extend the selection inside the section: they never cross.
  await press(page, 'Control+End');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowRight');
  expect((await caret(page)).section).toBe(a);
  await page.screenshot({ path: path.join(shotDir, 'whole-report-keys.png') });

  // Both sections reach the project file as typed.
  await page.getByTestId('status-save').getByText('已保存').waitFor();
  await eventually(() => storedText(file, b), '右下乙段内容文字');
  await eventually(() => storedText(file, a).endsWith('左'), true);
  expect(storedText(file, a).split('\n')[1]?.includes('上')).toBe(true);

  // In a table cell ↓ keeps the table's meaning: the cell below, in the same section.
  await editorOf(page, c).click();
  await page.getByTestId('insert-table').click();
  await page.getByTestId('table-size-insert').click();
  await editorOf(page, c).getByTestId('table-block').waitFor();
  await eventually(async () => (await caret(page)).cell, [0, 0]);
  await page.keyboard.press('ArrowDown');
  await eventually(async () => (await caret(page)).cell, [1, 0]);
  expect((await caret(page)).section).toBe(c);
  // From the last row ↓ leaves the table inside the section, never for the next one.
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
  const out = await caret(page);
  expect(out.section).toBe(c);
  expect(errors).toEqual([]);
});

test('a section not mounted yet is mounted and entered; nothing happens before the first section', async () => {
  const h = await e2e.harness();
  const page = await e2e.browser().newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  // Lazy mounting held back: only the first screenful of sections gets an editor, none later.
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
    window.IntersectionObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    } as unknown as typeof IntersectionObserver;
  });
  await page.goto(h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const file = h.session.require().path;
  const preface = await nodeId(page, '前言');
  const a = await nodeId(page, '立德树人');
  const b = await nodeId(page, '多样成长');
  await page.getByTestId('view-whole').click();
  await editorOf(page, a).waitFor();
  const placeholder = page.locator(`[data-testid="whole-section"][data-node-id="${b}"] [data-lazy-id]`);
  expect(await placeholder.count()).toBe(1);

  await editorOf(page, a).click();
  await page.keyboard.insertText('甲');
  await page.keyboard.press('ArrowDown');
  await editorOf(page, b).waitFor();
  await eventually(async () => (await caret(page)).section, b);
  await page.keyboard.insertText('乙');
  await expectText(editorOf(page, b), '乙');
  await page.getByTestId('status-save').getByText('已保存').waitFor();
  await eventually(() => storedText(file, b), '乙');

  // ↑ and ← at the very start of the report have nowhere to go: the caret stays.
  await editorOf(page, preface).locator('h2, h3, h4, p').first().click();
  await press(page, 'Control+Home');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  expect((await caret(page)).section).toBe(preface);
  expect(errors).toEqual([]);
  await page.close();
});
