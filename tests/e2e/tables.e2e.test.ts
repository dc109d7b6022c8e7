/**
 * Data tables end to end in Chromium: insert a table from the ribbon, paste cells from the
 * clipboard (Ctrl+V, as from Excel), merge two cells through a shift+click range, type Chinese
 * through a real IME composition in a cell, drag a column border, let autosave write, and find the
 * table in the SQLite file; the caption's computed number follows the section to another chapter. Then a seed-001
 * style table pasted as HTML with merged 院系 cells, made computed, recalculated on typing, and a
 * table imported from an .xlsx through the file dialog.
 */
import ExcelJS from 'exceljs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Harness } from '../../electron/harness/server';
import { createReportThroughUi, editorOf, eventually, openPage, openSection, outlineRow, storedContent, tempDir, useE2eBrowser } from './support';

jest.setTimeout(120_000);

const e2e = useE2eBrowser();


interface StoredCell {
  type: string;
  id: string;
  rowSpan?: number;
  colSpan?: number;
  formula?: { kind: string };
  computed?: true;
  children: { text: string; [mark: string]: unknown }[];
}

interface StoredTable {
  type: 'table';
  id: string;
  caption: string;
  source: string;
  headerRows: number;
  columns: { id: string; width: number }[];
  children: { type: string; id: string; children: StoredCell[] }[];
}

function storedTables(file: string, nodeId: string): StoredTable[] {
  return storedContent(file, nodeId).filter((block): block is StoredTable => (block as { type?: unknown }).type === 'table');
}

const cellText = (cell: StoredCell): string => cell.children.map((run) => run.text).join('');

/** The table's rows as the cell texts stored, merged cells marked with their spans. */
function storedGrid(table: StoredTable): string[][] {
  return table.children.map((row) =>
    row.children.map((cell) => `${cellText(cell)}${cell.rowSpan ? `↓${cell.rowSpan}` : ''}${cell.colSpan ? `→${cell.colSpan}` : ''}`),
  );
}

/** The grid as shown: each row's cell texts (Slate's zero-width placeholders removed). */
async function shownGrid(page: Page, index = 0): Promise<string[][]> {
  return page
    .getByTestId('table-block')
    .nth(index)
    .evaluate((table) =>
      Array.from(table.querySelectorAll('tbody > tr')).map((tr) =>
        Array.from(tr.querySelectorAll(':scope > td, :scope > th')).map((cell) => (cell.textContent ?? '').replace(/[\u200b\ufeff]/g, '')),
      ),
    );
}

/** Puts content on the system clipboard and presses Ctrl+V: the browser's own paste path. */
async function pasteFromClipboard(page: Page, h: Harness, items: Record<string, string>): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(h.url).origin });
  await page.evaluate(async (data) => {
    const blobs: Record<string, Blob> = {};
    for (const [type, text] of Object.entries(data)) blobs[type] = new Blob([text], { type });
    await navigator.clipboard.write([new ClipboardItem(blobs)]);
  }, items);
  await page.keyboard.press('Control+V');
}

function cell(page: Page, text: string) {
  return page.getByTestId('table-block').locator('td, th').filter({ hasText: text }).first();
}

