/**
 * Removes what an image file carries besides its picture, without touching the picture: the
 * compressed pixel data is copied byte for byte, so nothing is re-encoded and nothing degrades.
 *
 * Why strip at all: a department's phone photo carries EXIF with the GPS position where it was
 * taken, the phone's serial number and a thumbnail of the uncropped original; XMP and IPTC carry
 * names and editing history; PNG text chunks carry whatever a tool wrote. All of that would travel
 * into every exported Word and PDF file of a published report. What the picture needs to look
 * right stays: JFIF, the ICC colour profile (APP2 ICC_PROFILE / iCCP), Adobe's colour transform
 * (APP14), and PNG's transparency, gamma, chromaticity, sRGB, significant bits, background and
 * pixel density chunks.
 *
 * Returns null when the structure is not what the formats define (the caller then re-encodes the
 * decoded picture instead of guessing where the metadata is).
 */

export interface Stripped {
  /** The input itself when nothing was removed. */
  readonly bytes: Buffer;
  /** What was removed, for the record ("EXIF", "XMP", "PNG 文本" …); empty when nothing. */
  readonly removed: readonly string[];
}

/** JPEG APPn/COM segments that are metadata, by what they start with. Anything else APPn goes too. */
function jpegSegmentKind(marker: number, body: Buffer): 'keep' | string {
  const starts = (text: string): boolean => body.length >= text.length && body.toString('latin1', 0, text.length) === text;
  if (marker === 0xe0) return starts('JFIF\u0000') ? 'keep' : 'JFIF 缩略图';
  if (marker === 0xe1) return starts('Exif\u0000') ? 'EXIF' : 'XMP';
  if (marker === 0xe2) return starts('ICC_PROFILE\u0000') ? 'keep' : 'APP2';
  if (marker === 0xee) return 'keep'; // Adobe: says whether the data is YCbCr/YCCK, decoders need it.
  if (marker === 0xed) return 'IPTC';
  if (marker === 0xfe) return '注释';
  if (marker >= 0xe3 && marker <= 0xef) return `APP${marker - 0xe0}`;
  return 'keep';
}

export function stripJpegMetadata(input: Buffer): Stripped | null {
  if (input.length < 4 || input[0] !== 0xff || input[1] !== 0xd8) return null;
  const parts: Buffer[] = [input.subarray(0, 2)];
  const removed = new Set<string>();
  let at = 2;
  let inScan = false;
  let scanStart = 0;
  while (at < input.length) {
    if (inScan) {
      // Entropy-coded data: FF 00 is a stuffed byte, FF D0–D7 a restart marker; any other marker ends the scan.
      const ff = input.indexOf(0xff, at);
      if (ff < 0 || ff + 1 >= input.length) return null;
      const next = input[ff + 1] as number;
      if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) {
        at = ff + (next === 0xff ? 1 : 2);
        continue;
      }
      parts.push(input.subarray(scanStart, ff));
      inScan = false;
      at = ff;
      continue;
    }
    if (input[at] !== 0xff) return null;
    while (at < input.length && input[at] === 0xff && input[at + 1] === 0xff) at += 1; // fill bytes
    const marker = input[at + 1];
    if (marker === undefined) return null;
    if (marker === 0xd9) {
      // EOI: whatever follows (a phone's gain map, a second picture, appended junk) is not the picture.
      parts.push(input.subarray(at, at + 2));
      if (at + 2 < input.length) removed.add('文件尾部附加数据');
      const bytes = removed.size === 0 ? input : Buffer.concat(parts);
      return { bytes, removed: [...removed] };
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) return null;
    if (at + 4 > input.length) return null;
    const length = input.readUInt16BE(at + 2);
    const end = at + 2 + length;
    if (length < 2 || end > input.length) return null;
    const kind = jpegSegmentKind(marker, input.subarray(at + 4, end));
    if (kind === 'keep') parts.push(input.subarray(at, end));
    else removed.add(kind);
    at = end;
    if (marker === 0xda) {
      inScan = true;
      scanStart = at;
    }
  }
  return null;
}

/** PNG chunks a picture needs (critical ones, and ancillary ones that change how it looks). */
const PNG_KEEP = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'bKGD', 'pHYs', 'cICP']);
const PNG_KIND: Readonly<Record<string, string>> = { tEXt: 'PNG 文本', zTXt: 'PNG 文本', iTXt: 'PNG 文本', eXIf: 'EXIF', tIME: 'PNG 时间', acTL: '动画帧', fcTL: '动画帧', fdAT: '动画帧' };

export function stripPngMetadata(input: Buffer): Stripped | null {
  if (input.length < 8) return null;
  const parts: Buffer[] = [input.subarray(0, 8)];
  const removed = new Set<string>();
  let at = 8;
  while (at + 12 <= input.length) {
    const length = input.readUInt32BE(at);
    const type = input.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    if (!/^[A-Za-z]{4}$/.test(type) || end > input.length) return null;
    const critical = type.charCodeAt(0) < 0x61;
    if (PNG_KEEP.has(type)) parts.push(input.subarray(at, end));
    else if (critical) return null; // an unknown critical chunk cannot be dropped safely
    else removed.add(PNG_KIND[type] ?? `PNG ${type}`);
    at = end;
    if (type === 'IEND') {
      if (at < input.length) removed.add('文件尾部附加数据');
      return { bytes: removed.size === 0 ? input : Buffer.concat(parts), removed: [...removed] };
    }
  }
  return null;
}
