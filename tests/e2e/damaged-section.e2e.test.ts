/**
 * A project with one damaged section opens in the app: that section shows its last readable
 * revision under a notice, and editing it saves normally while the damaged text stays in the history.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { createProject, nodeIdByTitle, paragraphs } from '../support/project-helpers';
import { editorOf, expectText, openPage, openSection, shotDir, storedText, tempDir, useE2eBrowser } from './support';

jest.setTimeout(90_000);

const e2e = useE2eBrowser();

const BROKEN = '{"broken';

test('a damaged section opens with a notice, shows its last good revision and saves over it', async () => {
  const dir = tempDir('rw-e2e-damaged-');
  const made = createProject(dir, '损坏.rwproj');
  const file = made.path;
  const id = nodeIdByTitle(made, '立德树人');
  made.saveSection(id, paragraphs('第一版正文'), 1);
  made.close();
  const db = new Database(file);
  db.prepare('UPDATE section_content SET content = ? WHERE node_id = ?').run(BROKEN, id);
  db.close();

  const h = await e2e.harness(path.join(dir, 'work'));
  const { page, errors } = await openPage(e2e.browser(), h.url);
  h.queueDialogAnswer(file);
  await page.getByTestId('start-open').click();
  await page.getByTestId('project-screen').waitFor();

  await openSection(page, '立德树人');
  const notice = page.getByTestId('section-recovered-notice');
  expect(await notice.textContent()).toContain('已显示第 2 版历史内容');
  const editor = editorOf(page, id);
  await expectText(editor, '第一版正文');
  await page.screenshot({ path: path.join(shotDir, 'damaged-section.png') });

  await editor.click();
  await page.keyboard.press('End');
  await page.keyboard.type('，已修订');
  await expectText(editor, '第一版正文，已修订');
  await page.getByTestId('status-save').getByText('已保存').waitFor();
  expect(storedText(file, id)).toBe('第一版正文，已修订');
  // Once edited, the section is what the user sees: the notice has done its job.
  await notice.waitFor({ state: 'detached' });

  const check = new Database(file, { readonly: true });
  try {
    const kept = check.prepare('SELECT reason FROM section_revision WHERE node_id = ? AND content = ?').all(id, BROKEN);
    expect(kept).toEqual([{ reason: 'damaged' }]);
  } finally {
    check.close();
  }
  expect(errors).toEqual([]);
});
