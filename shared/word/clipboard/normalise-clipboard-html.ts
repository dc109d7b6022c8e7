/**
 * Clipboard HTML from Word, WPS or a web page → the plain HTML that ../html-to-blocks.ts reads
 * (what mammoth writes for a Word draft): `<h1>`…`<h6>`, `<p>` with `<b>`/`<i>`/`<u>` runs,
 * `<ul>`/`<ol>`, tables with their spans, and `<img src="clip:N">` for the N-th picture, whose
 * bytes the caller fetches (see ./clipboard-blocks.ts).
 *
 * Word's markup, and what becomes of it:
 * - paragraph styles: `<h1>`…`<h6>` (标题 1…), or a paragraph with `mso-outline-level:N` or a
 *   `MsoHeadingN` class, are
 *   headings; so is a short, all-bold paragraph that starts with a typed heading number (一、, （一）,
 *   1., （1）), the way many colleges format headings by hand (import-docx reads them so too);
 * - lists are paragraphs with `mso-list:l0 level1 lfo1` whose number or bullet Word typed out in a
 *   `<![if !supportLists]>` section: the marker is dropped (numbers are computed) and consecutive
 *   items become one list, bulleted or numbered as the stylesheet's `@list` rule (else the marker)
 *   says. Newer Word also writes real `<ol>`/`<ul>`; they are kept;
 * - bold/italic/underline from `<b>`/`<i>`/`<u>`, their HTML synonyms, inline styles
 *   (`font-weight:bold`, `font-weight:normal` inside `<b>` cancels it) and class rules (WPS);
 * - whitespace as HTML collapses it, except that a source line break between two Chinese characters
 *   disappears (Word wraps long source lines; a space would show in the text);
 * - pictures: `<img>` (Word's fallback for its VML shape; the VML itself sits in a comment);
 *   a paragraph is split around them so that a picture stays where it was;
 * - dropped, and counted so the user is told: text boxes (a `v:shape` div, usually inside an
 *   absolutely positioned `mso-ignore:vglayout` span), comments (anchors and the comment list),
 *   footnotes and endnotes (references and lists), pictures inside multi-cell tables (cells hold
 *   text), and deleted text of tracked changes (`<del>`, not counted: it is not in the document).
 */
import { escapeHtmlAttribute, escapeHtmlText } from '../../escape/html-escape';
import { typedNumberLength } from '../../numbering/heading-numbering';
import { isCjkChar } from '../../tables/cjk-text';
import { descendants, type HtmlElement, type HtmlNode } from '../html-tree';
import { typedNumberLevel } from '../html-to-blocks';
import { parseLenientTree } from './lenient-tree';
import {
  clipboardOrigin,
  COMMENT_ANCHOR,
  copiedFragment,
  declarations,
  LIST_MARKER,
  markConditionalSections,
  marksOfDeclarations,
  officeStyles,
  type ClipboardOrigin,
  type OfficeStyles,
  type TextMarks,
} from './office-markup';

export const CLIP_SRC_PREFIX = 'clip:';

export type ClipboardImageKind = 'data' | 'file' | 'remote';

export interface ClipboardImage {
  readonly index: number;
  /** data: the bytes are in the URI; file: a path on the author's disk (Word's temp copy); remote: a web address. */
  readonly kind: ClipboardImageKind;
  readonly src: string;
  /** A name to show (the file name, or 图片). */
  readonly name: string;
}

export interface DroppedCounts {
  textBoxes: number;
  comments: number;
  footnotes: number;
  tableImages: number;
}

export interface NormalisedClipboard {
  readonly origin: ClipboardOrigin;
  /** The simplified HTML for html-to-blocks. */
  readonly html: string;
  readonly images: readonly ClipboardImage[];
  readonly dropped: Readonly<DroppedCounts>;
  /** Headings, lists, tables, pictures or formatted runs: more than the plain text would give. */
  readonly structured: boolean;
  /** Any text at all (a clipboard holding only a picture has none). */
  readonly hasText: boolean;
}

type Run = { kind: 'text'; text: string; marks: TextMarks } | { kind: 'br' } | { kind: 'img'; html: string };

const SKIPPED = new Set(['head', 'style', 'script', 'title', 'xml', 'meta', 'link', 'template', 'noscript', 'object', 'iframe', 'del', 's:del', 'button', 'select', 'textarea', 'input']);
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'div', 'blockquote', 'section', 'article', 'header', 'footer', 'main', 'body', 'html', 'center', 'dl', 'dt', 'dd', 'pre', 'figure', 'figcaption', 'hr', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption', 'address', 'nav', 'aside']);
const MAX_HEADING_LENGTH = 40;
/** Bullets Word and WPS type out, including the Symbol/Wingdings letters that draw them. */
const NUMBERED_MARKER = /^[(（]?\s*(?:\d+|[a-zA-Z]|[ivxlcdmIVXLCDM]+|[一二三四五六七八九十百零]+)\s*[.．)）、]/;

