/**
 * The walking skeleton end to end: create a report in the UI, type Chinese through a real IME
 * composition and Latin text on the keyboard, undo, let autosave write, reload, reopen, and find
 * the text in the UI and in the SQLite file itself. Plus the "file in use" path.
 */
import path from 'node:path';
import {
  createReportThroughUi,
  editorOf,
  eventually,
  expectText,
  openPage,
  openSection,
  outlineRow,
  storedText,
  tempDir,
  useE2eBrowser,
} from './support';

jest.setTimeout(90_000);

const e2e = useE2eBrowser();


test('create, type through an IME, undo, autosave, reload and reopen', async () => {
  const h = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), h.url);

  await createReportThroughUi(page, '天津工业职业学院', '2025');
  await page.getByTestId('report-title').getByText('天津工业职业学院职业教育质量年度报告（2025 年度）').waitFor();
  const file = h.session.require().path;

  const id = await openSection(page, '立德树人');
  const editor = editorOf(page, id);
  await editor.click();

  // A real composition as a pinyin IME produces it: marked text grows, then the choice is committed.
  const cdp = await page.context().newCDPSession(page);
  for (const stage of ['g', 'ga', 'gao', 'gaoz', 'gaozhi', 'gaozhij', 'gaozhijiao', 'gaozhijiaoyu']) {
    await cdp.send('Input.imeSetComposition', { text: stage, selectionStart: stage.length, selectionEnd: stage.length });
  }
  await cdp.send('Input.insertText', { text: '高职教育' });
  await page.keyboard.type(' quality 2025');
  await expectText(editor, '高职教育 quality 2025');

  // One Ctrl+Z takes back the last word typed, not the whole paragraph (see with-undo-steps).
  await page.keyboard.press('Control+z');
  await expectText(editor, '高职教育 quality ');

  await page.getByTestId('status-save').getByText('已保存').waitFor();
  expect(storedText(file, id)).toBe('高职教育 quality ');
  await eventually(() => page.getByTestId('section-chars').textContent(), '本节 5 字');

  // Reload: main still has the project open in this window, so the app resumes it.
  await page.reload();
  await page.getByTestId('project-screen').waitFor();
  await openSection(page, '立德树人');
  await expectText(editorOf(page, id), '高职教育 quality ');

  // Close and reopen from the recent-files list.
  await page.getByTestId('menu-file').click();
  await page.getByTestId('menu-close').click();
  await page.getByTestId('start-screen').waitFor();
  await page.getByTestId('recent-item').filter({ hasText: '天津工业职业学院' }).click();
  await page.getByTestId('project-screen').waitFor();
  await openSection(page, '立德树人');
  await expectText(editorOf(page, id), '高职教育 quality ');
  await eventually(() => outlineRow(page, '立德树人').getByTestId('outline-words').textContent(), '5');

  expect(storedText(file, id)).toBe('高职教育 quality ');
  expect(errors).toEqual([]);
});

test('a project in use elsewhere can be opened read-only', async () => {
  const holder = await e2e.harness();
  const file = path.join(tempDir('rw-e2e-shared-'), '共享年报.rwproj');
  holder.session.create(file, { unitName: '某某职业技术学院', year: 2025 });

  const second = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), second.url);
  second.queueDialogAnswer(file);
  await page.getByTestId('start-open').click();

  const problem = page.getByTestId('open-error');
  await problem.waitFor();
  expect(await problem.getByTestId('open-error-message').textContent()).toMatch(/共享年报\.rwproj.*正由.*打开编辑/);
  await page.getByTestId('open-read-only').click();

  await page.getByTestId('project-screen').waitFor();
  expect(await page.getByTestId('read-only-banner').textContent()).toContain('只读模式');
  const id = await openSection(page, '立德树人');
  const editor = editorOf(page, id);
  expect(await editor.getAttribute('contenteditable')).toBe('false');
  expect(await page.getByTestId('mark-bold').isDisabled()).toBe(true);
  expect(await page.getByTestId('add-chapter').isDisabled()).toBe(true);
  // The holder keeps its lock: the file is still writable for the first window only.
  expect(holder.session.require().readOnly).toBe(false);
  expect(second.session.require().readOnly).toBe(true);
  expect(errors).toEqual([]);
});
