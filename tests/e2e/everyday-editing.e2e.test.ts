/**
 * Everyday editing, end to end in Chromium against the real backend: the small slips that lose
 * what the author typed (a figure caption that gives its focus back to the text, …), each driven
 * as a person would, with a real IME composition, and checked in the SQLite file.
 */
import path from 'node:path';
import sharp from 'sharp';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { Harness } from '../../electron/harness/server';
import { createReportThroughUi, editorOf, eventually, launchChromium, openPage, openSection, shotDir, startTestHarness, storedContent, tempDir } from './support';

jest.setTimeout(120_000);

let browser: Browser;
let harness: Harness;
let page: Page;
let errors: string[];
let file: string;
let cdp: CDPSession;

beforeAll(async () => {
  browser = await launchChromium();
  harness = await startTestHarness();
  ({ page, errors } = await openPage(browser, harness.url));
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  file = harness.session.require().path;
  cdp = await page.context().newCDPSession(page);
});

afterAll(async () => {
  await harness?.close();
  await browser?.close();
});

/** A pinyin IME as Chromium sees it: marked text grows, then the chosen words are committed. */
async function compose(pinyin: string, words: string): Promise<void> {
  for (let i = 1; i <= pinyin.length; i += 1) {
    const stage = pinyin.slice(0, i);
    await cdp.send('Input.imeSetComposition', { text: stage, selectionStart: stage.length, selectionEnd: stage.length });
  }
  await cdp.send('Input.insertText', { text: words });
}

async function png(dir: string): Promise<string> {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"><rect width="800" height="400" fill="#fff"/><rect x="100" y="100" width="600" height="200" fill="#1d4f91"/></svg>';
  const out = path.join(dir, '实训基地.png');
  await sharp(Buffer.from(svg)).png().toFile(out);
  return out;
}

const isFocused = (locator: ReturnType<Page['getByTestId']>): Promise<boolean> => locator.evaluate((el) => el === document.activeElement);

test('a figure caption keeps the keyboard on every click: typed text is never lost', async () => {
  const id = await openSection(page, '高质就业');
  const editor = editorOf(page, id);
  await editor.click();
  await page.keyboard.insertText('实训基地建设情况如下。');
  harness.queueDialogAnswer(await png(tempDir('rw-e2e-img-')));
  await page.getByTestId('insert-figure').click();
  const figure = editor.getByTestId('figure-block');
  await figure.getByTestId('figure-image').waitFor();
  const caption = figure.getByTestId('figure-caption-input');
  const captionOf = (): string | undefined => (storedContent(file, id) as { type?: string; caption?: string }[]).find((b) => b.type === 'figure')?.caption;

  // First click (after the text): works.
  await editor.locator('p').first().click();
  await caption.click();
  await eventually(() => isFocused(caption), true);
  await compose('shixun', '实训');
  // Second click in the same box: the field keeps the keyboard and the text.
  await caption.click();
  await page.waitForTimeout(200);
  expect(await isFocused(caption)).toBe(true);
  // (A click puts the field's caret where it lands, as in any field: on to the end.)
  await page.keyboard.press('End');
  await compose('jidi', '基地');
  await eventually(() => caption.inputValue(), '实训基地');

  // The image first (selects the figure), then the box.
  await figure.getByTestId('figure-image').click();
  await caption.click();
  await page.waitForTimeout(200);
  expect(await isFocused(caption)).toBe(true);
  await page.keyboard.press('End');
  await compose('quanjing', '全景');
  // A click near the start of the text puts the caret there, and the keyboard stays.
  await caption.click({ position: { x: 3, y: 4 } });
  await page.keyboard.insertText('新');
  await page.keyboard.press('End');
  await page.keyboard.insertText('图');
  await eventually(() => caption.inputValue(), '新实训基地全景图');
  await eventually(captionOf, '新实训基地全景图');
  await eventually(() => figure.getByTestId('figure-number').textContent(), '图 1-1');
  await page.screenshot({ path: path.join(shotDir, 'everyday-figure-caption.png') });
  expect(errors).toEqual([]);
});

test('a number typed at the start of a heading is dropped as the title begins; one undo brings it back', async () => {
  const id = await openSection(page, '多样成长');
  const editor = editorOf(page, id);
  await editor.click();
  await page.getByTestId('style-heading-1').click();
  await page.keyboard.insertText('1.');
  await compose('shiziduiwujianshe', '师资队伍建设');
  const heading = editor.locator('h1, h2, h3, h4, h5, h6').first();
  const headingsOf = (): string[] => (storedContent(file, id) as { type?: string; children?: { text?: string }[] }[]).filter((b) => b.type === 'heading').map((b) => (b.children ?? []).map((c) => c.text ?? '').join(''));
  await eventually(headingsOf, ['师资队伍建设']);
  // The page shows the computed number once, not “1.1.”.
  const shown = (): Promise<string> => heading.evaluate((el) => (el.textContent ?? '').replace(/[\u200b\ufeff]/g, ''));
  await eventually(shown, '1.师资队伍建设');
  await page.screenshot({ path: path.join(shotDir, 'everyday-heading-number.png') });

  await page.keyboard.press('Control+z');
  await eventually(headingsOf, ['1.师资队伍建设']);
  await page.keyboard.insertText('成效');
  await eventually(headingsOf, ['1.师资队伍建设成效']);
  expect(errors).toEqual([]);
});

test('a click on the white page below the last line puts the caret at the end; Tab keeps the keyboard in the text', async () => {
  const id = await openSection(page, '数智赋能');
  const editor = editorOf(page, id);
  await editor.click();
  await page.keyboard.insertText('第一段。');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('第二段');
  // The caret elsewhere (start of the first line), the keyboard elsewhere (the outline's tab).
  await editor.locator('p').first().click();
  await page.keyboard.press('Home');
  await page.getByTestId('tab-outline').focus();
  // The white page below the editor's own area (scrolled into view), well under the last line.
  const box = await editor.boundingBox();
  if (!box) throw new Error('no editor');
  await page.mouse.move(box.x + box.width / 2, 600);
  await page.mouse.wheel(0, 400);
  await page.waitForTimeout(300);
  const below = await editor.boundingBox();
  if (!below) throw new Error('no editor');
  expect(below.y + below.height + 60).toBeLessThan(880);
  await page.mouse.click(below.x + below.width / 2, below.y + below.height + 60);
  await compose('jieshu', '结束');
  const paragraphsOf = (): string[] => (storedContent(file, id) as { children?: { text?: string }[] }[]).map((b) => (b.children ?? []).map((c) => c.text ?? '').join(''));
  await eventually(paragraphsOf, ['第一段。', '第二段结束']);

  // Tab (and Shift+Tab) in body text: the keyboard stays in the editor and typing goes on there.
  await page.keyboard.press('Tab');
  expect(await editor.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Shift+Tab');
  expect(await editor.evaluate((el) => el === document.activeElement)).toBe(true);
  await compose('le', '了');
  await eventually(paragraphsOf, ['第一段。', '第二段结束了']);
  await page.screenshot({ path: path.join(shotDir, 'everyday-page-click.png') });
  expect(errors).toEqual([]);
});
