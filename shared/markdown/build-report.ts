/**
 * Block tokens → the report's outline and content.
 *
 * The shallowest heading level of the document (normally `#`) makes chapters, the next one
 * sections; deeper headings are headings inside the current node's content, their level relative
 * to that node (1..3, deeper ones clamped to 3), so that absolute levels match the computed
 * numbering (see ../numbering/heading-numbering.ts).
 *
 * Numbering typed by the author (一、 （一） 1. （1）, 表 1-1, 图1-1, 案例 1-1) is removed because
 * numbers are computed; whether a heading had one is kept as `numbered`, so 前言, 案例附录 and
 * 经典案例 1 stay unnumbered, and the typed numbers of tables and figures turn `见表 1-1` in the text
 * into cross-references (./cross-references.ts).
 *
 * Tables (./build-table.ts), figures and `::: {.case}` boxes become their own blocks. Figures are
 * built with no image (`asset: null`, `missingName` = the path as typed): reading image files is
 * the caller's job (electron/import/), which fills the assets in with ./figure-assets.ts.
 */
import { newBlockId } from '../ids/block-id';
import type {
  BlockElement,
  CaseElement,
  FigureElement,
  FormattedText,
  HeadingElement,
  HeadingLevel,
  ListElement,
  ParagraphElement,
  TableElement,
} from '../model/document';
import type { BlockToken, DivOpenToken, HeadingToken, ListToken, OrphanCaptionToken, TableToken } from './block-tokens';
import { buildTable, inlinePlainText } from './build-table';
import { caseTitleFrom } from './case-title';
import type { UnresolvedReference } from './cross-references';
import { headingText } from './heading-text';
import type { ImportWarning, ImportWarningKind } from './import-warnings';
import { joinLines } from './join-lines';
import { parseInline, type InlineImage } from './parse-inline';
import { OutlineDraft, TypedNumbers, type ImportedNode, type NodeDraft } from './outline-draft';
import { figureSourceLine, tableSourceLine } from './source-lines';
import { splitFigureNumber, TYPED_NUMBER_SOURCE, type StructureWord } from './typed-numbers';

/** What the import made of the source, to report to the user. */
export interface ImportTally {
  readonly tables: number;
  readonly figures: number;
  /** `::: {.case}` boxes, imported as case blocks. */
  readonly cases: number;
  /** Typed references (见表 1-1) turned into cross-references. */
  readonly crossReferences: number;
  /** Code blocks imported as plain paragraphs. */
  readonly codeBlocks: number;
  /** Links of which only the text was kept. */
  readonly links: number;
  /** Blocks found before the first heading, put into the {@link LEADING_TITLE} node. */
  readonly leadingBlocks: number;
}

/** An image a figure asks for: the path as typed, relative to the Markdown file. */
export interface FigureImage {
  readonly blockId: string;
  readonly src: string;
  readonly line: number;
}

export interface MarkdownReport {
  readonly nodes: readonly ImportedNode[];
  /** Headings inside content (below the section level), those inside case boxes included. */
  readonly contentHeadings: number;
  readonly tally: ImportTally;
  /** One entry per figure, in document order. */
  readonly images: readonly FigureImage[];
  /** In source order. */
  readonly warnings: readonly ImportWarning[];
}

export { LEADING_TITLE, type ImportedNode } from './outline-draft';

/** Width of an imported figure, in % of the text width: a photo that leaves margins on both sides. */
export const DEFAULT_FIGURE_WIDTH = 80;

const UNTITLED = '（无标题）';

interface CaseDraft {
  readonly element: CaseElement;
  readonly line: number;
  /** Number of open fenced divs when the case opened: its own `:::` closes it. */
  readonly divDepth: number;
  /** Its first block has not been seen yet: it may be the `案例 x-y 标题` line. */
  awaitingTitle: boolean;
}

function clampLevel(level: number): HeadingLevel {
  return Math.min(3, Math.max(1, level)) as HeadingLevel;
}

