/**
 * Issue 15, end to end in Chromium against the real backend: a department's package opens on its
 * own work (not on an error), side panels never squeeze the page, the editor shows text (not a
 * blank page) after a delete or a restore, and the status bar and export speak of the same problems.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Harness } from '../../electron/harness/server';
import { readStatementSettings } from '../../electron/statement/statement-store';
import { smallSetup } from '../packages/small-project';
import { createProject, nodeIdByTitle, paragraphs } from '../support/project-helpers';
import { createReportThroughUi, editorOf, eventually, expectText, openPage, openSection, outlineRow, shotDir, tempDir, useE2eBrowser } from './support';

jest.setTimeout(120_000);

const e2e = useE2eBrowser();

async function openThroughUi(page: Page, h: Harness, file: string): Promise<void> {
  h.queueDialogAnswer(file);
  await page.getByTestId('start-open').click();
  await page.getByTestId('project-screen').waitFor();
}

const rowOf = (page: Page, id: string) => page.locator(`[data-testid^="outline-node-"][data-node-id="${id}"]`);

test('a contribution package opens on the department’s first own section; other sections are read-only, not errors', async () => {
  const workDir = tempDir('rw-e2e-pkg-');
  const setup = smallSetup(workDir);
  const [own, ownSecond] = setup.sections;
  setup.project.close();
  const h = await e2e.harness(workDir);
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await openThroughUi(page, h, setup.packageFile);

  // Opened on the first assigned section, editable, with its toolbar.
  await editorOf(page, own).waitFor();
  expect(await rowOf(page, own).getAttribute('aria-selected')).toBe('true');
  await page.getByTestId('formatting-toolbar').waitFor();
  expect(await editorOf(page, own).getAttribute('contenteditable')).toBe('true');
  expect(await page.getByTestId('editor-load-error').count()).toBe(0);
  await page.screenshot({ path: path.join(shotDir, 'everyday-package-opened.png') });

  // A section of someone else: shown read-only with a calm note, never as a failure with 重试.
  await rowOf(page, setup.other).click();
  const context = page.locator(`[data-testid="context-section"][data-section-id="${setup.other}"]`);
  await context.waitFor();
  expect(await context.textContent()).toContain('此部分不是分配给教务部的章节');
  expect(await page.getByTestId('editor-load-error').count()).toBe(0);
  expect(await page.getByRole('alert').count()).toBe(0);
  expect(await page.getByText('重试').count()).toBe(0);
  await page.screenshot({ path: path.join(shotDir, 'everyday-package-context.png') });

  // From there, one click back to the department's own work.
  await context.getByTestId('context-open-own').nth(1).click();
  await editorOf(page, ownSecond).waitFor();
  expect(errors).toEqual([]);
});

/** Whether the element's top edge is inside the editor area's visible part. */
async function topInView(page: Page, testId: string): Promise<boolean> {
  const area = await page.getByTestId('editor-area').boundingBox();
  const box = await page.getByTestId(testId).first().boundingBox();
  if (!area || !box) return false;
  return box.y >= area.y && box.y < area.y + area.height;
}

const scrollToBottom = (page: Page): Promise<number> =>
  page.getByTestId('editor-area').evaluate((el) => {
    el.scrollTop = el.scrollHeight;
    return el.scrollTop;
  });

