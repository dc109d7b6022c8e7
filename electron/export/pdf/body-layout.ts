/**
 * Prints the body and reads back where everything landed. The body is printed on its own and
 * numbered from its first page, so its page numbers are final whatever the front matter turns out
 * to be: the 目录 and the lists are filled from them and printed once, with nothing left to shift.
 */
import { PDFDocument, ParseSpeeds } from '@cantoo/pdf-lib';
import type { ReportPlan } from '../../../shared/export/report-plan';
import type { StylePresetSpec } from '../../../shared/export/style-presets';
import type { AssetUrl } from '../../../shared/export/html/block-html';
import { buildPrintHtml } from '../../../shared/export/html/print-document';
import { readDestinations, type Destination } from './pdf-destinations';
import type { PrintEngine, PrintPage } from './print-engine';
import type { PrintFolder } from './print-folder';
import { quickDestinations } from './quick-destinations';

export interface BodyLayout {
  /**
   * The printed body parsed by pdf-lib, started on first call. When the destinations were read
   * without it, the parse yields to the event loop now and then, so the front matter can print
   * meanwhile. Null when the export has no body content.
   */
  readonly document: (() => Promise<PDFDocument>) | null;
  /** The folio printed on an anchor's page (“— 12 —” → '12'), '' when the anchor was not found. */
  readonly pageOf: (anchor: string) => string;
  /**
   * The page that printed the body, still open for the front matter (see PrintPage), when the
   * engine keeps pages and the front matter follows; the caller closes it. Null otherwise.
   */
  readonly page: PrintPage | null;
}

export interface BodyLayoutInput {
  readonly plan: ReportPlan;
  readonly preset: StylePresetSpec;
  readonly engine: PrintEngine;
  readonly folder: PrintFolder;
  readonly assetUrl: AssetUrl;
  readonly signal?: AbortSignal;
  /** The front matter is printed next (see PrintRequest.anotherFollows). */
  readonly frontFollows?: boolean;
}

/** pdf-lib's load; updateMetadata: false keeps it from stamping its own producer and dates. */
function load(bytes: Uint8Array, background: boolean): Promise<PDFDocument> {
  // Fastest never yields; Medium yields every 500 objects, which lets a print in flight proceed.
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: background ? ParseSpeeds.Medium : ParseSpeeds.Fastest });
}

export async function layOutBody({ plan, preset, engine, folder, assetUrl, signal, frontFollows }: BodyLayoutInput): Promise<BodyLayout> {
  if (plan.body.length === 0) return { document: null, pageOf: () => '', page: null };
  const file = await folder.writeHtml('body.html', buildPrintHtml(plan, 'body', { preset, assetUrl }));
  const request = { htmlFile: file, ...(signal ? { signal } : {}) };
  let page: PrintPage | null = null;
  let bytes: Uint8Array;
  if (frontFollows === true && engine.open !== undefined) {
    page = await engine.open(request);
    try {
      bytes = await page.print();
    } catch (error) {
      await page.close();
      throw error;
    }
  } else {
    bytes = await engine.print({ ...request, anotherFollows: frontFollows === true });
  }
  const quick = quickDestinations(bytes);
  let parsed: Promise<PDFDocument> | null = quick === null ? load(bytes, false) : null;
  const destinations: ReadonlyMap<string, Destination> = quick ?? readDestinations(await (parsed as Promise<PDFDocument>));
  return {
    page,
    document: () => (parsed ??= load(bytes, true)),
    // The body's folios count from 1 on its first page (print-css.ts), so a page's folio is its index + 1.
    pageOf: (anchor) => {
      const destination = destinations.get(anchor);
      return destination === undefined ? '' : String(destination.page + 1);
    },
  };
}
