/**
 * Copying a 2 000 × 12 table in Chromium: only the rows near the viewport are drawn (the others
 * are empty placeholder rows), yet Ctrl+C on a selection from the first cell to the last one puts
 * every row on the clipboard, as tab-separated text and as an HTML table (what Word and Excel
 * read), next to the Slate fragment the app's own paste reads. The clipboard is captured in the
 * copy event itself. Control: at the moment of the copy, far fewer than 2 000 rows are drawn, so
 * a copy from the DOM could not have held them.
 */
import { gridFromStrings, gridToTable } from '../../shared/tables/cell-grid';
import { excelClipboard, graduateRows } from '../support/excel-clipboard';
import { createReportThroughUi, editorOf, eventually, openPage, openSection, useE2eBrowser } from './support';

jest.setTimeout(180_000);

const e2e = useE2eBrowser();

const ROWS = 2000;

interface Copied {
  plain: string;
  html: string;
  fragment: string;
}

test('Ctrl+C across a 2 000-row table drawn in windows copies all 2 000 rows as text and HTML', async () => {
  const h = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');

  // The table is stored behind the app's back (pasting 2 000 rows is big-table.e2e.test.ts's job).
  const cells = graduateRows(ROWS);
  const table = gridToTable(gridFromStrings(cells, 1), { caption: '2025 届毕业生去向' });
  const project = h.session.require();
  const node = project.outline().find((n) => n.title === '立德树人');
  if (!node) throw new Error('template section missing');
  project.saveSection(node.id, [{ type: 'paragraph', id: 'p1', children: [{ text: '毕业生去向如下。' }] }, table], project.loadSection(node.id).revision);

  const id = await openSection(page, '立德树人');
  const editor = editorOf(page, id);
  const block = editor.getByTestId('table-block');
  await eventually(() => block.getAttribute('data-rows'), String(ROWS), 20_000);
  const drawnRows = (): Promise<number> => block.evaluate((el) => el.querySelectorAll('tbody > tr[data-block-id]').length);

  // From the first cell (序号) to the last one of row 1 999: click, scroll to the bottom, shift+click.
  const rowsDrawn = block.locator('tbody > tr[data-block-id]');
  await rowsDrawn.first().locator('th, td').first().click();
  await page.evaluate(() => {
    const area = document.querySelector('.editor-area');
    if (area) area.scrollTop = area.scrollHeight;
  });
  const lastRow = rowsDrawn.filter({ has: page.locator('td:first-child', { hasText: /^1999$/ }) });
  await eventually(() => lastRow.count(), 1, 10_000);
  await lastRow.locator('td').last().click({ modifiers: ['Shift'] });
  // slate-react picks the DOM selection up on selectionchange.
  await page.waitForTimeout(200);

  await page.evaluate(() => {
    window.addEventListener('copy', (event) => {
      const data = event.clipboardData;
      (window as unknown as { copied: Copied }).copied = {
        plain: data?.getData('text/plain') ?? '',
        html: data?.getData('text/html') ?? '',
        fragment: data?.getData('application/x-slate-fragment') ?? '',
      };
    });
  });
  const drawnAtCopy = await drawnRows();
  await page.keyboard.press('Control+C');
  await eventually(() => page.evaluate(() => (window as unknown as { copied?: Copied }).copied !== undefined), true);
  const copied = await page.evaluate(() => (window as unknown as { copied: Copied }).copied);

  // The control: most rows were placeholders when the copy ran.
  expect(drawnAtCopy).toBeLessThan(300);

  // text/plain: Excel's tab-separated rows, every one of them, cell for cell.
  const lines = copied.plain.split('\n');
  expect(lines).toHaveLength(ROWS);
  expect(lines).toEqual(excelClipboard(cells)['text/plain'].replace(/\r\n$/, '').split('\r\n'));

  // text/html: one table of 2 000 rows (header row in <thead>), the last row's cells as stored.
  const parsed = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const rows = Array.from(doc.querySelectorAll('table tr'));
    return { tables: doc.querySelectorAll('table').length, rows: rows.length, head: doc.querySelectorAll('thead tr').length, last: Array.from(rows[rows.length - 1]?.children ?? []).map((c) => c.textContent) };
  }, copied.html);
  expect(copied.html.match(/<tr>/g)).toHaveLength(ROWS);
  expect(parsed).toEqual({ tables: 1, rows: ROWS, head: 1, last: cells[ROWS - 1] });

  // The fragment for pasting inside the app is there too, and complete.
  const fragment = await page.evaluate((encoded) => JSON.parse(decodeURIComponent(window.atob(encoded))) as { type: string; children: unknown[] }[], copied.fragment);
  expect(fragment.map((n) => [n.type, n.children.length])).toEqual([['table', ROWS]]);

  expect(errors).toEqual([]);
});
