/**
 * A whole Word report (./docx-model.ts) → the report's outline and content, in the same shape as
 * the Markdown import (../../markdown/build-report.ts), so the two share storing, warnings and the
 * CLI's summary.
 *
 * - The front matter is recognised and skipped: the cover (everything before the first heading
 *   that is not the statement or a contents page), the 内容真实性责任声明 (from its title to the
 *   next page), 目录 and the lists of figures and tables (TOC fields, TOC content controls, TOC
 *   styles, hand-typed lines with dot leaders and their 目录 title). Printed page numbers kept as
 *   text (a PAGE field or “— 5 —” in the body) are dropped. Each gets a note.
 * - Headings: ./docx-headings.ts. The shallowest level found makes chapters, the next sections,
 *   deeper ones headings inside a section (relative levels 1..3); typed numbers are dropped because
 *   ours are computed, and a heading without one stays unnumbered (前言, 经典案例 1 …).
 * - Tables (./docx-table.ts) with their caption above (typed “表 1-1 …”, or a SEQ 表 field) — or
 *   below when nothing stands above — and their 数据来源 line below; 小计/合计/占比 become computed
 *   cells when they reproduce the typed numbers, as in import-md.
 * - Figures: each picture becomes a figure (its image already through the image gate, see
 *   electron/word/report/), captioned by a 图 line or SEQ 图 field or Caption-style line below it
 *   (or above it), with its 来源 line.
 * - Case boxes: a one-column table whose first line is “案例 N …” (or any one-cell table), a run of
 *   bordered paragraphs, or a bold “案例 N …” line followed by its paragraphs up to the next
 *   heading (guessed: a warning says so).
 * - Typed references (见表 1-1, 如图 3 所示, 案例 2) become live cross-references to what carried that
 *   typed number, as in import-md.
 */
import { newBlockId } from '../../ids/block-id';
import type { BlockElement, CaseChild, CaseElement, FigureElement, FormattedText, HeadingElement, HeadingLevel, ListElement, ListItemElement, ParagraphElement, TableElement } from '../../model/document';
import { plainText } from '../../model/document';
import { gridToTable } from '../../tables/cell-grid';
import { checkTable, splitCaptionNumber } from '../../tables/index';
import { DEFAULT_FIGURE_WIDTH, type MarkdownReport } from '../../markdown/build-report';
import { withVerifiedFormulas } from '../../markdown/build-table';
import { caseTitleFrom } from '../../markdown/case-title';
import type { UnresolvedReference } from '../../markdown/cross-references';
import { OutlineDraft, TypedNumbers, type NodeDraft } from '../../markdown/outline-draft';
import type { ImportWarning, ImportWarningKind } from '../../markdown/import-warnings';
import { figureSourceLine, tableSourceLine } from '../../markdown/source-lines';
import { splitFigureNumber, type StructureWord } from '../../markdown/typed-numbers';
import { bodyHalfPoints, FRONT_TITLE, headingOf, isTocStyle, plainRuns, squeeze, STATEMENT_TITLE, TOC_LINE, type HeadingInfo } from './docx-headings';
import type { DocxBlock, DocxParagraph, DocxTable, PictureOutcome } from './docx-model';
import { columnCount, tableGrid, tidyRuns } from './docx-table';

const UNTITLED = '（无标题）';
const FIGURE_CAPTION = /^\s*图\s*[0-9０-９]+(?:\s*[-－—–.．]\s*[0-9０-９]+)?(?![0-9０-９])/;
const PAGE_NUMBER = /^\s*[-－—–]*\s*(?:[0-9０-９]{1,3}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVXivx]{1,4})\s*[-－—–]+\s*$|^\s*[-－—–]+\s*(?:[0-9０-９]{1,3}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVXivx]{1,4})\s*[-－—–]*\s*$|^\s*第\s*[0-9０-９]{1,3}\s*页(?:\s*[，,]?\s*共\s*[0-9０-９]{1,3}\s*页)?\s*$/;
const MISSING_PLACEHOLDER = /^［图片缺失：(.*)］$/;
/** A bullet or a number followed by a tab: how lists look when they are typed (and how our export writes them). */
const TYPED_LIST_ITEM = /^\s*(?:([•·●○■□◆◇▪►\-–])|([0-9０-９]{1,3})[.．、)）])\t\s*/;
const MAX_CAPTION_CHARS = 120;
/** The label an English Word writes before a SEQ number (Table 1, Figure 2-1, Fig. 3). */
const SEQ_LABEL = /^\s*(?:table|figure|fig\.?)\s*[0-9０-９]+(?:\s*[-－—–.．]\s*[0-9０-９]+)?\s*[:：.．]?\s*/i;
const AUTHORSHIP_NOTE = /^（编写分工尚未填写。）$/;

