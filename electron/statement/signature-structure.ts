/**
 * Finds the one signature of a PDF through its structure (catalog → /AcroForm → signature field →
 * its /V dictionary), never by searching the file for /ByteRange text, and checks that the bytes
 * it leaves unsigned are exactly its /Contents hex string.
 *
 * Why so strict: everything outside the ByteRange gap is covered by the digest, so once the gap
 * holds nothing but hex digits between `<` and `>`, and the ranges run from byte 0 to the end of
 * the file, the file is byte for byte what the signer signed except for the signature value. Any
 * looser rule leaves room to hide objects in the gap (issue: trust boundary, item 1).
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFDocument, type PDFObject } from '@cantoo/pdf-lib';

export interface Problem {
  readonly zh: string;
  readonly en: string;
}

export interface LocatedSignature {
  /** [0, a, b, c]: bytes 0..a and b..b+c are signed; a..b is the `<hex>` string. */
  readonly byteRange: readonly [number, number, number, number];
  /** The hex digits of /Contents, without the delimiters (upper or lower case as written). */
  readonly contentsHex: string;
  readonly dictionary: PDFDict;
  /**
   * Ambiguities that do not hide where the signature is (a key or the object written twice):
   * failures, but the digest and signature are still checked and reported beside them.
   */
  readonly problems: readonly Problem[];
}

export type SignatureLocation =
  | { readonly kind: 'none' }
  | { readonly kind: 'found'; readonly signature: LocatedSignature }
  /** A signature is there but malformed: `problem` is the ✘ line; `dictionary` when one was found. */
  | { readonly kind: 'invalid'; readonly problem: Problem; readonly dictionary: PDFDict | null };

/** Deep enough for any real form; a loop of /Kids (hostile file) stops here too. */
const MAX_FIELD_DEPTH = 16;

