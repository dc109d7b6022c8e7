/**
 * The outline pane against the real backend: add, rename inline (F2 and double-click), delete with
 * confirmation and restore, and drag and drop, checking both what the pane shows (computed
 * numbers) and what main stored.
 */
import type { Browser, Page } from 'playwright-core';
import type { Harness } from '../../electron/harness/server';
import { outlineInOrder } from '../../shared/model/outline';
import { createReportThroughUi, eventually, launchChromium, openPage, outlineRow, startTestHarness } from './support';

jest.setTimeout(90_000);

let browser: Browser;
let harness: Harness;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  harness = await startTestHarness();
  ({ page, errors } = await openPage(browser, harness.url));
  await createReportThroughUi(page, '某某职业技术学院', '2025');
});

afterEach(async () => {
  expect(errors).toEqual([]);
  await page.close();
  await harness.close();
});

/** Titles of a chapter's sections as main stores them, in order. */
function storedSections(chapterTitle: string): string[] {
  const nodes = harness.session.require().outline();
  const chapter = nodes.find((n) => n.title === chapterTitle && n.parentId === null);
  return outlineInOrder(nodes)
    .filter((n) => n.parentId === chapter?.id)
    .map((n) => n.title);
}

/** What the pane shows for a chapter's sections: number + title. */
async function shownSections(chapterTitle: string): Promise<string[]> {
  const chapterId = await outlineRow(page, chapterTitle).first().getAttribute('data-node-id');
  const nodes = harness.session.require().outline();
  const ids = outlineInOrder(nodes)
    .filter((n) => n.parentId === chapterId)
    .map((n) => n.id);
  return Promise.all(ids.map(async (id) => (await page.getByTestId(`outline-node-${id}`).getByTestId('outline-title').textContent()) ?? ''));
}

test('add a section after the selected one and name it inline; numbers follow', async () => {
  await outlineRow(page, '立德树人').click();
  await page.getByTestId('add-section').click();
  const field = page.getByTestId('rename-field');
  await field.waitFor();
  expect(await field.inputValue()).toBe('新的一节');
  await field.fill('思政育人');
  await field.press('Enter');

  await eventually(() => storedSections('人才培养'), ['立德树人', '思政育人', '多样成长', '数智赋能', '高质就业']);
  await eventually(() => shownSections('人才培养'), ['（一）立德树人', '（二）思政育人', '（三）多样成长', '（四）数智赋能', '（五）高质就业']);
});

test('rename with F2 and with a double-click; Esc cancels', async () => {
  const row = outlineRow(page, '多样成长');
  await row.click();
  await page.keyboard.press('F2');
  await page.getByTestId('rename-field').fill('多样成才');
  await page.keyboard.press('Enter');
  await eventually(() => storedSections('人才培养')[1], '多样成才');

  await outlineRow(page, '数智赋能').dblclick();
  await page.getByTestId('rename-field').fill('不会保存');
  await page.keyboard.press('Escape');
  await page.getByTestId('rename-field').waitFor({ state: 'detached' });
  expect(storedSections('人才培养')[2]).toBe('数智赋能');
});

test('delete asks first, then the node can be restored from 已删除', async () => {
  const row = outlineRow(page, '数智赋能');
  const id = await row.getAttribute('data-node-id');
  await row.click();
  await page.getByTestId('delete-node').click();
  const dialog = page.getByTestId('confirm-dialog');
  expect(await dialog.textContent()).toContain('确定删除“数智赋能”及其下所有内容吗？');
  await page.getByTestId('confirm-cancel').click();
  expect(storedSections('人才培养')).toContain('数智赋能');

  await page.getByTestId('delete-node').click();
  await page.getByTestId('confirm-ok').click();
  await eventually(() => storedSections('人才培养'), ['立德树人', '多样成长', '高质就业']);
  await eventually(() => shownSections('人才培养'), ['（一）立德树人', '（二）多样成长', '（三）高质就业']);

  await page.getByTestId('deleted-toggle').click();
  await page.getByTestId(`restore-${id}`).click();
  await eventually(() => storedSections('人才培养'), ['立德树人', '多样成长', '数智赋能', '高质就业']);
  await page.getByTestId('deleted-list').waitFor({ state: 'detached' });
});

test('drag and drop reorders sections and moves them between chapters', async () => {
  // Onto the top edge of 立德树人: before it.
  await outlineRow(page, '高质就业').dragTo(outlineRow(page, '立德树人'), { targetPosition: { x: 80, y: 2 } });
  await eventually(() => storedSections('人才培养'), ['高质就业', '立德树人', '多样成长', '数智赋能']);
  await eventually(() => shownSections('人才培养'), ['（一）高质就业', '（二）立德树人', '（三）多样成长', '（四）数智赋能']);

  // Onto the middle of a chapter row: into that chapter, at its end.
  await outlineRow(page, '数智赋能').dragTo(outlineRow(page, '服务贡献'), { targetPosition: { x: 80, y: 16 } });
  await eventually(() => storedSections('服务贡献'), ['服务国家战略', '服务产业发展', '服务民生福祉', '数智赋能']);
  expect(storedSections('人才培养')).toEqual(['高质就业', '立德树人', '多样成长']);
});

test('a chapter with sections cannot be dropped into another chapter', async () => {
  await outlineRow(page, '国际合作').dragTo(outlineRow(page, '服务贡献'), { targetPosition: { x: 80, y: 16 } });
  await page.waitForTimeout(300);
  const chapters = outlineInOrder(harness.session.require().outline())
    .filter((n) => n.parentId === null)
    .map((n) => n.title);
  expect(chapters.slice(0, 6)).toEqual(['前言', '人才培养', '产教融合', '服务贡献', '国际合作', '文化传承']);
});
