/**
 * How the PDF export gets Chromium to print: the one thing that differs between the app (a hidden
 * BrowserWindow, electron/main/pdf-print-engine.ts) and the CLI and tests (Debian's Chromium over the
 * DevTools protocol, ./chromium-print-engine.ts). Both print the same HTML with the same Chromium
 * layout, so the pipeline around them is the same everywhere.
 */

export interface PrintRequest {
  /** An HTML file on disk; relative URLs in it (images) resolve against its folder. */
  readonly htmlFile: string;
  readonly signal?: AbortSignal;
  /** Another print follows this one: an engine may get ready for it while this one runs. */
  readonly anotherFollows?: boolean;
}

/**
 * One page kept open between prints: the export prints the body, then shows the front matter in the
 * same page (same style sheet, fonts already decoded, no new renderer) and prints that.
 */
export interface PrintPage {
  /** Prints what the page shows now, as {@link PrintEngine.print} does. */
  print(): Promise<Uint8Array>;
  /**
   * Replaces the content of the document's <body> with `html` (markup of the same print document:
   * buildPrintHtml's content for another part), then waits until its images and fonts are ready.
   */
  showBody(html: string): Promise<void>;
  close(): Promise<void>;
}

export interface PrintEngine {
  /**
   * Loads the file, waits until its images and fonts are ready, and prints it to PDF with the page
   * size and margins of its CSS (@page, preferCSSPageSize), backgrounds included.
   */
  print(request: PrintRequest): Promise<Uint8Array>;
  /**
   * Loads the file as {@link print} does and keeps the page for several prints. Optional: without
   * it, the export prints each part as a document of its own.
   */
  open?(request: PrintRequest): Promise<PrintPage>;
  /** Gets ready for the next print (starts the browser), so that overlaps other work. Optional. */
  warmUp?(): Promise<void>;
  /** Releases the browser. The engine may be used again afterwards. */
  close(): Promise<void>;
}

/**
 * What an engine evaluates before printing, through the DevTools protocol (Runtime.evaluate, by
 * the pipe or by the Electron debugger): resolves once fonts and images are ready. This is the
 * engine looking at the page from outside, not page script: the print pages carry no script, run
 * with JavaScript switched off and forbid script by their CSP (shared/export/html/print-csp.ts),
 * none of which applies to the protocol. The wait matters for fonts: local() faces are looked up
 * asynchronously on some systems (Windows), after the load event; and every declared face is
 * loaded here, because the print pages are hidden on screen (print-css.ts), so no screen layout
 * asks for them, and a face first needed by the print layout would print in a fallback font.
 * Images still loading (those of content shown by showBody) are waited for with decode(), a
 * promise: an onload handler would never run, as the page runs no script of its own.
 */
export const WAIT_FOR_READY_SCRIPT = `(async () => {
  await Promise.all(Array.from(document.fonts, (face) => face.load().catch(() => null)));
  await document.fonts.ready;
  await Promise.all(Array.from(document.images, (img) => (img.complete ? null : img.decode().catch(() => null))));
  return true;
})()`;

/** What an engine evaluates for {@link PrintPage.showBody}: the new content, then the same wait. */
export function showBodyScript(html: string): string {
  // JSON is a JavaScript string literal (U+2028/2029 included since ES2019): the markup is data here.
  return `(async () => {
  document.body.innerHTML = ${JSON.stringify(html)};
  return ${WAIT_FOR_READY_SCRIPT};
})()`;
}
