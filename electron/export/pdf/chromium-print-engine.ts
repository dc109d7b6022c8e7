/**
 * {@link PrintEngine} on a Chromium of the system, driven over the DevTools protocol on a pipe
 * (cdp-pipe.ts), for the CLI, the test harness and the tests (the app prints through Electron).
 * The browser starts on first use and serves every print until close().
 *
 * Which Chromium: CHROMIUM_PATH when set; else Debian's headless shell
 * (/usr/bin/chromium-headless-shell, package chromium-headless-shell: the same Blink layout and Skia
 * PDF backend without the browser's UI) when installed; else /usr/bin/chromium. The full browser
 * starts omnibox and other browser-UI pages with every tab: with the headless shell a full-report
 * export needs half the CPU time and ~200 MB less memory. Both lay text out identically with
 * --disable-font-subpixel-positioning (the full browser's default on Linux; the headless shell
 * would otherwise fit more characters on a line and paginate differently).
 *
 * Each page runs without JavaScript and may load only its print folder (print-url-policy.ts, asked
 * for every request through the Fetch domain); the engine's own evaluations go through
 * Runtime.evaluate, which the page's settings do not govern (see print-engine.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../errors/app-error';
import { CdpPipe, type CdpEvent } from './cdp-pipe';
import { showBodyScript, WAIT_FOR_READY_SCRIPT, type PrintEngine, type PrintPage, type PrintRequest } from './print-engine';
import { allowedPrintUrl } from './print-url-policy';

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const FULL_BROWSER = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-font-subpixel-positioning',
  '--no-startup-window',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-component-update',
  '--disable-component-extensions-with-background-pages',
  '--disable-extensions',
  '--disable-default-apps',
  '--disable-breakpad',
  '--disable-dev-shm-usage',
  '--disable-field-trial-config',
  '--disable-hang-monitor',
  '--disable-sync',
  '--force-color-profile=srgb',
  '--metrics-recording-only',
  '--no-default-browser-check',
  '--no-first-run',
  '--no-service-autorun',
  '--password-store=basic',
  '--use-mock-keychain',
];

/** A page load that takes longer than this is an error (a report of hundreds of pages loads in seconds). */
const LOAD_TIMEOUT_MS = 120_000;
/** Bytes per IO.read of the printed PDF: small base64 strings keep the Node heap small. */
const READ_CHUNK = 1 << 20;

export function chromiumPath(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured !== undefined && configured !== '') return configured;
  return fs.existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_BROWSER;
}

/**
 * The print parameters: the page size and margins come from the document's @page
 * (preferCSSPageSize), backgrounds are printed, no header or footer of Chromium's own, no tagged PDF
 * or outline (the export writes its own bookmarks).
 */
const PRINT_PARAMS = {
  transferMode: 'ReturnAsStream',
  landscape: false,
  displayHeaderFooter: false,
  printBackground: true,
  scale: 1,
  paperWidth: 8.5,
  paperHeight: 11,
  marginTop: 0,
  marginBottom: 0,
  marginLeft: 0,
  marginRight: 0,
  pageRanges: '',
  preferCSSPageSize: true,
  generateTaggedPDF: false,
  generateDocumentOutline: false,
};

interface EvaluateResult {
  readonly exceptionDetails?: { readonly text?: string; readonly exception?: { readonly description?: string } };
}

/** One tab in a browser context of its own, JavaScript off, every request checked against its print folder. */
class Tab implements PrintPage {
  private folder: string | null = null;
  /** Set once the page is gone (closed, or its renderer crashed): every later command fails with it. */
  private gone: Error | null = null;
  private markGone: (error: Error) => void = () => undefined;
  /** Rejects when the page is gone, for racing waits on events that will then never come. */
  private readonly goneSignal = new Promise<never>((_resolve, reject) => {
    this.markGone = reject;
  });
  private closing: Promise<void> | null = null;
  private readonly stopListening: () => void;

  private constructor(
    private readonly browser: CdpPipe,
    private readonly contextId: string,
    private readonly targetId: string,
    private readonly sessionId: string,
  ) {
    this.stopListening = browser.on((event) => this.onEvent(event));
    this.goneSignal.catch(() => undefined);
  }

  private setGone(error: Error): void {
    if (this.gone !== null) return;
    this.gone = error;
    this.markGone(error);
    this.browser.failSession(this.sessionId, error);
  }

