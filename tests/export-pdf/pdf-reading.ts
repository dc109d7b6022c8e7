/**
 * Reading an exported PDF back with independent tools, so the tests check the file a user gets and
 * not what our pipeline believes it wrote: poppler (pdftotext, pdfinfo, pdffonts, pdfimages) for
 * text, page count, fonts and images, qpdf for bookmarks. Page numbers come from the folios
 * printed on the pages themselves.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFName, ParseSpeeds } from '@cantoo/pdf-lib';
import sharp from 'sharp';

function run(tool: string, args: readonly string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export function pageCount(file: string): number {
  const match = /^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]));
  if (match === null) throw new Error(`pdfinfo gave no page count for ${file}`);
  return Number(match[1]);
}

/**
 * Each page's text (pages are separated by form feeds). `layout` keeps the printed arrangement (a
 * list entry and its page number on one line, the folio last); `raw` keeps the order the text was
 * drawn in, which never splits a line whose pieces sit on slightly different baselines (a bold
 * “3.” in Times before a Chinese heading).
 */
export function pageTexts(file: string, mode: 'layout' | 'raw' = 'layout', first?: number, last?: number): string[] {
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  const pages = run('pdftotext', [`-${mode}`, ...range, file, '-']).split('\f');
  // pdftotext ends the last page with a form feed too.
  if (pages.length > 0 && pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

export interface FontRow {
  readonly name: string;
  readonly type: string;
  readonly embedded: boolean;
}

/** pdffonts' table (of one 1-based page, or the whole file); read from the right, since names and types may contain spaces. */
export function fonts(file: string, page?: number): FontRow[] {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const lines = run('pdffonts', [...range, file]).split('\n').slice(2).filter((l) => l.trim() !== '');
  return lines.map((line) => {
    const tokens = line.trim().split(/\s+/);
    // … type… encoding emb sub uni objectNumber generation
    const embedded = tokens[tokens.length - 5];
    return { name: tokens[0] ?? '', type: tokens.slice(1, tokens.length - 6).join(' '), embedded: embedded === 'yes' };
  });
}

/** 1-based page numbers of the images on each page (pdfimages -list). */
export function imagePages(file: string): number[] {
  return run('pdfimages', ['-list', file])
    .split('\n')
    .slice(2)
    .map((line) => Number(line.trim().split(/\s+/)[0]))
    .filter((page) => Number.isInteger(page) && page > 0);
}

export const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** Non-empty lines of a page, whitespace removed. */
export function pageLines(page: string): string[] {
  return page
    .split('\n')
    .map(squeeze)
    .filter((line) => line !== '');
}

/** The folio printed at the foot of a page (“— 12 —” → '12', “— IV —” → 'IV'), or null. */
export function folio(page: string): string | null {
  const lines = pageLines(page);
  const match = /^—(\d+|[IVXLC]+)—$/.exec(lines[lines.length - 1] ?? '');
  return match === null ? null : (match[1] as string);
}

export interface ListEntry {
  readonly text: string;
  readonly page: number;
}

/**
 * The entries of a 目录-style list as printed: the pages from the one titled `title` up to the next
 * titled front page, each entry “text …… n”. An entry too long for one line is joined with the line
 * that carries its number. Lines equal to `runningHead` are the page header, not entries.
 */
export function listEntries(pages: readonly string[], title: string, runningHead: string, otherTitles: readonly string[]): ListEntry[] {
  const start = pages.findIndex((page) => pageLines(page).slice(0, 3).includes(squeeze(title)));
  if (start < 0) return [];
  const entries: ListEntry[] = [];
  for (let index = start; index < pages.length; index += 1) {
    const page = pages[index] as string;
    const lines = pageLines(page);
    if (index > start && otherTitles.some((other) => lines.slice(0, 3).includes(squeeze(other)))) break;
    if (index > start && /^\d+$/.test(folio(page) ?? '')) break;
    let pending = '';
    for (const raw of page.split('\n')) {
      const match = /^(.*\S)\s{3,}(\d+)\s*$/.exec(raw.trim());
      if (match === null) {
        const text = squeeze(raw);
        if (text !== '' && text !== squeeze(title) && text !== squeeze(runningHead) && folio(raw) === null) pending += text;
        continue;
      }
      entries.push({ text: pending + squeeze(match[1] as string), page: Number(match[2]) });
      pending = '';
    }
  }
  return entries;
}

/** Whether `entry` (whitespace removed) starts a line of the page, possibly wrapped onto the next. */
export function startsLineOn(page: string, entry: string): boolean {
  const lines = pageLines(page);
  return lines.some((line, i) => line.startsWith(entry) || (line.length >= 4 && entry.startsWith(line) && (line + (lines[i + 1] ?? '')).startsWith(entry)));
}

export interface OutlineNode {
  readonly title: string;
  readonly page: number;
  readonly kids: readonly OutlineNode[];
}

interface QpdfOutline {
  readonly title: string;
  readonly destpageposfrom1?: number;
  readonly kids: readonly QpdfOutline[];
}

/** The bookmarks, as qpdf resolves them (page numbers 1-based, physical). */
export function outline(file: string): OutlineNode[] {
  const json = JSON.parse(run('qpdf', ['--json=2', '--json-key=outlines', file])) as { outlines: QpdfOutline[] };
  const convert = (node: QpdfOutline): OutlineNode => ({ title: node.title, page: node.destpageposfrom1 ?? 0, kids: node.kids.map(convert) });
  return json.outlines.map(convert);
}

export interface LinkAnnotation {
  /** 0-based page the link is on. */
  readonly page: number;
  /** [left, bottom, right, top] in points, PDF user space. */
  readonly rect: readonly [number, number, number, number];
  readonly destination: string;
  /** 0-based page the named destination leads to; -1 when the name does not resolve. */
  readonly target: number;
}

/** Every internal link (/Dest name) and where the document's /Dests send it. */
export async function linkAnnotations(file: string): Promise<LinkAnnotation[]> {
  const doc = await PDFDocument.load(fs.readFileSync(file), { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const pageRefs = doc.getPages().map((page) => page.ref);
  const indexOf = (ref: unknown): number => pageRefs.findIndex((r) => r === ref);
  const dests = doc.catalog.lookup(PDFName.of('Dests'));
  const links: LinkAnnotation[] = [];
  doc.getPages().forEach((page, pageIndex) => {
    const annots = page.node.Annots();
    for (let i = 0; annots !== undefined && i < annots.size(); i += 1) {
      const annot = annots.lookup(i);
      if (!(annot instanceof PDFDict) || annot.lookup(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const dest = annot.lookup(PDFName.of('Dest'));
      if (!(dest instanceof PDFName)) continue;
      const rect = (annot.lookup(PDFName.of('Rect')) as PDFArray).asRectangle();
      const resolved = dests instanceof PDFDict ? dests.lookup(dest) : undefined;
      const target = resolved instanceof PDFArray ? indexOf(resolved.get(0)) : -1;
      links.push({ page: pageIndex, rect: [rect.x, rect.y, rect.x + rect.width, rect.y + rect.height], destination: dest.decodeText(), target });
    }
  });
  return links;
}

/** The text poppler finds inside a rectangle of a page (points, PDF user space). */
export function textIn(file: string, page: number, rect: readonly [number, number, number, number], pageHeight: number): string {
  const [left, bottom, right, top] = rect;
  const args = ['-f', String(page + 1), '-l', String(page + 1), '-x', String(Math.floor(left)), '-y', String(Math.floor(pageHeight - top)), '-W', String(Math.ceil(right - left)), '-H', String(Math.ceil(top - bottom)), file, '-'];
  return squeeze(run('pdftotext', args));
}

export interface Raster {
  readonly width: number;
  readonly height: number;
  /** RGB, row by row. */
  readonly data: Buffer;
}

/** One page rendered by poppler (pdftoppm) at `dpi`, as raw RGB pixels. */
export async function renderPage(file: string, page: number, dpi: number): Promise<Raster> {
  const png = execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page + 1), '-l', String(page + 1), '-singlefile', file], { maxBuffer: 64 * 1024 * 1024 });
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

/** Rows of the raster where more than `share` of the pixels pass `test`. */
export function rowsWhere(raster: Raster, share: number, test: (r: number, g: number, b: number) => boolean): number[] {
  const rows: number[] = [];
  for (let y = 0; y < raster.height; y += 1) {
    let hits = 0;
    for (let x = 0; x < raster.width; x += 1) {
      const at = (y * raster.width + x) * 3;
      if (test(raster.data[at] as number, raster.data[at + 1] as number, raster.data[at + 2] as number)) hits += 1;
    }
    if (hits > raster.width * share) rows.push(y);
  }
  return rows;
}
