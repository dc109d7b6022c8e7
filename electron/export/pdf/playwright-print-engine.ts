/**
 * {@link PrintEngine} on a Chromium driven by playwright-core (the CLI, tests and benchmarks): Debian's
 * /usr/bin/chromium unless CHROMIUM_PATH names another. The browser starts on first use and serves
 * every print until close().
 *
 * playwright-core is loaded only when a PDF is printed, so the rest of the CLI works where it is not
 * installed (it is a development dependency; the app prints through Electron instead).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserType, Page } from 'playwright-core';
import { AppError } from '../../errors/app-error';
import { WAIT_FOR_READY_SCRIPT, type PrintEngine, type PrintRequest } from './print-engine';
import { allowedPrintUrl } from './print-url-policy';

/** Print pages run without JavaScript (see print-engine.ts for the one evaluation the engine does). */
const PAGE_OPTIONS = { javaScriptEnabled: false } as const;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Loaded on first print: a static import would load playwright-core with every CLI command. */
function playwrightChromium(): BrowserType {
  return (require('playwright-core') as typeof import('playwright-core')).chromium;
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * Ctrl+C is left to the caller (handleSIGINT: false): the CLI cancels the export, which closes the
 * page and then the browser, instead of Playwright killing Chromium under a print.
 */
export class PlaywrightPrintEngine implements PrintEngine {
  private browser: Promise<Browser> | null = null;
  /**
   * A page opened ahead of the next print: a new page starts a renderer process (0.2–0.3 s here),
   * which then overlaps the work before the print instead of adding to it.
   */
  private spare: Promise<Page> | null = null;

  constructor(private readonly executablePath: string = chromiumPath()) {}

  warmUp(): Promise<void> {
    return this.launch().then((browser) => {
      this.openSpare(browser);
    });
  }

  private openSpare(browser: Browser): void {
    if (this.spare !== null) return;
    const page = browser.newPage(PAGE_OPTIONS);
    page.catch(() => undefined);
    this.spare = page;
  }

  private async takePage(browser: Browser): Promise<Page> {
    const spare = this.spare;
    this.spare = null;
    return spare === null ? browser.newPage(PAGE_OPTIONS) : spare.catch(() => browser.newPage(PAGE_OPTIONS));
  }

  private launch(): Promise<Browser> {
    if (this.browser === null) {
      const executablePath = this.executablePath;
      if (!fs.existsSync(executablePath)) {
        return Promise.reject(new AppError('INVALID_OPERATION', { detail: `导出 PDF 需要 Chromium，找不到 ${executablePath}（可用环境变量 CHROMIUM_PATH 指定）` }));
      }
      const started = Promise.resolve().then(() => playwrightChromium().launch({ executablePath, args: CHROMIUM_ARGS, handleSIGINT: false }));
      // A failed launch must not be cached: the next export tries again.
      started.catch(() => {
        if (this.browser === started) this.browser = null;
      });
      this.browser = started;
    }
    return this.browser;
  }

  async print({ htmlFile, signal, anotherFollows }: PrintRequest): Promise<Uint8Array> {
    signal?.throwIfAborted();
    const browser = await this.launch();
    const page = await this.takePage(browser);
    if (anotherFollows) this.openSpare(browser);
    const abort = (): void => void page.close().catch(() => undefined);
    signal?.addEventListener('abort', abort, { once: true });
    try {
      // Cancelled while the page was being had: the listener above came too late to see it.
      signal?.throwIfAborted();
      // Only the print folder and data: URLs: no other local file, no network.
      const folder = path.dirname(htmlFile);
      await page.route('**/*', (route) => (allowedPrintUrl(route.request().url(), folder) ? route.continue() : route.abort('blockedbyclient')));
      await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load', timeout: 120_000 });
      await page.evaluate(WAIT_FOR_READY_SCRIPT);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      signal?.throwIfAborted();
      return pdf;
    } catch (error) {
      signal?.throwIfAborted();
      throw error;
    } finally {
      signal?.removeEventListener('abort', abort);
      await page.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    this.spare = null;
    if (browser !== null) await (await browser.catch(() => null))?.close();
  }
}
