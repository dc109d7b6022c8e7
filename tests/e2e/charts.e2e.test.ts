/**
 * Charts end to end in Chromium: a chart figure follows its table while the author types in a
 * cell (the picture is redrawn from the new number), a chart is inserted from the table's menu
 * (插入图表) through the dialog with its live preview, and deleting the table turns both charts into
 * problems that keep their last picture; autosave stores the last data as the chart's snapshot.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { chartSpec } from '../../shared/charts/chart-spec';
import type { FigureElement, SectionContent } from '../../shared/model/document';
import { createProject, nodeIdByTitle } from '../support/project-helpers';
import { tableFromSpec } from '../tables/table-spec';
import { editorOf, eventually, openPage, openSection, shotDir, storedContent, tempDir, useE2eBrowser } from './support';

jest.setTimeout(120_000);

const e2e = useE2eBrowser();

const TABLE = { ...tableFromSpec([['院系', '人数'], ['机械工程系', '939'], ['智能技术系', '806'], ['合计', '1745']], { headerRows: 1 }), id: 'tbl-e2e', caption: '毕业生院系分布' };

const CONTENT: SectionContent = [
  { type: 'paragraph', id: 'p-e2e-1', children: [{ text: '毕业生分布如下。' }] },
  TABLE,
  { type: 'figure', id: 'fig-e2e', asset: null, caption: '毕业生人数', source: '', width: 80, chart: chartSpec('tbl-e2e', 'column'), children: [{ text: '' }] },
  { type: 'paragraph', id: 'p-e2e-2', children: [{ text: '' }] },
];

/** The text drawn in the n-th chart picture on the page (the SVG inside its data: URL). */
async function chartTexts(page: Page, index = 0): Promise<string[]> {
  const src = (await page.getByTestId('chart-image').nth(index).getAttribute('src')) ?? '';
  const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] as string);
}

test('a chart follows its table, is inserted from the table menu, and survives its table as a problem', async () => {
  const dir = tempDir('rw-e2e-charts-');
  const made = createProject(dir, '图表.rwproj');
  const file = made.path;
  const id = nodeIdByTitle(made, '立德树人');
  made.saveSection(id, CONTENT, 1);
  made.close();

  const h = await e2e.harness(path.join(dir, 'work'));
  const { page, errors } = await openPage(e2e.browser(), h.url);
  h.queueDialogAnswer(file);
  await page.getByTestId('start-open').click();
  await page.getByTestId('project-screen').waitFor();
  await openSection(page, '立德树人');
  const editor = editorOf(page, id);

  // Drawn from the table: both departments, their numbers, no 合计 bar.
  await page.getByTestId('chart-image').first().waitFor();
  const before = await chartTexts(page);
  expect(before).toEqual(expect.arrayContaining(['机械工程系', '智能技术系', '939', '806']));
  expect(before).not.toContain('1745');

  // Typing in the cell redraws the chart (negative control: the old number is gone from it).
  await editor.locator('td, th').filter({ hasText: '939' }).first().click();
  await page.keyboard.press('End');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('1200');
  await eventually(async () => (await chartTexts(page)).includes('1200'), true);
  expect(await chartTexts(page)).not.toContain('939');

  // 插入图表 from the table's context menu: the dialog previews the chart and inserts it after the table.
  await editor.locator('td, th').filter({ hasText: '806' }).first().click({ button: 'right' });
  await page.getByTestId('table-menu-insert-chart').click();
  const dialog = page.getByTestId('chart-dialog');
  await dialog.waitFor();
  await page.getByTestId('chart-type').selectOption('pie');
  await dialog.getByTestId('chart-preview-image').waitFor();
  await page.getByTestId('chart-caption').fill('毕业生院系占比');
  await page.getByTestId('chart-dialog-apply').click();
  await dialog.waitFor({ state: 'detached' });
  await eventually(() => page.getByTestId('chart-picture').count(), 2);
  await page.screenshot({ path: path.join(shotDir, 'charts-live.png') });

  // Deleting the table: both charts say so and keep their last picture.
  await editor.locator('td, th').filter({ hasText: '806' }).first().click({ button: 'right' });
  await page.getByTestId('table-menu-delete-table').click();
  await eventually(() => page.getByTestId('chart-problem').count(), 2);
  expect(await page.getByTestId('chart-problem').first().textContent()).toContain('表格已被删除');
  expect(await page.getByTestId('chart-image').count()).toBe(2);
  // The inserted chart stands right after the table, before the first one.
  expect(await chartTexts(page, 0)).toContain('1200（59.8%）');
  expect(await chartTexts(page, 1)).toContain('1200');
  await page.screenshot({ path: path.join(shotDir, 'charts-table-deleted.png') });

  // Autosave stored the charts with the last data that resolved.
  await page.getByTestId('status-save').getByText('已保存').waitFor();
  await eventually(
    () => {
      const figures = storedContent(file, id).filter((b): b is FigureElement => (b as { type?: string }).type === 'figure');
      return figures.map((f) => [f.caption, f.chart?.type, f.chart?.snapshot?.series[0]?.values]);
    },
    [
      ['毕业生院系占比', 'pie', [1200, 806]],
      ['毕业生人数', 'column', [1200, 806]],
    ],
    10_000,
  );
  expect(errors).toEqual([]);
});
