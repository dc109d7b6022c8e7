/**
 * Project-level behaviour in the real renderer: computed heading numbers, report settings,
 * history restore, revision conflicts, flushing on page hide, save-as, and tables, figures and
 * case boxes inside the text.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Harness } from '../../electron/harness/server';
import { createReportThroughUi, editorOf, eventually, expectText, launchChromium, openPage, openSection, storedContent, storedText, startTestHarness, tempDir } from './support';

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
  await page.close();
  await harness.close();
});

const projectFile = (): string => harness.session.require().path;

test('heading numbers are computed from the outline depth and never stored', async () => {
  const id = await openSection(page, '立德树人');
  const editor = editorOf(page, id);
  await editor.click();
  await page.keyboard.press('Control+1');
  await page.keyboard.type('First');
  await page.keyboard.press('Enter');
  await page.keyboard.type('body');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+2');
  await page.keyboard.type('Sub');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+1');
  await page.keyboard.type('Second');

  // A section is level 2 (（一）), so its headings start at level 3: 1. then （1）.
  await eventually(() => editor.getByTestId('heading-number').allTextContents(), ['1.', '（1）', '2.']);
  expect(await page.getByTestId('page-title').textContent()).toBe('（一）立德树人');
  await page.getByTestId('status-save').getByText('已保存').waitFor();
  expect(storedContent(projectFile(), id)).toEqual([
    { type: 'heading', id: expect.any(String), level: 1, children: [{ text: 'First' }] },
    { type: 'paragraph', id: expect.any(String), children: [{ text: 'body' }] },
    { type: 'heading', id: expect.any(String), level: 2, children: [{ text: 'Sub' }] },
    { type: 'heading', id: expect.any(String), level: 1, children: [{ text: 'Second' }] },
  ]);
  expect(errors).toEqual([]);
});

test('report settings are saved and shown in the title bar', async () => {
  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings-title').fill('');
  await page.getByTestId('settings-save').click();
  expect(await page.getByTestId('settings-dialog').textContent()).toContain('请填写报告标题');

  await page.getByTestId('settings-title').fill('某某职业技术学院质量报告（2025）');
  await page.getByTestId('settings-unit-name-en').fill('Mou Vocational College');
  await page.getByTestId('settings-preset').selectOption('report');
  await page.getByTestId('settings-save').click();
  await page.getByTestId('settings-dialog').waitFor({ state: 'detached' });

  expect(await page.getByTestId('report-title').textContent()).toBe('某某职业技术学院质量报告（2025）');
  const settings = harness.session.require().settings();
  expect(settings).toMatchObject({ reportTitle: '某某职业技术学院质量报告（2025）', unitNameEn: 'Mou Vocational College', stylePreset: 'report' });
  expect(await page.getByTestId('project-screen').getAttribute('class')).toContain('preset-report');
  expect(errors).toEqual([]);
});

test('an older version is restored from 历史版本 and the editor reloads it', async () => {
  const id = await openSection(page, '立德树人');
  await editorOf(page, id).click();
  await page.keyboard.type('draft one');
  await page.getByTestId('status-save').getByText('已保存').waitFor();

  await page.getByTestId('open-history').click();
  const panel = page.getByTestId('history-panel');
  await panel.getByTestId('history-item-2').waitFor();
  // Restoring goes through the preview of what it would change (issue 15).
  await panel.getByTestId('history-preview-1').click();
  await page.getByTestId('revision-preview').getByText('draft one').waitFor();
  await page.getByTestId('preview-restore').click();

  await expectText(editorOf(page, id), '');
  await panel.getByTestId('history-item-3').waitFor();
  expect(await panel.getByTestId('history-item-3').textContent()).toContain('恢复');
  expect(storedText(projectFile(), id)).toBe('');
  expect(await page.getByTestId('notice').first().textContent()).toContain('已恢复到版本 1');

  // The restored editor keeps autosaving on top of the new revision.
  await editorOf(page, id).click();
  await page.keyboard.type('draft two');
  await page.getByTestId('status-save').getByText('已保存').waitFor();
  expect(storedText(projectFile(), id)).toBe('draft two');
  expect(errors).toEqual([]);
});

test('a revision conflict reloads the section and says so', async () => {
  const id = await openSection(page, '立德树人');
  // Another writer changes the section underneath the open editor.
  const project = harness.session.require();
  const current = project.loadSection(id);
  project.saveSection(id, [{ type: 'paragraph', id: 'bother1', children: [{ text: '别处的修改' }] }], current.revision);

  await editorOf(page, id).click();
  await page.keyboard.type('mine');
  const notice = page.getByTestId('notice').filter({ hasText: '已在别处更新' });
  await notice.waitFor();
  expect(await notice.textContent()).toContain('已重新载入最新内容');
  await expectText(editorOf(page, id), '别处的修改');
  expect(storedText(projectFile(), id)).toBe('别处的修改');
  expect(errors).toEqual([]);
});

test('edits are flushed when the page goes away before the autosave pause', async () => {
  const id = await openSection(page, '立德树人');
  await editorOf(page, id).click();
  await page.keyboard.type('flushed on pagehide');
  await page.reload(); // immediately: the 700 ms pause has not passed
  await eventually(() => storedText(projectFile(), id), 'flushed on pagehide');
  await page.getByTestId('project-screen').waitFor();
  expect(errors).toEqual([]);
});

test('save as continues editing the copy', async () => {
  const copy = path.join(tempDir('rw-e2e-saveas-'), '副本.rwproj');
  const original = projectFile();
  harness.queueDialogAnswer(copy);
  await page.getByTestId('menu-file').click();
  await page.getByTestId('menu-save-as').click();
  await page.getByTestId('notice').filter({ hasText: '已另存为' }).waitFor();
  await eventually(() => page.getByTestId('status-path').textContent(), copy);

  const id = await openSection(page, '立德树人');
  await editorOf(page, id).click();
  await page.keyboard.type('only in the copy');
  await page.getByTestId('status-save').getByText('已保存').waitFor();
  expect(storedText(copy, id)).toBe('only in the copy');
  expect(storedText(original, id)).toBe('');
  expect(errors).toEqual([]);
});

test('tables, figures and case boxes are shown whole and survive editing around them', async () => {
  const project = harness.session.require();
  const node = project.outline().find((n) => n.title === '高质就业');
  if (!node) throw new Error('template section missing');
  const cell = (id: string, text: string, extra: Record<string, unknown> = {}) => ({ type: 'table-cell', id, ...extra, children: [{ text }] });
  const content = [
    { type: 'paragraph', id: 'p1', children: [{ text: '分布见' }, { type: 'xref', id: 'x1', target: 't1', children: [{ text: '' }] }, { text: '。' }] },
    {
      type: 'table',
      id: 't1',
      caption: '2025 届毕业生的院系与专业分布',
      source: '全国高校毕业生就业管理系统',
      headerRows: 1,
      columns: [
        { id: 'k1', width: 2 },
        { id: 'k2', width: 1 },
      ],
      children: [
        { type: 'table-row', id: 'r0', children: [cell('a0', '院系'), cell('b0', '人数')] },
        { type: 'table-row', id: 'r1', children: [cell('a1', '机电工程学院'), cell('b1', '215')] },
      ],
    },
    { type: 'paragraph', id: 'p2', children: [{ text: '就业质量稳步提升。' }] },
    {
      type: 'case',
      id: 'k1',
      title: '追寻红足迹',
      children: [
        { type: 'paragraph', id: 'p3', children: [{ text: '实践教学。' }] },
        { type: 'figure', id: 'f1', asset: null, caption: '学生参观纪念馆', source: '', width: 60, missingName: 'visit.jpg', children: [{ text: '' }] },
      ],
    },
  ];
  project.saveSection(node.id, content, project.loadSection(node.id).revision);

  const id = await openSection(page, '高质就业');
  const editor = editorOf(page, id);
  expect(await editor.getByTestId('table-block').locator('td, th').allTextContents()).toEqual(['院系', '人数', '机电工程学院', '215']);
  expect(await editor.getByTestId('figure-block').textContent()).toContain('图片缺失：visit.jpg');
  // The case title is a field of its own (see renderer/src/editor/ime-safe-input.tsx).
  expect(await editor.getByTestId('case-block').getByTestId('case-title-input').inputValue()).toBe('追寻红足迹');

  // Backspace at the start of the paragraph after the table does not merge it into the table.
  await editor.locator('[data-block-id="p2"]').click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Backspace');
  // Enter inside the case box stays inside it.
  await editor.locator('[data-block-id="p3"]').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('case text');
  await page.getByTestId('status-save').getByText('已保存').waitFor();

  const stored = storedContent(projectFile(), id) as { type: string; id: string; children: { type?: string; id?: string }[] }[];
  expect(stored.map((b) => `${b.type}:${b.id}`)).toEqual(['paragraph:p1', 'table:t1', 'paragraph:p2', 'case:k1']);
  expect(stored[3]?.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph', 'figure']);
  expect(stored[1]).toEqual(content[1]);
  expect(errors).toEqual([]);
});
