/**
 * Writes the final .docx package: docx's parts for everything around the body, the body XML spliced
 * into word/document.xml in place of each section's marker paragraph, one relationship per image,
 * and the images themselves.
 *
 * - XML parts are deflated by Node's native zlib (a tenth of the time docx's pure-JS deflate takes).
 * - Images are STORED as the project holds them: JPEG and PNG are compressed already, so deflating
 *   them again costs time and saves nothing. They are fetched and written one at a time, so memory
 *   holds one image and the XML, not all the pictures of the report.
 * - docx's parts come from its compiler (`Packer.compiler.compile`, which is not public API) when it
 *   is there and answers as expected; otherwise from `Packer.pack`'s zip, unzipped (the parts are
 *   small: the body is not in them). The tests write a report both ways and compare.
 */
import zlib from 'node:zlib';
import { Packer, type Document } from 'docx';
import { sectionMarker, type AssembledDocx } from './assemble';
import type { ImagePart } from './media';
import { fontTableXml } from './font-table';
import { escapeXmlAttribute } from '../../../shared/escape/xml-escape';
import { DEFLATED, readZipEntries, STORED, ZipWriter } from './zip-format';

export interface PackageHooks {
  /** Real bytes of an image by hash. */
  readonly imageBytes: (sha256: string) => Uint8Array;
  /** Called once docx has serialised the scaffold, before anything is written. */
  readonly onPacked?: () => void;
  /** Called before each image (for progress and cancelling). */
  readonly beforeImage?: (index: number, total: number) => void;
}

export type PackageParts = ReadonlyMap<string, string | Uint8Array>;

interface DocxCompiler {
  compile(file: Document): unknown;
}

/** docx's parts before zipping, or undefined when this docx version does not offer them. */
export function compileParts(document: Document): PackageParts | undefined {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  if (typeof compiler?.compile !== 'function') return undefined;
  const parts = compiler.compile(document);
  if (!(parts instanceof Map)) return undefined;
  for (const value of parts.values()) if (typeof value !== 'string' && !(value instanceof Uint8Array)) return undefined;
  return parts as PackageParts;
}

/** docx's parts through its public API: pack, then unzip. */
export async function packedParts(document: Document): Promise<PackageParts> {
  const parts = new Map<string, Uint8Array>();
  for (const entry of readZipEntries(await Packer.pack(document, 'uint8array'))) {
    parts.set(entry.name, entry.method === DEFLATED ? zlib.inflateRawSync(entry.data) : entry.data);
  }
  return parts;
}

const text = (part: string | Uint8Array | undefined, name: string): string => {
  if (part === undefined) throw new Error(`docx produced no ${name}`);
  return typeof part === 'string' ? part : Buffer.from(part).toString('utf8');
};

/**
 * Puts each section's body in place of its marker paragraph. The marker of every section but the
 * last carries that section's break (docx moves a section's properties into its last paragraph); it
 * stays as a one-point empty paragraph after the body. Keeping the break out of the body's own last
 * paragraph matters: when it shares a paragraph with the end of a TOC field, LibreOffice loses the
 * section's page numbers.
 */
export function spliceBody(documentXml: string, sectionXml: readonly string[]): string {
  let xml = documentXml;
  sectionXml.forEach((body, index) => {
    const marker = `<w:t xml:space="preserve">${sectionMarker(index)}</w:t>`;
    const at = xml.indexOf(marker);
    const start = xml.lastIndexOf('<w:p>', at);
    const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
    if (at < 0 || start < 0) throw new Error(`section marker ${index} not found`);
    const sectPr = /<w:sectPr[\s>][\s\S]*?<\/w:sectPr>/.exec(xml.slice(start, end))?.[0];
    const carrier = sectPr === undefined ? '' : `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>${sectPr}</w:pPr></w:p>`;
    xml = xml.slice(0, start) + body + carrier + xml.slice(end);
  });
  return xml;
}

const IMAGE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

function withImageRelationships(rels: string, images: readonly ImagePart[]): string {
  const added = images.map((i) => `<Relationship Id="${i.rId}" Type="${IMAGE_RELATIONSHIP}" Target="${escapeXmlAttribute(i.target)}"/>`).join('');
  return rels.replace('</Relationships>', `${added}</Relationships>`);
}

const MIME: Readonly<Record<string, string>> = { jpg: 'image/jpeg', png: 'image/png', gif: 'image/gif', bmp: 'image/bmp' };

/** docx declares the image types already; this only guards against a version that does not. */
function withImageTypes(types: string, images: readonly ImagePart[]): string {
  let xml = types;
  for (const ext of new Set(images.map((i) => i.target.slice(i.target.lastIndexOf('.') + 1)))) {
    if (!new RegExp(`Extension="${ext}"`, 'i').test(xml)) xml = xml.replace('</Types>', `<Default Extension="${ext}" ContentType="${MIME[ext] ?? 'application/octet-stream'}"/></Types>`);
  }
  return xml;
}

/** MS-DOS date and time, as zip headers store them. */
function dosDateTime(date: Date): { dosDate: number; dosTime: number } {
  return {
    dosDate: ((Math.max(1980, date.getFullYear()) - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
    dosTime: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
  };
}

const DOCUMENT = 'word/document.xml';
const DOCUMENT_RELS = 'word/_rels/document.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
const FONT_TABLE = 'word/fontTable.xml';

/** Writes the package into `sink`; returns how many images were written. */
export function writePackage(parts: PackageParts, assembled: AssembledDocx, sink: (chunk: Uint8Array) => void, hooks: PackageHooks, now = new Date()): number {
  const when = dosDateTime(now);
  const images = assembled.images.list;
  const replaced = new Map<string, string | Uint8Array>(parts);
  replaced.set(DOCUMENT, spliceBody(text(parts.get(DOCUMENT), DOCUMENT), assembled.sectionXml));
  replaced.set(DOCUMENT_RELS, withImageRelationships(text(parts.get(DOCUMENT_RELS), DOCUMENT_RELS), images));
  replaced.set(CONTENT_TYPES, withImageTypes(text(parts.get(CONTENT_TYPES), CONTENT_TYPES), images));
  // docx writes an empty table (it lists only embedded fonts); ours names the fonts and their fallbacks.
  if (replaced.has(FONT_TABLE)) replaced.set(FONT_TABLE, fontTableXml());
  const writer = new ZipWriter(sink);
  // [Content_Types].xml first, as Word writes it; some strict readers look for it there.
  const names = [CONTENT_TYPES, ...[...replaced.keys()].filter((n) => n !== CONTENT_TYPES)];
  for (const name of names) {
    const data = replaced.get(name) as string | Uint8Array;
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    writer.add({ name, method: DEFLATED, crc: zlib.crc32(bytes), size: bytes.length, ...when, data: zlib.deflateRawSync(bytes, { level: 6 }) });
  }
  images.forEach((image, index) => {
    hooks.beforeImage?.(index, images.length);
    const bytes = hooks.imageBytes(image.sha256);
    writer.add({ name: `word/${image.target}`, method: STORED, crc: zlib.crc32(bytes), size: bytes.length, ...when, data: bytes });
  });
  writer.finish();
  return images.length;
}

/** The whole package, by the fast path when docx offers it. */
export async function writeDocxPackage(assembled: AssembledDocx, sink: (chunk: Uint8Array) => void, hooks: PackageHooks): Promise<number> {
  const parts = compileParts(assembled.scaffold) ?? (await packedParts(assembled.scaffold));
  hooks.onPacked?.();
  return writePackage(parts, assembled, sink, hooks);
}
