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
import { descendants, type HtmlElement, type HtmlNode } from '../html-tree';
import { typedNumberLevel } from '../html-to-blocks';
import {
  attr,
  classes,
  collapse,
  collectRuns,
  dropCounted,
  elementMarks,
  isListMarker,
  isTextBox,
  msoElement,
  runsToHtml,
  runText,
  SKIPPED,
  styleOf,
  type ClipboardImage,
  type DroppedCounts,
  type Run,
  type RunContext,
} from './inline-runs';
import { parseLenientTree } from './lenient-tree';
import { clipboardOrigin, copiedFragment, LIST_MARKER, markConditionalSections, officeStyles, type ClipboardOrigin, type TextMarks } from './office-markup';

export { CLIP_SRC_PREFIX, type ClipboardImage, type ClipboardImageKind, type DroppedCounts } from './inline-runs';

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

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'div', 'blockquote', 'section', 'article', 'header', 'footer', 'main', 'body', 'html', 'center', 'dl', 'dt', 'dd', 'pre', 'figure', 'figcaption', 'hr', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption', 'address', 'nav', 'aside']);
const MAX_HEADING_LENGTH = 40;
/** A typed list number (1. a) 一、 （1）); any other marker (·, §, Wingdings letters) is a bullet. */
const NUMBERED_MARKER = /^[(（]?\s*(?:\d+|[a-zA-Z]|[ivxlcdmIVXLCDM]+|[一二三四五六七八九十百零]+)\s*[.．)）、]/;

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

  constructor(private readonly ctx: RunContext) {}

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
  const ctx: RunContext = {
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
