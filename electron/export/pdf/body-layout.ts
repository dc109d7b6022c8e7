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
import type { PrintEngine } from './print-engine';
import type { PrintFolder } from './print-folder';

export interface BodyLayout {
  /** The printed body; null when the export has no body content. */
  readonly pdf: PDFDocument | null;
  readonly destinations: ReadonlyMap<string, Destination>;
  /** The folio printed on an anchor's page (“— 12 —” → '12'), '' when the anchor was not found. */
  readonly pageOf: (anchor: string) => string;
}

export interface BodyLayoutInput {
  readonly plan: ReportPlan;
  readonly preset: StylePresetSpec;
  readonly engine: PrintEngine;
  readonly folder: PrintFolder;
  readonly assetUrl: AssetUrl;
  readonly signal?: AbortSignal;
}

export async function layOutBody({ plan, preset, engine, folder, assetUrl, signal }: BodyLayoutInput): Promise<BodyLayout> {
  if (plan.body.length === 0) return { pdf: null, destinations: new Map(), pageOf: () => '' };
  const file = await folder.writeHtml('body.html', buildPrintHtml(plan, 'body', { preset, assetUrl }));
  const bytes = await engine.print({ htmlFile: file, ...(signal ? { signal } : {}) });
  // updateMetadata: false keeps pdf-lib from stamping its own producer and dates on load; the
  // default parse speed yields to the event loop every 100 objects, which only costs time here.
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const destinations = readDestinations(pdf);
  return {
    pdf,
    destinations,
    // The body's folios count from 1 on its first page (print-css.ts), so a page's folio is its index + 1.
    pageOf: (anchor) => {
      const destination = destinations.get(anchor);
      return destination === undefined ? '' : String(destination.page + 1);
    },
  };
}
