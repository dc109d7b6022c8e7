/**
 * What a file is, told by its first bytes, never by its name: a .docx renamed from a PDF, an Excel
 * 97–2003 workbook saved as .xlsx or a project handed in as a package must each be named for what
 * they are. One table of signatures for every reader that refuses a file (Word drafts and reports,
 * workbooks, merge's incoming files); images have their own finer sniffing in
 * ../assets/image-format.ts, which reuses the PNG signature from here.
 */
import fs from 'node:fs';

/**
 * - zip: a ZIP archive (.docx, .xlsx, anything Office Open XML);
 * - cfb: a Compound File Binary (Word/Excel 97–2003, and Office files encrypted with a password);
 * - pdf, png, sqlite: as named.
 */
export type FileKind = 'zip' | 'cfb' | 'pdf' | 'png' | 'sqlite';

/** Enough bytes for every signature below. */
export const FILE_HEAD_BYTES = 16;

export const PNG_SIGNATURE: Uint8Array = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const SIGNATURES: readonly (readonly [FileKind, Uint8Array])[] = [
  ['zip', Uint8Array.from([0x50, 0x4b, 0x03, 0x04])],
  ['cfb', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
  ['pdf', Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d])], // %PDF-
  ['png', PNG_SIGNATURE],
  ['sqlite', new TextEncoder().encode('SQLite format 3\u0000')],
];

export function startsWithBytes(bytes: Uint8Array, signature: Uint8Array): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}

/** The kind of file whose first bytes these are, or null when none of ours. */
export function fileKindOf(head: Uint8Array): FileKind | null {
  return SIGNATURES.find(([, signature]) => startsWithBytes(head, signature))?.[0] ?? null;
}

/** The first `length` bytes of a file (fewer if it is shorter). Throws what fs throws. */
export function readFileHead(file: string, length = FILE_HEAD_BYTES): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(length);
    return head.subarray(0, fs.readSync(fd, head, 0, length, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** {@link fileKindOf} of a file on disk; null when it cannot be read (the caller reports the path). */
export function sniffFileKind(file: string): FileKind | null {
  try {
    return fileKindOf(readFileHead(file));
  } catch {
    return null;
  }
}
