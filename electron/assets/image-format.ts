/**
 * What an image file really is, from its first bytes: the gate (prepare-image.ts) allows by the
 * decoded format, never by the name's extension, and names what it refuses. sharp's metadata()
 * then confirms the sniffed format; the two must agree.
 */
import { PNG_SIGNATURE, startsWithBytes } from '../files/file-kind';

/** Stored as they are (within limits): what Word, WPS, LibreOffice and Chromium all show. */
export type KeptFormat = 'png' | 'jpeg';
/** Decoded and stored as lossless PNG: browsers and phones produce them, Word handles them badly. */
export type ConvertedFormat = 'gif' | 'webp' | 'tiff';
/** Known, but refused with a reason (see REFUSED_FORMAT_TEXT in prepare-image.ts). */
export type RefusedFormat = 'svg' | 'heif' | 'bmp' | 'emf' | 'wmf' | 'pdf';
export type SniffedFormat = KeptFormat | ConvertedFormat | RefusedFormat;


const startsWith = (bytes: Buffer, text: string, at = 0): boolean => bytes.length >= at + text.length && bytes.toString('latin1', at, at + text.length) === text;

/** An SVG is XML text whose first element is <svg>, possibly after a BOM, a prolog, comments, a doctype. */
function looksLikeSvg(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '');
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head);
}

export function sniffImageFormat(bytes: Buffer): SniffedFormat | null {
  if (startsWithBytes(bytes, PNG_SIGNATURE)) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a')) return 'gif';
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return 'webp';
  if (startsWith(bytes, 'II*\u0000') || startsWith(bytes, 'MM\u0000*')) return 'tiff';
  if (startsWith(bytes, 'ftyp', 4)) return 'heif';
  if (startsWith(bytes, 'BM') && bytes.length >= 26) return 'bmp';
  if (bytes.length >= 44 && bytes.readUInt32LE(0) === 1 && startsWith(bytes, ' EMF', 40)) return 'emf';
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x9ac6cdd7) return 'wmf';
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  if (looksLikeSvg(bytes)) return 'svg';
  return null;
}

export const isKeptFormat = (format: SniffedFormat): format is KeptFormat => format === 'png' || format === 'jpeg';
export const isConvertedFormat = (format: SniffedFormat): format is ConvertedFormat => format === 'gif' || format === 'webp' || format === 'tiff';
