/**
 * {@link PrintEngine} in the desktop app: a hidden BrowserWindow per print and
 * webContents.printToPDF with the CSS page size (without preferCSSPageSize Electron prints on
 * Letter). The print HTML does all numbering itself (CSS paged media, see
 * shared/export/html/print-css.ts), so Electron's header/footer templates, which cannot restart
 * numbering or print roman numerals, stay unused. Type-checked here; run only in the app.
 *
 * The window runs without JavaScript, in a session of its own (in memory) that refuses every request
 * outside the print folder (print-url-policy.ts); the readiness wait goes through the debugger's
 * Runtime.evaluate, which is the engine's, not the page's (see print-engine.ts).
 */
import path from 'node:path';
import { BrowserWindow, session, type Session } from 'electron';
import { WAIT_FOR_READY_SCRIPT, type PrintEngine, type PrintRequest } from '../export/pdf/print-engine';
import { allowedPrintUrl } from '../export/pdf/print-url-policy';

/** The print folder of each print window, by webContents id. */
const folders = new Map<number, string>();
let printSession: Session | null = null;

function printWindowSession(): Session {
  if (printSession === null) {
    // No "persist:" prefix: nothing of it is written to disk.
    printSession = session.fromPartition('rw-print');
    printSession.webRequest.onBeforeRequest((details, callback) => {
      const folder = details.webContentsId === undefined ? undefined : folders.get(details.webContentsId);
      callback({ cancel: folder === undefined || !allowedPrintUrl(details.url, folder) });
    });
  }
  return printSession;
}

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
  async print({ htmlFile, signal }: PrintRequest): Promise<Uint8Array> {
    signal?.throwIfAborted();
    // No preload, no Node, no JavaScript: the window shows only our own generated HTML and its images.
    const window = new BrowserWindow({
      show: false,
      webPreferences: { session: printWindowSession(), javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, spellcheck: false, webgl: false },
    });
    const id = window.webContents.id;
    folders.set(id, path.dirname(htmlFile));
    const abort = (): void => {
      if (!window.isDestroyed()) window.destroy();
    };
    signal?.addEventListener('abort', abort, { once: true });
    try {
      await window.loadFile(htmlFile);
      await waitUntilReady(window);
      const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
      signal?.throwIfAborted();
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      signal?.throwIfAborted();
      throw error;
    } finally {
      signal?.removeEventListener('abort', abort);
      folders.delete(id);
      abort();
    }
  }

  async close(): Promise<void> {
    // Each print closes its own window: nothing stays open between exports.
  }
}
