/**
 * Prints the one-page statement HTML to PDF with Chromium (playwright-core). Its own small browser
 * launch instead of the report's print engine, which is still changing (electron/export/pdf/):
 * one page needs none of its pagination machinery, and Chromium gives us the system's Noto CJK
 * fonts, shaped and subset, for free.
 */
import type { BrowserType } from 'playwright-core';
import { CliError } from '../cli/cli-error';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Loaded only when a statement is printed: playwright-core is a development dependency. */
function chromium(): BrowserType {
  return (require('playwright-core') as typeof import('playwright-core')).chromium;
}

export async function printStatementHtml(html: string): Promise<Buffer> {
  let browser;
  try {
    browser = await chromium().launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CliError(`无法启动 Chromium 生成 PDF：${detail}`, `cannot start Chromium to print the PDF: ${detail}`);
  }
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    // A string, not a function: the electron zone has no DOM types, and this runs in the page.
    await page.evaluate('document.fonts.ready.then(() => true)');
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
}