  static async create(browser: CdpPipe): Promise<Tab> {
    const { browserContextId } = await browser.send<{ browserContextId: string }>('Target.createBrowserContext', { disposeOnDetach: true });
    const { targetId } = await browser.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await browser.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    const tab = new Tab(browser, browserContextId, targetId, sessionId);
    try {
      await Promise.all([
        tab.send('Emulation.setScriptExecutionDisabled', { value: true }),
        tab.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }),
        tab.send('Page.enable'),
        tab.send('Inspector.enable'),
      ]);
    } catch (error) {
      await tab.close();
      throw error;
    }
    return tab;
  }

  private send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    if (this.gone !== null) return Promise.reject(this.gone);
    return this.browser.send<T>(method, params, this.sessionId);
  }

  private onEvent(event: CdpEvent): void {
    if (event.method === 'Target.detachedFromTarget' && event.params.sessionId === this.sessionId) {
      this.setGone(new Error('打印页面已关闭'));
      return;
    }
    if (event.sessionId === this.sessionId && event.method === 'Inspector.targetCrashed') {
      this.setGone(new AppError('INVALID_OPERATION', { detail: 'Chromium 的页面进程崩溃，未能打印 PDF' }));
      return;
    }
    if (event.sessionId !== this.sessionId || event.method !== 'Fetch.requestPaused') return;
    const { requestId, request } = event.params as { requestId: string; request: { url: string } };
    // Only the print folder and data: URLs: no other local file, no network.
    const allowed = this.folder !== null && allowedPrintUrl(request.url, this.folder);
    const answer = allowed ? this.send('Fetch.continueRequest', { requestId }) : this.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' });
    // A request of a page being closed may be gone already.
    answer.catch(() => undefined);
  }

  private async evaluate(expression: string): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    // A wait that never ends (an image or font that neither loads nor fails) is an error, not a hang.
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new AppError('INVALID_OPERATION', { detail: `打印页面的字体或图片加载超时（${LOAD_TIMEOUT_MS / 1000} 秒）` })), LOAD_TIMEOUT_MS);
    });
    const result = await Promise.race([this.send<EvaluateResult>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }), timeout]).finally(() => clearTimeout(timer));
    if (result.exceptionDetails) throw new Error(`Runtime.evaluate: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text ?? 'exception'}`);
  }

  /** Navigates to the HTML file (its folder is then the only place requests may go) and waits until ready. */
  async load(htmlFile: string): Promise<void> {
    this.folder = path.dirname(htmlFile);
    let stop: () => void = () => undefined;
    let timer: NodeJS.Timeout | undefined;
    const loaded = new Promise<void>((resolve, reject) => {
      stop = this.browser.on((event) => {
        if (event.sessionId === this.sessionId && event.method === 'Page.loadEventFired') resolve();
      });
      timer = setTimeout(() => reject(new AppError('INVALID_OPERATION', { detail: `打印页面加载超时（${LOAD_TIMEOUT_MS / 1000} 秒）` })), LOAD_TIMEOUT_MS);
    });
    try {
      const navigation = await this.send<{ errorText?: string }>('Page.navigate', { url: pathToFileURL(htmlFile).href });
      if (navigation.errorText) throw new Error(`Page.navigate: ${navigation.errorText}`);
      await Promise.race([loaded, this.browser.failed(), this.goneSignal]);
    } finally {
      stop();
      clearTimeout(timer);
    }
    await this.evaluate(WAIT_FOR_READY_SCRIPT);
  }

  async showBody(html: string): Promise<void> {
    await this.evaluate(showBodyScript(html));
  }

  async print(): Promise<Uint8Array> {
    const { stream } = await this.send<{ stream: string }>('Page.printToPDF', PRINT_PARAMS);
    const chunks: Buffer[] = [];
    try {
      for (;;) {
        const read = await this.send<{ data: string; base64Encoded?: boolean; eof: boolean }>('IO.read', { handle: stream, size: READ_CHUNK });
        chunks.push(Buffer.from(read.data, read.base64Encoded ? 'base64' : 'utf8'));
        if (read.eof) break;
      }
    } finally {
      await this.send('IO.close', { handle: stream }).catch(() => undefined);
    }
    return Buffer.concat(chunks);
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.setGone(new Error('打印页面已关闭'));
      this.stopListening();
      await this.browser.send('Target.closeTarget', { targetId: this.targetId }).catch(() => undefined);
      await this.browser.send('Target.disposeBrowserContext', { browserContextId: this.contextId }).catch(() => undefined);
    })();
    return this.closing;
  }
}