interface OpenCase {
  readonly element: CaseElement;
  readonly line: number;
  /** How it was found: a bold title line (its end is guessed) or bordered paragraphs. */
  readonly how: 'title' | 'border';
}

/** What the front matter held, for the note. */
interface FrontMatter {
  cover: number;
  statement: number;
  toc: number;
}

export interface DocxReportOptions {
  /** What became of the picture with this relationship id. */
  readonly picture: (relId: string) => PictureOutcome;
}

export interface DocxReport extends MarkdownReport {
  readonly front: Readonly<FrontMatter>;
}

const isParagraph = (block: DocxBlock | undefined): block is DocxParagraph => block?.kind === 'paragraph';
const textOf = (p: DocxParagraph): string => plainRuns(p.runs).trim();

class DocxReportBuilder {
  private readonly outline = new OutlineDraft();
  private readonly typed = new TypedNumbers();
  private readonly tally = { tables: 0, figures: 0, cases: 0, crossReferences: 0, codeBlocks: 0, links: 0 };
  private readonly warnings: ImportWarning[] = [];
  private openCase: OpenCase | null = null;
  private last: TableElement | FigureElement | null = null;
  private pendingTableCaption: { text: string; number: string | null } | null = null;
  private pendingFigureCaption: { text: string; number: string | null } | null = null;
  private readonly orphanCaptions = new WeakSet<BlockElement>();
  private readonly headings = new Map<DocxParagraph, HeadingInfo>();
  private baseLevel = 1;
  private readonly dropped = new Map<string, number[]>();
  /** The block just added is a list: a list item next joins it. */
  private lastWasList = false;

  constructor(
    private readonly blocks: readonly DocxBlock[],
    private readonly options: DocxReportOptions,
    private readonly bodySize: number,
  ) {}

  private warn(kind: ImportWarningKind, line: number, zh: string, en: string): void {
    this.warnings.push({ kind, line, zh, en });
  }

  // ---- outline -------------------------------------------------------------------------------

  private add(block: Exclude<BlockElement, CaseElement>): void {
    this.lastWasList = false;
    if (this.openCase) {
      this.openCase.element.children.push(block as CaseChild);
      return;
    }
    this.outline.addToNode(block);
  }

  private addCase(element: CaseElement): void {
    this.lastWasList = false;
    this.outline.addToNode(element);
  }

  private register(word: StructureWord, number: string | null, id: string, line: number): void {
    if (this.typed.register(word, number, id)) {
      this.warn('duplicate-number', line, `${word} ${number} 的编号出现了不止一次（第 ${line} 段附近），正文中对它的引用未转换为自动引用，请核对编号`, `${word} ${number} is typed more than once; references to it were left as text`);
    }
  }

  // ---- the walk ------------------------------------------------------------------------------

  run(): DocxReport | null {
    const paragraphs = this.blocks.filter(isParagraph);
    for (const p of paragraphs) {
      const heading = headingOf(p, this.bodySize);
      if (heading !== null) this.headings.set(p, heading);
    }
    if (this.headings.size === 0) return null;
    this.baseLevel = Math.min(...[...this.headings.values()].map((h) => h.level));
    const { start, front } = this.frontMatter();
    for (let i = start; i < this.blocks.length; i++) this.block(this.blocks[i] as DocxBlock, i);
    this.closeCase();
    this.flushCaptions();
    this.linkCrossReferences();
    this.reportDropped();
    const warnings = this.warnings.slice().sort((a, b) => a.line - b.line);
    return {
      nodes: this.outline.freeze(),
      contentHeadings: this.outline.contentHeadings,
      tally: { ...this.tally, leadingBlocks: this.outline.leadingBlocks },
      images: [],
      warnings,
      front,
    };
  }

