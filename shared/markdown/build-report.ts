/**
 * Block tokens → the report's outline and content.
 *
 * The shallowest heading level of the document (normally `#`) makes chapters, the next one
 * sections; deeper headings are headings inside the current node's content, their level relative
 * to that node (1..3, deeper ones clamped to 3), so that absolute levels match the computed
 * numbering (see ../numbering/heading-numbering.ts).
 *
 * Numbering typed by the author (一、 （一） 1. （1）) is removed because numbers are computed; whether
 * a heading had one is kept as `numbered`, so 前言, 案例附录 and 经典案例 1 stay unnumbered.
 */
import { newBlockId } from '../ids/block-id';
import type { BlockElement, FormattedText, HeadingElement, HeadingLevel, ListElement, SectionContent } from '../model/document';
import { emptySectionContent } from '../model/document';
import type { OutlineRole } from '../model/outline';
import { stripTypedNumber } from '../numbering/heading-numbering';
import type { BlockToken, HeadingToken, ListToken } from './block-tokens';
import { joinLines } from './join-lines';
import { parseInline } from './parse-inline';

export interface ImportedNode {
  readonly title: string;
  readonly role: OutlineRole;
  readonly numbered: boolean;
  /** Source line of the node's heading; 0 for the node holding text found before any heading. */
  readonly line: number;
  readonly content: SectionContent;
  readonly children: readonly ImportedNode[];
}

/** What the import could not model as such; reported to the user, never dropped silently. */
export interface ImportTally {
  /** Tables left out (table blocks come in a later version). */
  readonly tables: number;
  /** Figures and inline images left out (figure blocks come in a later version). */
  readonly figures: number;
  /** `::: {.case}` boxes whose content was imported as ordinary blocks. */
  readonly caseBoxes: number;
  /** Code blocks imported as plain paragraphs. */
  readonly codeBlocks: number;
  /** Links of which only the text was kept. */
  readonly links: number;
  /** Blocks found before the first heading, put into the {@link LEADING_TITLE} node. */
  readonly leadingBlocks: number;
}

export interface MarkdownReport {
  readonly nodes: readonly ImportedNode[];
  /** Headings inside content (below the section level). */
  readonly contentHeadings: number;
  readonly tally: ImportTally;
}

/** Title of the node that receives text found before the first chapter heading. */
export const LEADING_TITLE = '未归类内容';

const UNTITLED = '（无标题）';

/** Unnumbered top-level titles with a special role; spaces are ignored (authors type 前  言). */
const ROLE_BY_TITLE: Readonly<Record<string, OutlineRole>> = {
  前言: 'preface',
  案例附录: 'case-appendix',
  编写分工: 'authorship',
};

interface NodeDraft {
  title: string;
  role: OutlineRole;
  numbered: boolean;
  line: number;
  depth: 1 | 2;
  blocks: BlockElement[];
  children: NodeDraft[];
}

interface HeadingText {
  readonly runs: FormattedText[];
  readonly title: string;
  readonly hadNumber: boolean;
}

/** Removes the first `count` characters from a list of runs. */
function dropLeading(runs: readonly FormattedText[], count: number): FormattedText[] {
  let left = count;
  const out: FormattedText[] = [];
  for (const run of runs) {
    if (left >= run.text.length) {
      left -= run.text.length;
      continue;
    }
    out.push({ ...run, text: run.text.slice(left) });
    left = 0;
  }
  return out;
}

function trimTrailing(runs: FormattedText[]): FormattedText[] {
  const out = runs.slice();
  while (out.length > 0) {
    const last = out[out.length - 1] as FormattedText;
    const text = last.text.trimEnd();
    if (text !== '') {
      out[out.length - 1] = { ...last, text };
      break;
    }
    out.pop();
  }
  return out.length > 0 ? out : [{ text: '' }];
}

/** Heading runs without the typed numbering, keeping bold/italic on what remains. */
function headingText(raw: string): HeadingText & { images: number; links: number } {
  const inline = parseInline(raw);
  const plain = inline.runs.map((r) => r.text).join('');
  const { title, hadNumber } = stripTypedNumber(plain);
  // stripTypedNumber trims; what it removed at the start is the number plus surrounding spaces.
  const removed = hadNumber ? plain.trimEnd().length - title.length : plain.length - plain.trimStart().length;
  return { runs: trimTrailing(dropLeading(inline.runs, removed)), title, hadNumber, images: inline.images, links: inline.links };
}

function clampLevel(level: number): HeadingLevel {
  return Math.min(3, Math.max(1, level)) as HeadingLevel;
}

class ReportBuilder {
  private readonly roots: NodeDraft[] = [];
  private current: NodeDraft | null = null;
  private leading: NodeDraft | null = null;
  private contentHeadings = 0;
  private tally = { tables: 0, figures: 0, caseBoxes: 0, codeBlocks: 0, links: 0, leadingBlocks: 0 };