test('after deleting a section or restoring a version the editor shows the text from its top, not a blank page', async () => {
  const workDir = tempDir('rw-e2e-scroll-');
  const project = createProject(workDir);
  const file = project.path;
  const long = paragraphs(...Array.from({ length: 60 }, (_, i) => `第${i + 1}段：学院坚持立德树人根本任务，深化产教融合，服务区域经济社会发展。`));
  const a = nodeIdByTitle(project, '立德树人');
  project.saveSection(a, long, project.loadSection(a).revision);
  const b = nodeIdByTitle(project, '多样成长');
  project.saveSection(b, paragraphs('多样成长的正文。'), project.loadSection(b).revision);
  const c = nodeIdByTitle(project, '数智赋能');
  // An import is a version of its own (autosaves of the same minute are folded together).
  project.replaceSection(c, paragraphs('数智赋能的第一稿。'), 'import');
  project.saveSection(c, long, project.loadSection(c).revision);
  project.close();
  const h = await e2e.harness(workDir);
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await openThroughUi(page, h, file);

  // Delete a long section while scrolled to its end: the next section shows from its top.
  await openSection(page, '立德树人');
  expect(await scrollToBottom(page)).toBeGreaterThan(1000);
  expect(await topInView(page, 'page-title')).toBe(false);
  await page.getByTestId('delete-node').click();
  await page.getByTestId('confirm-ok').click();
  await expectText(editorOf(page, b), '多样成长的正文。');
  await eventually(() => topInView(page, 'page-title'), true);
  await page.screenshot({ path: path.join(shotDir, 'everyday-after-delete.png') });

  // Restore the short first version of a long section, scrolled to its end: its text is in view.
  await outlineRow(page, '数智赋能').click();
  await editorOf(page, c).waitFor();
  expect(await scrollToBottom(page)).toBeGreaterThan(1000);
  await page.getByTestId('open-history').click();
  // Restoring goes through the preview of what it would change (issue 15).
  await page.locator('[data-testid^="history-preview-"]').first().click();
  await page.getByTestId('preview-restore').click();
  await expectText(editorOf(page, c), '数智赋能的第一稿。');
  await eventually(() => topInView(page, 'page-title'), true);
  expect(await page.getByTestId('editor-area').evaluate((el) => el.scrollTop)).toBe(0);
  await page.screenshot({ path: path.join(shotDir, 'everyday-after-restore.png') });
  expect(errors).toEqual([]);
});

test('one side panel at a time: 历史版本 and 部门分工 never squeeze the page together', async () => {
  const h = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const id = await openSection(page, '立德树人');
  const pageWidth = async (): Promise<number> => (await editorOf(page, id).boundingBox())?.width ?? 0;
  const alone = await pageWidth();

  await page.getByTestId('open-history').click();
  await page.getByTestId('history-panel').waitFor();
  await page.getByTestId('collab-toggle').click();
  await page.getByTestId('collab-panel').waitFor();
  // The second panel took the first one's place.
  expect(await page.getByTestId('history-panel').count()).toBe(0);
  expect(await page.locator('.side-panel').count()).toBe(1);
  // The text keeps most of its width: a line of the page holds far more than five characters.
  expect(await pageWidth()).toBeGreaterThan(alone * 0.6);
  await page.screenshot({ path: path.join(shotDir, 'everyday-one-side-panel.png') });

  // And back: history again replaces 部门分工; closing it leaves the page alone.
  await page.getByTestId('open-history').click();
  await page.getByTestId('history-panel').waitFor();
  expect(await page.locator('.side-panel').count()).toBe(1);
  await page.getByTestId('history-close').click();
  expect(await page.locator('.side-panel').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('the status bar and the export speak of the same problems: empty sections and typed heading numbers', async () => {
  const workDir = tempDir('rw-e2e-problems-');
  const h = await e2e.harness(workDir);
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const button = page.getByTestId('problems-button');
  const count = async (): Promise<number> => Number(/问题 (\d+)/.exec((await button.textContent()) ?? '')?.[1] ?? 0);
  await eventually(async () => (await count()) > 0, true);
  const before = await count();

  // Typing into an empty section takes it off the list.
  const id = await openSection(page, '多样成长');
  const editor = editorOf(page, id);
  await editor.click();
  await page.keyboard.insertText('学生多样成长。');
  await eventually(count, before - 1);
  // A heading whose typed number the author kept (the undo after the app dropped it) is listed too.
  await page.keyboard.press('Enter');
  await page.getByTestId('style-heading-1').click();
  await page.keyboard.insertText('1.');
  await page.keyboard.insertText('师资队伍建设');
  await page.keyboard.press('Control+z');
  await eventually(count, before);
  await button.click();
  const panel = page.getByTestId('problems-panel');
  const typed = panel.locator('[data-testid="problem-item"][data-kind="typed-heading-number"]');
  await typed.waitFor();
  expect(await typed.textContent()).toContain('“1.师资队伍建设”');
  const empty = panel.locator('[data-testid="problem-item"][data-kind="empty-section"]');
  const emptyCount = await empty.count();
  expect(emptyCount).toBe(before - 1);
  await page.screenshot({ path: path.join(shotDir, 'everyday-problems.png') });

  // A click on an empty section's entry opens that section.
  const target = empty.first();
  const where = (await target.locator('.problem-where').textContent()) ?? '';
  await target.click();
  await eventually(async () => ((await page.getByTestId('page-title').first().textContent()) ?? '').replace(/\s/g, ''), where.replace(/\s/g, ''));

  // The export warns about exactly these.
  h.queueDialogAnswer(path.join(workDir, '报告.docx'));
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-format-docx').check();
  await page.getByTestId('export-start').click();
  await page.getByTestId('export-result').getByText('导出完成').waitFor({ timeout: 60_000 });
  const warnings = await page.getByTestId('export-warnings').locator('li').allTextContents();
  expect(warnings.find((w) => w.includes('个部分没有内容'))).toMatch(new RegExp(`^${emptyCount} 个部分没有内容`));
  expect(warnings.filter((w) => w.includes('开头手写了编号'))).toEqual([expect.stringContaining('“1.师资队伍建设”')]);
  expect(errors).toEqual([]);
});

/** Buttons of the window's bars and panel headers that something else lies over (their texts). */
function coveredButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const covered: string[] = [];
    for (const button of Array.from(document.querySelectorAll('.ribbon button, .contributor-banner button, .pane-header button, .status-bar button'))) {
      const r = button.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!top || !(button === top || button.contains(top))) covered.push(button.textContent ?? '');
    }
    return covered;
  });
}