  /**
   * Everything before the first heading of the body is front matter: the statement from its title
   * to the next page, contents pages, the cover. A long paragraph there is content after all (a
   * report that starts without a heading): it goes to the leading node, as in import-md.
   */
  private frontMatter(): { start: number; front: FrontMatter } {
    const front: FrontMatter = { cover: 0, statement: 0, toc: 0 };
    let start = this.blocks.findIndex((b) => isParagraph(b) && this.headings.has(b));
    if (start < 0) start = this.blocks.length;
    let part: 'cover' | 'statement' | 'toc' = 'cover';
    const kept: DocxBlock[] = [];
    for (const block of this.blocks.slice(0, start)) {
      if (!isParagraph(block)) {
        front[part] += 1;
        continue;
      }
      const text = textOf(block);
      const squeezed = squeeze(text);
      if (this.isTocParagraph(block)) {
        part = 'toc';
        front.toc += 1;
        continue;
      }
      if (STATEMENT_TITLE.test(squeezed) && squeezed.length <= 20) part = 'statement';
      else if (block.newPage && part !== 'cover') part = 'cover';
      if (text === '' && block.pictures.length === 0) continue;
      if (part === 'cover' && [...text].length > 100) {
        kept.push(block);
        continue;
      }
      front[part] += 1;
    }
    for (const block of kept) this.block(block, -1);
    return { start, front };
  }

  private isTocParagraph(p: DocxParagraph): boolean {
    if (p.inToc || isTocStyle(p.style)) return true;
    const text = textOf(p);
    return FRONT_TITLE.test(squeeze(text)) || (text !== '' && TOC_LINE.test(text) && [...text].length <= 80);
  }

  private block(block: DocxBlock, index: number): void {
    if (block.kind === 'table') return this.table(block);
    const p = block;
    for (const what of p.dropped) this.dropped.set(what, [...(this.dropped.get(what) ?? []), p.index]);
    if (this.isTocParagraph(p) && !this.headings.has(p)) return;
    const heading = this.headings.get(p);
    if (heading !== undefined) return this.heading(p, heading);
    // Our own export frames a missing picture's placeholder with a dashed border: a figure, not a box.
    const framed = p.bordered && !MISSING_PLACEHOLDER.test(textOf(p));
    if (framed && !this.openCase && p.pictures.length === 0 && textOf(p) !== '') this.openBorderCase(p);
    else if (!framed && this.openCase?.how === 'border' && (textOf(p) !== '' || p.pictures.length > 0)) this.closeCase();
    this.paragraph(p, index);
  }

  // ---- headings -----------------------------------------------------------------------------

  private heading(p: DocxParagraph, info: HeadingInfo): void {
    this.flushCaptions();
    this.closeCase();
    this.last = null;
    const text = plainRuns(p.runs).slice(info.strip).replace(/[\t\n]+/g, ' ').trim();
    const rank = info.level - this.baseLevel + 1;
    if (rank <= 2) {
      // 前  言 is 前言: authors space out short unnumbered titles to centre them.
      const title = text === '' ? UNTITLED : !info.numbered && squeeze(text).length <= 6 ? squeeze(text) : text;
      this.outline.openNode(rank === 1 ? 1 : 2, title, info.numbered, p.index);
      return;
    }
    if (text === '') return;
    const level = Math.min(3, Math.max(1, rank - this.outline.target().depth)) as HeadingLevel;
    const heading: HeadingElement = { type: 'heading', id: newBlockId(), level, children: [{ text }] };
    if (!info.numbered) heading.numbered = false;
    this.outline.contentHeadings += 1;
    this.add(heading);
  }

  // ---- paragraphs ---------------------------------------------------------------------------