interface Context {
  readonly styles: OfficeStyles;
  readonly images: ClipboardImage[];
  readonly dropped: DroppedCounts;
  /** Inside a table of more than one cell: pictures there are dropped (cells hold text). */
  inDataTable: boolean;
  structured: boolean;
  hasText: boolean;
}

const attr = (el: HtmlElement, name: string): string => el.attrs.get(name) ?? '';
const styleOf = (el: HtmlElement): Map<string, string> => declarations(el.attrs.get('style'));
const classes = (el: HtmlElement): string[] => attr(el, 'class').split(/\s+/).filter((c) => c !== '');

function isTextBox(el: HtmlElement): boolean {
  return el.attrs.has('v:shape') && (el.name === 'div' || classes(el).includes('shape'));
}

function isFootnoteReference(el: HtmlElement): boolean {
  const style = styleOf(el);
  return el.name === 'a' && (style.has('mso-footnote-id') || style.has('mso-endnote-id'));
}

function isCommentReference(el: HtmlElement): boolean {
  return el.name === COMMENT_ANCHOR || classes(el).some((c) => /^(MsoCommentReference|msocomanchor)$/i.test(c));
}

/** `mso-element:…` parts that are not the document's own text. */
function msoElement(el: HtmlElement): string {
  return styleOf(el).get('mso-element') ?? '';
}

function isListMarker(el: HtmlElement): boolean {
  return el.name === LIST_MARKER || styleOf(el).get('mso-list') === 'ignore';
}

// ---------------------------------------------------------------------------------------------
// Runs: the inline content of one paragraph, with marks.

function elementMarks(el: HtmlElement, inherited: TextMarks, styles: OfficeStyles): TextMarks {
  let marks: TextMarks = { ...inherited };
  if (el.name === 'b' || el.name === 'strong') marks.bold = true;
  if (el.name === 'i' || el.name === 'em' || el.name === 'cite') marks.italic = true;
  if (el.name === 'u') marks.underline = true;
  for (const cls of classes(el)) {
    const fromClass = styles.classMarks.get(cls);
    if (fromClass) marks = { ...marks, ...definedOnly(fromClass) };
  }
  return { ...marks, ...definedOnly(marksOfDeclarations(styleOf(el))) };
}

function definedOnly(marks: TextMarks): TextMarks {
  const out: TextMarks = {};
  if (marks.bold !== undefined) out.bold = marks.bold;
  if (marks.italic !== undefined) out.italic = marks.italic;
  if (marks.underline !== undefined) out.underline = marks.underline;
  return out;
}

