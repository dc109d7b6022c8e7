/**
 * {@link PrintEngine} in the desktop app: a hidden BrowserWindow per print and
 * webContents.printToPDF with the CSS page size (without preferCSSPageSize Electron prints on
 * Letter). The print HTML does all numbering itself (CSS paged media, see
 * shared/export/html/print-css.ts), so Electron's header/footer templates, which cannot restart
 * numbering or print roman numerals, stay unused. Type-checked here; run only in the app.
 */
import { BrowserWindow } from 'electron';
import { WAIT_FOR_READY_SCRIPT, type PrintEngine, type PrintRequest } from '../export/pdf/print-engine';

export class ElectronPrintEngine implements PrintEngine {
  async print({ htmlFile, signal }: PrintRequest): Promise<Uint8Array> {
    signal?.throwIfAborted();
    // No preload, no Node: the window shows only our own generated HTML and its images.
    const window = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, spellcheck: false },
    });
    const abort = (): void => {
      if (!window.isDestroyed()) window.destroy();
    };
    signal?.addEventListener('abort', abort, { once: true });
    try {
      await window.loadFile(htmlFile);
      await window.webContents.executeJavaScript(WAIT_FOR_READY_SCRIPT, true);
      const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
      signal?.throwIfAborted();
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      signal?.throwIfAborted();
      throw error;
    } finally {
      signal?.removeEventListener('abort', abort);
      abort();
    }
  }

  async close(): Promise<void> {
    // Each print closes its own window: nothing stays open between exports.
  }
}