  private paragraph(p: DocxParagraph, index: number): void {
    const text = textOf(p);
    // An empty line between a table and its 数据来源 line keeps them together.
    if (text === '' && p.pictures.length === 0) return;
    const previous = this.last;
    this.last = null;
    if (p.pictures.length > 0) return this.pictures(p, text);
    if (this.outline.current?.role === 'authorship' && AUTHORSHIP_NOTE.test(text)) return;
    const missing = MISSING_PLACEHOLDER.exec(text);
    if (missing) return this.figure(null, missing[1] as string, p.index, `Word 文件中此处是占位文字“${text}”（原图缺失）`);
    if (p.fields.includes('PAGE') || PAGE_NUMBER.test(text)) {
      this.warn('page-number', p.index, `第 ${p.index} 段的“${text}”是印刷页码，已略去（页码由软件生成）`, `paragraph ${p.index} ("${text}") is a printed page number; dropped`);
      return;
    }
    if (previous !== null && previous.source === '') {
      const source = previous.type === 'table' ? tableSourceLine(text) : figureSourceLine(text);
      if (source !== null) {
        previous.source = source;
        return;
      }
    }
    if (this.figureCaption(p, text, previous, index)) return;
    if (this.tableCaption(p, text, previous, index)) return;
    const runs = tidyRuns(p.runs);
    const caseTitle = this.openCase === null || this.openCase.how === 'title' ? caseTitleFrom(runs) : null;
    if (caseTitle !== null && [...text].length <= 60) return this.openTitleCase(caseTitle.text, caseTitle.number, p.index);
    if (this.openCase?.how === 'border' && this.openCase.element.title === '' && this.openCase.element.children.length === 0) {
      const title = caseTitleFrom(runs);
      if (title !== null) {
        this.openCase.element.title = title.text;
        this.register('案例', title.number, this.openCase.element.id, p.index);
        return;
      }
    }
    const item = TYPED_LIST_ITEM.exec(text);
    if (item || (p.list !== null && this.headings.get(p) === undefined)) {
      const ordered = item ? item[2] !== undefined : p.list?.pattern !== 'bullet';
      return this.listItem(item ? tidyRuns(p.runs).map((r, i) => (i === 0 ? { ...r, text: r.text.slice(item[0].trimStart().length) } : r)) : runs, ordered);
    }
    this.add({ type: 'paragraph', id: newBlockId(), children: runs });
  }

  private listItem(runs: FormattedText[], ordered: boolean): void {
    const type = ordered ? 'numbered-list' : 'bulleted-list';
    const container = this.openCase?.element.children ?? this.outline.target().blocks;
    const previous = container[container.length - 1];
    const item: ListItemElement = { type: 'list-item', id: newBlockId(), children: runs.filter((r) => r.text !== '').length > 0 ? runs : [{ text: '' }] };
    if (previous?.type === type && this.lastWasList) {
      (previous as ListElement).children.push(item);
    } else {
      this.add({ type, id: newBlockId(), children: [item] });
    }
    this.lastWasList = true;
  }

  /** The next block after `index` that is not an empty paragraph. */
  private nextSubstantial(index: number): DocxBlock | undefined {
    if (index < 0) return undefined;
    for (let i = index + 1; i < this.blocks.length; i++) {
      const block = this.blocks[i] as DocxBlock;
      if (block.kind === 'table' || textOf(block) !== '' || block.pictures.length > 0) return block;
    }
    return undefined;
  }

  private isCaptionStyle(p: DocxParagraph): boolean {
    return p.style !== null && /^(?:caption|题注)$/.test(p.style);
  }

  private figureCaption(p: DocxParagraph, text: string, previous: TableElement | FigureElement | null, index: number): boolean {
    const typed = FIGURE_CAPTION.test(text) || p.fields.includes('SEQ 图') || p.fields.includes('SEQ Figure');
    const styled = this.isCaptionStyle(p) && !splitCaptionNumber(text).label && !p.fields.includes('SEQ 表');
    if ((!typed && !(styled && previous?.type === 'figure')) || [...text].length > MAX_CAPTION_CHARS) return false;
    const { number, text: caption } = FIGURE_CAPTION.test(text) ? splitFigureNumber(text) : { number: null, text: text.replace(SEQ_LABEL, '') };
    if (previous?.type === 'figure' && previous.caption === '') {
      previous.caption = caption;
      this.register('图', number, previous.id, p.index);
      this.last = previous;
      return true;
    }
    const next = this.nextSubstantial(index);
    if (isParagraph(next) && next.pictures.length > 0) {
      this.flushCaptions();
      this.pendingFigureCaption = { text: caption, number };
      return true;
    }
    if (!typed) return false;
    this.orphan(p, 'figure');
    return true;
  }

