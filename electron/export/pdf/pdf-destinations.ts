/**
 * Named destinations of a PDF that Chromium printed: anchor → page and height on the page. Chromium
 * writes one for every element id a link in the document points at (PDF 1.1 style: a /Dests
 * dictionary in the catalog, each value [page /XYZ left top zoom]); the name-tree form of later PDF
 * versions is read too, in case a build writes that instead.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, PDFString, PDFHexString, type PDFDocument, type PDFObject } from '@cantoo/pdf-lib';

export interface Destination {
  /** Page index, 0-based, in the document it was read from. */
  readonly page: number;
  /** Distance of the target's top from the bottom of the page, in points (PDF user space). */
  readonly top: number;
}

function readDestination(doc: PDFDocument, value: PDFObject | undefined, pageIndex: ReadonlyMap<PDFRef, number>): Destination | undefined {
  let resolved = value instanceof PDFRef ? doc.context.lookup(value) : value;
  // A destination may also be wrapped as << /D [...] >>.
  if (resolved instanceof PDFDict) resolved = resolved.lookup(PDFName.of('D'));
  if (!(resolved instanceof PDFArray) || resolved.size() < 1) return undefined;
  const target = resolved.get(0);
  const page = target instanceof PDFRef ? pageIndex.get(target) : undefined;
  if (page === undefined) return undefined;
  const top = resolved.size() >= 4 ? resolved.lookup(3) : undefined;
  return { page, top: top instanceof PDFNumber ? top.asNumber() : Number.NaN };
}

function nameTreeEntries(doc: PDFDocument, node: PDFDict, into: [string, PDFObject | undefined][], depth = 0): void {
  if (depth > 32) return;
  const names = node.lookup(PDFName.of('Names'));
  if (names instanceof PDFArray) {
    for (let i = 0; i + 1 < names.size(); i += 2) {
      const key = names.lookup(i);
      if (key instanceof PDFString || key instanceof PDFHexString) into.push([key.decodeText(), names.get(i + 1)]);
    }
  }
  const kids = node.lookup(PDFName.of('Kids'));
  if (kids instanceof PDFArray) {
    for (let i = 0; i < kids.size(); i += 1) {
      const kid = kids.lookup(i);
      if (kid instanceof PDFDict) nameTreeEntries(doc, kid, into, depth + 1);
    }
  }
}

/** Page object → index, for resolving destinations. */
export function pageIndexByRef(doc: PDFDocument): Map<PDFRef, number> {
  return new Map(doc.getPages().map((page, index) => [page.ref, index]));
}

export function readDestinations(doc: PDFDocument): Map<string, Destination> {
  const pageIndex = pageIndexByRef(doc);
  const raw: [string, PDFObject | undefined][] = [];
  const dests = doc.catalog.lookup(PDFName.of('Dests'));
  if (dests instanceof PDFDict) {
    for (const [key, value] of dests.entries()) raw.push([key.decodeText(), value]);
  }
  const names = doc.catalog.lookup(PDFName.of('Names'));
  const tree = names instanceof PDFDict ? names.lookup(PDFName.of('Dests')) : undefined;
  if (tree instanceof PDFDict) nameTreeEntries(doc, tree, raw);
  const out = new Map<string, Destination>();
  for (const [name, value] of raw) {
    const destination = readDestination(doc, value, pageIndex);
    if (destination !== undefined) out.set(name, destination);
  }
  return out;
}