  constructor(private readonly baseLevel: number) {}

  /** The node for text before the first chapter heading, created when such text exists. */
  private leadingNode(): NodeDraft {
    if (!this.leading) {
      this.leading = { title: LEADING_TITLE, role: 'body', numbered: false, line: 0, depth: 1, blocks: [], children: [] };
      this.roots.push(this.leading);
    }
    return this.leading;
  }

  /** The node receiving content: the current one, else the leading node. */
  private target(): NodeDraft {
    return this.current ?? this.leadingNode();
  }

  private addBlock(block: BlockElement): void {
    const target = this.target();
    if (target === this.leading) this.tally.leadingBlocks += 1;
    target.blocks.push(block);
  }

  add(token: BlockToken): void {
    switch (token.kind) {
      case 'heading':
        return this.heading(token);
      case 'paragraph':
        return this.paragraph(joinLines(token.lines));
      case 'list':
        return this.list(token);
      case 'table':
        this.tally.tables += 1;
        return;
      case 'figure':
        this.tally.figures += 1;
        return;
      case 'div-open':
        // Case boxes keep their paragraphs as ordinary blocks until case blocks exist.
        if (token.classes.includes('case')) this.tally.caseBoxes += 1;
        return;
      case 'code':
        this.tally.codeBlocks += 1;
        for (const line of token.lines) if (line.trim() !== '') this.addBlock({ type: 'paragraph', id: newBlockId(), children: [{ text: line.trim() }] });
        return;
      // Fence ends, metadata (title, author) and rules carry no report content.
      case 'div-close':
      case 'metadata':
      case 'thematic-break':
        return;
    }
  }

  private heading(token: HeadingToken): void {
    const text = headingText(token.text);
    this.tally.figures += text.images;
    this.tally.links += text.links;
    const numbered = text.hadNumber && !token.unnumbered;
    const rank = token.level - this.baseLevel + 1;
    if (rank <= 2) {
      const title = text.title === '' ? UNTITLED : text.title;
      const node: NodeDraft = { title, role: 'body', numbered, line: token.line, depth: rank === 1 ? 1 : 2, blocks: [], children: [] };
      if (rank === 1) {
        if (!numbered) node.role = ROLE_BY_TITLE[title.replace(/\s+/g, '')] ?? 'body';
        this.roots.push(node);
      } else {
        // A section before any chapter goes under the leading node.
        const chapter = this.roots[this.roots.length - 1] ?? this.leadingNode();
        chapter.children.push(node);
      }
      this.current = node;
      return;
    }
    if (text.title === '') return;
    const holder = this.target();
    const heading: HeadingElement = { type: 'heading', id: newBlockId(), level: clampLevel(rank - holder.depth), children: text.runs };
    if (!numbered) heading.numbered = false;
    this.contentHeadings += 1;
    this.addBlock(heading);
  }

  private paragraph(source: string): void {
    const inline = parseInline(source);
    this.tally.figures += inline.images;
    this.tally.links += inline.links;
    // A paragraph made only of images leaves nothing to keep.
    if (inline.runs.every((r) => r.text.trim() === '')) return;
    this.addBlock({ type: 'paragraph', id: newBlockId(), children: inline.runs });
  }

  private list(token: ListToken): void {
    const items: ListElement['children'] = [];
    for (const lines of token.items) {
      const inline = parseInline(joinLines(lines));
      this.tally.figures += inline.images;
      this.tally.links += inline.links;
      if (inline.runs.every((r) => r.text.trim() === '')) continue;
      items.push({ type: 'list-item', id: newBlockId(), children: inline.runs });
    }
    if (items.length === 0) return;
    const type = token.ordered ? 'numbered-list' : 'bulleted-list';
    // A numbered list interrupted by a figure resumes at its next number (1. 2. [图] 3.); the
    // figure is not imported yet, so the two parts are one list again.
    const blocks = this.target().blocks;
    const previous = blocks[blocks.length - 1];
    if (type === 'numbered-list' && token.start > 1 && previous?.type === 'numbered-list' && previous.children.length + 1 === token.start) {
      previous.children.push(...items);
      return;
    }
    this.addBlock({ type, id: newBlockId(), children: items });
  }

  finish(): MarkdownReport {
    const freeze = (draft: NodeDraft): ImportedNode => ({
      title: draft.title,
      role: draft.role,
      numbered: draft.numbered,
      line: draft.line,
      content: draft.blocks.length > 0 ? draft.blocks : emptySectionContent(newBlockId()),
      children: draft.children.map(freeze),
    });
    return { nodes: this.roots.map(freeze), contentHeadings: this.contentHeadings, tally: { ...this.tally } };
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
