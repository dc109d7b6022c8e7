/**
 * The 真实性声明 dialog end to end in Chromium: the signer typed in the dialog is saved and shown in
 * the live preview, a seal and a signature uploaded through the (queued) file dialog appear in the
 * preview, a refused image shows its Chinese sentence, and 生成声明… writes a PDF that then shows in
 * the register of issued statements.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { readStatementSettings } from '../../electron/statement/statement-store';
import { verifyStatement } from '../../electron/statement/verify-statement';
import { makeP12, writeFixtures } from '../statement/statement-fixtures';
import { createReportThroughUi, eventually, openPage, tempDir, useE2eBrowser } from './support';

jest.setTimeout(120_000);

const e2e = useE2eBrowser();

/** A person looks at this one (see the task); SCREENSHOT_DIR moves it elsewhere. */
const shot = path.join(process.env.SCREENSHOT_DIR ?? '/tmp', 'statement-dialog.png');

test('edits the signer, uploads a seal and a signature, previews them and issues a PDF', async () => {
  const workDir = tempDir('rw-statement-');
  const images = await writeFixtures(workDir);
  const opaque = path.join(workDir, '白底公章.png');
  fs.writeFileSync(opaque, await sharp({ create: { width: 120, height: 120, channels: 3, background: '#ffffff' } }).png().toBuffer());
  const h = await e2e.harness(workDir);
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');

  await page.getByTestId('statement-open').click();
  const dialog = page.getByTestId('statement-dialog');
  await dialog.waitFor();
  const preview = page.getByTestId('statement-preview');
  await preview.getByText('学校对天津工业职业学院职业教育质量年度报告（2025年度）的真实性、完整性和准确性负责。').waitFor();

  // The signer: shown in the preview as it is typed, saved when the field is left.
  await page.getByTestId('statement-signer').fill('张三');
  await preview.getByText('张三').waitFor();
  await page.getByTestId('statement-signer').press('Tab');
  await eventually(() => readStatementSettings(h.session.require()).signerName, '张三');

  // A seal with a white background is refused, with the reason, and nothing changes.
  expect(await preview.locator('img.st-seal').count()).toBe(0);
  h.queueDialogAnswer(opaque);
  await page.getByTestId('statement-pick-seal').click();
  await page.getByTestId('statement-failure').getByText('没有透明背景').waitFor();
  expect(readStatementSettings(h.session.require()).sealImage).toBeNull();

  // The real seal and a signature: thumbnails and the preview show them.
  h.queueDialogAnswer(images.seal);
  await page.getByTestId('statement-pick-seal').click();
  await preview.locator('img.st-seal').waitFor();
  await page.getByTestId('statement-thumb-seal').waitFor();
  expect(await page.getByTestId('statement-failure').count()).toBe(0);
  h.queueDialogAnswer(images.signature);
  await page.getByTestId('statement-pick-signature').click();
  await preview.locator('img.st-signature').waitFor();
  await page.getByTestId('statement-image-signature').getByText('520×200 像素').waitFor();
  await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('[data-testid="statement-dialog"] img')).every((img) => img.complete && img.naturalWidth > 0));
  await dialog.screenshot({ path: shot });

  // 生成声明… as PDF to a path the test chooses; the register lists it.
  const out = path.join(workDir, '内容真实性责任声明.pdf');
  h.queueDialogAnswer(out);
  await page.getByTestId('statement-format-pdf').check();
  await page.getByTestId('statement-issue').click();
  await page.getByTestId('statement-result').waitFor({ timeout: 60_000 });
  await page.getByTestId('statement-result-path').getByText(out).waitFor();
  expect(fs.readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const row = page.getByTestId('statement-issued-row').first();
  await row.getByText('内容真实性责任声明.pdf').waitFor();
  await dialog.screenshot({ path: shot.replace(/\.png$/, '-issued.png') });

  // Esc closes the dialog.
  await page.getByTestId('statement-signer').press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
});

test('signing with an expired certificate: the statement is written, the dialog warns, verify fails it', async () => {
  const workDir = tempDir('rw-statement-expired-');
  const cert = makeP12('测试学院 张三', 'pw', { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2021-01-01T00:00:00Z') });
  const certFile = path.join(workDir, '过期证书.p12');
  fs.writeFileSync(certFile, cert.p12);
  const h = await e2e.harness(workDir);
  const { page, errors } = await openPage(e2e.browser(), h.url);
  await createReportThroughUi(page, '天津工业职业学院', '2025');
  await page.getByTestId('statement-open').click();
  const out = path.join(workDir, '声明-过期证书.pdf');
  h.queueDialogAnswer(out);
  h.queueDialogAnswer(certFile);
  await page.getByTestId('statement-format-pdf').check();
  await page.getByTestId('statement-sign').check();
  await page.getByTestId('statement-password').fill(cert.password);
  await page.getByTestId('statement-issue').click();
  await page.getByTestId('statement-result').waitFor({ timeout: 60_000 });
  await page.getByTestId('statement-warnings').getByText('签名时证书已过期', { exact: false }).waitFor();
  await page.getByTestId('statement-warnings').scrollIntoViewIfNeeded();
  await page.getByTestId('statement-result').screenshot({ path: shot.replace(/\.png$/, '-expired.png') });
  const verified = await verifyStatement(fs.readFileSync(out), null);
  expect(verified.signerCommonName).toBe('测试学院 张三');
  expect(verified.ok).toBe(false);
  expect(errors).toEqual([]);
});

test('a read-only project shows the statement with every control disabled and says why', async () => {
  const holder = await e2e.harness();
  const file = path.join(tempDir('rw-statement-ro-'), '共享年报.rwproj');
  holder.session.create(file, { unitName: '某某职业技术学院', year: 2025 });
  const second = await e2e.harness();
  const { page, errors } = await openPage(e2e.browser(), second.url);
  second.queueDialogAnswer(file);
  await page.getByTestId('start-open').click();
  await page.getByTestId('open-read-only').click();
  await page.getByTestId('project-screen').waitFor();

  await page.getByTestId('statement-open').click();
  await page.getByTestId('statement-readonly').getByText('只读').waitFor();
  await page.getByTestId('statement-preview').getByText('某某职业技术学院', { exact: false }).first().waitFor();
  for (const id of ['statement-template', 'statement-signer', 'statement-date', 'statement-pick-seal', 'statement-pick-signature', 'statement-issue', 'statement-bind']) {
    expect(await page.getByTestId(id).isDisabled()).toBe(true);
  }
  await page.getByTestId('statement-dialog').screenshot({ path: shot.replace(/\.png$/, '-read-only.png') });
  await page.getByTestId('statement-close').click();
  await page.getByTestId('statement-dialog').waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
});
