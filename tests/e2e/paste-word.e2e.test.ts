/**
 * Pasting from Word and WPS in Chromium, through the editor's real paste path: Word's clipboard
 * HTML (tests/fixtures/clipboard/) put on the system clipboard by a copy event and pasted with
 * Ctrl+V, then WPS's HTML with a picture file beside it, delivered as Chromium delivers a paste
 * (a `beforeinput` of type insertFromPaste carrying the DataTransfer; a file cannot go through the
 * headless clipboard). Checked: what the editor shows, the notices, one Ctrl+Z taking the paste
 * back, and the section as saved in the SQLite file (pictures stored through the image gate).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createReportThroughUi, editorOf, eventually, openPage, openSection, shotDir, storedContent, useE2eBrowser } from './support';

jest.setTimeout(120_000);

const e2e = useE2eBrowser();
const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'clipboard');
const fixture = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

interface Stored {
  type?: string;
  text?: string;
  level?: number;
  caption?: string;
  source?: string;
  asset?: string | null;
  missingName?: string;
  bold?: boolean;
  rowSpan?: number;
  colSpan?: number;
  children?: Stored[];
}

const textOf = (node: Stored): string => (typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join(''));

/** The stored section as `type:text` lines (headings with their level). */
function outline(blocks: Stored[]): string[] {
  return blocks.map((b) => `${b.type}${b.type === 'heading' ? String(b.level) : ''}:${textOf(b)}`);
}

/** Ctrl+C with a copy handler that puts exactly `items` on the clipboard, then Ctrl+V: a real paste. */
async function pasteThroughClipboard(page: Page, items: Record<string, string>): Promise<void> {
  await page.evaluate((data) => {
    const onCopy = (event: ClipboardEvent): void => {
      for (const [type, value] of Object.entries(data)) event.clipboardData?.setData(type, value);
      event.preventDefault();
      event.stopImmediatePropagation();
      window.removeEventListener('copy', onCopy, true);
    };
    window.addEventListener('copy', onCopy, true);
  }, items);
  await page.keyboard.press('Control+C');
  await page.keyboard.press('Control+V');
}

/**
 * Scrolls the figure placeholder's 选择图片… button to 60 px above the bottom of the page's scroll
 * area, then asks whether the element at its centre is the button (nothing lies over it).
 */
async function choosePictureReachable(page: Page): Promise<boolean> {
  return page.getByTestId('figure-choose-image').evaluate((button) => {
    let scroller = button.parentElement;
    while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
    if (!scroller) return false;
    const box = scroller.getBoundingClientRect();
    const before = button.getBoundingClientRect();
    scroller.scrollTop += before.top + before.height / 2 - (box.bottom - 60);
    const r = button.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return top !== null && (top === button || button.contains(top));
  });
}

