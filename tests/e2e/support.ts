/**
 * Shared set-up for end-to-end tests: the real renderer bundle (built by Jest's globalSetup)
 * served by the loopback harness, driven in Debian's Chromium through playwright-core.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startHarness, type Harness } from '../../electron/harness/server';

export const RENDERER_DIR = path.resolve(__dirname, '..', '..', 'dist', 'renderer');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Screenshots for a person to look at; SCREENSHOT_DIR keeps them, otherwise the temp dir. */
export const shotDir = process.env.SCREENSHOT_DIR ?? os.tmpdir();

export interface E2eBrowser {
  /** The file's Chromium (launched in its beforeAll). */
  browser(): Browser;
  /** A harness on `workDir` (a fresh temp dir by default), closed after the file's tests. */
  harness(workDir?: string): Promise<Harness>;
}

/**
 * One Chromium per test file and the harnesses its tests start, all closed after the file's tests:
 * call it at the top level of the file (it registers the file's beforeAll/afterAll).
 */
export function useE2eBrowser(): E2eBrowser {
  let browser: Browser | undefined;
  const harnesses: Harness[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await Promise.all(harnesses.map((h) => h.close()));
    await browser?.close();
  });
  return {
    browser: () => {
      if (browser === undefined) throw new Error('Chromium is not running yet (useE2eBrowser starts it in beforeAll)');
      return browser;
    },
    harness: async (workDir) => {
      const h = await startTestHarness(workDir);
      harnesses.push(h);
      return h;
    },
  };
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function startTestHarness(workDir: string = tempDir('rw-e2e-')): Promise<Harness> {
  return startHarness({ rendererDir: RENDERER_DIR, workDir });
}

/** A page whose uncaught errors and console errors are collected, so a test can assert none. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  return { page, errors };
}

/** The outline row whose title is exactly `title`. */
export function outlineRow(page: Page, title: string) {
  return page.locator('[data-testid^="outline-node-"]').filter({ has: page.getByTestId('outline-title').getByText(title, { exact: false }) });
}

/** Creates a report through the start screen's dialog. */
export async function createReportThroughUi(page: Page, unitName: string, year: string): Promise<void> {
  await page.getByTestId('start-new').click();
  await page.getByTestId('unit-name').fill(unitName);
  await page.getByTestId('year').fill(year);
  await page.getByTestId('create').click();
  await page.getByTestId('project-screen').waitFor();
}

/** Selects a node in the outline and waits until its editor is loaded; returns the node id. */
export async function openSection(page: Page, title: string): Promise<string> {
  const row = outlineRow(page, title);
  await row.click();
  const id = await row.getAttribute('data-node-id');
  if (!id) throw new Error(`no outline node titled ${title}`);
  await page.locator(`[data-testid="editor"][data-section-id="${id}"]`).waitFor();
  return id;
}

export function editorOf(page: Page, id: string) {
  return page.locator(`[data-testid="editor"][data-section-id="${id}"]`);
}

/** Polls `read` until it returns `expected` (the UI updates asynchronously), then asserts. */
export async function eventually<T>(read: () => Promise<T> | T, expected: T, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let actual: T | undefined;
  while (Date.now() < deadline) {
    actual = await read();
    if (JSON.stringify(actual) === JSON.stringify(expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(actual).toEqual(expected);
}

/**
 * The editor's text, one line per text block: what the user typed, without the placeholder, the
 * computed heading numbers, or Slate's zero-width characters.
 */
export async function editorText(editor: ReturnType<typeof editorOf>): Promise<string> {
  return editor.evaluate((root) => {
    const blocks = Array.from(root.querySelectorAll('[data-slate-node="element"]')).filter((el) => !el.querySelector('[data-slate-node="element"]'));
    return blocks
      .map((block) => {
        const copy = block.cloneNode(true) as Element;
        copy.querySelectorAll('[data-slate-placeholder], [contenteditable="false"]').forEach((el) => el.remove());
        return (copy.textContent ?? '').replace(/[\u200b\ufeff]/g, '');
      })
      .join('\n');
  });
}

export async function expectText(editor: ReturnType<typeof editorOf>, expected: string): Promise<void> {
  await eventually(() => editorText(editor), expected);
}

function textOf(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const n = node as { text?: unknown; children?: unknown };
  if (typeof n.text === 'string') return n.text;
  return Array.isArray(n.children) ? n.children.map(textOf).join('') : '';
}

/** A section's stored content, read straight from the project file (not through the app). */
export function storedContent(file: string, nodeId: string): unknown[] {
  const db = new Database(file, { readonly: true });
  try {
    const row = db.prepare('SELECT content FROM section_content WHERE node_id = ?').get(nodeId) as { content: string } | undefined;
    if (!row) throw new Error(`no content stored for ${nodeId}`);
    return JSON.parse(row.content) as unknown[];
  } finally {
    db.close();
  }
}

/** The stored text of a section, one line per block. */
export function storedText(file: string, nodeId: string): string {
  return storedContent(file, nodeId).map(textOf).join('\n');
}
