/**
 * The app:// responses in real Chromium: a report with photos printed from a print folder served
 * by serveAppRequest, under the print pages' CSP, loads every image and font with no CSP
 * violation; the renderer served the same way starts. Chromium cannot register app:// here, so the
 * pages are loaded from http://app.test/<host>/… and each request is answered by the very handler
 * main uses for app://<host>/… (the same origin rules: 'self' is the page's own origin).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { exportPdf } from '../../electron/export/pdf/export-pdf';
import { WAIT_FOR_READY_SCRIPT, type PrintEngine, type PrintRequest } from '../../electron/export/pdf/print-engine';
import { Project } from '../../electron/project-store/project';
import { AppMounts, serveAppRequest } from '../../electron/security/app-protocol';
import { launchChromium, RENDERER_DIR } from '../e2e/support';
import { buildReport, figure, heading, paragraph } from '../export-pdf/small-reports';
import { makeTempDir, removeTempDir } from '../support/temp-files';

// Chromium prints here: longer than the suite's short default (package.json).
jest.setTimeout(120_000);

const BASE = 'http://app.test/';
const toApp = (url: string): string => `app://${url.slice(BASE.length)}`;
const fromApp = (url: string): string => `${BASE}${url.slice('app://'.length)}`;

async function routeThroughProtocol(page: Page, mounts: AppMounts): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  await page.route(`${BASE}**`, async (route) => {
    const response = await serveAppRequest(route.request().method(), toApp(route.request().url()), mounts);
    await route.fulfill({ status: response.status, headers: { ...response.headers }, body: response.body === null ? '' : Buffer.from(response.body) });
  });
  return violations;
}

/** ElectronPrintEngine's steps (mount, load the app:// URL, wait, print, unmount) in Debian's Chromium. */
class ProtocolPrintEngine implements PrintEngine {
  readonly images: { src: string; width: number }[] = [];
  readonly violations: string[] = [];
  constructor(
    private readonly browser: Browser,
    private readonly mounts: AppMounts,
  ) {}

  async print({ htmlFile }: PrintRequest): Promise<Uint8Array> {
    const mount = this.mounts.mountPrintFolder(path.dirname(htmlFile));
    const page = await this.browser.newPage();
    try {
      const violations = await routeThroughProtocol(page, this.mounts);
      await page.goto(fromApp(mount.urlOf(htmlFile)), { waitUntil: 'load' });
      await page.evaluate(WAIT_FOR_READY_SCRIPT);
      this.images.push(...(await page.evaluate(() => Array.from(document.images, (img) => ({ src: img.src, width: img.naturalWidth })))));
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      this.violations.push(...violations);
      return new Uint8Array(pdf);
    } finally {
      await page.close();
      mount.unmount();
    }
  }

  async close(): Promise<void> {}
}

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchChromium();
  dir = makeTempDir('rw-app-chromium-');
});
afterAll(async () => {
  await browser.close();
  removeTempDir(dir);
});

it('prints a report with photos from app://print under the print CSP: every image loads, no violation', async () => {
  const file = path.join(dir, 'report.rwproj');
  await buildReport(file, 2, (photos) => [
    { title: '学院概况', content: [heading('办学条件'), paragraph('学院占地面积一千亩。'), figure(photos[0] as string, '校园一角'), figure(photos[1] as string, '实训基地')] },
  ]);
  const engine = new ProtocolPrintEngine(browser, new AppMounts(RENDERER_DIR));
  const project = Project.open(file, { readOnly: true });
  const out = path.join(dir, 'report.pdf');
  try {
    const result = await exportPdf(project, { path: out, engine });
    expect(result.pages).toBeGreaterThan(1);
  } finally {
    project.close();
  }
  expect(engine.violations).toEqual([]);
  const photos = engine.images.filter((image) => /\/img\/[0-9a-f]{64}\.jpg$/.test(image.src));
  expect(photos.length).toBeGreaterThanOrEqual(2);
  for (const image of photos) {
    expect(image.src.startsWith(`${BASE}print/`)).toBe(true);
    expect(image.width).toBeGreaterThan(0);
  }
  const listed = spawnSync('pdfimages', ['-list', out], { encoding: 'utf8' }).stdout.split('\n').filter((line) => / jpeg /.test(line));
  expect(listed.length).toBeGreaterThanOrEqual(2);
});

it('the renderer served on app://renderer runs its bundle and styles under its CSP (header and meta)', async () => {
  const page = await browser.newPage();
  try {
    const violations = await routeThroughProtocol(page, new AppMounts(RENDERER_DIR));
    const statuses = new Map<string, number>();
    page.on('response', (response) => statuses.set(new URL(response.url()).pathname, response.status()));
    await page.goto(`${BASE}renderer/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
    expect([statuses.get('/renderer/index.html'), statuses.get('/renderer/app.js'), statuses.get('/renderer/styles.css')]).toEqual([200, 200, 200]);
    // The meta policy is in force too: inline script is refused even though the header would allow nothing else.
    const inline = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inline).toBe(false);
    expect(violations.some((text) => /inline/.test(text))).toBe(true);
  } finally {
    await page.close();
  }
});
