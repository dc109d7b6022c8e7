/**
 * A Word draft as HTML (mammoth's output, see electron/word/) → the report's blocks:
 * - headings h1…h6 → headings inside the section (the shallowest is level 1, deeper ones up to 3;
 *   typed numbers such as “（一）” removed); a first heading that repeats the section title, or whose
 *   typed number is of the section's own level (“（四）就业质量” sent for the section “（四）高质就业”),
 *   is the section itself and is dropped (with a warning when its title differs);
 * - paragraphs with bold/italic runs; empty ones dropped;
 * - lists (nested items flattened into their list);
 * - tables with merged cells (../tables/paste-html.ts), their caption taken from a “表 x-y …”
 *   paragraph just above and their source from a “数据来源：…” paragraph just below;
 * - images → figures (the caller has stored the image and put `asset:<sha256>` in `src`), captioned
 *   by a “图 x-y …” paragraph just below (or above);
 * - case boxes: a “案例 x-y 标题” paragraph starts one, which takes the blocks that follow up to
 *   the next heading or case title; a one-cell table whose text starts with such a title is a case
 *   box too (a common way to draw the border in Word).
 * Typed numbers of captions and cases are removed: numbers are computed. They are kept as keys so
 * that typed references to the draft's own items (见表 1, 如图 3 所示, 案例 2) become live
 * cross-references, as in the Markdown import; a typed reference to something the draft does not
 * contain stays text with a warning (once numbers are computed it would name another item).
 */
import { newBlockId } from '../ids/block-id';
import type { BlockElement, CaseChild, CaseElement, FigureElement, FormattedText, HeadingElement, HeadingLevel, ListItemElement, TableElement } from '../model/document';
import { stripTypedNumber } from '../numbering/heading-numbering';
import { gridToTable } from '../tables/cell-grid';
import { parseHtmlTable } from '../tables/paste-html';
import { linkReferences, type ReferenceTargets } from '../markdown/cross-references';
import { referenceKey, splitCaseTitle, splitFigureNumber, type StructureWord } from '../markdown/typed-numbers';
import { parseSourceLine, splitCaptionNumber } from '../tables/pipe-table';
import { descendants, parseHtmlTree, serializeHtml, textContent, type HtmlElement, type HtmlNode } from './html-tree';

export const ASSET_SRC_PREFIX = 'asset:';
export const MISSING_SRC_PREFIX = 'missing:';
const FIGURE_WIDTH = 80;
const MAX_CASE_TITLE = 60;

const FIGURE_CAPTION = /^\s*图\s*[0-9０-９]+(?:\s*[-－—–.．]\s*[0-9０-９]+)?\s*[:：、.．]?\s*/;
const CASE_TITLE = /^\s*案例\s*(?:[0-9０-９]+(?:\s*[-－—–.．]\s*[0-9０-９]+)?\s*[:：、.．]?|[:：])\s*(.+)$/;

type Marks = Omit<FormattedText, 'text'>;

function runs(node: HtmlNode, marks: Marks = {}): FormattedText[] {
  if (typeof node === 'string') return node === '' ? [] : [{ text: node.replace(/[\r\n\t]+/g, ' '), ...marks }];
  if (node.name === 'img') return [];
  if (node.name === 'br') return [{ text: '\n', ...marks }];
  const next: Marks =
    node.name === 'strong' || node.name === 'b'
      ? { ...marks, bold: true }
      : node.name === 'em' || node.name === 'i'
        ? { ...marks, italic: true }
        : node.name === 'u'
          ? { ...marks, underline: true }
          : marks;
  return node.children.flatMap((child) => runs(child, next));
}

/** Joins runs with the same marks and trims the paragraph (Word indents with full-width spaces). */
function tidy(input: readonly FormattedText[]): FormattedText[] {
  const out: FormattedText[] = [];
  for (const run of input) {
    const last = out[out.length - 1];
    const { text: _a, ...lastMarks } = last ?? { text: '' };
    const { text: _b, ...marks } = run;
    if (last && JSON.stringify(lastMarks) === JSON.stringify(marks)) out[out.length - 1] = { ...last, text: last.text + run.text };
    else out.push({ ...run });
  }
  if (out.length > 0) {
    const first = out[0] as FormattedText;
    out[0] = { ...first, text: first.text.replace(/^[\s\u3000]+/, '') };
    const last = out[out.length - 1] as FormattedText;
    out[out.length - 1] = { ...last, text: last.text.replace(/[\s\u3000]+$/, '') };
  }
  const kept = out.filter((r) => r.text !== '');
  return kept.length > 0 ? kept : [{ text: '' }];
}