test('insert, paste, merge, type through an IME, save, renumber after a move', async () => {
  const h = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const file = h.session.require().path;
  const id = await openSection(page, '立德树人');
  await editorOf(page, id).click();
  await page.keyboard.type('Graduates by department:');

  // 插入表格 with the default size (4 × 3, one header row); the caret lands in the first cell.
  await page.getByTestId('insert-table').click();
  await page.getByTestId('table-size-insert').click();
  await eventually(() => shownGrid(page), [['', '', ''], ['', '', ''], ['', '', ''], ['', '', '']]);

  // Cells copied from a spreadsheet: tab-separated rows, pasted from the first cell on.
  await pasteFromClipboard(page, h, { 'text/plain': '院系\t专业\t人数\r\n机械工程系\t机电一体化技术\t374\r\n\t数控技术\t236\r\n' });
  await eventually(() => shownGrid(page), [
    ['院系', '专业', '人数'],
    ['机械工程系', '机电一体化技术', '374'],
    ['', '数控技术', '236'],
    ['', '', ''],
  ]);

  // Shift+click from 机械工程系 to the empty cell below selects both; 合并 merges them.
  await cell(page, '机械工程系').click();
  await page.getByTestId('table-block').locator('tbody > tr').nth(2).locator('td').first().click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('table-merge').isEnabled()).resolves.toBe(true);
  await page.getByTestId('table-merge').click();
  await eventually(() => shownGrid(page), [
    ['院系', '专业', '人数'],
    ['机械工程系', '机电一体化技术', '374'],
    ['数控技术', '236'],
    ['', '', ''],
  ]);

  // Chinese typed through a real composition into the last row's second cell, then Tab, digits.
  await page.getByTestId('table-block').locator('tbody > tr').nth(3).locator('td').nth(1).click();
  const cdp = await page.context().newCDPSession(page);
  for (const stage of ['x', 'xi', 'xia', 'xiao', 'xiaoj', 'xiaoji']) {
    await cdp.send('Input.imeSetComposition', { text: stage, selectionStart: stage.length, selectionEnd: stage.length });
  }
  await cdp.send('Input.insertText', { text: '小计' });
  await page.keyboard.press('Tab');
  await page.keyboard.type('610');
  await eventually(() => shownGrid(page).then((rows) => rows[3]), ['', '小计', '610']);

  // Dragging the border between the first two columns to the left narrows the first one. (The
  // columns start with widths that follow their content, as printed: compare with those.)
  const shownWidths = (): Promise<number[]> =>
    page.getByTestId('table-block').locator('col').evaluateAll((cols) => cols.map((col) => Number.parseFloat((col as HTMLElement).style.width)));
  const before = await shownWidths();
  const border = await page.getByTestId('table-resizer-0').boundingBox();
  if (!border) throw new Error('no column border to drag');
  await page.mouse.move(border.x + border.width / 2, border.y + 20);
  await page.mouse.down();
  await page.mouse.move(border.x + border.width / 2 - 60, border.y + 20, { steps: 5 });
  await page.mouse.up();

  await page.getByTestId('table-caption-input').fill('2025 届毕业生的院系与专业分布');
  await page.getByTestId('table-source-input').fill('全国高校毕业生就业管理系统');
  await page.getByTestId('status-save').getByText('已保存').waitFor();
  await eventually(() => storedTables(file, id).map(storedGrid), [
    [
      ['院系', '专业', '人数'],
      ['机械工程系↓2', '机电一体化技术', '374'],
      ['数控技术', '236'],
      ['', '小计', '610'],
    ],
  ]);
  const [stored] = storedTables(file, id);
  expect(stored).toMatchObject({ caption: '2025 届毕业生的院系与专业分布', source: '全国高校毕业生就业管理系统', headerRows: 1 });
  const widths = stored?.columns.map((column) => column.width) ?? [];
  expect(widths).toHaveLength(3);
  const ratio = (w: readonly number[], i: number): number => (w[i] as number) / (w[2] as number);
  expect(ratio(widths, 0)).toBeLessThan(ratio(before, 0));
  expect(ratio(widths, 1)).toBeGreaterThan(ratio(before, 1));

  // The number is computed: 表 1-1 in chapter 1, 表 2-1 once the section moves to chapter 2.
  await eventually(() => page.getByTestId('table-number').textContent(), '表 1-1');
  await outlineRow(page, '立德树人').dragTo(outlineRow(page, '合作机制'), { targetPosition: { x: 80, y: 2 } });
  await eventually(() => page.getByTestId('table-number').textContent(), '表 2-1', 10_000);
  expect(errors).toEqual([]);
});

