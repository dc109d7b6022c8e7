/**
 * Case boxes, figures, cross-references, the generated lists, the problems panel and the whole-
 * report view, end to end in Chromium against the real backend: what the author sees, and what
 * lands in the SQLite file.
 */
import path from 'node:path';
import sharp from 'sharp';
import type { Browser, CDPSession, Locator, Page } from 'playwright-core';
import type { Harness } from '../../electron/harness/server';
import {
  createReportThroughUi,
  editorOf,
  eventually,
  launchChromium,
  openPage,
  openSection,
  outlineRow,
  startTestHarness,
  storedContent,
  storedText,
  tempDir,
} from './support';

jest.setTimeout(120_000);

interface StoredNode {
  readonly type?: string;
  readonly id?: string;
  readonly text?: string;
  readonly target?: string;
  readonly title?: string;
  readonly caption?: string;
  readonly asset?: string | null;
  readonly children?: readonly StoredNode[];
}

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

function stored(id: string): StoredNode[] {
  return storedContent(file, id) as StoredNode[];
}

function saved(): Promise<void> {
  return page.getByTestId('status-save').getByText('已保存').waitFor();
}

const text = (locator: Locator): Promise<string | null> => locator.textContent();

async function chartPng(dir: string): Promise<string> {
  const bars = [62, 48, 75, 90, 55].map((h, i) => `<rect x="${140 + i * 180}" y="${700 - h * 6}" width="110" height="${h * 6}" fill="#1d4f91"/>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="1200" height="800" fill="#fff"/>${bars}</svg>`;
  const out = path.join(dir, '招生人数.png');
  await sharp(Buffer.from(svg)).png().toFile(out);
  return out;
}

test('a reference follows its table through a move and a scheme change, and is flagged once the table is deleted', async () => {
  const id = await openSection(page, '立德树人');
  const editor = editorOf(page, id);
  await editor.click();
  await page.keyboard.insertText('2025 届毕业生分布见');
  await page.keyboard.press('Enter');
  await page.getByTestId('insert-table').click();
  await page.getByTestId('table-size-3x3').click();
  const table = editor.getByTestId('table-block');
  await eventually(() => text(table.getByTestId('table-number')), '表 1-1');

  // The reference goes where the caret is: the end of the first paragraph.
  await editor.locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Shift+R');
  await page.getByTestId('xref-picker').waitFor();
  await page.getByTestId('xref-filter-table').click();
  await page.keyboard.press('Enter');
  const xref = editor.getByTestId('xref');
  const label = xref.getByTestId('xref-label');
  await eventually(() => text(label), '表 1-1');

  // Chinese typed through an IME right after the reference lands after it, never inside it.
  await compose('suoshi', '所示');
  await page.keyboard.insertText('。');
  const tableId = stored(id).find((b) => b.type === 'table')?.id;
  const firstParagraph = (): (string | undefined)[] | undefined => stored(id)[0]?.children?.map((c) => c.text ?? `<${c.type}:${c.target}>`);
  await eventually(firstParagraph, ['2025 届毕业生分布见', `<xref:${tableId}>`, '所示。']);
  // …and the page shows it so: no text doubled or left inside the label by the composition.
  expect(await editor.locator('p').first().evaluate((p) => (p.textContent ?? '').replace(/[\u200b\ufeff]/g, ''))).toBe('2025 届毕业生分布见表 1-1所示。');

  // Moving the section into the second chapter renumbers the table and the reference with it.
  // (The chapter's row comes before the section rows whose titles contain the same words.)
  await outlineRow(page, '立德树人').dragTo(outlineRow(page, '产教融合').first(), { targetPosition: { x: 80, y: 16 } });
  await eventually(() => text(label), '表 2-1');
  await eventually(() => text(table.getByTestId('table-number')), '表 2-1');

  // Numbering the whole report continuously renumbers everything at once.
  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings-numbering').selectOption('global');
  await page.getByTestId('settings-save').click();
  await eventually(() => text(label), '表 1');
  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings-numbering').selectOption('chapter');
  await page.getByTestId('settings-save').click();
  await eventually(() => text(label), '表 2-1');

  // Clicking the reference goes to the table (here: scrolls to it and flashes it).
  await label.click();
  await eventually(() => table.evaluate((el) => el.classList.contains('jump-flash')), true);

  // Deleting the table breaks the reference: shown in red, counted and listed as a problem
  // (next to the template's empty sections, which the problems model lists too).
  const problemCount = async (): Promise<number> => Number(/问题 (\d+)/.exec((await text(page.getByTestId('problems-button'))) ?? '')?.[1] ?? 0);
  const countBefore = await problemCount();
  await table.locator('td').first().click({ button: 'right' });
  await page.getByTestId('table-menu-delete-table').click();
  await eventually(() => text(label), '〔引用失效〕');
  expect(await xref.getAttribute('class')).toContain('xref-broken');
  await eventually(problemCount, countBefore + 1);
  await page.getByTestId('problems-button').click();
  const problem = page.getByTestId('problems-panel').locator('[data-testid="problem-item"][data-kind="broken-xref"]');
  await eventually(() => problem.count(), 1);
  expect(await problem.textContent()).toContain('立德树人');

  // From another section, the problem entry leads back to the reference.
  await openSection(page, '多样成长');
  await problem.click();
  await editor.waitFor();
  await eventually(() => xref.evaluate((el) => el.classList.contains('jump-flash')), true);
  await page.getByTestId('problems-close').click();
  expect(errors).toEqual([]);
});

test('typing 见表 offers the tables; Enter puts in the reference and keeps 见', async () => {
  const id = await openSection(page, '多样成长');
  const editor = editorOf(page, id);
  await editor.click();
  await page.keyboard.insertText('学生技能大赛获奖情况');
  await page.keyboard.press('Enter');
  await page.getByTestId('insert-table').click();
  await page.getByTestId('table-size-2x2').click();
  await eventually(() => text(editor.getByTestId('table-number')), '表 1-1');

  await editor.locator('p').first().click();
  await page.keyboard.press('End');
  await compose('jianbiao', '，见表');
  const offer = page.getByTestId('xref-suggest');
  await offer.waitFor();
  expect(await offer.getByTestId('xref-suggest-item').first().textContent()).toContain('表 1-1');
  await page.keyboard.press('Enter');
  await offer.waitFor({ state: 'detached' });
  await eventually(() => text(editor.getByTestId('xref-label')), '表 1-1');
  // Enter went to the reference, not into a new paragraph; 见 stays text before it.
  await eventually(() => stored(id)[0]?.children?.map((c) => c.type ?? c.text), ['学生技能大赛获奖情况，见', 'xref', '']);
  expect(stored(id).filter((b) => b.type === 'paragraph')).toHaveLength(2);
  expect(errors).toEqual([]);
});

test('a case box: numbered title typed through an IME, body text, character count, leaving it with Enter', async () => {
  const id = await openSection(page, '数智赋能');
  const editor = editorOf(page, id);
  await editor.click();
  await page.keyboard.insertText('数字化转型成效显著。');
  await page.getByTestId('insert-case').click();
  const box = editor.getByTestId('case-block');
  const title = box.getByTestId('case-title-input');
  await eventually(() => title.evaluate((el) => el === document.activeElement), true);
  await compose('zhihuixiaoyuan', '智慧校园');
  // The committed words show before typing on, as a person sees them (on a loaded machine the
  // input's re-render after compositionend can trail the next CDP insert).
  await eventually(() => title.inputValue(), '智慧校园');
  await page.keyboard.insertText(' 赋能教学');
  await page.keyboard.press('Enter');

  // The caret is now in the box's first paragraph.
  await compose('xueyuan', '学院');
  await page.keyboard.insertText('建成统一数据平台。');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('案例之后的正文。');

  await eventually(() => text(box.getByTestId('case-number')), '案例 1-1');
  expect(await title.inputValue()).toBe('智慧校园 赋能教学');
  await eventually(() => text(box.getByTestId('case-count')), '11 字');
  await saved();
  const blocks = stored(id);
  expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'case', 'paragraph']);
  expect(blocks[1]?.title).toBe('智慧校园 赋能教学');
  expect(storedText(file, id).split('\n')).toEqual(['数字化转型成效显著。', '学院建成统一数据平台。', '案例之后的正文。']);

  // 经典案例: listed again, in its own sequence, in the lists panel.
  await box.getByTestId('case-classic-toggle').click();
  await page.getByTestId('tab-lists').click();
  await page.getByTestId('lists-case').click();
  await eventually(() => text(page.getByTestId('lists-classic')), '经典案例 1智慧校园 赋能教学');
  await page.getByTestId('tab-outline').click();
  expect(errors).toEqual([]);
});