const plain = (r: readonly FormattedText[]): string => r.map((x) => x.text).join('');
const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** What kind of number a heading was typed with, by the outline level that uses it (1: 一、, 2: （一）, 3: 1., 4: （1）). */
export function typedNumberLevel(title: string): number | null {
  if (/^\s*[一二三四五六七八九十百零]+\s*[、.．]/.test(title)) return 1;
  if (/^\s*[（(]\s*[一二三四五六七八九十百零]+\s*[）)]/.test(title)) return 2;
  if (/^\s*\d+\s*[.．、](?!\d)/.test(title)) return 3;
  if (/^\s*[（(]\s*\d+\s*[）)]/.test(title)) return 4;
  return null;
}

/** The section a draft is for: its title and outline depth (1 chapter, 2 section …). */
export interface DraftSection {
  readonly title: string;
  readonly depth: number;
}

interface Pending {
  /** A 表 x-y paragraph waiting for the table below it. */
  tableCaption: string | null;
  /** Its typed number (`1-1`), for cross-references. */
  tableNumber: string | null;
  /** The last table or figure: a source line below it belongs to it; a 图 caption below a figure too. */
  last: TableElement | FigureElement | null;
}

export interface DraftBlocks {
  readonly blocks: BlockElement[];
  readonly warnings: readonly string[];
  /** Block id → the number it was typed with (`表1-1`): what its cross-references read as in the draft. */
  readonly typedLabels: ReadonlyMap<string, string>;
}

class DraftBuilder {
  readonly blocks: BlockElement[] = [];
  readonly warnings: string[] = [];
  private openCase: CaseElement | null = null;
  private readonly pending: Pending = { tableCaption: null, tableNumber: null, last: null };
  private readonly headings: { block: HeadingElement; rawLevel: number; typed: string }[] = [];
  /** A 图 x-y paragraph above an image (some authors put the caption there). */
  private pendingFigureCaption: string | null = null;
  private pendingFigureNumber: string | null = null;
  /** Typed number key (`表:1-1`) → block id; null once two items claimed the same number. */
  private readonly numbered = new Map<string, string | null>();

  private register(word: StructureWord, number: string | null, id: string): void {
    if (number === null) return;
    const key = referenceKey(word, number);
    this.numbered.set(key, this.numbered.has(key) ? null : id);
  }

  private add(block: BlockElement): void {
    if (this.openCase && block.type !== 'case') this.openCase.children.push(block as CaseChild);
    else this.blocks.push(block);
  }

  private flushCaption(): void {
    if (this.pending.tableCaption === null) return;
    this.add({ type: 'paragraph', id: newBlockId(), children: [{ text: this.pending.tableCaption }] });
    this.pending.tableCaption = null;
    this.pending.tableNumber = null;
  }

  element(node: HtmlElement): void {
    const heading = /^h([1-6])$/.exec(node.name);
    if (heading) return this.heading(node, Number(heading[1]));
    if (node.name === 'p') return this.paragraph(node);
    if (node.name === 'ul' || node.name === 'ol') return this.list(node);
    if (node.name === 'table') return this.table(node);
    if (node.name === 'img') return this.image(node);
    // Containers mammoth may emit (blockquote, div): their content counts.
    for (const child of node.children) if (typeof child !== 'string') this.element(child);
  }

  private heading(node: HtmlElement, rawLevel: number): void {
    this.flushCaption();
    this.openCase = null;
    this.pending.last = null;
    const content = tidy(runs(node));
    const stripped = stripTypedNumber(plain(content));
    if (stripped.title === '') return;
    const block: HeadingElement = { type: 'heading', id: newBlockId(), level: 1, children: [{ text: stripped.title }] };
    this.headings.push({ block, rawLevel, typed: plain(content) });
    this.blocks.push(block);
  }