  private tableCaption(p: DocxParagraph, text: string, previous: TableElement | FigureElement | null, index: number): boolean {
    const split = splitCaptionNumber(text);
    const typed = split.label !== null || p.fields.includes('SEQ 表') || p.fields.includes('SEQ Table');
    const next = this.nextSubstantial(index);
    const styled = this.isCaptionStyle(p) && next?.kind === 'table';
    if ((!typed && !styled) || [...text].length > MAX_CAPTION_CHARS) return false;
    const caption = split.label !== null ? split.text : text.replace(SEQ_LABEL, '');
    if (next?.kind === 'table' && !this.isCaseTable(next)) {
      this.flushCaptions();
      this.pendingTableCaption = { text: caption, number: split.label };
      return true;
    }
    if (previous?.type === 'table' && previous.caption === '') {
      // Some authors put the table's title below it.
      previous.caption = caption;
      this.register('表', split.label, previous.id, p.index);
      this.last = previous;
      return true;
    }
    if (!typed) return false;
    this.orphan(p, 'table');
    return true;
  }

  private orphan(p: DocxParagraph, what: 'figure' | 'table'): void {
    const text = textOf(p);
    const zh = what === 'figure' ? '图题' : '表题';
    this.warn('orphan-caption', p.index, `第 ${p.index} 段的${zh}“${text}”前后没有${what === 'figure' ? '图片' : '表格'}，已作为普通段落导入`, `the ${what} caption in paragraph ${p.index} has no ${what} next to it; imported as a paragraph`);
    const paragraph: ParagraphElement = { type: 'paragraph', id: newBlockId(), children: tidyRuns(p.runs) };
    this.orphanCaptions.add(paragraph);
    this.add(paragraph);
  }

  /** A caption waiting for its table or picture that never came: kept as text. */
  private flushCaptions(): void {
    for (const pending of [this.pendingTableCaption, this.pendingFigureCaption]) {
      if (pending === null) continue;
      const paragraph: ParagraphElement = { type: 'paragraph', id: newBlockId(), children: [{ text: pending.text }] };
      this.orphanCaptions.add(paragraph);
      this.add(paragraph);
    }
    this.pendingTableCaption = null;
    this.pendingFigureCaption = null;
  }

  // ---- figures ------------------------------------------------------------------------------

  private pictures(p: DocxParagraph, text: string): void {
    this.lastWasList = false;
    // Text beside the picture: a caption in the same paragraph (after a line break), or words.
    const sameCaption = text !== '' && (FIGURE_CAPTION.test(text) || p.fields.includes('SEQ 图'));
    if (text !== '' && !sameCaption) this.add({ type: 'paragraph', id: newBlockId(), children: tidyRuns(p.runs) });
    for (const picture of p.pictures) {
      if (picture.relId === null || picture.unsupported !== undefined) {
        this.figure(null, picture.name, p.index, picture.unsupported ?? '图片未嵌入');
        continue;
      }
      const outcome = this.options.picture(picture.relId);
      if ('sha256' in outcome) this.figure(outcome.sha256, picture.name, p.index, null);
      else this.figure(null, picture.name, p.index, outcome.missing);
    }
    if (sameCaption && this.last?.type === 'figure') {
      const { number, text: caption } = splitFigureNumber(text);
      this.last.caption = caption;
      this.register('图', number, this.last.id, p.index);
    }
  }

