/**
 * {@link PrintEngine} in the desktop app: a hidden BrowserWindow per print and
 * webContents.printToPDF with the CSS page size (without preferCSSPageSize Electron prints on
 * Letter). The print HTML does all numbering itself (CSS paged media, see
 * shared/export/html/print-css.ts), so Electron's header/footer templates, which cannot restart
 * numbering or print roman numerals, stay unused. Type-checked here; run only in the app.
 *
 * The window runs without JavaScript; its page is served on app://print/<id>/ from the print folder
 * alone (electron/security/app-protocol.ts); the readiness wait goes through the debugger's
 * Runtime.evaluate, which is the engine's, not the page's (see print-engine.ts).
 */
import { BrowserWindow } from 'electron';
import path from 'node:path';
import { showBodyScript, WAIT_FOR_READY_SCRIPT, type PrintEngine, type PrintPage, type PrintRequest } from '../export/pdf/print-engine';
import type { AppMounts } from '../security/app-protocol';
import { printWindowPreferences } from '../security/window-preferences';

async function evaluate(window: BrowserWindow, expression: string): Promise<void> {
  const { debugger: devtools } = window.webContents;
  devtools.attach('1.3');
  try {
    await devtools.sendCommand('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
  } finally {
    devtools.detach();
  }
}

async function printWindow(window: BrowserWindow): Promise<Uint8Array> {
  const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

export class ElectronPrintEngine implements PrintEngine {
  /** Print folders are served on app://print/<id>/ while they print, never as file:// pages. */
  constructor(private readonly mounts: AppMounts) {}

  /** The window stays open for several prints (the export shows the front matter in it after the body). */
  async open({ htmlFile, signal }: PrintRequest): Promise<PrintPage> {
    signal?.throwIfAborted();
    // No preload, no Node, no JavaScript: the window shows only our own generated HTML and its
    // images, served from the print folder alone by the app:// handler under the print pages' CSP.
    const window = new BrowserWindow({ show: false, webPreferences: { ...printWindowPreferences(), javascript: false } });
    const mount = this.mounts.mountPrintFolder(path.dirname(htmlFile));
    let closed = false;
    const close = (): void => {
      if (closed) return;
      closed = true;
      signal?.removeEventListener('abort', close);
      if (!window.isDestroyed()) window.destroy();
      mount.unmount();
    };
    signal?.addEventListener('abort', close, { once: true });
    const guarded = async <T>(step: () => Promise<T>): Promise<T> => {
      try {
        const result = await step();
        signal?.throwIfAborted();
        return result;
      } catch (error) {
        signal?.throwIfAborted();
        throw error;
      }
    };
    try {
      await guarded(async () => {
        await window.loadURL(mount.urlOf(htmlFile));
        await evaluate(window, WAIT_FOR_READY_SCRIPT);
      });
    } catch (error) {
      close();
      throw error;
    }
    return {
      print: () => guarded(() => printWindow(window)),
      showBody: (html) => guarded(() => evaluate(window, showBodyScript(html))),
      close: async () => close(),
    };
  }

  async print(request: PrintRequest): Promise<Uint8Array> {
    const page = await this.open(request);
    try {
      return await page.print();
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    // Each print closes its own window: nothing stays open between exports.
  }
}