  private paragraph(node: HtmlElement): void {
    for (const img of descendants(node, 'img')) this.image(img);
    const content = tidy(runs(node));
    const text = plain(content);
    if (text === '') return;
    const last = this.pending.last;
    this.pending.last = null;
    const source = parseSourceLine(text);
    if (last && source !== null && last.source === '') {
      last.source = source;
      return;
    }
    if (last?.type === 'figure' && last.caption === '' && FIGURE_CAPTION.test(text)) {
      last.caption = text.replace(FIGURE_CAPTION, '').trim();
      this.register('图', splitFigureNumber(text).number, last.id);
      return;
    }
    const table = splitCaptionNumber(text);
    if (table.label !== null && text.length <= MAX_CASE_TITLE * 2) {
      this.flushCaption();
      this.pending.tableCaption = table.text;
      this.pending.tableNumber = table.label;
      return;
    }
    const caseTitle = CASE_TITLE.exec(text);
    if (caseTitle && text.length <= MAX_CASE_TITLE) {
      this.flushCaption();
      const element: CaseElement = { type: 'case', id: newBlockId(), title: (caseTitle[1] as string).trim(), children: [] };
      this.register('案例', splitCaseTitle(text)?.number ?? null, element.id);
      this.blocks.push(element);
      this.openCase = element;
      return;
    }
    if (FIGURE_CAPTION.test(text) && text.length <= MAX_CASE_TITLE * 2) {
      // A caption above its figure: remember it for the image that follows.
      this.flushCaption();
      this.pendingFigureCaption = text.replace(FIGURE_CAPTION, '').trim();
      this.pendingFigureNumber = splitFigureNumber(text).number;
      return;
    }
    this.flushCaption();
    this.add({ type: 'paragraph', id: newBlockId(), children: content });
  }

  private image(node: HtmlElement): void {
    this.flushCaption();
    const src = node.attrs.get('src') ?? '';
    const figure: FigureElement = {
      type: 'figure',
      id: newBlockId(),
      asset: src.startsWith(ASSET_SRC_PREFIX) ? src.slice(ASSET_SRC_PREFIX.length) : null,
      caption: this.pendingFigureCaption ?? (node.attrs.get('alt') ?? '').replace(FIGURE_CAPTION, '').trim(),
      source: '',
      width: FIGURE_WIDTH,
      children: [{ text: '' }],
    };
    if (figure.asset === null) {
      figure.missingName = src.startsWith(MISSING_SRC_PREFIX) ? src.slice(MISSING_SRC_PREFIX.length) : '图片';
      this.warnings.push(`Word 稿件中有一张图片无法读取（${figure.missingName}），已插入占位图`);
    }
    // alt text of pictures is usually the file name Word made up: only a 图 caption is a caption.
    const alt = node.attrs.get('alt') ?? '';
    if (this.pendingFigureCaption === null && !FIGURE_CAPTION.test(alt)) figure.caption = '';
    this.register('图', this.pendingFigureCaption === null ? (FIGURE_CAPTION.test(alt) ? splitFigureNumber(alt).number : null) : this.pendingFigureNumber, figure.id);
    this.pendingFigureCaption = null;
    this.pendingFigureNumber = null;
    this.add(figure);
    this.pending.last = figure;
  }

  private list(node: HtmlElement): void {
    this.flushCaption();
    this.pending.last = null;
    const items: ListItemElement[] = [];
    const collect = (list: HtmlElement): void => {
      for (const li of list.children) {
        if (typeof li === 'string' || li.name !== 'li') continue;
        const own: HtmlElement = { ...li, children: li.children.filter((c) => typeof c === 'string' || (c.name !== 'ul' && c.name !== 'ol')) };
        const content = tidy(runs(own));
        if (plain(content) !== '') items.push({ type: 'list-item', id: newBlockId(), children: content });
        for (const nested of li.children) if (typeof nested !== 'string' && (nested.name === 'ul' || nested.name === 'ol')) collect(nested);
      }
    };
    collect(node);
    if (items.length > 0) this.add({ type: node.name === 'ol' ? 'numbered-list' : 'bulleted-list', id: newBlockId(), children: items });
  }

  private table(node: HtmlElement): void {
    const cells = descendants(node, 'td').concat(descendants(node, 'th'));
    if (cells.length === 1) {
      const title = CASE_TITLE.exec(squeeze(textContent(cells[0] as HtmlElement)).slice(0, 200));
      if (title) return this.caseTable(cells[0] as HtmlElement);
    }
    const grid = parseHtmlTable(serializeHtml(node));
    if (grid === null || grid.rows.length === 0) return;
    const caption = this.pending.tableCaption ?? '';
    const number = this.pending.tableNumber;
    this.pending.tableCaption = null;
    this.pending.tableNumber = null;
    // Word tables rarely mark header rows; the first row of a data table is its header.
    const table = gridToTable({ ...grid, headerRows: grid.headerRows > 0 ? grid.headerRows : 1 }, { caption });
    this.register('表', number, table.id);
    this.add(table);
    this.pending.last = table;
  }