const STRUCTURE_NAME: Readonly<Record<StructureWord, { zh: string; en: string }>> = {
  图: { zh: '图', en: 'figure' },
  表: { zh: '表', en: 'table' },
  案例: { zh: '案例', en: 'case' },
};

/** A printed page number the converter kept: `- 49 -`, `— 49 —`, `49 -` (a list item ate the first dash). */
const PAGE_NUMBER_LEFTOVER = /^\s*[-－—–]*\s*[0-9０-９]{1,3}\s*[-－—–]+\s*$|^\s*[-－—–]+\s*[0-9０-９]{1,3}\s*[-－—–]*\s*$/;
/** A second typed number inside a figure caption (`图 9 … 图 10 …`). */
const SECOND_FIGURE_NUMBER = new RegExp(`图\\s*(${TYPED_NUMBER_SOURCE})\\s*[:：、.．]?\\s*`);
/** Headings end without sentence punctuation and are short; a converter's sentence fragment is neither. */
const SENTENCE_LIKE_HEADING = /[，,；;。、]$/;
const LONG_HEADING = 40;

class ReportBuilder {
  private readonly outline = new OutlineDraft();
  private readonly typed = new TypedNumbers();
  private tally = { tables: 0, figures: 0, cases: 0, crossReferences: 0, codeBlocks: 0, links: 0 };
  private readonly warnings: ImportWarning[] = [];
  private readonly images: FigureImage[] = [];
  private openDivs = 0;
  private openCase: CaseDraft | null = null;
  /** The table or figure just added: a 数据来源 line right after it is its source. */
  private lastStructure: TableElement | FigureElement | null = null;
  /** Captions without their table, kept as paragraphs: no reference linking in them. */
  private readonly orphanCaptions = new WeakSet<BlockElement>();
  /** Typed number key → block id; null once a second structure claimed the same number. */

  constructor(private readonly baseLevel: number) {}

  /** Where the next block goes: the open case box, else the node. */
  private container(): readonly BlockElement[] {
    return this.openCase?.element.children ?? this.outline.target().blocks;
  }

  private warn(kind: ImportWarningKind, line: number, zh: string, en: string): void {
    this.warnings.push({ kind, line, zh, en });
  }

  private addBlock(block: Exclude<BlockElement, CaseElement>): void {
    const open = this.openCase;
    if (open) {
      if (open.awaitingTitle) this.missingCaseTitle(open);
      open.element.children.push(block);
      return;
    }
    this.addToNode(block);
  }

  private addToNode(block: BlockElement): void {
    this.outline.addToNode(block);
  }

  add(token: BlockToken): void {
    const previous = this.lastStructure;
    this.lastStructure = null;
    switch (token.kind) {
      case 'heading':
        return this.heading(token);
      case 'paragraph':
        return this.paragraph(joinLines(token.lines), token.line, previous);
      case 'list':
        return this.list(token);
      case 'table':
        return this.table(token);
      case 'orphan-caption':
        return this.orphanCaption(token);
      case 'figure':
        return this.figure({ caption: token.caption, src: token.src }, token.line);
      case 'div-open':
        return this.divOpen(token);
      case 'div-close':
        return this.divClose();
      case 'code':
        this.tally.codeBlocks += 1;
        for (const line of token.lines) if (line.trim() !== '') this.addBlock({ type: 'paragraph', id: newBlockId(), children: [{ text: line.trim() }] });
        return;
      // Metadata (title, author) and rules carry no report content.
      case 'metadata':
      case 'thematic-break':
        return;
    }
  }

  // ---- structures -------------------------------------------------------------------------

  /** Remembers a typed number for cross-references; a number typed twice links nothing. */
  private register(word: StructureWord, number: string | null, id: string, line: number): void {
    if (!this.typed.register(word, number, id)) return;
    const name = STRUCTURE_NAME[word];
    this.warn(
      'duplicate-number',
      line,
      `${name.zh} ${number} 的编号出现了不止一次，正文中“见${name.zh} ${number}”之类的引用未转换为自动引用，请核对编号`,
      `${name.en} ${number} is typed more than once; references to it were left as text`,
    );
  }

