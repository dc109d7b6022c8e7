/**
 * Opens the preview's PDF with Mozilla's pdf.js. Each preview gets its own worker, terminated with
 * the document, so closing the preview gives back everything the 20 MB report took.
 *
 * The worker is the released pdf.worker.min.mjs copied to dist/renderer/pdf-worker.js by
 * electron/tools/build.mjs. We start it ourselves and hand pdf.js the port: pdf.js would otherwise
 * wrap a worker of an opaque origin (the app's file:// page) in a blob: module, which the CSP
 * (worker-src 'self') rightly refuses.
 */
import { GlobalWorkerOptions, PDFWorker, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';

export const WORKER_FILE = 'pdf-worker.js';

export interface PageSize {
  /** CSS pixels at 100 % (PDF points × 96/72). */
  readonly width: number;
  readonly height: number;
}

export interface LoadedPdf {
  readonly doc: PDFDocumentProxy;
  /** What each page is called in the PDF (/PageLabels): 封面, I, II …, 1, 2 …; null when the file has none. */
  readonly labels: readonly string[] | null;
  readonly sizes: readonly PageSize[];
  /** Frees the document and stops the worker. */
  destroy(): void;
}

export async function loadPdf(data: Uint8Array): Promise<LoadedPdf> {
  const url = new URL(WORKER_FILE, document.baseURI).href;
  // Only used by pdf.js' main-thread fallback; the port below is what normally runs.
  GlobalWorkerOptions.workerSrc = url;
  const port = new Worker(url, { type: 'module' });
  // fromPort, not the constructor: pdf.js' typings of the constructor forget the port.
  const worker = PDFWorker.fromPort({ port }) as PDFWorker;
  const destroyAll = (doc: PDFDocumentProxy | null): void => {
    void doc?.destroy();
    worker.destroy();
    port.terminate();
  };
  let doc: PDFDocumentProxy | null = null;
  try {
    // No eval (the CSP forbids it), and no fetching of fonts or CMaps: Chromium embeds every font.
    doc = await getDocument({ data, worker, isEvalSupported: false, disableFontFace: false, useSystemFonts: false, stopAtErrors: false }).promise;
    const loaded = doc;
    const labels = await loaded.getPageLabels();
    const sizes = await Promise.all(
      Array.from({ length: loaded.numPages }, async (_, index) => {
        const page = await loaded.getPage(index + 1);
        const viewport = page.getViewport({ scale: 96 / 72 });
        return { width: viewport.width, height: viewport.height };
      }),
    );
    return { doc: loaded, labels, sizes, destroy: () => destroyAll(loaded) };
  } catch (error) {
    destroyAll(doc);
    throw error;
  }
}

/** Decodes a base64 chunk from main into `target` at `offset`; returns the bytes written. */
export function decodeInto(base64: string, target: Uint8Array, offset: number): number {
  const binary = atob(base64);
  const length = Math.min(binary.length, target.length - offset);
  for (let i = 0; i < length; i += 1) target[offset + i] = binary.charCodeAt(i);
  return length;
}
