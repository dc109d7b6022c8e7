/**
 * Named destinations read straight from Chromium's PDF bytes, without parsing the whole document:
 * the cross-reference table gives the offsets of the few objects needed (trailer → catalog → page
 * tree → /Dests), so this takes milliseconds where a full parse of a 20 MB body with 72 photos takes
 * a few hundred. The export then prints the front matter while pdf-lib parses the body.
 *
 * It reads only what Skia writes (PDF 1.4: one classic xref table, plain dictionaries, /Dests in the
 * catalog); anything else returns null, and the caller falls back to pdf-lib (pdf-destinations.ts).
 */
import type { Destination } from './pdf-destinations';

type PdfValue = number | string | PdfRef | PdfName | PdfValue[] | Map<string, PdfValue> | null;

class PdfRef {
  constructor(readonly num: number) {}
}

class PdfName {
  constructor(readonly name: string) {}
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

class Reader {
  constructor(
    private readonly bytes: Uint8Array,
    public at: number,
  ) {}

  private skipSpace(): void {
    while (this.at < this.bytes.length) {
      const byte = this.bytes[this.at] as number;
      if (WHITESPACE.has(byte)) this.at += 1;
      else if (byte === 0x25) while (this.at < this.bytes.length && this.bytes[this.at] !== 0x0a && this.bytes[this.at] !== 0x0d) this.at += 1;
      else break;
    }
  }

  private word(): string {
    const start = this.at;
    while (this.at < this.bytes.length && !WHITESPACE.has(this.bytes[this.at] as number) && !DELIMITERS.has(this.bytes[this.at] as number)) this.at += 1;
    return String.fromCharCode(...this.bytes.subarray(start, this.at));
  }

