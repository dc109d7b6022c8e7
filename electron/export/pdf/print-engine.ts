/**
 * How the PDF export gets Chromium to print: the one thing that differs between the app (a hidden
 * BrowserWindow, electron/main/pdf-print-engine.ts) and the CLI and tests (Debian's Chromium through
 * playwright-core, ./playwright-print-engine.ts). Both print the same HTML with the same Chromium
 * layout, so the pipeline around them is the same everywhere.
 */

export interface PrintRequest {
  /** An HTML file on disk; relative URLs in it (images) resolve against its folder. */
  readonly htmlFile: string;
  readonly signal?: AbortSignal;
  /** Another print follows this one: an engine may get ready for it while this one runs. */
  readonly anotherFollows?: boolean;
}

export interface PrintEngine {
  /**
   * Loads the file, waits until its images and fonts are ready, and prints it to PDF with the page
   * size and margins of its CSS (@page, preferCSSPageSize), backgrounds included.
   */
  print(request: PrintRequest): Promise<Uint8Array>;
  /** Gets ready for the next print (starts the browser), so that overlaps other work. Optional. */
  warmUp?(): Promise<void>;
  /** Releases the browser. The engine may be used again afterwards. */
  close(): Promise<void>;
}

/**
 * What an engine evaluates before printing, through the DevTools protocol (Playwright's evaluate,
 * the Electron debugger's Runtime.evaluate): resolves once fonts and images are ready. This is the
 * engine looking at the page from outside, not page script: the print pages carry no script, run
 * with JavaScript switched off and forbid script by their CSP (shared/export/html/print-csp.ts),
 * none of which applies to the protocol. The wait matters for fonts: local() faces are looked up
 * asynchronously on some systems (Windows), after the load event.
 */
export const WAIT_FOR_READY_SCRIPT = `(async () => {
  await document.fonts.ready;
  await Promise.all(Array.from(document.images, (img) => (img.complete ? null : new Promise((resolve) => { img.onload = img.onerror = resolve; }))));
  return true;
})()`;