test('figures: from a file with its number, a corrupt image refused with a message', async () => {
  const png = await chartPng(tempDir('rw-e2e-img-'));
  const id = await openSection(page, '高质就业');
  const editor = editorOf(page, id);
  await editor.click();
  await page.keyboard.insertText('招生规模稳步增长，如下图所示。');
  harness.queueDialogAnswer(png);
  await page.getByTestId('insert-figure').click();
  const figure = editor.getByTestId('figure-block');
  await figure.getByTestId('figure-image').waitFor();
  // The caption field has the keyboard once the figure is in.
  await eventually(() => figure.getByTestId('figure-caption-input').evaluate((el) => el === document.activeElement), true);
  await compose('zhaosheng', '招生人数');
  await eventually(() => figure.getByTestId('figure-caption-input').inputValue(), '招生人数');
  await eventually(() => text(figure.getByTestId('figure-number')), '图 1-1');
  // The width presets belong to the selected figure: click its picture, as an author does, to get them.
  await figure.getByTestId('figure-image').click();
  await figure.getByTestId('figure-width-60').click();
  await saved();
  const stored1 = stored(id).find((b) => b.type === 'figure') as StoredNode & { width?: number };
  expect(stored1).toMatchObject({ caption: '招生人数', width: 60 });
  expect(stored1.asset).toMatch(/^[0-9a-f]{64}$/);

  // A file that is not an image, dropped on the text: a clear message, nothing inserted.
  await editor.locator('p').first().evaluate((target) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])], '损坏.png', { type: 'image/png' }));
    const rect = target.getBoundingClientRect();
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, clientX: rect.left + 5, clientY: rect.top + 5, bubbles: true, cancelable: true }));
  });
  await page.getByTestId('notice').filter({ hasText: '损坏.png' }).waitFor();
  expect(await editor.getByTestId('figure-block').count()).toBe(1);
  expect(errors).toEqual([]);
});