test('notices never cover buttons such as 提交, and information goes away by itself', async () => {
  const workDir = tempDir('rw-e2e-notice-');
  const setup = smallSetup(workDir);
  setup.project.close();
  const h = await e2e.harness(workDir);
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await openThroughUi(page, h, setup.packageFile);
  await editorOf(page, setup.sections[0]).waitFor();
  // A package keeps no history: no 历史版本 menu that would only open on a refusal.
  expect(await page.getByTestId('open-history').count()).toBe(0);

  await page.getByTestId('contributor-submit').click();
  const notice = page.getByTestId('notice').filter({ hasText: '已提交' });
  await notice.waitFor();
  expect(await coveredButtons(page)).toEqual([]);
  // 提交 can be pressed again at once (after another edit, say), with the notice still shown.
  await page.getByTestId('contributor-submit').click({ trial: true, timeout: 2000 });
  await page.screenshot({ path: path.join(shotDir, 'everyday-notice.png') });
  // Information fades by itself.
  await notice.waitFor({ state: 'detached', timeout: 10_000 });
  expect(errors).toEqual([]);
});

test('the ribbon keeps one line when the caret enters a table: the page does not move', async () => {
  const h = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const id = await openSection(page, '立德树人');
  const editor = editorOf(page, id);
  await editor.click();
  await page.keyboard.insertText('毕业生分布如下。');
  const ribbonHeight = async (): Promise<number> => (await page.locator('.ribbon').boundingBox())?.height ?? 0;
  const editorTop = async (): Promise<number> => (await page.getByTestId('editor-area').boundingBox())?.y ?? 0;
  const before = { ribbon: await ribbonHeight(), top: await editorTop() };

  await page.getByTestId('insert-table').click();
  await page.getByTestId('table-size-insert').click();
  await page.getByTestId('table-toolbar').waitFor();
  await page.screenshot({ path: path.join(shotDir, 'everyday-ribbon-table.png') });
  expect({ ribbon: await ribbonHeight(), top: await editorTop() }).toEqual(before);
  // Every tool of the ribbon is still there to press (none cut off or hidden under another).
  expect(await coveredButtons(page)).toEqual([]);
  expect(await page.locator('.ribbon').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  // Back in the text: the same.
  await editor.locator('p').first().click();
  expect({ ribbon: await ribbonHeight(), top: await editorTop() }).toEqual(before);
  expect(errors).toEqual([]);
});

test('a file that is no project is refused in plain words, without jargon', async () => {
  const workDir = tempDir('rw-e2e-jargon-');
  const fake = path.join(workDir, '年报.rwproj');
  fs.writeFileSync(fake, '这只是一个文本文件，不是项目。\n');
  const h = await e2e.harness(workDir);
  const { page } = await openPage(e2e.browser(), h.url);
  h.queueDialogAnswer(fake);
  await page.getByTestId('start-open').click();
  const message = (await page.getByTestId('open-error-message').textContent()) ?? '';
  expect(message).toContain('“年报.rwproj”不是年报工坊项目文件');
  expect(message).not.toMatch(/SQLite|数据库/);
  await page.screenshot({ path: path.join(shotDir, 'everyday-not-a-project.png') });
});

test('date fields read and take dates in Chinese order, whatever the system language', async () => {
  const h = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  await openSection(page, '立德树人');
  await page.getByTestId('collab-toggle').click();
  const due = page.getByTestId('section-due');
  expect(await due.getAttribute('placeholder')).toContain('年');
  await due.fill('2025/12/30');
  await due.blur();
  await eventually(() => due.inputValue(), '2025年12月30日');
  // Stored as a day: another section and back shows it again, in the same order.
  await openSection(page, '多样成长');
  await eventually(() => due.inputValue(), '');
  await openSection(page, '立德树人');
  await eventually(() => due.inputValue(), '2025年12月30日');
  // Something that is no day is marked, and nothing is stored.
  await due.fill('2025年2月30日');
  expect(await due.getAttribute('aria-invalid')).toBe('true');
  await page.screenshot({ path: path.join(shotDir, 'everyday-date-field.png') });
  await openSection(page, '多样成长');
  await openSection(page, '立德树人');
  await eventually(() => due.inputValue(), '2025年12月30日');
  expect(errors).toEqual([]);
});

test('a numbered list item does not look like a level-3 heading (1. 师资…): items count 1）2）', async () => {
  const h = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const id = await openSection(page, '立德树人');
  const editor = editorOf(page, id);
  await editor.click();
  await page.getByTestId('style-heading-1').click();
  await page.keyboard.insertText('师资队伍建设');
  await page.keyboard.press('Enter');
  await page.getByTestId('style-paragraph').click();
  await page.getByTestId('list-numbered').click();
  await page.keyboard.insertText('第一项内容');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('第二项内容');
  // The heading shows 1. (computed); the list's marker is another form: 1）.
  await eventually(() => editor.locator('h1, h2, h3, h4, h5, h6').first().evaluate((el) => (el.textContent ?? '').replace(/[\u200b\ufeff]/g, '')), '1.师资队伍建设');
  const markerOf = (): Promise<string> =>
    editor.locator('ol li').first().evaluate((li) => {
      // The marker as the page lays it out: the list style's counter text for item 1.
      const style = getComputedStyle(li.parentElement as Element).listStyleType;
      const rules = Array.from(document.styleSheets).flatMap((sheet) => Array.from(sheet.cssRules));
      const counter = rules.find((rule): rule is CSSCounterStyleRule => rule instanceof CSSCounterStyleRule && rule.name === style);
      return counter ? `1${JSON.parse(counter.suffix) as string}` : `${style}`;
    });
  expect(await markerOf()).toBe('1）');
  await page.screenshot({ path: path.join(shotDir, 'everyday-numbered-list.png') });
  expect(errors).toEqual([]);
});

test('the statement sentence shows its fields as readable chips, not {unit}; a chip is inserted with a button', async () => {
  const h = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  await page.getByTestId('statement-open').click();
  const field = page.getByTestId('statement-template');
  await field.waitFor();
  expect(await field.textContent()).toBe('学校对单位名称职业教育质量年度报告（年度年度）的真实性、完整性和准确性负责。特此声明。');
  expect(await field.locator('.template-chip').allTextContents()).toEqual(['单位名称', '年度']);
  await page.getByTestId('statement-dialog').screenshot({ path: path.join(shotDir, 'everyday-statement-chips.png') });

  // Typing at the end, then a field from its button: the preview fills it in, the file keeps the placeholder.
  await field.click();
  await page.keyboard.press('End');
  await page.keyboard.insertText('见');
  await page.getByTestId('template-insert-title').click();
  await page.keyboard.insertText('。');
  await page.getByTestId('statement-signer').click();
  const preview = page.getByTestId('statement-preview');
  await preview.getByText('见天津工业职业学院职业教育质量年度报告', { exact: false }).waitFor();
  await eventually(() => readStatementSettings(h.session.require()).template.endsWith('特此声明。见{title}。'), true);
  expect(await field.locator('.template-chip').allTextContents()).toEqual(['单位名称', '年度', '报告标题']);
  expect(errors).toEqual([]);
});