/**
 * Ctrl+C is left to the caller: the CLI cancels the export, which closes the page and then the
 * browser (the browser runs in a process group of its own, so the terminal's SIGINT does not kill it
 * under a print).
 */
export class ChromiumPrintEngine implements PrintEngine {
  private browser: Promise<CdpPipe> | null = null;
  /**
   * A page opened ahead of the next print: a new page starts a renderer process (0.1–0.3 s), which
   * then overlaps the work before the print instead of adding to it.
   */
  private spare: Promise<Tab> | null = null;

  constructor(private readonly executablePath: string = chromiumPath()) {}

  warmUp(): Promise<void> {
    return this.launch().then((browser) => {
      this.openSpare(browser);
    });
  }

  private openSpare(browser: CdpPipe): void {
    if (this.spare !== null) return;
    const tab = Tab.create(browser);
    tab.catch(() => undefined);
    this.spare = tab;
  }

  private async takeTab(browser: CdpPipe): Promise<Tab> {
    const spare = this.spare;
    this.spare = null;
    return spare === null ? Tab.create(browser) : spare.catch(() => Tab.create(browser));
  }

  private launch(): Promise<CdpPipe> {
    if (this.browser === null) {
      const executablePath = this.executablePath;
      if (!fs.existsSync(executablePath)) {
        return Promise.reject(new AppError('INVALID_OPERATION', { detail: `导出 PDF 需要 Chromium，找不到 ${executablePath}（可用环境变量 CHROMIUM_PATH 指定）` }));
      }
      const started = CdpPipe.launch(executablePath, CHROMIUM_ARGS);
      this.browser = started;
      // A failed launch, or a browser that died, is not kept: the next print starts a new one.
      started.then(
        (pipe) =>
          void pipe.exited.then(() => {
            if (this.browser === started) {
              this.browser = null;
              this.spare = null;
            }
          }),
        () => {
          if (this.browser === started) this.browser = null;
        },
      );
    }
    return this.browser;
  }

  async open({ htmlFile, signal }: PrintRequest): Promise<PrintPage> {
    signal?.throwIfAborted();
    const browser = await this.launch();
    const tab = await this.takeTab(browser);
    const abort = (): void => void tab.close();
    signal?.addEventListener('abort', abort, { once: true });
    try {
      // Cancelled while the page was being had: the listener above came too late to see it.
      signal?.throwIfAborted();
      await tab.load(htmlFile);
      signal?.throwIfAborted();
    } catch (error) {
      signal?.removeEventListener('abort', abort);
      await tab.close();
      signal?.throwIfAborted();
      throw error;
    }
    return {
      print: async () => {
        try {
          return await tab.print();
        } catch (error) {
          signal?.throwIfAborted();
          throw error;
        }
      },
      showBody: async (html) => {
        try {
          await tab.showBody(html);
        } catch (error) {
          signal?.throwIfAborted();
          throw error;
        }
      },
      close: async () => {
        signal?.removeEventListener('abort', abort);
        await tab.close();
      },
    };
  }

  async print(request: PrintRequest): Promise<Uint8Array> {
    const page = await this.open(request);
    if (request.anotherFollows) void this.launch().then((browser) => this.openSpare(browser), () => undefined);
    try {
      const pdf = await page.print();
      request.signal?.throwIfAborted();
      return pdf;
    } finally {
      await page.close();
    }
  }

  /** Browsers being closed: a second close() waits for them too, so nothing outlives the caller. */
  private readonly closing = new Set<Promise<void>>();

  async close(): Promise<void> {
    const browser = this.browser;
    const spare = this.spare;
    this.browser = null;
    this.spare = null;
    const closing = (async () => {
      await (await spare?.catch(() => null))?.close();
      if (browser !== null) await (await browser.catch(() => null))?.close();
    })();
    this.closing.add(closing);
    try {
      await Promise.all(this.closing);
    } finally {
      this.closing.delete(closing);
    }
  }
}
