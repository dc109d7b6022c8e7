/**
 * Puts the printed parts together: the front matter's pages (cover, statement, 目录, lists) in front
 * of the body's, one set of named destinations for both, bookmarks, page labels and document
 * information. The body is the large part (all the images), so it is the document we add to; only
 * the few front pages are copied.
 *
 * The front's links name body anchors (Chromium wrote them against hidden stubs); once the body's
 * destinations are the document's, those links lead to the body pages.
 */
import { PDFArray, PDFDict, PDFName, PDFRef, type PDFDocument } from '@cantoo/pdf-lib';
import type { OutlineItem } from './pdf-outline';
import { writeOutline } from './pdf-outline';
import { writePageLabels, type PageLabelRange } from './page-labels';

export interface DocumentInfo {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
}

export interface AssembleInput {
  /** The body, already loaded (its destinations gave the page numbers). */
  readonly body: PDFDocument;
  /** The front matter, or null when every front part is switched off. */
  readonly front: PDFDocument | null;
  /** Anchors that belong to the front matter: their destinations are taken from the front part. */
  readonly frontAnchors: readonly string[];
  readonly bookmarks: readonly OutlineItem[];
  /** Labels of the front pages, relative to the front part. */
  readonly frontLabels: readonly PageLabelRange[];
  /** Whether pages after the front part are body pages, labelled 1, 2, … */
  readonly bodyLabels: boolean;
  readonly info: DocumentInfo;
}

function destsDict(doc: PDFDocument): PDFDict {
  const existing = doc.catalog.lookup(PDFName.of('Dests'));
  if (existing instanceof PDFDict) return existing;
  const dict = doc.context.obj({}) as PDFDict;
  doc.catalog.set(PDFName.of('Dests'), doc.context.register(dict));
  return dict;
}

/** The front's destination arrays, rebuilt in the body's document on the copied pages. */
function frontDestinations(body: PDFDocument, front: PDFDocument, anchors: readonly string[], copies: readonly PDFRef[]): Map<string, PDFArray> {
  const out = new Map<string, PDFArray>();
  const dests = front.catalog.lookup(PDFName.of('Dests'));
  if (!(dests instanceof PDFDict)) return out;
  const indexOf = new Map(front.getPages().map((page, index) => [page.ref, index]));
  for (const anchor of anchors) {
    const value = dests.lookup(PDFName.of(anchor));
    if (!(value instanceof PDFArray) || value.size() < 2) continue;
    const target = value.get(0);
    const copy = target instanceof PDFRef ? copies[indexOf.get(target) ?? -1] : undefined;
    if (copy === undefined) continue;
    // The rest of the array is /XYZ and numbers: direct values that need no copying.
    const moved = body.context.obj([]) as PDFArray;
    moved.push(copy);
    for (let i = 1; i < value.size(); i += 1) moved.push(value.get(i));
    out.set(anchor, moved);
  }
  return out;
}

/** Assembles in place into `input.body` and returns the number of pages. */
export async function assemblePdf(input: AssembleInput): Promise<number> {
  const { body, front } = input;
  let frontPages = 0;
  if (front !== null) {
    const copies = await body.copyPages(front, front.getPageIndices());
    copies.forEach((page, index) => body.insertPage(index, page));
    frontPages = copies.length;
    const dests = destsDict(body);
    for (const [anchor, array] of frontDestinations(body, front, input.frontAnchors, copies.map((p) => p.ref))) dests.set(PDFName.of(anchor), array);
  }
  const known = destsDict(body);
  writeOutline(
    body,
    input.bookmarks.filter((item) => known.has(PDFName.of(item.destination))),
  );
  writePageLabels(body, input.bodyLabels ? [...input.frontLabels, { start: frontPages, style: 'decimal' }] : input.frontLabels);
  body.setTitle(input.info.title, { showInWindowTitleBar: true });
  body.setAuthor(input.info.author);
  body.setSubject(input.info.subject);
  body.setCreator('ReportWorks 年报工坊');
  body.setLanguage('zh-CN');
  body.setCreationDate(new Date());
  body.setModificationDate(new Date());
  return body.getPageCount();
}
