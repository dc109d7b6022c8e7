/**
 * Just enough of the zip format to rewrite the package docx produced: read its entries WITHOUT
 * inflating them (central directory → local data), and write entries whose sizes and CRC are known
 * up front, so every local header carries them (no data descriptors, which some strict readers
 * dislike). Only what .docx packages use: no ZIP64, no encryption, no multi-disk archives.
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;

export const STORED = 0;
export const DEFLATED = 8;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly dosTime: number;
  readonly dosDate: number;
  /** The entry's data as stored in the archive (deflated when `method` is DEFLATED). */
  readonly data: Uint8Array;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentral(bytes: Uint8Array, dv: DataView): number {
  // The record is 22 bytes plus a comment of up to 65535 bytes, at the very end.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (dv.getUint32(at, true) === END_OF_CENTRAL) return at;
  }
  throw new Error('not a zip file (no end of central directory)');
}

export function readZipEntries(bytes: Uint8Array): ZipEntry[] {
  const dv = view(bytes);
  const end = findEndOfCentral(bytes, dv);
  const count = dv.getUint16(end + 10, true);
  let at = dv.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (dv.getUint32(at, true) !== CENTRAL_HEADER) throw new Error('damaged zip central directory');
    const method = dv.getUint16(at + 10, true);
    const dosTime = dv.getUint16(at + 12, true);
    const dosDate = dv.getUint16(at + 14, true);
    const crc = dv.getUint32(at + 16, true);
    const compressed = dv.getUint32(at + 20, true);
    const size = dv.getUint32(at + 24, true);
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    const local = dv.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (dv.getUint32(local, true) !== LOCAL_HEADER) throw new Error(`damaged zip entry ${name}`);
    const dataStart = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
    entries.push({ name, method, crc, size, dosTime, dosDate, data: bytes.subarray(dataStart, dataStart + compressed) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Writes a zip archive entry by entry to `sink`; call {@link finish} once at the end. */
export class ZipWriter {
  private offset = 0;
  private readonly central: Uint8Array[] = [];
  private readonly encoder = new TextEncoder();

  constructor(private readonly sink: (chunk: Uint8Array) => void) {}

  add(entry: ZipEntry): void {
    const name = this.encoder.encode(entry.name);
    // Bit 11: the name is UTF-8 (only matters for non-ASCII names, which docx packages do not have).
    const flags = /^[\x20-\x7e]*$/.test(entry.name) ? 0 : 0x0800;
    const local = new Uint8Array(30 + name.length);
    const dv = view(local);
    dv.setUint32(0, LOCAL_HEADER, true);
    dv.setUint16(4, 20, true);
    dv.setUint16(6, flags, true);
    dv.setUint16(8, entry.method, true);
    dv.setUint16(10, entry.dosTime, true);
    dv.setUint16(12, entry.dosDate, true);
    dv.setUint32(14, entry.crc, true);
    dv.setUint32(18, entry.data.length, true);
    dv.setUint32(22, entry.size, true);
    dv.setUint16(26, name.length, true);
    dv.setUint16(28, 0, true);
    local.set(name, 30);

    const header = new Uint8Array(46 + name.length);
    const cv = view(header);
    cv.setUint32(0, CENTRAL_HEADER, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint16(12, entry.dosTime, true);
    cv.setUint16(14, entry.dosDate, true);
    cv.setUint32(16, entry.crc, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, entry.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, this.offset, true);
    header.set(name, 46);
    this.central.push(header);

    this.sink(local);
    this.sink(entry.data);
    this.offset += local.length + entry.data.length;
  }

  finish(): void {
    const start = this.offset;
    let size = 0;
    for (const header of this.central) {
      this.sink(header);
      size += header.length;
    }
    const end = new Uint8Array(22);
    const dv = view(end);
    dv.setUint32(0, END_OF_CENTRAL, true);
    dv.setUint16(8, this.central.length, true);
    dv.setUint16(10, this.central.length, true);
    dv.setUint32(12, size, true);
    dv.setUint32(16, start, true);
    this.sink(end);
  }
}
