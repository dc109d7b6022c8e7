/**
 * The outline an import builds as it reads, shared by the Markdown import (./build-report.ts) and
 * the Word report import (../word/report/build-docx-report.ts), so that both place chapters,
 * sections and stray text the same way and report the same counts:
 * - the shallowest heading rank makes chapters, the next sections (a section before any chapter
 *   goes under the node for leading text);
 * - text before the first chapter goes into one node titled {@link LEADING_TITLE}, counted;
 * - typed numbers of tables, figures and cases are registered as reference targets, and typed
 *   references in paragraphs (见表 1-1) become cross-references once the whole import is read.
 * Titles, roles of numbered headings and the wording of warnings stay with each import.
 */
import { newBlockId } from '../ids/block-id';
import type { BlockElement, ParagraphElement, SectionContent } from '../model/document';
import { emptySectionContent, plainText } from '../model/document';
import type { OutlineRole } from '../model/outline';
import { linkReferences, type ReferenceTargets, type UnresolvedReference } from './cross-references';
import { referenceKey, type StructureWord } from './typed-numbers';

export interface ImportedNode {
  readonly title: string;
  readonly role: OutlineRole;
  readonly numbered: boolean;
  /** Source line of the node's heading; 0 for the node holding text found before any heading. */
  readonly line: number;
  readonly content: SectionContent;
  readonly children: readonly ImportedNode[];
}

/** Title of the node that receives text found before the first chapter heading. */
export const LEADING_TITLE = '未归类内容';

/** Unnumbered top-level titles with a special role; spaces are ignored (authors type 前  言). */
const ROLE_BY_TITLE: Readonly<Record<string, OutlineRole>> = {
  前言: 'preface',
  案例附录: 'case-appendix',
  编写分工: 'authorship',
};

export interface NodeDraft {
  title: string;
  role: OutlineRole;
  numbered: boolean;
  line: number;
  depth: 1 | 2;
  blocks: BlockElement[];
  children: NodeDraft[];
}

export class OutlineDraft {
  private readonly roots: NodeDraft[] = [];
  private leading: NodeDraft | null = null;
  /** The node content goes to; null before the first heading. */
  current: NodeDraft | null = null;
  /** Blocks put into the leading node. */
  leadingBlocks = 0;
  /** Headings inside content (below the section level). */
  contentHeadings = 0;

  /** The node for text before the first chapter heading, created when such text exists. */
  private leadingNode(): NodeDraft {
    if (!this.leading) {
      this.leading = { title: LEADING_TITLE, role: 'body', numbered: false, line: 0, depth: 1, blocks: [], children: [] };
      this.roots.push(this.leading);
    }
    return this.leading;
  }

  /** The node receiving content: the current one, else the leading node. */
  target(): NodeDraft {
    return this.current ?? this.leadingNode();
  }

  /** A block at the level of the node (not inside a case box). */
  addToNode(block: BlockElement): void {
    const target = this.target();
    if (target === this.leading) this.leadingBlocks += 1;
    target.blocks.push(block);
  }

  /**
   * A chapter (rank 1) or a section (rank 2), which then receives the content that follows. An
   * unnumbered chapter titled 前言, 案例附录 or 编写分工 takes that role.
   */
  openNode(rank: 1 | 2, title: string, numbered: boolean, line: number): NodeDraft {
    const node: NodeDraft = { title, role: 'body', numbered, line, depth: rank, blocks: [], children: [] };
    if (rank === 1) {
      if (!numbered) node.role = ROLE_BY_TITLE[title.replace(/\s+/g, '')] ?? 'body';
      this.roots.push(node);
    } else {
      // A section before any chapter goes under the leading node.
      const chapter = this.roots[this.roots.length - 1] ?? this.leadingNode();
      chapter.children.push(node);
    }
    this.current = node;
    return node;
  }

  /** Every node, chapters before their sections, in document order. */
  forEach(visit: (node: NodeDraft) => void): void {
    const walk = (draft: NodeDraft): void => {
      visit(draft);
      draft.children.forEach(walk);
    };
    this.roots.forEach(walk);
  }

  /** The finished outline; a node without content gets one empty paragraph. */
  freeze(): ImportedNode[] {
    const freeze = (draft: NodeDraft): ImportedNode => ({
      title: draft.title,
      role: draft.role,
      numbered: draft.numbered,
      line: draft.line,
      content: draft.blocks.length > 0 ? draft.blocks : emptySectionContent(newBlockId()),
      children: draft.children.map(freeze),
    });
    return this.roots.map(freeze);
  }
}

/**
 * Typed numbers of the import's tables, figures and cases (表 1-1), and the typed references to
 * them that become cross-references. A number typed twice names nothing: references to it stay text.
 */
export class TypedNumbers {
  /** Reference key → element id; null once the number was seen twice. */
  private readonly numbered = new Map<string, string | null>();

  /**
   * Registers a typed number; true when this makes it a duplicate for the first time (the caller
   * warns once).
   */
  register(word: StructureWord, number: string | null, id: string): boolean {
    if (number === null) return false;
    const key = referenceKey(word, number);
    if (!this.numbered.has(key)) {
      this.numbered.set(key, id);
      return false;
    }
    const first = this.numbered.get(key) !== null;
    this.numbered.set(key, null);
    return first;
  }

  /** The key was typed (once or more) somewhere in the import. */
  has(key: string): boolean {
    return this.numbered.has(key);
  }

  /**
   * Turns typed references in the outline's paragraphs (case boxes included, `skip` excluded) into
   * cross-references; returns how many. A reference naming nothing typed in the import is handed
   * to `unresolved` with its node and paragraph text (a reference to a duplicate number is not: that
   * was reported when the number was registered).
   */
  link(outline: OutlineDraft, skip: (paragraph: ParagraphElement) => boolean, unresolved: (reference: UnresolvedReference, node: NodeDraft, paragraph: string) => void): number {
    const targets: ReferenceTargets = new Map([...this.numbered].filter((entry): entry is [string, string] => entry[1] !== null));
    let linked = 0;
    const linkIn = (blocks: readonly BlockElement[], node: NodeDraft): void => {
      for (const block of blocks) {
        if (block.type === 'case') linkIn(block.children, node);
        if (block.type !== 'paragraph' || skip(block)) continue;
        const { children, count, unresolved: missing } = linkReferences(block.children, targets);
        for (const reference of missing) if (!this.numbered.has(reference.key)) unresolved(reference, node, plainText(block));
        if (children === null) continue;
        block.children = children;
        linked += count;
      }
    };
    outline.forEach((node) => linkIn(node.blocks, node));
    return linked;
  }
}