  private peekIs(text: string): boolean {
    for (let i = 0; i < text.length; i += 1) if (this.bytes[this.at + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  /** A literal string ( … ) with nested parentheses and escapes; its text is not needed. */
  private skipLiteral(): void {
    let depth = 0;
    while (this.at < this.bytes.length) {
      const byte = this.bytes[this.at] as number;
      this.at += 1;
      if (byte === 0x5c) this.at += 1;
      else if (byte === 0x28) depth += 1;
      else if (byte === 0x29 && --depth === 0) return;
    }
  }

  value(): PdfValue {
    this.skipSpace();
    const byte = this.bytes[this.at];
    if (byte === undefined) throw new Error('end of data');
    if (byte === 0x2f) {
      this.at += 1;
      return new PdfName(this.word().replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
    }
    if (this.peekIs('<<')) {
      this.at += 2;
      const dict = new Map<string, PdfValue>();
      for (;;) {
        this.skipSpace();
        if (this.peekIs('>>')) {
          this.at += 2;
          return dict;
        }
        const key = this.value();
        if (!(key instanceof PdfName)) throw new Error('dictionary key is not a name');
        dict.set(key.name, this.value());
      }
    }
    if (byte === 0x5b) {
      this.at += 1;
      const array: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (this.bytes[this.at] === 0x5d) {
          this.at += 1;
          return array;
        }
        array.push(this.value());
      }
    }
    if (byte === 0x28) {
      this.skipLiteral();
      return '';
    }
    if (byte === 0x3c) {
      const end = this.bytes.indexOf(0x3e, this.at);
      if (end < 0) throw new Error('unterminated hex string');
      this.at = end + 1;
      return '';
    }
    const token = this.word();
    if (token === '') throw new Error(`unexpected byte ${byte}`);
    if (token === 'null') return null;
    if (token === 'true' || token === 'false') return token;
    const number = Number(token);
    if (!Number.isFinite(number)) throw new Error(`unexpected token ${token}`);
    // `n g R` is a reference: look ahead without consuming when it is not.
    const mark = this.at;
    this.skipSpace();
    const generation = this.word();
    this.skipSpace();
    if (/^\d+$/.test(generation) && this.bytes[this.at] === 0x52 /* R */) {
      this.at += 1;
      return new PdfRef(number);
    }
    this.at = mark;
    return number;
  }

  expectObjectHeader(num: number): void {
    this.skipSpace();
    const found = Number(this.word());
    this.skipSpace();
    this.word();
    this.skipSpace();
    if (found !== num || this.word() !== 'obj') throw new Error(`object ${num} not at its offset`);
  }
}

/** Offsets of in-use objects from the classic xref table at `startxref`. */
function readXref(bytes: Uint8Array): Map<number, number> {
  const tail = String.fromCharCode(...bytes.subarray(Math.max(0, bytes.length - 64)));
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (start === null) throw new Error('no startxref');
  let at = Number(start[1]);
  const text = (from: number, length: number): string => String.fromCharCode(...bytes.subarray(from, from + length));
  if (text(at, 4) !== 'xref') throw new Error('not a classic xref table');
  at += 4;
  const offsets = new Map<number, number>();
  for (;;) {
    while (WHITESPACE.has(bytes[at] as number)) at += 1;
    const header = /^(\d+) (\d+)/.exec(text(at, 32));
    if (header === null) break;
    at += header[0].length;
    while (WHITESPACE.has(bytes[at] as number)) at += 1;
    const first = Number(header[1]);
    const count = Number(header[2]);
    for (let i = 0; i < count; i += 1, at += 20) {
      const entry = text(at, 18);
      if (entry[17] === 'n') offsets.set(first + i, Number(entry.slice(0, 10)));
    }
  }
  return offsets;
}

export function quickDestinations(bytes: Uint8Array): Map<string, Destination> | null {
  try {
    const offsets = readXref(bytes);
    const trailerStart = findLast(bytes, 'trailer', bytes.length - 1);
    const trailer = new Reader(bytes, trailerStart + 'trailer'.length).value();
    const object = (value: PdfValue): PdfValue => {
      if (!(value instanceof PdfRef)) return value;
      const offset = offsets.get(value.num);
      if (offset === undefined) throw new Error(`object ${value.num} missing`);
      const reader = new Reader(bytes, offset);
      reader.expectObjectHeader(value.num);
      return reader.value();
    };
    const dict = (value: PdfValue): Map<string, PdfValue> => {
      const resolved = object(value);
      if (!(resolved instanceof Map)) throw new Error('not a dictionary');
      return resolved;
    };
    const catalog = dict(asMap(trailer).get('Root') ?? null);
    // Pages in order: a depth-first walk of the page tree.
    const pageIndex = new Map<number, number>();
    const walk = (ref: PdfValue, depth: number): void => {
      if (!(ref instanceof PdfRef) || depth > 32) throw new Error('bad page tree');
      const node = dict(ref);
      const kids = node.get('Kids');
      if (Array.isArray(kids)) kids.forEach((kid) => walk(kid, depth + 1));
      else pageIndex.set(ref.num, pageIndex.size);
    };
    walk(catalog.get('Pages') ?? null, 0);
    const dests = catalog.get('Dests');
    const out = new Map<string, Destination>();
    if (dests === undefined) return catalog.has('Names') ? null : out;
    for (const [name, value] of dict(dests)) {
      const array = object(value);
      if (!Array.isArray(array) || !(array[0] instanceof PdfRef)) continue;
      const page = pageIndex.get(array[0].num);
      if (page === undefined) continue;
      const top = array[3];
      out.set(name, { page, top: typeof top === 'number' ? top : Number.NaN });
    }
    return out;
  } catch {
    return null;
  }
}

function asMap(value: PdfValue): Map<string, PdfValue> {
  if (!(value instanceof Map)) throw new Error('trailer is not a dictionary');
  return value;
}

/** Offset of the last occurrence of `text` at or before `before`. */
function findLast(bytes: Uint8Array, text: string, before: number): number {
  for (let at = Math.min(before, bytes.length - text.length); at >= 0; at -= 1) {
    let match = true;
    for (let i = 0; i < text.length && match; i += 1) match = bytes[at + i] === text.charCodeAt(i);
    if (match) return at;
  }
  throw new Error(`${text} not found`);
}