const SEED_TABLE_HTML = `<html><body><table>
<tr><td>院系</td><td>专业</td><td>人数</td><td>占比</td></tr>
<tr><td rowspan="3">机械工程系</td><td>机电一体化技术</td><td>374</td><td>11.21%</td></tr>
<tr><td>数控技术</td><td>236</td><td>7.07%</td></tr>
<tr><td>小计</td><td>610</td><td>18.28%</td></tr>
<tr><td rowspan="3">智能技术系</td><td>电子信息工程技术</td><td>294</td><td>8.81%</td></tr>
<tr><td>大数据技术</td><td>197</td><td>5.90%</td></tr>
<tr><td>小计</td><td>491</td><td>14.71%</td></tr>
<tr><td colspan="2">合计</td><td>1101</td><td>100.00%</td></tr>
</table></body></html>`;

test('a seed-style table pasted as HTML becomes computed and recalculates; an .xlsx imports', async () => {
  const h = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const file = h.session.require().path;
  const id = await openSection(page, '高质就业');
  await editorOf(page, id).click();

  // Excel's clipboard: an HTML table with merged cells plus the same cells as text.
  await pasteFromClipboard(page, h, { 'text/html': SEED_TABLE_HTML, 'text/plain': '院系\t专业\t人数\t占比\r\n' });
  await page.getByTestId('table-block').waitFor();
  expect((await shownGrid(page))[1]).toEqual(['机械工程系', '机电一体化技术', '374', '11.21%']);
  await page.getByTestId('table-warnings').waitFor();
  await eventually(() => page.getByTestId('status-table-warnings').isVisible(), true);

  // 计算 → 自动识别: 小计, 合计 and 占比 become computed cells.
  await cell(page, '数控技术').click();
  await page.getByTestId('table-formula').click();
  await page.getByTestId('table-menu-detect-formulas').click();
  await eventually(() => page.getByTestId('table-block').locator('td.tbl-computed').count(), 10);
  await expect(cell(page, '610').getAttribute('title')).resolves.toMatch(/自动计算：小计/);

  // Typing a number recalculates the 小计, 合计 and every 占比 of this table.
  await cell(page, '236').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('8');
  await eventually(() => shownGrid(page).then((rows) => rows.map((row) => row[row.length - 2])), ['人数', '374', '238', '612', '294', '197', '491', '1103']);
  expect((await shownGrid(page))[7]).toEqual(['合计', '1103', '100.00%']);
  // The typed shares (11.21%… of another total) were flagged; computed ones agree (checks run after a pause).
  await eventually(() => page.getByTestId('table-warnings').count(), 0);

  // Import a sheet from an .xlsx through the file dialog: it becomes the next table.
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('服务贡献');
  sheet.addRow(['指标', '2024 年', '2025 年']);
  sheet.addRow(['技术服务到款额（万元）', 1688.2, 1903.45]);
  sheet.getColumn(2).numFmt = '#,##0.0';
  sheet.getColumn(3).numFmt = '#,##0.0';
  const xlsx = path.join(tempDir('rw-e2e-xlsx-'), '服务贡献.xlsx');
  await workbook.xlsx.writeFile(xlsx);
  await page.keyboard.press('Control+End');
  h.queueDialogAnswer(xlsx);
  await page.getByTestId('import-table').click();
  await page.getByTestId('import-preview').waitFor();
  await page.getByTestId('import-insert').click();
  await eventually(() => page.getByTestId('table-block').count(), 2);
  expect(await shownGrid(page, 1)).toEqual([
    ['指标', '2024 年', '2025 年'],
    ['技术服务到款额（万元）', '1,688.2', '1,903.5'],
  ]);

  await page.getByTestId('status-save').getByText('已保存').waitFor();
  await eventually(() => storedTables(file, id).length, 2);
  const [seed, imported] = storedTables(file, id);
  const subtotal = seed?.children[3]?.children.find((c) => cellText(c) === '612');
  expect(subtotal).toMatchObject({ formula: { kind: 'sum' }, computed: true });
  expect(seed?.children[1]?.children[0]).toMatchObject({ rowSpan: 3, children: [{ text: '机械工程系' }] });
  expect(imported?.headerRows).toBe(1);
  await eventually(() => page.getByTestId('table-number').allTextContents(), ['表 1-1', '表 1-2']);
  expect(errors).toEqual([]);
});
