/**
 * 校对 in contributor mode, in Chromium: a department opens its package; the panel checks only its
 * own section (not the office's other sections), the office's ignored finding stays hidden, the
 * department's 忽略 is stored in the package, the settings are shown read-only; 提交 checks the
 * department's sections and asks once when errors remain (返回修改 does not submit).
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { dispatch } from '../../electron/services/handlers';
import type { IpcMethod } from '../../shared/ipc/contract';
import type { Finding } from '../../shared/preflight/types';
import { createReportThroughUi, editorOf, eventually, openPage, openSection, outlineRow, tempDir, useE2eBrowser } from './support';

jest.setTimeout(180_000);

const e2e = useE2eBrowser();

test('the department checks its own sections, with the office ignores, and keeps its ignores in the package', async () => {
  const workDir = tempDir('rw-preflight-contrib-');
  const h = await e2e.harness(workDir);
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const call = async (method: IpcMethod, payload: Record<string, unknown>): Promise<unknown> => {
    const result = await dispatch(h.handlers, method, payload);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  const outline = h.session.require().outline();
  const own = outline.find((n) => n.title.includes('立德树人'));
  const other = outline.find((n) => n.title.includes('多样成长'));
  if (own === undefined || other === undefined) throw new Error('template sections missing');
  const write = async (id: string, text: string) => {
    const { revision } = (await call('section.load', { id })) as { revision: number };
    await call('section.save', { id, baseRevision: revision, content: [{ type: 'paragraph', id: `p-${id}`, children: [{ text }] }] });
  };
  await write(own.id, '学校的杜会服务能力显著提升。全体师生将再接再励。');
  await write(other.id, '知名企業合作。');
  const office = (await call('preflight.run', {})) as { findings: Finding[] };
  const idiom = office.findings.find((f) => f.excerpt === '再接再励') as Finding;
  await call('preflight.ignore', { key: idiom.key, rule: idiom.rule, nodeId: idiom.sectionId, excerpt: idiom.excerpt });
  const department = (await call('department.add', { name: '教务处', lead: '', writers: '' })) as { id: string };
  await call('outline.assign', { id: own.id, departmentId: department.id });
  const packagePath = path.join(workDir, '教务处.rwpkg');
  await call('package.create', { departmentId: department.id, file: h.files.grant('package', packagePath).handle });

  await page.getByTestId('menu-file').click();
  await page.getByTestId('menu-close').click();
  await page.getByTestId('start-screen').waitFor();
  h.queueDialogAnswer(packagePath);
  await page.getByTestId('start-open').click();
  await page.getByTestId('contributor-banner').waitFor();

  await page.getByTestId('preflight-button').click();
  const panel = page.getByTestId('preflight-panel');
  const items = panel.getByTestId('preflight-item');
  await items.first().waitFor({ timeout: 60_000 });
  // Only the department's section; the office's ignore holds (再接再励 not listed), 企業 is not its section.
  expect(await panel.getByTestId('preflight-excerpt').allTextContents()).toEqual(['学校的杜会服务能力显著提升。全 → 社会']);

  await items.first().getByTestId('preflight-ignore').click();
  await eventually(() => items.count(), 0, 30_000);
  const stored = () => {
    const db = new Database(packagePath, { readonly: true });
    try {
      const row = db.prepare("SELECT value FROM meta WHERE key = 'departmentPreflightIgnores'").get() as { value: string } | undefined;
      return row === undefined ? [] : (JSON.parse(row.value) as { excerpt: string }[]).map((i) => i.excerpt);
    } finally {
      db.close();
    }
  };
  expect(stored()).toEqual(['杜会']);

  // The office's settings: shown, not editable here.
  await panel.getByTestId('preflight-settings-open').click();
  const dialog = page.getByTestId('preflight-settings');
  await dialog.getByText('材料包中的校对设置由编写办公室维护，这里只能查看。').waitFor();
  expect(await dialog.getByTestId('preflight-settings-save').count()).toBe(0);
  expect(await dialog.getByTestId('allow-list').getAttribute('readonly')).not.toBeNull();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });

  // 提交 checks the department's sections first: a new error is listed, 返回修改 does not submit.
  const id = await openSection(page, '立德树人');
  await editorOf(page, id).locator('p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('社区居民称赞学院的杜会服务。');
  await page.getByTestId('contributor-submit').click();
  const gate = page.getByTestId('export-gate');
  await gate.waitFor({ timeout: 60_000 });
  expect(await gate.getByTestId('export-gate-item').allTextContents()).toEqual([expect.stringContaining('杜会')]);
  await page.getByTestId('export-gate-back').click();
  await gate.waitFor({ state: 'detached' });
  expect(await page.getByTestId('contributor-submitted').count()).toBe(0);
  await page.getByTestId('contributor-submit').click();
  await gate.waitFor({ timeout: 60_000 });
  await page.getByTestId('export-gate-continue').click();
  await page.getByTestId('contributor-submitted').waitFor();
  expect(await outlineRow(page, '立德树人').count()).toBe(1);
  expect(errors).toEqual([]);
});
