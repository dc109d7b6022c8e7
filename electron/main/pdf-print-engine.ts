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
import { WAIT_FOR_READY_SCRIPT, type PrintEngine, type PrintRequest } from '../export/pdf/print-engine';
import type { AppMounts } from '../security/app-protocol';
import { printWindowPreferences } from '../security/window-preferences';

async function waitUntilReady(window: BrowserWindow): Promise<void> {
  const { debugger: devtools } = window.webContents;
  devtools.attach('1.3');
  try {
    await devtools.sendCommand('Runtime.evaluate', { expression: WAIT_FOR_READY_SCRIPT, awaitPromise: true, returnByValue: true });
  } finally {
    devtools.detach();
  }
}

export class ElectronPrintEngine implements PrintEngine {
  /** Print folders are served on app://print/<id>/ while they print, never as file:// pages. */
  constructor(private readonly mounts: AppMounts) {}

  async print({ htmlFile, signal }: PrintRequest): Promise<Uint8Array> {
    signal?.throwIfAborted();
    // No preload, no Node, no JavaScript: the window shows only our own generated HTML and its
    // images, served from the print folder alone by the app:// handler under the print pages' CSP.
    const window = new BrowserWindow({ show: false, webPreferences: { ...printWindowPreferences(), javascript: false } });
    const mount = this.mounts.mountPrintFolder(path.dirname(htmlFile));
    const abort = (): void => {
      if (!window.isDestroyed()) window.destroy();
    };
    signal?.addEventListener('abort', abort, { once: true });
    try {
      await window.loadURL(mount.urlOf(htmlFile));
      await waitUntilReady(window);
      const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
      signal?.throwIfAborted();
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      signal?.throwIfAborted();
      throw error;
    } finally {
      signal?.removeEventListener('abort', abort);
      abort();
      mount.unmount();
    }
  }

  async close(): Promise<void> {
    // Each print closes its own window: nothing stays open between exports.
  }
}