function imageRun(el: HtmlElement, ctx: Context): Run | null {
  const src = attr(el, 'src').trim();
  if (src === '') return null;
  if (ctx.inDataTable) {
    ctx.dropped.tableImages++;
    return null;
  }
  const kind: ClipboardImageKind = /^data:/i.test(src) ? 'data' : /^https?:/i.test(src) ? 'remote' : 'file';
  const file = /([^/\\]+?)(?:[?#].*)?$/.exec(src.replace(/^data:.*$/i, ''))?.[1] ?? '';
  const index = ctx.images.length;
  ctx.images.push({ index, kind, src, name: kind === 'data' || file === '' ? '图片' : safeDecode(file) });
  ctx.structured = true;
  const alt = attr(el, 'alt');
  return { kind: 'img', html: `<img src="${CLIP_SRC_PREFIX}${index}"${alt ? ` alt="${escapeHtmlAttribute(alt)}"` : ''}>` };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function collectRuns(node: HtmlNode, marks: TextMarks, ctx: Context, out: Run[]): void {
  if (typeof node === 'string') {
    out.push({ kind: 'text', text: node, marks });
    return;
  }
  if (SKIPPED.has(node.name) || isListMarker(node)) return;
  if (dropCounted(node, ctx)) return;
  if (node.name === 'br') {
    // A page or column break is layout, not a line of the text.
    if (!/page-break|column-break/i.test(attr(node, 'style')) && attr(node, 'clear') !== 'all') out.push({ kind: 'br' });
    return;
  }
  if (node.name === 'img') {
    const run = imageRun(node, ctx);
    if (run) out.push(run);
    return;
  }
  if (node.name.startsWith('v:')) return;
  const next = elementMarks(node, marks, ctx.styles);
  for (const child of node.children) collectRuns(child, next, ctx, out);
}

/**
 * Text boxes, comments and footnotes: counted and left out. True when `el` was one of them.
 * (Only the references and lists are counted; their content is not walked.)
 */
function dropCounted(el: HtmlElement, ctx: Context): boolean {
  if (isTextBox(el)) {
    ctx.dropped.textBoxes++;
    return true;
  }
  if (el.name === 'span' && /mso-ignore:\s*vglayout/i.test(attr(el, 'style'))) {
    // Word's absolutely positioned layer: a floating picture (kept) and/or a text box (dropped).
    const boxes = descendants(el, 'div').filter(isTextBox).length + (isTextBox(el) ? 1 : 0);
    ctx.dropped.textBoxes += boxes;
    if (boxes === 0) return false;
    return true;
  }
  if (isCommentReference(el)) {
    // The outermost of Word's nested reference markup: one per comment.
    ctx.dropped.comments++;
    return true;
  }
  if (isFootnoteReference(el)) {
    ctx.dropped.footnotes++;
    return true;
  }
  const part = msoElement(el);
  if (part === 'comment-list' || part === 'footnote-list' || part === 'endnote-list') {
    // The references were counted where they stood; the list only counts when they were not copied.
    const entries = descendants(el, 'div').filter((d) => /^(comment|footnote|endnote)$/.test(msoElement(d))).length;
    if (part === 'comment-list') ctx.dropped.comments = Math.max(ctx.dropped.comments, entries);
    else ctx.dropped.footnotes = Math.max(ctx.dropped.footnotes, entries);
    return true;
  }
  return false;
}

/**
 * Runs → text with HTML's whitespace rules: runs of spaces and line breaks are one space, none
 * between two CJK characters when the run held a line break; no-break spaces are ordinary spaces.
 */
function collapse(runs: readonly Run[]): Run[] {
  const chars: { ch: string; run: number }[] = [];
  runs.forEach((run, i) => {
    if (run.kind === 'text') for (const ch of Array.from(run.text)) chars.push({ ch, run: i });
    else chars.push({ ch: '\u0000', run: i });
  });
  const kept: { ch: string; run: number }[] = [];
  for (let i = 0; i < chars.length; ) {
    const here = chars[i] as { ch: string; run: number };
    if (!/[ \t\r\n\f]/.test(here.ch)) {
      kept.push(here.ch === '\u00a0' ? { ...here, ch: ' ' } : here);
      i++;
      continue;
    }
    let j = i;
    let lineBreak = false;
    while (j < chars.length && /[ \t\r\n\f]/.test((chars[j] as { ch: string }).ch)) {
      if (/[\r\n]/.test((chars[j] as { ch: string }).ch)) lineBreak = true;
      j++;
    }
    const before = kept[kept.length - 1]?.ch;
    const after = chars[j]?.ch;
    if (!(lineBreak && isCjkChar(before) && isCjkChar(after))) kept.push({ ch: ' ', run: here.run });
    i = j;
  }
  const out: Run[] = [];
  let lastRun = -1;
  for (const { ch, run } of kept) {
    const source = runs[run] as Run;
    if (source.kind !== 'text') {
      out.push(source);
      lastRun = -1;
      continue;
    }
    const last = out[out.length - 1];
    if (last?.kind === 'text' && lastRun === run) last.text += ch;
    else out.push({ kind: 'text', text: ch, marks: source.marks });
    lastRun = run;
  }
  return out;
}

function runsToHtml(runs: readonly Run[]): string {
  return runs
    .map((run) => {
      if (run.kind === 'br') return '<br>';
      if (run.kind === 'img') return '';
      let html = escapeHtmlText(run.text);
      if (run.marks.underline) html = `<u>${html}</u>`;
      if (run.marks.italic) html = `<i>${html}</i>`;
      if (run.marks.bold) html = `<b>${html}</b>`;
      return html;
    })
    .join('');
}

const runText = (runs: readonly Run[]): string => runs.map((r) => (r.kind === 'text' ? r.text : r.kind === 'br' ? '\n' : '')).join('');

// ---------------------------------------------------------------------------------------------
// Blocks.

interface ListItem {
  readonly bullet: boolean;
  readonly html: string;
}

class Normaliser {
  private readonly out: string[] = [];
  /** List paragraphs waiting to be closed into one <ul>/<ol>. */
  private list: ListItem[] = [];

  constructor(private readonly ctx: Context) {}

  html(): string {
    this.flushList();
    return this.out.join('');
  }

  private emit(html: string): void {
    this.flushList();
    this.out.push(html);
  }

  private flushList(): void {
    if (this.list.length === 0) return;
    const tag = (this.list[0] as ListItem).bullet ? 'ul' : 'ol';
    this.out.push(`<${tag}>${this.list.map((item) => `<li>${item.html}</li>`).join('')}</${tag}>`);
    this.list = [];
    this.ctx.structured = true;
  }

  /** The children of a container: runs of inline content between blocks are paragraphs. */
  container(el: HtmlElement, marks: TextMarks): void {
    let inline: HtmlNode[] = [];
    const flushInline = (): void => {
      if (inline.length > 0) this.paragraph({ name: 'p', attrs: new Map(), children: inline }, marks);
      inline = [];
    };
    for (const child of el.children) {
      if (typeof child !== 'string' && (BLOCKS.has(child.name) || isTextBox(child) || msoElement(child).endsWith('-list'))) {
        flushInline();
        this.block(child, marks);
      } else inline.push(child);
    }
    flushInline();
  }

  block(el: HtmlElement, marks: TextMarks): void {
    if (SKIPPED.has(el.name)) return;
    if (dropCounted(el, this.ctx)) return;
    const heading = /^h([1-6])$/.exec(el.name);
    if (heading) return this.heading(el, Number(heading[1]));
    switch (el.name) {
      case 'p':
      case 'dt':
      case 'dd':
      case 'pre':
      case 'figcaption':
      case 'address':
        return this.paragraph(el, marks);
      case 'ul':
      case 'ol':
        return this.htmlList(el, marks);
      case 'li':
        return this.paragraph(el, marks);
      case 'table':
        return this.table(el);
      case 'hr':
        return;
      default:
        return this.container(el, elementMarks(el, marks, this.ctx.styles));
    }
  }

  private heading(el: HtmlElement, level: number): void {
    const runs = collapse(this.runsOf(el, {}));
    this.emitSplitAtImages(runs, (part) => {
      const text = runText(part).trim();
      return text === '' ? '' : `<h${level}>${escapeHtmlText(text)}</h${level}>`;
    });
    if (runText(runs).trim() === '') return;
    this.ctx.structured = true;
    this.ctx.hasText = true;
  }

  private runsOf(el: HtmlElement, marks: TextMarks): Run[] {
    const runs: Run[] = [];
    const own = elementMarks(el, marks, this.ctx.styles);
    for (const child of el.children) collectRuns(child, own, this.ctx, runs);
    return runs;
  }

  private paragraph(el: HtmlElement, marks: TextMarks): void {
    const style = styleOf(el);
    const runs = collapse(this.runsOf(el, marks));
    const text = runText(runs).trim();
    if (text !== '') this.ctx.hasText = true;
    const outline = /^(\d)$/.exec(style.get('mso-outline-level') ?? '') ?? classes(el).map((c) => /^MsoHeading([1-6])$/i.exec(c)).find((m) => m !== null);
    if (outline && Number(outline[1]) >= 1 && Number(outline[1]) <= 6) return this.heading(el, Number(outline[1]));
    const list = /^l(\d+)\s+level(\d+)/.exec(style.get('mso-list') ?? '');
    if (list && text !== '') {
      const known = this.ctx.styles.listBullets.get(`l${list[1]}:${list[2]}`);
      const marker = descendants(el, LIST_MARKER).concat(descendants(el, 'span').filter(isListMarker));
      const markerText = marker.map((m) => textOf(m)).join('').replace(/[\s\u00a0]+/g, '');
      const bullet = known ?? !NUMBERED_MARKER.test(markerText);
      if (this.list.length > 0 && (this.list[0] as ListItem).bullet !== bullet) this.flushList();
      this.list.push({ bullet, html: runsToHtml(runs.filter((r) => r.kind !== 'img')) });
      this.emitImagesOf(runs);
      return;
    }
    const typedLevel = typedNumberLevel(text);
    const textRuns = runs.filter((r): r is Extract<Run, { kind: 'text' }> => r.kind === 'text' && r.text.trim() !== '');
    if (
      typedLevel !== null &&
      text.length <= MAX_HEADING_LENGTH &&
      typedNumberLength(text) < text.length &&
      !/[。；;]$/.test(text) &&
      textRuns.length > 0 &&
      textRuns.every((r) => r.marks.bold === true) &&
      !runs.some((r) => r.kind === 'img' || r.kind === 'br')
    ) {
      // A heading formatted by hand: bold, short, with a typed number (import-docx reads these too).
      this.emit(`<h${typedLevel}>${escapeHtmlText(text)}</h${typedLevel}>`);
      this.ctx.structured = true;
      return;
    }
    if (textRuns.some((r) => r.marks.bold || r.marks.italic || r.marks.underline)) this.ctx.structured = true;
    this.emitSplitAtImages(runs, (part) => (runText(part).trim() === '' ? '' : `<p>${runsToHtml(part)}</p>`));
  }

  /** Emits the parts between pictures through `wrap`, and each picture as its own block. */
  private emitSplitAtImages(runs: readonly Run[], wrap: (part: Run[]) => string): void {
    let part: Run[] = [];
    const flush = (): void => {
      const html = wrap(part);
      if (html !== '') this.emit(html);
      part = [];
    };
    for (const run of runs) {
      if (run.kind === 'img') {
        flush();
        this.emit(run.html);
      } else part.push(run);
    }
    flush();
  }

  private emitImagesOf(runs: readonly Run[]): void {
    for (const run of runs) if (run.kind === 'img') this.emit(run.html);
  }

  private htmlList(el: HtmlElement, marks: TextMarks): void {
    const items: string[] = [];
    const walk = (list: HtmlElement): void => {
      for (const li of list.children) {
        if (typeof li === 'string') continue;
        if (li.name === 'ul' || li.name === 'ol') {
          walk(li);
          continue;
        }
        const own: HtmlElement = { ...li, children: li.children.filter((c) => typeof c === 'string' || (c.name !== 'ul' && c.name !== 'ol')) };
        const runs = collapse(this.runsOf(own, marks));
        if (runText(runs).trim() !== '') {
          this.ctx.hasText = true;
          items.push(`<li>${runsToHtml(runs)}</li>`);
        }
        for (const nested of li.children) if (typeof nested !== 'string' && (nested.name === 'ul' || nested.name === 'ol')) walk(nested);
      }
    };
    walk(el);
    if (items.length === 0) return;
    this.emit(`<${el.name}>${items.join('')}</${el.name}>`);
    this.ctx.structured = true;
  }

  private table(el: HtmlElement): void {
    const cells = ownCells(el);
    const wasInDataTable = this.ctx.inDataTable;
    this.ctx.inDataTable = wasInDataTable || cells > 1;
    const rows: string[] = [];
    const visitRows = (node: HtmlElement): void => {
      for (const child of node.children) {
        if (typeof child === 'string') continue;
        if (child.name === 'tr') rows.push(this.row(child));
        else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') visitRows(child);
      }
    };
    visitRows(el);
    this.ctx.inDataTable = wasInDataTable;
    if (rows.length === 0) return;
    this.emit(`<table>${rows.join('')}</table>`);
    this.ctx.structured = true;
  }

  private row(tr: HtmlElement): string {
    const cells: string[] = [];
    for (const cell of tr.children) {
      if (typeof cell === 'string' || (cell.name !== 'td' && cell.name !== 'th')) continue;
      const inner = new Normaliser(this.ctx);
      inner.container(cell, {});
      const html = inner.html();
      if (html.replace(/<[^>]*>/g, '').trim() !== '') this.ctx.hasText = true;
      const spans = ['rowspan', 'colspan']
        .map((name) => (cell.attrs.has(name) ? ` ${name}="${escapeHtmlAttribute(attr(cell, name))}"` : ''))
        .join('');
      const hidden = styleOf(cell).get('display') === 'none' ? ' style="display:none"' : '';
      cells.push(`<${cell.name}${spans}${hidden}>${html}</${cell.name}>`);
    }
    return `<tr>${cells.join('')}</tr>`;
  }
}

/** Cells of this table, not of tables nested in it. */
function ownCells(table: HtmlElement): number {
  let count = 0;
  const visit = (node: HtmlElement): void => {
    for (const child of node.children) {
      if (typeof child === 'string' || child.name === 'table') continue;
      if (child.name === 'td' || child.name === 'th') count++;
      else visit(child);
    }
  };
  visit(table);
  return count;
}

function textOf(node: HtmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

export function normaliseClipboardHtml(html: string): NormalisedClipboard {
  const origin = clipboardOrigin(html);
  const ctx: Context = {
    styles: officeStyles(html),
    images: [],
    dropped: { textBoxes: 0, comments: 0, footnotes: 0, tableImages: 0 },
    inDataTable: false,
    structured: false,
    hasText: false,
  };
  const tree = parseLenientTree(markConditionalSections(copiedFragment(html)));
  const normaliser = new Normaliser(ctx);
  normaliser.container(tree, {});
  return { origin, html: normaliser.html(), images: ctx.images, dropped: ctx.dropped, structured: ctx.structured, hasText: ctx.hasText };
}