  private table(token: TableToken): void {
    const built = buildTable(token);
    this.warnings.push(...built.warnings);
    if (built.table === null) return;
    this.tally.tables += 1;
    this.addBlock(built.table);
    this.register('表', built.number, built.table.id, token.line);
    this.lastStructure = built.table;
  }

  private orphanCaption(token: OrphanCaptionToken): void {
    const runs = parseInline(token.text).runs;
    this.warn(
      'orphan-caption',
      token.line,
      `第 ${token.line} 行的表格标题“${inlinePlainText(token.text)}”前后没有表格，已作为普通段落导入`,
      `the table caption at line ${token.line} has no table next to it; imported as a paragraph`,
    );
    if (runs.some((run) => run.text.trim() !== '')) {
      const paragraph: ParagraphElement = { type: 'paragraph', id: newBlockId(), children: runs };
      // Its typed 表 number was warned about as an orphan caption already, not again as a reference.
      this.orphanCaptions.add(paragraph);
      this.addBlock(paragraph);
    }
  }

  private figure(image: InlineImage, line: number): void {
    const { number, text: typedCaption } = splitFigureNumber(inlinePlainText(image.caption));
    const second = SECOND_FIGURE_NUMBER.exec(typedCaption);
    // Two photos sharing one caption: the second number stays out of the caption (it would print
    // beside the computed one and name another figure) and out of the numbering.
    const text = second === null ? typedCaption : `${typedCaption.slice(0, second.index)}${typedCaption.slice(second.index + second[0].length)}`.trim();
    const figure: FigureElement = {
      type: 'figure',
      id: newBlockId(),
      asset: null,
      caption: text,
      source: '',
      width: DEFAULT_FIGURE_WIDTH,
      missingName: image.src,
      children: [{ text: '' }],
    };
    this.tally.figures += 1;
    this.addBlock(figure);
    this.register('图', number, figure.id, line);
    if (second !== null) {
      const typed = `图 ${second[1] as string}`;
      this.warn(
        'caption-number',
        line,
        `第 ${line} 行的图题“${typedCaption}”中还写有“${typed}”（两张图共用一个图题？），已从图题中去掉该编号，它不参与编号，请核对图题`,
        `the figure caption at line ${line} holds a second typed number (${typed}); it was removed from the caption and takes no number`,
      );
    }
    this.images.push({ blockId: figure.id, src: image.src, line });
    this.lastStructure = figure;
  }

  /** Images found inside a paragraph, list or heading go after it, as figures, in their order. */
  private inlineFigures(images: readonly InlineImage[], line: number): void {
    for (const image of images) this.figure(image, line);
  }

  // ---- case boxes -------------------------------------------------------------------------

  private divOpen(token: DivOpenToken): void {
    this.openDivs += 1;
    if (!token.classes.includes('case')) return;
    // A case inside a case means the outer one lost its closing fence: close it here.
    if (this.openCase) this.closeCase();
    const element: CaseElement = { type: 'case', id: newBlockId(), title: '', children: [] };
    this.tally.cases += 1;
    this.addToNode(element);
    this.openCase = { element, line: token.line, divDepth: this.openDivs, awaitingTitle: true };
  }

  private divClose(): void {
    if (this.openCase?.divDepth === this.openDivs) this.closeCase();
    this.openDivs = Math.max(0, this.openDivs - 1);
  }

  private closeCase(): void {
    const open = this.openCase;
    if (!open) return;
    if (open.awaitingTitle) this.missingCaseTitle(open);
    // The grammar wants at least one child; an empty box gets the empty paragraph an editor would show.
    if (open.element.children.length === 0) open.element.children.push({ type: 'paragraph', id: newBlockId(), children: [{ text: '' }] });
    this.openCase = null;
  }