  private figure(asset: string | null, name: string, line: number, problem: string | null): void {
    const pending = this.pendingFigureCaption;
    this.pendingFigureCaption = null;
    const figure: FigureElement = {
      type: 'figure',
      id: newBlockId(),
      asset,
      caption: pending?.text ?? '',
      source: '',
      width: DEFAULT_FIGURE_WIDTH,
      ...(asset === null ? { missingName: name } : {}),
      children: [{ text: '' }],
    };
    this.tally.figures += 1;
    this.add(figure);
    if (pending !== null) this.register('图', pending.number, figure.id, line);
    if (problem !== null) {
      this.warn('image-unreadable', line, `第 ${line} 段的图片“${name}”无法导入：${problem}；已插入占位图`, `paragraph ${line}: picture "${name}" could not be imported; a placeholder was inserted`);
    }
    this.last = figure;
  }

  // ---- tables and case boxes -------------------------------------------------------------------

  private isCaseTable(table: DocxTable): boolean {
    if (columnCount(table) !== 1 || table.rows.length === 0) return false;
    const cells = table.rows.flatMap((r) => r.cells);
    if (cells.length === 1) return true;
    const first = cells[0]?.blocks.find((b): b is DocxParagraph => isParagraph(b) && textOf(b) !== '');
    return first !== undefined && caseTitleFrom(tidyRuns(first.runs)) !== null;
  }

  private table(table: DocxTable): void {
    this.last = null;
    // A box inside a case box is a table of the case, not a case of its own.
    if (this.openCase?.how !== 'border' && this.isCaseTable(table)) return this.caseTable(table);
    if (this.outline.current?.role === 'authorship') {
      this.pendingTableCaption = null;
      this.warn('dropped-content', table.index, `“编写分工”下的表格未导入：编写分工表由“部门”中登记的编写部门生成，请在应用的“部门”中录入`, 'the table under 编写分工 was not imported: the authorship table is generated from the departments');
      return;
    }
    const built = tableGrid(table);
    if (built.grid.rows.every((row) => row.every((cell) => plainText(cell.content as FormattedText[]).trim() === ''))) {
      this.pendingTableCaption = null;
      this.warn('table-shape', table.index, `第 ${table.index} 段附近的表格没有任何内容，已略过`, `the table near paragraph ${table.index} is empty and was left out`);
      return;
    }
    const pending = this.pendingTableCaption;
    this.pendingTableCaption = null;
    let element = gridToTable(built.grid, { caption: pending?.text ?? '' });
    element = withVerifiedFormulas(element);
    const name = pending === null ? `第 ${table.index} 段附近的表格` : `表“${pending.text}”`;
    for (const problem of checkTable(element)) this.warn('table-check', table.index, `${name}：${problem.message}`, `table near paragraph ${table.index}: ${problem.kind}`);
    if (built.pictures > 0) this.warn('dropped-content', table.index, `${name}的单元格中有 ${built.pictures} 张图片，表格单元格只能放文字，图片未导入`, `${built.pictures} picture(s) inside table cells were not imported`);
    if (built.nestedTables > 0) this.warn('table-shape', table.index, `${name}的单元格中套有表格，已展开为文字，请核对`, 'a table nested in a cell was flattened to text');
    this.tally.tables += 1;
    this.add(element);
    this.register('表', pending?.number ?? null, element.id, table.index);
    this.last = element;
  }

  /** A one-column table framing a case: its first line is the title, the rest its content. */
  private caseTable(table: DocxTable): void {
    this.flushCaptions();
    this.closeCase();
    const inner = table.rows.flatMap((row) => row.cells.flatMap((cell) => cell.blocks));
    const element: CaseElement = { type: 'case', id: newBlockId(), title: '', children: [] };
    this.tally.cases += 1;
    this.addCase(element);
    const firstIndex = inner.findIndex((b) => b.kind === 'table' || textOf(b) !== '' || b.pictures.length > 0);
    const first = inner[firstIndex];
    const title = isParagraph(first) && first.pictures.length === 0 ? caseTitleFrom(tidyRuns(first.runs)) : null;
    if (title !== null) {
      element.title = title.text;
      this.register('案例', title.number, element.id, table.index);
    } else {
      this.warn('case-title', table.index, `第 ${table.index} 段附近的单格表格按案例框导入，但它没有“案例 N 标题”形式的首行，案例标题留空，请补写`, `the one-cell table near paragraph ${table.index} was imported as a case box without a title`);
    }
    this.openCase = { element, line: table.index, how: 'border' };
    const rest = inner.slice(title !== null ? firstIndex + 1 : 0);
    // Its content is read like the body, minus headings (a case box has no outline of its own).
    for (const block of rest) {
      if (block.kind === 'table') this.table(block);
      else this.paragraph(block, -1);
    }
    this.flushCaptions();
    this.openCase = null;
    this.finishCase(element);
  }

