/**
 * The inline content of one paragraph of clipboard HTML as runs of text with their marks, line
 * breaks and pictures (see ./normalise-clipboard-html.ts for the whole picture): marks from
 * elements, inline styles and class rules; HTML's whitespace rules with Chinese line wraps joined;
 * and the parts of Word's markup that are not the document's text (list markers, text boxes,
 * comments, footnotes), dropped and counted.
 */
import { escapeHtmlAttribute, escapeHtmlText } from '../../escape/html-escape';
import { isCjkChar } from '../../tables/cjk-text';
import { descendants, type HtmlElement, type HtmlNode } from '../html-tree';
import { COMMENT_ANCHOR, declarations, LIST_MARKER, marksOfDeclarations, type OfficeStyles, type TextMarks } from './office-markup';

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

export type Run = { kind: 'text'; text: string; marks: TextMarks } | { kind: 'br' } | { kind: 'img'; html: string };

export const SKIPPED = new Set(['head', 'style', 'script', 'title', 'xml', 'meta', 'link', 'template', 'noscript', 'object', 'iframe', 'del', 's:del', 'button', 'select', 'textarea', 'input']);

export interface RunContext {
  readonly styles: OfficeStyles;
  readonly images: ClipboardImage[];
  readonly dropped: DroppedCounts;
  /** Inside a table of more than one cell: pictures there are dropped (cells hold text). */
  inDataTable: boolean;
  structured: boolean;
  hasText: boolean;
}

export const attr = (el: HtmlElement, name: string): string => el.attrs.get(name) ?? '';
export const styleOf = (el: HtmlElement): Map<string, string> => declarations(el.attrs.get('style'));
export const classes = (el: HtmlElement): string[] => attr(el, 'class').split(/\s+/).filter((c) => c !== '');

export function isTextBox(el: HtmlElement): boolean {
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
export function msoElement(el: HtmlElement): string {
  return styleOf(el).get('mso-element') ?? '';
}

export function isListMarker(el: HtmlElement): boolean {
  return el.name === LIST_MARKER || styleOf(el).get('mso-list') === 'ignore';
}

// ---------------------------------------------------------------------------------------------
// Runs: the inline content of one paragraph, with marks.

export function elementMarks(el: HtmlElement, inherited: TextMarks, styles: OfficeStyles): TextMarks {
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

function imageRun(el: HtmlElement, ctx: RunContext): Run | null {
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

export function collectRuns(node: HtmlNode, marks: TextMarks, ctx: RunContext, out: Run[]): void {
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
export function dropCounted(el: HtmlElement, ctx: RunContext): boolean {
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
export function collapse(runs: readonly Run[]): Run[] {
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

export function runsToHtml(runs: readonly Run[]): string {
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

export const runText = (runs: readonly Run[]): string => runs.map((r) => (r.kind === 'text' ? r.text : r.kind === 'br' ? '\n' : '')).join('');