  private missingCaseTitle(open: CaseDraft): void {
    open.awaitingTitle = false;
    this.warn(
      'case-title',
      open.line,
      `第 ${open.line} 行的案例框没有“案例 x-x 标题”形式的首行，案例标题留空，请补写`,
      `the case box at line ${open.line} does not start with a "案例 x-x title" line; its title was left empty`,
    );
  }

  /** Takes `runs` as the open case's title if it is waiting for one and they read like a title. */
  private takeCaseTitle(runs: readonly FormattedText[]): boolean {
    const open = this.openCase;
    if (!open?.awaitingTitle) return false;
    const title = caseTitleFrom(runs);
    if (title === null) return false;
    open.element.title = title.text;
    open.awaitingTitle = false;
    this.register('案例', title.number, open.element.id, open.line);
    return true;
  }

  /**
   * A heading the open case box cannot hold ends it: a chapter or section heading, or a content
   * heading with a typed number. Case boxes are short and do not continue the section's numbered
   * headings, so such a heading means the converter lost the box's end (seed 001's 案例 1-3 ends
   * after its figure and `(2) 构建培养框架` is the section's next heading).
   */
  private closeOverrunCase(token: HeadingToken, title: string): void {
    const open = this.openCase;
    if (!open) return;
    const name = open.element.title === '' ? '' : `“${open.element.title}”`;
    this.warn(
      'case-overrun',
      token.line,
      `第 ${open.line} 行的案例框${name}延续到了第 ${token.line} 行的编号标题“${title}”，已在该标题前结束，其后内容归入正文，请核对案例的结尾`,
      `the case box at line ${open.line} ran into the numbered heading at line ${token.line}; it was closed before that heading`,
    );
    this.closeCase();
  }

  // ---- text blocks ------------------------------------------------------------------------

  private heading(token: HeadingToken): void {
    const text = headingText(token.text);
    this.tally.links += text.links;
    const numbered = text.hadNumber && !token.unnumbered;
    const rank = token.level - this.baseLevel + 1;
    if (text.title !== '') this.checkHeadingText(text.title, token.line);
    if (this.openCase && (rank <= 2 || numbered)) this.closeOverrunCase(token, inlinePlainText(token.text));
    if (rank <= 2) {
      this.outline.openNode(rank === 1 ? 1 : 2, text.title === '' ? UNTITLED : text.title, numbered, token.line);
      this.inlineFigures(text.images, token.line);
      return;
    }
    if (text.title !== '' && !this.takeCaseTitle(text.runs)) {
      const heading: HeadingElement = { type: 'heading', id: newBlockId(), level: clampLevel(rank - this.outline.target().depth), children: text.runs };
      if (!numbered) heading.numbered = false;
      this.outline.contentHeadings += 1;
      this.addBlock(heading);
    }
    this.inlineFigures(text.images, token.line);
  }

  private paragraph(source: string, line: number, previous: TableElement | FigureElement | null): void {
    const inline = parseInline(source);
    this.tally.links += inline.links;
    const blank = inline.runs.every((r) => r.text.trim() === '');
    if (!blank && previous !== null && previous.source === '' && inline.images.length === 0) {
      const plain = inline.runs.map((r) => r.text).join('');
      const source = previous.type === 'table' ? tableSourceLine(plain) : figureSourceLine(plain);
      if (source !== null) {
        previous.source = source;
        return;
      }
    }
    if (!blank && inline.images.length === 0 && this.pageNumberLeftover(inline.runs, line)) return;
    // A paragraph made only of images leaves nothing but its figures.
    if (!blank && !this.takeCaseTitle(inline.runs)) this.addBlock({ type: 'paragraph', id: newBlockId(), children: inline.runs });
    this.inlineFigures(inline.images, line);
  }

  /** A printed page number kept by the converter (`- 49 -`): dropped, with a warning. */
  private pageNumberLeftover(runs: readonly FormattedText[], line: number): boolean {
    const text = runs.map((r) => r.text).join('');
    if (!PAGE_NUMBER_LEFTOVER.test(text)) return false;
    this.warn(
      'page-number',
      line,
      `第 ${line} 行的“${text.trim()}”像是原文的页码（转换遗留），已略去`,
      `line ${line} ("${text.trim()}") looks like a page number left over by the conversion; it was dropped`,
    );
    return true;
  }