  private openBorderCase(p: DocxParagraph): void {
    this.flushCaptions();
    this.closeCase();
    const element: CaseElement = { type: 'case', id: newBlockId(), title: '', children: [] };
    this.tally.cases += 1;
    this.addCase(element);
    this.openCase = { element, line: p.index, how: 'border' };
    const title = caseTitleFrom(tidyRuns(p.runs));
    if (title === null) {
      this.warn('case-title', p.index, `第 ${p.index} 段起的加边框段落按案例框导入，但首行不是“案例 N 标题”，案例标题留空，请补写`, `the bordered paragraphs from paragraph ${p.index} were imported as a case box without a title`);
    }
  }

  private openTitleCase(title: string, number: string | null, line: number): void {
    this.flushCaptions();
    this.closeCase();
    const element: CaseElement = { type: 'case', id: newBlockId(), title, children: [] };
    this.tally.cases += 1;
    this.addCase(element);
    this.register('案例', number, element.id, line);
    this.openCase = { element, line, how: 'title' };
  }

  private closeCase(): void {
    const open = this.openCase;
    if (!open) return;
    this.flushCaptions();
    this.openCase = null;
    if (open.how === 'title') {
      this.warn(
        'case-guessed',
        open.line,
        `第 ${open.line} 段的案例“${open.element.title}”没有边框，其后直到下一个标题的 ${open.element.children.length} 个段落已归入该案例，请核对案例的结尾`,
        `the case titled in paragraph ${open.line} has no box; the ${open.element.children.length} block(s) up to the next heading were put into it`,
      );
    }
    this.finishCase(open.element);
  }

  private finishCase(element: CaseElement): void {
    if (element.children.length === 0) element.children.push({ type: 'paragraph', id: newBlockId(), children: [{ text: '' }] });
  }

  // ---- results ------------------------------------------------------------------------------

  private linkCrossReferences(): void {
    const reported = new Set<string>();
    const unresolved = (reference: UnresolvedReference, node: NodeDraft): void => {
      // Once per section and number: a report that says 见表 3 ten times needs one warning.
      if (reported.has(`${node.title}|${reference.key}`)) return;
      reported.add(`${node.title}|${reference.key}`);
      this.warn(
        'unresolved-reference',
        node.line,
        `“${node.title}”中的“${reference.typed}”在导入的内容中找不到，保留为文字（编号由软件计算，它可能指向别的图表），请改为自动引用或删去`,
        `"${reference.typed}" in "${node.title}" names nothing in the import; it was left as text`,
      );
    };
    this.tally.crossReferences += this.typed.link(this.outline, (paragraph) => this.orphanCaptions.has(paragraph), unresolved);
  }

  private reportDropped(): void {
    for (const [what, where] of this.dropped) {
      const first = where[0] as number;
      const places = where.slice(0, 5).map((n) => `第 ${n} 段`).join('、') + (where.length > 5 ? ' 等' : '');
      this.warn('dropped-content', first, `${where.length} 处${what}未导入（${places}），请在应用中补上`, `${where.length} ${what} item(s) were not imported`);
    }
  }
}

/** Builds the report; null when the document has no heading to build an outline from. */
export function buildDocxReport(blocks: readonly DocxBlock[], options: DocxReportOptions): DocxReport | null {
  const paragraphs = blocks.filter(isParagraph);
  const builder = new DocxReportBuilder(blocks, options, bodyHalfPoints(paragraphs));
  return builder.run();
}
