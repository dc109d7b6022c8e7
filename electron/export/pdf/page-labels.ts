/**
 * Page labels: what a viewer shows as the page "number" in its toolbar, so that typing 12 goes to
 * the page printed “— 12 —”. Unnumbered front pages are labelled by name, the front matter in roman
 * numerals, the body from 1 (PDF /PageLabels number tree).
 */
import { PDFDict, PDFHexString, PDFName, PDFNumber, type PDFDocument } from '@cantoo/pdf-lib';

export type PageLabelRange =
  | { readonly start: number; readonly style: 'named'; readonly name: string }
  | { readonly start: number; readonly style: 'roman' | 'decimal' };

export function writePageLabels(doc: PDFDocument, ranges: readonly PageLabelRange[]): void {
  const nums: (PDFNumber | PDFDict)[] = [];
  let last = -1;
  for (const range of ranges) {
    if (range.start <= last) continue;
    last = range.start;
    const label = doc.context.obj({}) as PDFDict;
    if (range.style === 'named') label.set(PDFName.of('P'), PDFHexString.fromText(range.name));
    else label.set(PDFName.of('S'), PDFName.of(range.style === 'roman' ? 'R' : 'D'));
    nums.push(PDFNumber.of(range.start), label);
  }
  if (nums.length === 0) return;
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: nums }));
}