  /** A heading that reads like a sentence fragment is kept, but the user is told where. */
  private checkHeadingText(title: string, line: number): void {
    if (!SENTENCE_LIKE_HEADING.test(title) && [...title].length <= LONG_HEADING) return;
    this.warn(
      'suspicious-heading',
      line,
      `第 ${line} 行的标题“${title.length > 30 ? `${title.slice(0, 30)}…` : title}”像是一段正文（转换时误成了标题？），请核对`,
      `the heading at line ${line} reads like a sentence fragment (turned into a heading by the conversion?)`,
    );
  }

  private list(token: ListToken): void {
    const items: ListElement['children'] = [];
    const images: InlineImage[] = [];
    for (const lines of token.items) {
      const inline = parseInline(joinLines(lines));
      images.push(...inline.images);
      this.tally.links += inline.links;
      if (inline.runs.every((r) => r.text.trim() === '')) continue;
      if (this.pageNumberLeftover(inline.runs, token.line)) continue;
      items.push({ type: 'list-item', id: newBlockId(), children: inline.runs });
    }
    if (items.length > 0) this.addList(token, items);
    this.inlineFigures(images, token.line);
  }

  private addList(token: ListToken, items: ListElement['children']): void {
    const type = token.ordered ? 'numbered-list' : 'bulleted-list';
    // A numbered list split by a blank-only block resumes at its next number (1. 2. … 3.): one list again.
    const blocks = this.container();
    const previous = blocks[blocks.length - 1];
    if (type === 'numbered-list' && token.start > 1 && previous?.type === 'numbered-list' && previous.children.length + 1 === token.start) {
      previous.children.push(...items);
      return;
    }
    this.addBlock({ type, id: newBlockId(), children: items });
  }

  // ---- result -----------------------------------------------------------------------------

  /** Links typed references in every paragraph (those in case boxes too) to their targets. */
  private linkCrossReferences(): void {
    this.tally.crossReferences += this.typed.link(
      this.outline,
      (paragraph) => this.orphanCaptions.has(paragraph),
      (reference, node, paragraph) => this.unresolvedReference(reference, node, paragraph),
    );
  }

  /** A typed reference that names nothing of this import stays text; in the numbered report it would name another item. */
  private unresolvedReference({ typed }: UnresolvedReference, node: NodeDraft, paragraph: string): void {
    const at = Math.max(0, paragraph.indexOf(typed));
    const excerpt = paragraph.slice(Math.max(0, at - 8), at + typed.length + 8);
    this.warn(
      'unresolved-reference',
      node.line,
      `“${node.title}”中的“${excerpt}”：${typed} 在导入的内容中找不到，保留为文字（编号由软件计算，它可能指向别的图表），请改为自动引用或删去`,
      `"${typed}" in "${node.title}" names nothing in the import; it was left as text and may now name another item`,
    );
  }

  finish(): MarkdownReport {
    this.closeCase();
    this.linkCrossReferences();
    // Stable sort: warnings of one line keep the order they were found in.
    const warnings = this.warnings.slice().sort((a, b) => a.line - b.line);
    return {
      nodes: this.outline.freeze(),
      contentHeadings: this.outline.contentHeadings,
      tally: { ...this.tally, leadingBlocks: this.outline.leadingBlocks },
      images: this.images.slice(),
      warnings,
    };
  }
}

/** Builds the report from tokens; null when there is no heading to build an outline from. */
export function buildReport(tokens: readonly BlockToken[]): MarkdownReport | null {
  const levels = tokens.filter((t): t is HeadingToken => t.kind === 'heading').map((t) => t.level);
  if (levels.length === 0) return null;
  const builder = new ReportBuilder(Math.min(...levels));
  for (const token of tokens) builder.add(token);
  return builder.finish();
}