test('Word: headings without typed numbers, marks, lists, a merged table, a placeholder for the picture, notices, one undo', async () => {
  const h = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const file = h.session.require().path;
  const id = await openSection(page, '立德树人');
  const editor = editorOf(page, id);
  await editor.locator('p').first().click();
  const before = storedContent(file, id);

  await pasteThroughClipboard(page, { 'text/html': fixture('word-2016-section.html'), 'text/plain': '一、办学基础\r\n（一）办学条件\r\n学校现有全日制在校生12 860人' });

  await editor.getByTestId('table-block').waitFor();
  await page.getByTestId('notice').filter({ hasText: '1 张图片无法从剪贴板读取，请用 插入图片 添加' }).waitFor();
  await page.getByTestId('notice').filter({ hasText: '略去了 1 个文本框、1 条批注、1 个脚注或尾注' }).waitFor();
  await page.getByTestId('status-save').getByText('已保存').waitFor();
  await eventually(() => outline(storedContent(file, id) as Stored[]).length, 10);
  const blocks = storedContent(file, id) as Stored[];
  expect(outline(blocks)).toEqual([
    'heading1:办学基础',
    'heading2:办学条件',
    'paragraph:学校现有全日制在校生12 860人，生均教学行政用房面积达到国家标准，其中实训用房比上年增加一成。',
    'paragraph:重点任务：一般文字强调文字。',
    'bulleted-list:建成国家级高水平专业群2个新增校外实训基地18个其中省级基地6个',
    'paragraph:主要做法如下：',
    'numbered-list:完善校企合作机制推进课程改革',
    'table:院系专业人数机械工程系数控技术236机电一体化技术374合计610',
    'figure:',
    'paragraph:下一步将继续加大投入。',
  ]);
  const runs = (blocks[2] as Stored).children as Stored[];
  expect(runs.filter((r) => r.bold).map((r) => r.text)).toEqual(['国家标准']);
  const table = blocks[7] as Stored;
  expect(table).toMatchObject({ caption: '各院系在校生人数', source: '教务处2025年统计' });
  expect(table.children?.[1]?.children?.[0]).toMatchObject({ rowSpan: 2 });
  expect(table.children?.[3]?.children?.[0]).toMatchObject({ colSpan: 2 });
  expect(blocks[8]).toMatchObject({ type: 'figure', asset: null, missingName: 'clip_image002.jpg', caption: '实训基地一角' });
  // What the author sees: computed numbers on the headings (not the typed ones twice), the placeholder.
  const headings = await editor.locator('h2, h3, h4, [data-heading-level]').allTextContents();
  expect(headings.join('|')).not.toMatch(/一、\s*一、|办学基础.*一、/);
  await editor.getByTestId('figure-missing').waitFor();
  // The two notices take layout space above the status bar: the placeholder's 选择图片… brought to
  // where floating notices stood (just above the bottom of the page area) is what a click reaches.
  expect(await choosePictureReachable(page)).toBe(true);
  const area = await page.getByTestId('notice-area').boundingBox();
  const pageArea = await page.getByTestId('editor-area').boundingBox();
  expect(area && pageArea && area.y >= pageArea.y + pageArea.height - 1).toBe(true);
  await editor.locator('[data-slate-node="element"]').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(shotDir, 'paste-word-top.png') });
  await editor.getByTestId('figure-missing').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shotDir, 'paste-word.png') });

  // One Ctrl+Z takes the whole paste back.
  await editor.locator('p').last().click();
  await page.keyboard.press('Control+Z');
  await eventually(async () => editor.getByTestId('table-block').count(), 0);
  await page.getByTestId('status-save').getByText('已保存').waitFor();
  await eventually(() => outline(storedContent(file, id) as Stored[]), outline(before as Stored[]));

  // Negative control: unformatted HTML from a web page pastes as its plain text, as before.
  await editor.locator('p').first().click();
  await pasteThroughClipboard(page, { 'text/html': fixture('browser-plain.html'), 'text/plain': '网页上的文字（纯文本）\n第二行' });
  await eventually(async () => (await editor.locator('p').allTextContents()).some((t) => t.includes('网页上的文字（纯文本）')), true);
  expect((await editor.locator('p').allTextContents()).some((t) => t.includes('立德树人根本任务'))).toBe(false);
  expect(errors).toEqual([]);
});

test('WPS: the picture file on the clipboard and a data: picture both pass the image gate and become figures', async () => {
  const h = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const file = h.session.require().path;
  const id = await openSection(page, '高质就业');
  const editor = editorOf(page, id);
  await editor.locator('p').first().click();
  const png = fs.readFileSync(path.join(FIXTURES, 'wps-2019-section.html'), 'utf8').match(/data:image\/png;base64,([^"]+)/)?.[1];
  expect(png).toBeDefined();

  await editor.evaluate(
    (root, { html, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', '（二）人才培养质量');
      data.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
      root.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { html: fixture('wps-2019-section.html'), base64: png as string },
  );

  await eventually(async () => editor.getByTestId('figure-image').count(), 2, 15_000);
  await page.getByTestId('status-save').getByText('已保存').waitFor();
  await eventually(() => (storedContent(file, id) as Stored[]).filter((b) => b.type === 'figure' && typeof b.asset === 'string').length, 2);
  const blocks = storedContent(file, id) as Stored[];
  expect(outline(blocks).slice(0, 5)).toEqual([
    'heading1:人才培养质量',
    'paragraph:本年度毕业生3 215人，就业率96.8%，专业对口率稳步提高（见）。',
    'numbered-list:订单班培养420人现代学徒制试点专业5个',
    'bulleted-list:技能大赛获国家级奖项',
    'table:去向人数20242025升学512586',
  ]);
  const figures = blocks.filter((b) => b.type === 'figure');
  for (const figure of figures) expect(figure.asset).toMatch(/^[0-9a-f]{64}$/);
  expect(figures.map((f) => f.caption)).toEqual(['', '校企合作签约现场']);
  // The typed 见表2 became a live reference to the pasted table.
  const refs = ((blocks[1] as Stored).children ?? []).filter((c) => c.type === 'xref');
  expect(refs).toHaveLength(1);
  expect(await page.getByTestId('notice').filter({ hasText: '无法从剪贴板读取' }).count()).toBe(0);
  await editor.locator('[data-slate-node="element"]').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(shotDir, 'paste-wps.png') });
  expect(errors).toEqual([]);
});
