/**
 * Moving a table by cut and paste, in Chromium: Ctrl+X on a selection around the table, Ctrl+V at
 * another place. The pasted table is the same table (same block id), so the cross-reference to it
 * keeps its label instead of turning into 〔引用失效〕, on screen and in the SQLite file.
 */
import type { Page } from 'playwright-core';
import { createReportThroughUi, editorOf, eventually, openPage, openSection, storedContent, useE2eBrowser } from './support';

jest.setTimeout(120_000);

const e2e = useE2eBrowser();

interface StoredBlock {
  readonly type?: string;
  readonly id?: string;
  readonly target?: string;
  readonly children?: readonly StoredBlock[];
}

const cell = (id: string, text: string) => ({ type: 'table-cell', id, children: [{ text }] });

const CONTENT = [
  { type: 'paragraph', id: 'p1', children: [{ text: '分布见' }, { type: 'xref', id: 'x1', target: 't1', children: [{ text: '' }] }, { text: '。' }] },
  { type: 'paragraph', id: 'pa', children: [{ text: '前文' }] },
  {
    type: 'table',
    id: 't1',
    caption: '2025 届毕业生的院系分布',
    source: '',
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
  { type: 'paragraph', id: 'pb', children: [{ text: '后文' }] },
  { type: 'paragraph', id: 'pc', children: [{ text: '末段' }] },
];

/** Selects from the end of block `from`'s text to the start of block `to`'s, as a drag would. */
async function selectBetween(page: Page, from: string, to: string): Promise<void> {
  await page.evaluate(
    ([fromId, toId]) => {
      const textIn = (id: string): Text => {
        const span = document.querySelector(`[data-block-id="${id}"] [data-slate-string]`);
        const text = span?.firstChild;
        if (!(text instanceof Text)) throw new Error(`no text in block ${id}`);
        return text;
      };
      const start = textIn(fromId);
      const range = document.createRange();
      range.setStart(start, start.length);
      range.setEnd(textIn(toId), 0);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    [from, to] as const,
  );
}

test('a table moved by cut and paste keeps its id, and the reference to it still resolves', async () => {
  const h = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const project = h.session.require();
  const node = project.outline().find((n) => n.title === '高质就业');
  if (!node) throw new Error('template section missing');
  project.saveSection(node.id, CONTENT, project.loadSection(node.id).revision);

  const id = await openSection(page, '高质就业');
  const editor = editorOf(page, id);
  const label = editor.getByTestId('xref').getByTestId('xref-label');
  // The content was stored behind the app's back: a first save makes it ask for the numbering.
  await editor.locator('[data-block-id="pc"]').click();
  await page.keyboard.press('End');
  await page.keyboard.type('.');
  await page.getByTestId('status-save').getByText('已保存').waitFor();
  await eventually(() => label.textContent(), '表 1-1', 10_000);

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(h.url).origin });
  await editor.locator('[data-block-id="pa"]').click();
  await selectBetween(page, 'pa', 'pb');
  // slate-react picks the DOM selection up on selectionchange.
  await page.waitForTimeout(200);
  await page.keyboard.press('Control+X');
  await eventually(() => editor.getByTestId('table-block').count(), 0);

  await editor.locator('[data-block-id="pc"]').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+V');
  await eventually(() => editor.getByTestId('table-block').count(), 1);

  await page.getByTestId('status-save').getByText('已保存').waitFor();
  const stored = (): string[] => (storedContent(project.path, id) as StoredBlock[]).map((b) => `${b.type}:${b.id}`);
  await eventually(() => stored().filter((entry) => entry.startsWith('table:')), ['table:t1']);
  const blocks = stored();
  expect(blocks.indexOf('table:t1')).toBeGreaterThan(blocks.indexOf('paragraph:pc'));
  const table = (storedContent(project.path, id) as StoredBlock[]).find((b) => b.type === 'table');
  expect(table?.children?.map((row) => row.id)).toEqual(['r0', 'r1']);
  // The numbering is asked for again after the save: the reference shows the table's number.
  await eventually(() => label.textContent(), '表 1-1', 10_000);
  expect(await editor.getByTestId('xref').getAttribute('class')).not.toContain('xref-broken');
  expect(errors).toEqual([]);
});
