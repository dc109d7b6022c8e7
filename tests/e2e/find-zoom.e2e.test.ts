/**
 * 查找和替换 and the editor's zoom, end to end in Chromium against the real backend: highlights,
 * next/previous into another section, replace-all in a section as one Ctrl+Z, replace-all across
 * the report with one 'replace' revision per section (checked in the SQLite file), computed cells
 * left alone; Ctrl+= / Ctrl+- and the status-bar control, remembered after a reload.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Harness } from '../../electron/harness/server';
import type { SectionContent } from '../../shared/model/document';
import { nodeIdByTitle } from '../support/project-helpers';
import { createReportThroughUi, editorOf, eventually, expectText, openPage, openSection, outlineRow, shotDir, storedContent, storedText, useE2eBrowser } from './support';

jest.setTimeout(180_000);
const e2e = useE2eBrowser();

const columns = [
  { id: 'a', width: 2 },
  { id: 'b', width: 1 },
];
const sumOfB = { kind: 'sum', range: { kind: 'range', rows: { from: 'r2', to: 'r3' }, cols: { from: 'b', to: 'b' } } };
const sectionA = [
  { type: 'paragraph', id: 'pa1', children: [{ text: '学院深化产教融合，' }, { text: '产教', bold: true }, { text: '融合成效显著。' }] },
  {
    type: 'table', id: 'ta1', caption: '产教融合项目统计', source: '教务处', headerRows: 1, columns,
    children: [
      { type: 'table-row', id: 'r1', children: [{ type: 'table-cell', id: 'c1', children: [{ text: '项目' }] }, { type: 'table-cell', id: 'c2', children: [{ text: '数量' }] }] },
      { type: 'table-row', id: 'r2', children: [{ type: 'table-cell', id: 'c3', children: [{ text: '产教融合基地' }] }, { type: 'table-cell', id: 'c4', children: [{ text: '12' }] }] },
      { type: 'table-row', id: 'r3', children: [{ type: 'table-cell', id: 'c5', children: [{ text: '实训室' }] }, { type: 'table-cell', id: 'c6', children: [{ text: '30' }] }] },
      { type: 'table-row', id: 'r4', children: [{ type: 'table-cell', id: 'c7', children: [{ text: '合计' }] }, { type: 'table-cell', id: 'c8', formula: sumOfB, computed: true, children: [{ text: '42' }] }] },
    ],
  },
];
const sectionB = [{ type: 'case', id: 'kb1', title: '产教融合典型案例', children: [{ type: 'paragraph', id: 'pb1', children: [{ text: '案例正文。' }] }] }];

async function setUp(): Promise<{ page: Page; errors: string[]; harness: Harness; file: string; a: string; b: string; c: string }> {
  const harness = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), harness.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const project = harness.session.require();
  const a = nodeIdByTitle(project, '高质就业');
  const b = nodeIdByTitle(project, '多样成长');
  const c = nodeIdByTitle(project, '数智赋能');
  // Written as main would have stored them, before the editors first load them.
  project.saveSection(a, sectionA as unknown as SectionContent, project.loadSection(a).revision);
  project.saveSection(b, sectionB as unknown as SectionContent, project.loadSection(b).revision);
  return { page, errors, harness, file: project.path, a, b, c };
}

const hits = (page: Page): Promise<number> => page.locator('[data-testid="editor"] [data-find]').count();
const activeHits = (page: Page): Promise<string> =>
  page.locator('[data-testid="editor"] [data-find="active"]').evaluateAll((els) => els.map((el) => el.textContent ?? '').join(''));

test('find highlights matches in text, cells and captions; replace-all in the section is one undo step and one replace revision; never a computed cell', async () => {
  const { page, errors, harness, file, a } = await setUp();
  await openSection(page, '高质就业');
  const editor = editorOf(page, a);
  await editor.locator('p').first().click();
  await page.keyboard.press('Control+f');
  await page.getByTestId('find-bar').waitFor();
  await page.keyboard.insertText('产教融合');
  // Two in the paragraph (one across the bold), one in a cell, one in the caption: 4.
  await eventually(() => page.getByTestId('find-count').textContent(), '共 4 处');
  // Three in the text, the one across the bold drawn as two spans; the caption's is in its input.
  await eventually(() => hits(page), 4);
  await page.keyboard.press('Enter');
  await eventually(() => page.getByTestId('find-count').textContent(), '第 1 / 4 处');
  await eventually(() => activeHits(page), '产教融合');
  await page.getByTestId('find-next').click();
  // Across the change of formatting: “产教” bold + “融合” plain, one match.
  await eventually(() => activeHits(page), '产教融合');
  // The table's caption comes before its cells, as they are read.
  await page.getByTestId('find-next').click();
  await eventually(() => page.getByTestId('find-count').textContent(), '第 3 / 4 处 · 在题注中');
  await eventually(() => page.getByTestId('table-caption-input').evaluate((el) => el.classList.contains('find-field-active')), true);
  await page.getByTestId('find-next').click();
  await eventually(() => page.getByTestId('find-count').textContent(), '第 4 / 4 处');
  await eventually(() => activeHits(page), '产教融合');
  // Shift+Enter goes back; past the first it wraps round to the last (本节).
  await page.getByTestId('find-query').press('Shift+Enter');
  await eventually(() => page.getByTestId('find-count').textContent(), '第 3 / 4 处 · 在题注中');
  await page.screenshot({ path: path.join(shotDir, 'find-in-section.png') });

  // Options: 区分全/半角 changes nothing for Chinese; an absent word is 未找到.
  await page.getByTestId('find-query').fill('不存在的词');
  await eventually(() => page.getByTestId('find-count').textContent(), '未找到');
  await eventually(() => hits(page), 0);
  await page.getByTestId('find-query').fill('产教融合');

  await page.keyboard.press('Control+h');
  await page.getByTestId('find-replacement').fill('校企合作');
  await page.getByTestId('find-replace-all').click();
  await expectText(editor, '学院深化校企合作，校企合作成效显著。\n项目\n数量\n校企合作基地\n12\n实训室\n30\n合计\n42');
  await eventually(() => page.getByTestId('table-caption-input').inputValue(), '校企合作项目统计');
  await eventually(() => storedText(file, a).includes('校企合作基地'), true);
  // Stored as a revision of its own (查找替换), as the report-wide replace stores each section.
  const stored = harness.session.require().history(a);
  expect(stored[0]?.reason).toBe('replace');

  // One Ctrl+Z in the text brings every replacement back at once.
  await editor.locator('p').first().click();
  await page.keyboard.press('Control+z');
  await expectText(editor, '学院深化产教融合，产教融合成效显著。\n项目\n数量\n产教融合基地\n12\n实训室\n30\n合计\n42');
  await eventually(() => page.getByTestId('table-caption-input').inputValue(), '产教融合项目统计');

  // A computed cell is never replaced in: “42” is only the 合计's text.
  await page.getByTestId('find-query').fill('42');
  await eventually(() => page.getByTestId('find-count').textContent(), '未找到');
  // Replacing a number the 合计 reads recalculates it.
  await page.getByTestId('find-query').fill('12');
  await page.getByTestId('find-replacement').fill('20');
  await page.getByTestId('find-replace-all').click();
  await eventually(() => editor.locator('td').last().textContent(), '50');
  await eventually(() => JSON.stringify(storedContent(file, a)).includes('"text":"50"'), true);
  expect(errors).toEqual([]);
});

test('全文: next goes on into the next section with matches; replace-all writes one replace revision per section touched', async () => {
  const { page, errors, harness, file, a, b, c } = await setUp();
  await openSection(page, '高质就业');
  await page.keyboard.press('Control+h');
  await page.getByTestId('find-query').fill('产教融合');
  await page.getByTestId('find-scope-report').check();
  // 4 in 高质就业, 1 in the case title of 多样成长.
  await eventually(() => page.getByTestId('find-count').textContent(), '全文共 5 处，2 节');
  for (let i = 0; i < 5; i += 1) await page.getByTestId('find-next').click();
  // The fifth is in the next section: the outline follows, the case title is marked.
  await eventually(() => outlineRow(page, '多样成长').getAttribute('aria-selected'), 'true');
  await editorOf(page, b).waitFor();
  await eventually(() => page.getByTestId('case-title-input').evaluate((el) => el.classList.contains('find-field-active')), true);
  await eventually(() => page.getByTestId('find-count').textContent(), '全文共 5 处，2 节 · 在案例标题中');

  const project = harness.session.require();
  const before = { a: project.history(a).length, b: project.history(b).length, c: project.history(c).length };
  await page.getByTestId('find-replacement').fill('校企合作');
  await page.getByTestId('find-replace-all').click();
  await page.getByText('已在 2 节中替换 5 处').waitFor();
  expect(storedText(file, a)).toContain('学院深化校企合作，校企合作成效显著。');
  expect((storedContent(file, b)[0] as { title: string }).title).toBe('校企合作典型案例');
  expect(project.history(a)).toHaveLength(before.a + 1);
  expect(project.history(b)).toHaveLength(before.b + 1);
  expect(project.history(c)).toHaveLength(before.c);
  expect(project.history(b)[0]?.reason).toBe('replace');
  // The open editor shows the stored result (reloaded), and goes on saving without a conflict.
  await eventually(() => page.getByTestId('case-title-input').inputValue(), '校企合作典型案例');
  await editorOf(page, b).locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.insertText('补充');
  await eventually(() => storedText(file, b), '案例正文。补充');
  await page.keyboard.press('Escape');
  await page.screenshot({ path: path.join(shotDir, 'find-report.png') });
  expect(errors).toEqual([]);
});

test('zoom: Ctrl+= / Ctrl+- and the status-bar control scale the page, 50–200 %, remembered after a reload', async () => {
  const { page, errors, a, file } = await setUp();
  await openSection(page, '高质就业');
  const area = page.getByTestId('editor-area');
  const pageWidth = (): Promise<number> => editorOf(page, a).evaluate((el) => Math.round((el.closest('.page') as HTMLElement).getBoundingClientRect().width));
  await eventually(() => area.getAttribute('data-zoom'), '100');
  const base = await pageWidth();
  await page.getByTestId('tab-outline').focus();
  await page.keyboard.press('Control+=');
  await eventually(() => area.getAttribute('data-zoom'), '110');
  await page.keyboard.press('Control+=');
  await eventually(() => area.getAttribute('data-zoom'), '125');
  expect(await pageWidth()).toBeGreaterThan(base * 1.2);
  await page.keyboard.press('Control+-');
  await eventually(() => area.getAttribute('data-zoom'), '110');
  for (let i = 0; i < 12; i += 1) await page.getByTestId('zoom-out').click({ force: true });
  await eventually(() => area.getAttribute('data-zoom'), '50');
  expect(await page.getByTestId('zoom-out').isDisabled()).toBe(true);
  await page.getByTestId('zoom-value').click();
  await eventually(() => area.getAttribute('data-zoom'), '100');
  await page.getByTestId('zoom-in').click();
  await page.getByTestId('zoom-in').click();
  await page.getByTestId('zoom-in').click();
  await eventually(() => area.getAttribute('data-zoom'), '150');
  await page.screenshot({ path: path.join(shotDir, 'zoom-150.png') });
  // Clicking and typing work on the zoomed page: the caret lands where clicked.
  const first = editorOf(page, a).locator('p').first();
  const box = await first.boundingBox();
  if (!box) throw new Error('no paragraph');
  await page.mouse.click(box.x + 2, box.y + box.height / 2);
  await page.keyboard.insertText('【】');
  await eventually(() => storedText(file, a).startsWith('【】学院深化产教融合'), true);
  // Remembered for the user: the next load of the window opens at 150 %.
  await page.reload();
  await page.getByTestId('project-screen').waitFor();
  await eventually(() => page.getByTestId('editor-area').getAttribute('data-zoom'), '150');
  // Ctrl+0 outside the text goes back to 100 % (in the text it stays 正文).
  await page.getByTestId('tab-outline').focus();
  await page.keyboard.press('Control+0');
  await eventually(() => page.getByTestId('editor-area').getAttribute('data-zoom'), '100');
  expect(errors).toEqual([]);
});
