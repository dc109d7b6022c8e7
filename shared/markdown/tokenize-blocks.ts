/**
 * Pandoc Markdown source → block tokens (see ./block-tokens.ts). Pure and line-based: it looks at
 * the start of each block and hands tables and lists to their readers.
 *
 * Where we depart from Pandoc, it is to cope with real inputs: lines indented by four spaces are
 * paragraphs, not code (authors indent first lines by hand), and an ATX heading or a `:::` fence
 * may end a paragraph without a blank line before it (as in CommonMark editors such as Typora);
 * Pandoc would glue the heading to the paragraph and the outline would lose a chapter.
 */
import { MAX_MARKDOWN_NESTING } from '../limits';
import type { BlockToken, TableToken } from './block-tokens';
import { splitTrailingAttributes, parseAttributes } from './attributes';
import { wholeImage } from './link-syntax';
import { readList, startsList } from './read-list';
import { readGridTable, readHeaderlessPipeTable, readPipeTable, readSimpleTable, type TableParts } from './read-table';

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const SETEXT_1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_2 = /^ {0,3}-+[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const CODE_FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DIV_FENCE = /^ {0,3}:{3,}[ \t]*(.*?)[ \t]*:*[ \t]*$/;
const TABLE_CAPTION = /^ {0,3}[Tt]able:[ \t]*(.*)$/;
const BLOCK_QUOTE = /^ {0,3}>[ \t]?/;

const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === '';

function readTable(lines: readonly string[], at: number): TableParts | null {
  return readPipeTable(lines, at) ?? readHeaderlessPipeTable(lines, at) ?? readGridTable(lines, at) ?? readSimpleTable(lines, at);
}

function divClasses(rest: string): string[] | null {
  if (rest === '') return null;
  const attributes = parseAttributes(rest);
  if (attributes) return [...attributes.classes];
  // `::: case` is Pandoc's short form of `::: {.case}`.
  return /^[\w-]+$/.test(rest) ? [rest] : null;
}

function headingFrom(level: number, raw: string, line: number): BlockToken {
  const { text, attributes } = splitTrailingAttributes(raw.replace(/[ \t]+#+[ \t]*$/, '').replace(/^#+$/, ''));
  return { kind: 'heading', line, level, text: text.trim(), unnumbered: attributes?.classes.includes('unnumbered') ?? false };
}

class BlockScanner {
  private readonly tokens: BlockToken[] = [];
  private index = 0;
  private openDivs = 0;
  /** A `Table:` caption seen just before its table, taken by that table. */
  private pendingCaption: string | null = null;

  constructor(
    private readonly lines: readonly string[],
    private readonly firstLine: number,
    /** How many `>` quotes enclose these lines: each level is scanned by a scanner of its own. */
    private readonly quoteDepth = 0,
  ) {}

  private lineNumber(index: number): number {
    return this.firstLine + index;
  }

  scan(documentStart: boolean): BlockToken[] {
    if (documentStart) this.metadata();
    while (this.index < this.lines.length) {
      if (isBlank(this.lines[this.index])) this.index += 1;
      else this.block();
    }
    return this.tokens;
  }

  private emit(token: BlockToken): void {
    this.tokens.push(token);
  }

  /** YAML front matter (`---` … `---`) or a Pandoc title block (`% title`) at the very top. */
  private metadata(): void {
    const first = this.lines[0];
    if (first === '---' && !isBlank(this.lines[1])) {
      const close = this.lines.findIndex((line, i) => i > 0 && (line === '---' || line === '...'));
      if (close > 0) {
        this.tokens.push({ kind: 'metadata', line: 1, lines: this.lines.slice(1, close) });
        this.index = close + 1;
      }
    } else if (first?.startsWith('%')) {
      let end = 0;
      while (end < this.lines.length && (this.lines[end]?.startsWith('%') || (end > 0 && /^\s+\S/.test(this.lines[end] ?? '')))) end += 1;
      this.tokens.push({ kind: 'metadata', line: 1, lines: this.lines.slice(0, end) });
      this.index = end;
    }
  }

  private block(): void {
    const at = this.index;
    const line = this.lines[at] as string;
    const lineNo = this.lineNumber(at);

    if (line.trimStart().startsWith('<!--')) return this.skipComment();

    const fence = CODE_FENCE.exec(line);
    if (fence) return this.codeBlock(fence[1] as string);

    const div = DIV_FENCE.exec(line);
    if (div) {
      const classes = divClasses(div[1] as string);
      if (classes) {
        this.openDivs += 1;
        this.index += 1;
        return this.emit({ kind: 'div-open', line: lineNo, classes });
      }
      if (this.openDivs > 0 && div[1] === '') {
        this.openDivs -= 1;
        this.index += 1;
        return this.emit({ kind: 'div-close', line: lineNo });
      }
    }

    const atx = ATX_HEADING.exec(line);
    if (atx) {
      this.index += 1;
      return this.emit(headingFrom((atx[1] as string).length, atx[2] ?? '', lineNo));
    }

    if (THEMATIC_BREAK.test(line)) {
      this.index += 1;
      return this.emit({ kind: 'thematic-break', line: lineNo });
    }

    const caption = TABLE_CAPTION.exec(line);
    if (caption) return this.tableCaption(caption[1] as string);

    const table = readTable(this.lines, at);
    if (table) return this.table(table);

    if (BLOCK_QUOTE.test(line)) return this.blockQuote();

    if (startsList(line)) {
      const list = readList(this.lines, at);
      if (list) {
        this.index = list.end;
        return this.emit({ kind: 'list', line: lineNo, ordered: list.ordered, start: list.start, items: list.items });
      }
    }

    this.paragraph();
  }

  private skipComment(): void {
    while (this.index < this.lines.length && !(this.lines[this.index] as string).includes('-->')) this.index += 1;
    this.index += 1;
  }

  private codeBlock(fence: string): void {
    const start = this.index;
    const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
    let end = start + 1;
    while (end < this.lines.length && !close.test(this.lines[end] as string)) end += 1;
    this.index = end + 1;
    this.emit({ kind: 'code', line: this.lineNumber(start), lines: this.lines.slice(start + 1, end) });
  }

  /**
   * `Table: …` goes with the table right after it, else with a caption-less table right before it
   * (Pandoc accepts both places); with no table on either side it is an orphan caption, which the
   * builder keeps as text and reports.
   */
  private tableCaption(first: string): void {
    const line = this.lineNumber(this.index);
    const parts = [first];
    this.index += 1;
    while (this.index < this.lines.length && !isBlank(this.lines[this.index])) {
      parts.push((this.lines[this.index] as string).trim());
      this.index += 1;
    }
    const text = parts.join(' ').trim();
    let next = this.index;
    while (next < this.lines.length && isBlank(this.lines[next])) next += 1;
    if (readTable(this.lines, next)) {
      this.pendingCaption = text;
      return;
    }
    const previous = this.tokens[this.tokens.length - 1];
    if (previous?.kind === 'table' && previous.caption === null) this.tokens[this.tokens.length - 1] = { ...previous, caption: text };
    else this.emit({ kind: 'orphan-caption', line, text });
  }

  private table(parts: TableParts): void {
    const token: TableToken = {
      kind: 'table',
      line: this.lineNumber(this.index),
      format: parts.format,
      caption: this.pendingCaption,
      header: parts.header,
      rows: parts.rows,
      aligns: parts.aligns,
    };
    this.pendingCaption = null;
    this.index = parts.end;
    this.emit(token);
  }

  private blockQuote(): void {
    const start = this.index;
    const inner: string[] = [];
    while (this.index < this.lines.length) {
      const line = this.lines[this.index] as string;
      if (BLOCK_QUOTE.test(line)) inner.push(line.replace(BLOCK_QUOTE, ''));
      // Lazy continuation: a plain line right after quoted text belongs to the quote.
      else if (!isBlank(line) && inner.length > 0 && !isBlank(inner[inner.length - 1])) inner.push(line);
      else break;
      this.index += 1;
    }
    if (this.quoteDepth + 1 > MAX_MARKDOWN_NESTING) throw new NestingTooDeep(this.lineNumber(start));
    for (const token of new BlockScanner(inner, this.lineNumber(start), this.quoteDepth + 1).scan(false)) this.emit(token);
  }

  private paragraph(): void {
    const start = this.index;
    const lines: string[] = [this.lines[start] as string];
    this.index += 1;
    const underline = this.lines[this.index];
    if (underline !== undefined && (SETEXT_1.test(underline) || SETEXT_2.test(underline))) {
      this.index += 1;
      return this.emit(headingFrom(SETEXT_1.test(underline) ? 1 : 2, lines[0] as string, this.lineNumber(start)));
    }
    while (this.index < this.lines.length) {
      const line = this.lines[this.index] as string;
      if (isBlank(line) || ATX_HEADING.test(line)) break;
      const div = DIV_FENCE.exec(line);
      if (div && (divClasses(div[1] as string) !== null || (div[1] === '' && this.openDivs > 0))) break;
      lines.push(line);
      this.index += 1;
    }
    const image = wholeImage(lines.join('\n'));
    if (image) this.emit({ kind: 'figure', line: this.lineNumber(start), caption: image.caption, src: image.src });
    else this.emit({ kind: 'paragraph', line: this.lineNumber(start), lines });
  }
}

/** Quotes nested deeper than MAX_MARKDOWN_NESTING (the scanner recurses per level): the text is refused. */
export class NestingTooDeep extends Error {
  constructor(readonly line: number) {
    super(`quotes nested deeper than ${MAX_MARKDOWN_NESTING} levels at line ${line}`);
    this.name = 'NestingTooDeep';
  }
}

/** Throws NestingTooDeep for quotes nested beyond MAX_MARKDOWN_NESTING. */
export function tokenizeBlocks(source: string): BlockToken[] {
  // Word's manual line break (VT) and PDF page breaks (FF) survive some conversions: they break lines.
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|[\r\n\v\f]/);
  return new BlockScanner(lines, 1).scan(true);
}