/** The /V of every signature field (its /FT inherited from a parent where it is not its own). */
function signatureValues(doc: PDFDocument): { ref: PDFRef | null; value: PDFObject }[] {
  const acroForm = doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  const fields = acroForm?.lookupMaybe(PDFName.of('Fields'), PDFArray);
  if (fields === undefined) return [];
  const found: { ref: PDFRef | null; value: PDFObject }[] = [];
  const seen = new Set<string>();
  const walk = (entries: PDFArray, inheritedType: PDFObject | undefined, depth: number): void => {
    if (depth > MAX_FIELD_DEPTH) return;
    for (let i = 0; i < entries.size(); i += 1) {
      const entry = entries.get(i);
      if (entry instanceof PDFRef) {
        if (seen.has(entry.toString())) continue;
        seen.add(entry.toString());
      }
      const field = doc.context.lookup(entry);
      if (!(field instanceof PDFDict)) continue;
      const type = field.get(PDFName.of('FT')) ?? inheritedType;
      const value = field.get(PDFName.of('V'));
      if (value !== undefined && type instanceof PDFName && type.asString() === '/Sig') {
        found.push({ ref: value instanceof PDFRef ? value : null, value });
      }
      const kids = field.lookupMaybe(PDFName.of('Kids'), PDFArray);
      if (kids !== undefined) walk(kids, type, depth + 1);
    }
  };
  walk(fields, undefined, 0);
  return found;
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const HEX_DIGITS = /^[0-9A-Fa-f]*$/;

/**
 * The top-level keys /ByteRange and /Contents of the dictionary starting at `start`, each with
 * the offset where its value begins. A small tokenizer: strings, comments and nested dictionaries
 * are skipped so that text inside them cannot count as a key.
 */
function topLevelEntries(pdf: Buffer, start: number, end: number): { name: string; valueAt: number }[] {
  const entries: { name: string; valueAt: number }[] = [];
  let depth = 0;
  let pending: string | null = null;
  let i = start;
  while (i < end) {
    const byte = pdf[i] as number;
    if (WHITESPACE.has(byte)) {
      i += 1;
      continue;
    }
    if (pending !== null) {
      entries.push({ name: pending, valueAt: i });
      pending = null;
    }
    if (byte === 0x25 /* % */) {
      while (i < end && pdf[i] !== 0x0a && pdf[i] !== 0x0d) i += 1;
    } else if (byte === 0x28 /* ( */) {
      let nesting = 0;
      for (; i < end; i += 1) {
        const c = pdf[i];
        if (c === 0x5c /* \ */) i += 1;
        else if (c === 0x28) nesting += 1;
        else if (c === 0x29 && --nesting === 0) break;
      }
      i += 1;
    } else if (byte === 0x3c /* < */ && pdf[i + 1] === 0x3c) {
      depth += 1;
      i += 2;
    } else if (byte === 0x3e /* > */ && pdf[i + 1] === 0x3e) {
      depth -= 1;
      i += 2;
      if (depth === 0) break;
    } else if (byte === 0x3c) {
      while (i < end && pdf[i] !== 0x3e) i += 1;
      i += 1;
    } else if (byte === 0x2f /* / */) {
      let j = i + 1;
      while (j < end && !WHITESPACE.has(pdf[j] as number) && !DELIMITERS.has(pdf[j] as number)) j += 1;
      const name = pdf.subarray(i, j).toString('latin1');
      if (depth === 1 && (name === '/ByteRange' || name === '/Contents')) pending = name;
      i = j;
    } else {
      i += 1;
    }
  }
  return entries;
}

function fail(zh: string, en: string, dictionary: PDFDict | null = null): SignatureLocation {
  return { kind: 'invalid', problem: { zh, en }, dictionary };
}

/** The offset just after the last `N G obj` header that starts before `offset`, with its numbers. */
function enclosingObject(pdf: Buffer, offset: number): { objectNumber: number; generation: number; bodyAt: number } | null {
  // Headers are searched in a window before the gap: the signature dictionary's keys before
  // /Contents are short, so a header further away belongs to another object.
  const from = Math.max(0, offset - 65_536);
  const text = pdf.subarray(from, offset).toString('latin1');
  const headers = [...text.matchAll(/(?:^|[\s>])(\d+)\s+(\d+)\s+obj\b/g)];
  const last = headers.at(-1);
  if (last === undefined || last.index === undefined) return null;
  return { objectNumber: Number(last[1]), generation: Number(last[2]), bodyAt: from + last.index + last[0].length };
}

function countDefinitions(pdf: Buffer, ref: PDFRef): number {
  const pattern = new RegExp(`(?:^|[\\s>])${ref.objectNumber}\\s+${ref.generationNumber}\\s+obj\\b`, 'g');
  return [...pdf.toString('latin1').matchAll(pattern)].length;
}

function byteRangeOf(dictionary: PDFDict): [number, number, number, number] | null {
  const array = dictionary.lookupMaybe(PDFName.of('ByteRange'), PDFArray);
  if (array === undefined || array.size() !== 4) return null;
  const numbers = array.asArray().map((item) => (item instanceof PDFNumber ? item.asNumber() : Number.NaN));
  if (!numbers.every((n) => Number.isSafeInteger(n) && n >= 0)) return null;
  return numbers as [number, number, number, number];
}

/** Signature data the structure does not lead to: a sign of a file rewritten after signing. */
function strayByteRange(pdf: Buffer): boolean {
  return /\/ByteRange\s*\[/.test(pdf.toString('latin1'));
}

export function locateSignature(pdf: Buffer, doc: PDFDocument): SignatureLocation {
  const values = signatureValues(doc);
  if (values.length === 0) {
    return strayByteRange(pdf)
      ? fail('文件含有签名数据，但没有签名域指向它（签名后文件结构被改动过）', 'the file holds signature data that no signature field points to (its structure was changed after signing)')
      : { kind: 'none' };
  }
  if (values.length > 1) {
    return fail(
      `文件有 ${values.length} 个已签名的签名域；本软件签发的文件只有一个签名，多出的签名说明文件在签名后被追加或改动`,
      `the file has ${values.length} signed signature fields; ReportWorks signs once, so another signature means it was extended or changed after signing`,
    );
  }
  const [{ ref, value }] = values as [{ ref: PDFRef | null; value: PDFObject }];
  const dictionary = doc.context.lookup(value);
  if (!(dictionary instanceof PDFDict)) return fail('签名域的值不是签名字典', 'the signature field’s value is not a signature dictionary');
  if (ref === null) return fail('签名字典不是独立对象，无法核对其字节', 'the signature dictionary is not an indirect object, so its bytes cannot be checked', dictionary);

  const range = byteRangeOf(dictionary);
  const contents = dictionary.get(PDFName.of('Contents'));
  if (range === null) return fail('签名的 /ByteRange 缺失或格式不对（应为四个非负整数）', 'the signature’s /ByteRange is missing or malformed (four non-negative integers expected)', dictionary);
  if (!(contents instanceof PDFHexString)) return fail('签名的 /Contents 缺失或不是十六进制字符串', 'the signature’s /Contents is missing or not a hex string', dictionary);
  const [start, a, b, c] = range;
  if (start !== 0) return fail('签名范围不从文件开头开始（/ByteRange 首项不为 0）：开头部分未受签名保护', 'the signed range does not start at the beginning of the file (/ByteRange does not start with 0)', dictionary);
  if (!(a < b && b <= pdf.length) || b + c !== pdf.length) {
    return fail('签名未覆盖整个文件：签名后文件被追加或改动过（/ByteRange 未到文件末尾）', 'the signature does not cover the whole file: it was extended or changed after signing (/ByteRange does not reach the end)', dictionary);
  }
  const gap = pdf.subarray(a, b).toString('latin1');
  const inner = gap.slice(1, -1);
  if (!gap.startsWith('<') || !gap.endsWith('>') || !HEX_DIGITS.test(inner) || inner.length % 2 !== 0) {
    return fail('签名范围之间的未签名部分不只是签名值：其中插入了其他内容', 'the unsigned gap between the signed ranges holds more than the signature value: something was inserted there', dictionary);
  }
  if (contents.asString().replace(/\s/g, '').toLowerCase() !== inner.toLowerCase()) {
    return fail('签名的 /Contents 与签名范围之间的字节不一致', 'the signature’s /Contents is not the string between the signed ranges', dictionary);
  }

  // The gap must be the /Contents value of this very dictionary, written once, in one object.
  const object = enclosingObject(pdf, a);
  if (object === null || object.objectNumber !== ref.objectNumber || object.generation !== ref.generationNumber) {
    return fail('签名值不在签名字典所在的对象中', 'the signature value does not lie inside the signature dictionary’s object', dictionary);
  }
  const problems: Problem[] = [];
  if (countDefinitions(pdf, ref) !== 1) {
    problems.push({ zh: '签名字典在文件中被定义了不止一次', en: 'the signature dictionary is defined more than once in the file' });
  }
  const dictStart = pdf.indexOf('<<', object.bodyAt, 'latin1');
  const entries = dictStart < 0 || dictStart > a ? [] : topLevelEntries(pdf, dictStart, pdf.length);
  const byteRanges = entries.filter((e) => e.name === '/ByteRange');
  const contentEntries = entries.filter((e) => e.name === '/Contents');
  if (!contentEntries.some((e) => e.valueAt === a)) {
    return fail('签名范围之间的字节不是签名字典的 /Contents 值', 'the bytes between the signed ranges are not the signature dictionary’s /Contents value', dictionary);
  }
  if (byteRanges.length !== 1 || contentEntries.length !== 1) {
    problems.push({
      zh: `签名字典中 /ByteRange 出现 ${byteRanges.length} 次、/Contents 出现 ${contentEntries.length} 次（各应恰好一次）`,
      en: `the signature dictionary has ${byteRanges.length} /ByteRange and ${contentEntries.length} /Contents entries (exactly one each expected)`,
    });
  }
  return { kind: 'found', signature: { byteRange: [start, a, b, c], contentsHex: inner, dictionary, problems } };
}

/** The /M date of the signature dictionary, when present and readable. */
export function signatureDictionaryTime(dictionary: PDFDict): Date | null {
  const value = dictionary.get(PDFName.of('M'));
  if (!(value instanceof PDFString || value instanceof PDFHexString)) return null;
  try {
    return value.decodeDate();
  } catch {
    return null;
  }
}
