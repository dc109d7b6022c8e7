/**
 * The export dialog end to end in Chromium: a report with a broken cross-reference is exported to
 * Word (a path the test queues) and, without one part, to PDF (a path the harness makes up); each
 * time the dialog shows progress, then 导出完成 with the path and the warnings, and the file is real.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SectionContent } from '../../shared/model/document';
import { issuedStatements } from '../../electron/statement/statement-store';
import { verifyStatement } from '../../electron/statement/verify-statement';
import { makeP12 } from '../statement/statement-fixtures';
import { createReportThroughUi, openPage, shotDir, tempDir, useE2eBrowser } from './support';

jest.setTimeout(120_000);

const e2e = useE2eBrowser();


/** A paragraph referring to an item that does not exist: every export warns about it. */
const BROKEN_XREF: SectionContent = [
  { type: 'paragraph', id: 'p1', children: [{ text: '详见' }, { type: 'xref', id: 'x1', target: 'gone', children: [{ text: '' }] }, { text: '。' }] },
];

test('exports Word and PDF through the dialog, with progress, the path and the warnings', async () => {
  const workDir = tempDir('rw-export-');
  const h = await e2e.harness(workDir);
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');

  // A section the open editor does not show gets a broken cross-reference behind the UI's back.
  const project = h.session.require();
  const target = project.outline().find((node) => node.title.includes('产教融合'));
  if (!target) throw new Error('template without 产教融合');
  project.replaceSection(target.id, BROKEN_XREF, 'import');

  // Word, to a path the test chooses.
  const docx = path.join(workDir, '年度质量报告.docx');
  h.queueDialogAnswer(docx);
  await page.getByTestId('export-open').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.waitFor();
  await page.getByTestId('export-format-docx').check();
  await page.getByTestId('export-start').click();
  await page.getByTestId('export-result').getByText('导出完成').waitFor({ timeout: 60_000 });
  await page.getByTestId('export-path').getByText(docx).waitFor();
  const warnings = await page.getByTestId('export-warnings').locator('li').allTextContents();
  expect(warnings.some((warning) => warning.includes('引用'))).toBe(true);
  await page.screenshot({ path: path.join(shotDir, 'rw-export-docx-done.png') });
  const docxBytes = fs.readFileSync(docx);
  expect(docxBytes.length).toBeGreaterThan(0);
  expect(docxBytes.subarray(0, 2).toString('latin1')).toBe('PK');

  // PDF without 编写分工, to the path the harness's save dialog makes up: progress shows meanwhile.
  await page.getByTestId('export-again').click();
  await page.getByTestId('export-format-pdf').check();
  await page.getByTestId('export-part-authorship').uncheck();
  await page.getByTestId('export-start').click();
  await page.getByTestId('export-progress').waitFor();
  await page.screenshot({ path: path.join(shotDir, 'rw-export-pdf-progress.png') });
  expect((await page.getByTestId('export-stage').textContent())?.trim()).not.toBe('');
  await page.getByTestId('export-result').getByText('导出完成').waitFor({ timeout: 90_000 });
  const shown = (await page.getByTestId('export-path').textContent()) ?? '';
  const pdf = /已保存到 (.+\.pdf)/.exec(shown)?.[1];
  expect(pdf).toBeDefined();
  expect(path.dirname(pdf ?? '')).toBe(workDir);
  expect(shown).toMatch(/共 \d+ 页/);
  expect(fs.readFileSync(pdf ?? '').subarray(0, 5).toString('latin1')).toBe('%PDF-');

  await page.getByTestId('export-close').click();
  await dialog.waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
});

test('signs the PDF with a certificate: the password is asked for, a wrong one is refused plainly, the signed file verifies', async () => {
  const workDir = tempDir('rw-export-signed-');
  const h = await e2e.harness(workDir);
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  const cert = makeP12();
  const certFile = path.join(workDir, '法人证书.p12');
  fs.writeFileSync(certFile, cert.p12);

  await page.getByTestId('export-open').click();
  await page.getByTestId('export-format-pdf').check();
  for (const part of ['toc', 'figureList', 'tableList', 'caseList'] as const) await page.getByTestId(`export-part-${part}`).uncheck();
  await page.getByTestId('export-sign').check();
  // No password yet: refused before any dialog opens.
  await page.getByTestId('export-start').click();
  await page.getByTestId('export-error').getByText('请输入证书密码').waitFor();

  // A wrong password: the certificate cannot be opened, nothing is written.
  const wrongOut = path.join(workDir, 'wrong.pdf');
  h.queueDialogAnswer(wrongOut);
  h.queueDialogAnswer(certFile);
  await page.getByTestId('export-password').fill('not the password');
  await page.getByTestId('export-start').click();
  await page.getByTestId('export-error').getByText(/证书密码错误/).waitFor({ timeout: 30_000 });
  expect(fs.existsSync(wrongOut)).toBe(false);

  const out = path.join(workDir, '年度质量报告（签名）.pdf');
  h.queueDialogAnswer(out);
  h.queueDialogAnswer(certFile);
  await page.getByTestId('export-password').fill(cert.password);
  await page.getByTestId('export-start').click();
  await page.getByTestId('export-result').getByText('导出完成').waitFor({ timeout: 90_000 });
  await page.getByTestId('export-signed').waitFor();
  const recorded = (await page.getByTestId('export-recorded').textContent()) ?? '';
  await page.screenshot({ path: path.join(shotDir, 'rw-export-pdf-signed.png') });
  const bytes = fs.readFileSync(out);
  expect(recorded).toContain(crypto.createHash('sha256').update(bytes).digest('hex'));
  const verified = await verifyStatement(bytes, null);
  expect(verified.checks.filter((check) => !check.ok)).toEqual([]);
  expect(verified.signerCommonName).toBe(cert.commonName);
  expect(issuedStatements(h.session.require()).map((s) => s.fileName)).toContain(path.basename(out));
  expect(errors).toEqual([]);
});