  /** A one-cell table framing a case: its paragraphs are the case's content. */
  private caseTable(cell: HtmlElement): void {
    this.flushCaption();
    const outer = this.openCase;
    const before = this.blocks.length;
    this.openCase = null;
    for (const child of cell.children) if (typeof child !== 'string') this.element(child);
    const inner = this.blocks.splice(before);
    const first = inner[0];
    const titleMatch = first?.type === 'case' ? first : null;
    const element: CaseElement = titleMatch ?? { type: 'case', id: newBlockId(), title: '', children: [] };
    const rest = (titleMatch ? [...titleMatch.children, ...inner.slice(1)] : inner).filter((b): b is CaseChild => b.type !== 'case');
    element.children = rest;
    this.openCase = outer;
    this.add(element);
    this.openCase = null;
  }

  finish(section: DraftSection | null): DraftBlocks {
    this.flushCaption();
    if (section !== null) this.dropSectionTitle(section);
    this.linkReferences();
    const levels = [...new Set(this.headings.map((h) => h.rawLevel))].sort((a, b) => a - b);
    for (const h of this.headings) h.block.level = Math.min(3, levels.indexOf(h.rawLevel) + 1) as HeadingLevel;
    for (const block of this.blocks) {
      if (block.type === 'case' && block.children.length === 0) block.children.push({ type: 'paragraph', id: newBlockId(), children: [{ text: '' }] });
    }
    const blocks: BlockElement[] = this.blocks.length > 0 ? this.blocks : [{ type: 'paragraph', id: newBlockId(), children: [{ text: '' }] }];
    const typedLabels = new Map<string, string>();
    for (const [key, id] of this.numbered) if (id !== null) typedLabels.set(id, key.replace(':', ''));
    return { blocks, warnings: this.warnings, typedLabels };
  }

  /**
   * The draft's first heading is the section itself when it repeats the section's title or carries a
   * typed number of the section's own level (（四） for a section, 一、 for a chapter): kept, it
   * would print as an extra numbered heading (“1.就业质量”) under the section's own.
   */
  private dropSectionTitle(section: DraftSection): void {
    const firstBlock = this.blocks[0];
    const firstHeading = this.headings[0];
    if (firstBlock?.type !== 'heading' || firstHeading?.block !== firstBlock) return;
    const own = squeeze(stripTypedNumber(section.title).title);
    const theirs = squeeze(plain(firstBlock.children));
    const sameTitle = theirs === own;
    if (!sameTitle && typedNumberLevel(firstHeading.typed) !== section.depth) return;
    this.blocks.shift();
    this.headings.shift();
    if (!sameTitle) {
      this.warnings.push(`稿件开头的标题“${firstHeading.typed}”与本节标题“${section.title}”不同，已视为本节标题略去（本节标题未改动，如需改名请在大纲中修改）`);
    }
  }

  /** Typed references to the draft's own items become live; the others stay text with a warning. */
  private linkReferences(): void {
    const targets: ReferenceTargets = new Map([...this.numbered].filter((entry): entry is [string, string] => entry[1] !== null));
    const unresolved = new Set<string>();
    const linkIn = (blocks: readonly BlockElement[]): void => {
      for (const block of blocks) {
        if (block.type === 'case') linkIn(block.children);
        if (block.type !== 'paragraph') continue;
        const linked = linkReferences(block.children, targets);
        for (const reference of linked.unresolved) unresolved.add(reference.typed.replace(/\s+/g, ' '));
        if (linked.children !== null) block.children = linked.children;
      }
    };
    linkIn(this.blocks);
    for (const typed of unresolved) {
      this.warnings.push(`稿件正文中的“${typed}”在稿件里找不到对应的图、表或案例，保留为文字；编号由软件计算，请改为自动引用（插入 → 交叉引用）或核对`);
    }
  }
}

/** `section` null: the blocks go into text already there (a paste), so no heading is the section's own. */
export function draftBlocksFromHtml(html: string, section: DraftSection | null): DraftBlocks {
  const builder = new DraftBuilder();
  for (const child of parseHtmlTree(html).children) if (typeof child !== 'string') builder.element(child);
  return builder.finish(section);
}
