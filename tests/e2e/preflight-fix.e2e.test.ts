/**
 * 校对 in the editor, in Chromium: an entry selects its exact excerpt; 改为“社会” fixes the typo as
 * one revision of its own and one undo step (Ctrl+Z brings the typo back, and the re-check after
 * that save lists it again, the status bar following); 转为交叉引用 turns the typed 见表 1-1 into a
 * live reference to the table; text typed later is re-checked without pressing 重新校对.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { dispatch } from '../../electron/services/handlers';
import { createTable } from '../../shared/tables/cell-grid';
import { createReportThroughUi, editorOf, eventually, openPage, openSection, shotDir, storedContent, storedText, useE2eBrowser } from './support';

jest.setTimeout(180_000);

const e2e = useE2eBrowser();

function revisions(file: string, nodeId: string): { revision: number; reason: string }[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT revision, reason FROM section_revision WHERE node_id = ? ORDER BY revision').all(nodeId) as { revision: number; reason: string }[];
  } finally {
    db.close();
  }
}

test('select the excerpt, fix as one revision and one undo step, typed reference made live, live re-check', async () => {
  const h = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const project = h.session.require();
  const file = project.path;
  const node = project.outline().find((n) => n.title.includes('立德树人'));
  if (node === undefined) throw new Error('no section 立德树人');
  const table = { ...createTable(2, 2), caption: '在校生规模' };
  const cells = ['专业', '人数', '机电一体化', '120'];
  table.children.forEach((row, r) => row.children.forEach((cell, c) => (cell.children = [{ text: cells[r * 2 + c] ?? '' }])));
  const loaded = await dispatch(h.handlers, 'section.load', { id: node.id });
  if (!loaded.ok) throw new Error(loaded.error.message);
  const saved = await dispatch(h.handlers, 'section.save', {
    id: node.id,
    baseRevision: (loaded.value as { revision: number }).revision,
    content: [table, { type: 'paragraph', id: 'p-typo', children: [{ text: '学校的杜会服务能力显著提升，各专业人数见表 1-1。' }] }],
  });
  if (!saved.ok) throw new Error(saved.error.message);

  const id = await openSection(page, '立德树人');
  expect(id).toBe(node.id);
  const editor = editorOf(page, id);
  await page.getByTestId('preflight-button').click();
  const panel = page.getByTestId('preflight-panel');
  const typo = panel.locator('[data-testid="preflight-item"][data-rule="typo"]');
  await typo.first().waitFor({ timeout: 60_000 });

  // Click to jump: the exact excerpt is selected in the editor.
  await typo.locator('.problem-item').click();
  await eventually(() => page.evaluate(() => window.getSelection()?.toString() ?? ''), '杜会');

  // 改为“社会”: one new revision holding the fix, and the entry is gone.
  const before = revisions(file, id).length;
  expect(await typo.getByTestId('preflight-fix').textContent()).toBe('改为“社会”');
  await typo.getByTestId('preflight-fix').click();
  await eventually(() => storedText(file, id).includes('学校的社会服务能力'), true, 15_000);
  await eventually(() => typo.count(), 0, 30_000);
  const afterFix = revisions(file, id);
  // One revision of its own (reason preflight), the text before the fix kept as the revision before it.
  expect(afterFix.length).toBe(before + 1);
  expect(afterFix.at(-1)?.reason).toBe('preflight');
  await page.screenshot({ path: path.join(shotDir, 'preflight-fixed.png') });

  // One undo step takes the fix back; the re-check after that save lists the typo again.
  await page.keyboard.press('Control+z');
  await eventually(async () => (await editor.locator('[data-block-id="p-typo"], p').last().textContent())?.includes('杜会') ?? false, true);
  await eventually(() => storedText(file, id).includes('学校的杜会服务能力'), true, 15_000);
  await eventually(() => typo.count(), 1, 30_000);
  await eventually(async () => /^校对 1 错/.test((await page.getByTestId('preflight-button').textContent()) ?? ''), true, 30_000);

  // 转为交叉引用: the typed 见表 1-1 becomes a live reference to the table.
  const reference = panel.locator('[data-testid="preflight-item"][data-rule="references"]').filter({ hasText: '表 1-1' });
  await reference.getByTestId('preflight-fix').click();
  await eventually(() => editor.locator('[data-testid="xref"]').count(), 1, 15_000);
  await eventually(
    () => JSON.stringify(storedContent(file, id)).includes(`"type":"xref","id"`) && JSON.stringify(storedContent(file, id)).includes(`"target":"${table.id}"`),
    true,
    15_000,
  );
  await eventually(() => reference.count(), 0, 30_000);

  // Typing: the section is re-checked after the save, without 重新校对.
  await editor.locator('p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.insertText('全体师生将再接再励。');
  const idiom = panel.locator('[data-testid="preflight-item"][data-rule="typo"]').filter({ hasText: '再接再励' });
  await eventually(() => idiom.count(), 1, 30_000);
  await eventually(async () => /^校对 2 错/.test((await page.getByTestId('preflight-button').textContent()) ?? ''), true, 30_000);
  await page.screenshot({ path: path.join(shotDir, 'preflight-live.png') });
  expect(errors).toEqual([]);
});