test('the whole report: every section under its strip, editable and saved, lists jump into it', async () => {
  await page.getByTestId('view-whole').click();
  await page.getByTestId('whole-report').waitFor();
  const sections = page.getByTestId('whole-section');
  const outlineCount = harness.session.require().outline().length;
  await eventually(() => sections.count(), outlineCount);

  const id = await outlineRow(page, '数智赋能').getAttribute('data-node-id');
  if (!id) throw new Error('no section 数智赋能');
  const section = page.locator(`[data-testid="whole-section"][data-node-id="${id}"]`);
  expect(await section.getByTestId('whole-strip').textContent()).toContain('数智赋能');
  const editor = editorOf(page, id);
  await editor.locator('p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.insertText('全文视图中补充的内容。');
  await saved();
  await eventually(() => storedText(file, id).split('\n').pop(), '案例之后的正文。全文视图中补充的内容。');

  // Jumping from the 表目录 to a table in another section.
  await page.getByTestId('tab-lists').click();
  await page.getByTestId('lists-table').click();
  const entry = page.getByTestId('list-entry').first();
  await entry.click();
  const target = page.getByTestId('whole-report').getByTestId('table-block').first();
  await eventually(() => target.evaluate((el) => el.classList.contains('jump-flash')), true);
  await page.getByTestId('tab-outline').click();
  await page.getByTestId('view-single').click();
  await page.getByTestId('whole-report').waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
});
