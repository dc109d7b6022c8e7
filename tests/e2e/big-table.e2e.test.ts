/**
 * A 2 000 × 12 table pasted from Excel, end to end in Chromium (issue 15, bug 8): Excel's clipboard
 * (HTML and tab-separated text) pasted with Ctrl+V into a section, as a user does. The progress bar
 * shows while it is pasted; the table is complete in the saved section, cell for cell; only rows
 * near the viewport are drawn, and scrolling to the bottom draws the last rows; typing into a cell
 * 1 998 rows down is shown and saved; 查找 draws and shows a match in a row out of view; columns
 * follow their content instead of being equal, with no number broken across lines. Speed is measured in bench/big-table.mjs.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { excelClipboard, graduateRows } from '../support/excel-clipboard';
import { createReportThroughUi, editorOf, eventually, openPage, openSection, shotDir, storedContent, useE2eBrowser } from './support';

jest.setTimeout(180_000);

const e2e = useE2eBrowser();

const ROWS = 2000;

interface StoredTable {
  type: 'table';
  headerRows: number;
  columns: { width: number }[];
  children: { children: { children: { text: string }[] }[] }[];
}

function storedTable(file: string, id: string): StoredTable | undefined {
  return storedContent(file, id).find((block): block is StoredTable => (block as { type?: unknown }).type === 'table');
}

const rowTexts = (table: StoredTable, row: number): string[] => (table.children[row]?.children ?? []).map((cell) => cell.children.map((run) => run.text).join(''));

/** The drawn rows' first-cell texts (the rows out of view are placeholders). */
function drawnLabels(page: Page): Promise<string[]> {
  return page.getByTestId('table-block').evaluate((table) => Array.from(table.querySelectorAll('tbody > tr[data-block-id]')).map((tr) => tr.children[0]?.textContent ?? ''));
}

test('a 2 000-row Excel range pastes with progress, completely, drawn in windows, editable at the bottom', async () => {
  const h = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const file = h.session.require().path;
  const id = await openSection(page, '立德树人');
  await editorOf(page, id).click();
  await page.keyboard.press('Control+End');

  // Excel's clipboard on the system clipboard, then Ctrl+V: the browser's own paste event.
  const cells = graduateRows(ROWS);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(h.url).origin });
  await page.evaluate(async (items) => {
    const blobs: Record<string, Blob> = {};
    for (const [type, text] of Object.entries(items)) blobs[type] = new Blob([text], { type });
    await navigator.clipboard.write([new ClipboardItem(blobs)]);
    const w = window as unknown as { progressSeen: boolean };
    w.progressSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="paste-progress"]')) w.progressSeen = true;
    }).observe(document.body, { childList: true, subtree: true });
  }, excelClipboard(cells));
  await page.keyboard.press('Control+V');

  const block = page.getByTestId('table-block');
  await eventually(() => block.getAttribute('data-rows'), String(ROWS), 60_000);
  expect(await page.evaluate(() => (window as unknown as { progressSeen: boolean }).progressSeen)).toBe(true);
  await page.getByTestId('paste-progress').waitFor({ state: 'detached' });

  // Saved complete: every cell as in Excel (row 1 999 included), one header row.
  await eventually(() => storedTable(file, id)?.children.length, ROWS, 60_000);
  const saved = storedTable(file, id);
  expect(saved?.children).toHaveLength(ROWS);
  expect(saved?.headerRows).toBe(1);
  expect(rowTexts(saved as StoredTable, 1999)).toEqual(cells[1999]);
  expect((saved as StoredTable).children.map((_, r) => rowTexts(saved as StoredTable, r))).toEqual(cells);

  // Only the rows near the viewport are drawn, the first ones now.
  const first = await drawnLabels(page);
  expect(first.length).toBeGreaterThan(5);
  expect(first.length).toBeLessThan(300);
  expect(first.slice(0, 3)).toEqual(['序号', '1', '2']);

  // Columns follow their content: 学号 wider than 序号, none under two characters plus padding,
  // and no number broken across lines (with equal columns 学号 202100001 and 月薪 4037 were).
  await page.screenshot({ path: path.join(shotDir, 'big-table-pasted.png') });
  const widths = await block.locator('tbody > tr[data-block-id]').first().evaluate((row) => Array.from(row.children).map((cell) => cell.getBoundingClientRect().width));
  const fontPx = 14; // 10.5 pt
  expect(widths).toHaveLength(12);
  expect(Math.min(...widths)).toBeGreaterThanOrEqual(2 * fontPx + 8);
  expect(widths[3] as number).toBeGreaterThan(1.5 * (widths[0] as number));
  const brokenNumbers = await block.evaluate((table) => {
    const broken: string[] = [];
    for (const tr of Array.from(table.querySelectorAll('tbody > tr[data-block-id]')).slice(0, 20)) {
      for (const cell of Array.from(tr.children)) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          let previousTop: number | null = null;
          for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const top = range.getBoundingClientRect().top;
            const digitPair = i > 0 && /[0-9.%]/.test(text[i - 1] ?? '') && /[0-9.%]/.test(text[i] ?? '');
            if (digitPair && previousTop !== null && Math.abs(top - previousTop) > 2) broken.push(text);
            previousTop = top;
          }
        }
      }
    }
    return broken;
  });
  expect(brokenNumbers).toEqual([]);

  // Scrolling to the bottom draws the last rows.
  await page.evaluate(() => {
    const area = document.querySelector('.editor-area');
    if (area) area.scrollTop = area.scrollHeight;
  });
  await eventually(async () => (await drawnLabels(page)).includes('1999'), true, 10_000);
  const last = await drawnLabels(page);
  // (The header row stays drawn: the caret is still in its first cell, where the paste left it.)
  expect(last).not.toContain('1000');
  expect(last.length).toBeLessThan(300);
  expect(last.slice(-2)).toEqual(['1998', '1999']);

  // Typing into a cell far down (row 1 998, 备注) shows and saves.
  const target = block.locator('tbody > tr[data-block-id]').filter({ has: page.locator('td:first-child', { hasText: /^1998$/ }) }).locator('td').nth(11);
  await target.click();
  await page.keyboard.type('延期');
  await eventually(() => target.textContent().then((text) => (text ?? '').replace(/[\u200b\ufeff]/g, '')), '延期');
  await page.screenshot({ path: path.join(shotDir, 'big-table-bottom.png') });
  await eventually(() => rowTexts(storedTable(file, id) as StoredTable, 1998)[11], '延期', 20_000);
  expect(rowTexts(storedTable(file, id) as StoredTable, 1998).slice(0, 11)).toEqual(cells[1998]?.slice(0, 11));

  // 查找 goes to a match in a row out of view: the table draws that row and scrolls to it.
  await page.keyboard.press('Control+f');
  await page.getByTestId('find-bar').waitFor();
  await page.keyboard.insertText('学生1234');
  await eventually(() => page.getByTestId('find-count').textContent(), '共 1 处');
  await page.keyboard.press('Enter');
  const active = page.locator('[data-find="active"]');
  await eventually(() => active.count(), 1, 10_000);
  expect(await active.textContent()).toBe('学生1234');
  await eventually(() => active.evaluate((el) => { const box = el.getBoundingClientRect(); return box.top >= 0 && box.bottom <= window.innerHeight; }), true);

  expect(errors).toEqual([]);
});
