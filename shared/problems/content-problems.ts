/**
 * The problems a report's content has, found one way for everyone who reports them: the status
 * bar's 问题 count and panel (through report.numbering) and the export's warnings (plan-report)
 * read this, so the app can never say 无问题 while the export warns about 23 empty sections.
 *
 * Broken cross-references are the third kind; they need the numbering's targets and are found
 * next to it (numbering-index in the renderer, xref-targets in the export).
 */
import type { SectionContent } from '../model/document';
import type { OutlineNode } from '../model/outline';
import { chapterFinder, outlineInOrder } from '../model/outline';
import { typedNumberLength } from '../numbering/heading-numbering';

export type ContentProblemKind = 'empty-section' | 'typed-heading-number';

export interface ContentProblem {
  readonly kind: ContentProblemKind;
  readonly nodeId: string;
  /** The heading block with a typed number; null for the section itself (its title, or empty). */
  readonly blockId: string | null;
  /** The heading as written, typed number included (typed-heading-number only; else ''). */
  readonly text: string;
}

/** Whether a section has anything to print: text, a list item, a table, a figure, a case. */
export function contentHasSubstance(content: SectionContent | undefined): boolean {
  if (content === undefined) return false;
  return content.some((block) => {
    if (block.type === 'paragraph' || block.type === 'heading') {
      return block.children.some((child) => ('text' in child ? child.text.trim() !== '' : true));
    }
    if (block.type === 'bulleted-list' || block.type === 'numbered-list') {
      return block.children.some((item) => item.children.some((child) => child.text.trim() !== ''));
    }
    return true;
  });
}

/**
 * Leaf sections with nothing to print, in reading order. Not the 编写分工 chapter (its table is
 * generated), nor anything in a case appendix left empty (the export fills it with the classic cases).
 */
export function emptySectionIds(outline: readonly OutlineNode[], contentOf: (nodeId: string) => SectionContent | undefined): string[] {
  const nodes = outlineInOrder(outline);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const rootOf = chapterFinder(nodes);
  const substance = new Map<string, boolean>();
  const subtreeHasSubstance = (node: (typeof nodes)[number]): boolean => {
    const known = substance.get(node.id);
    if (known !== undefined) return known;
    const value = contentHasSubstance(contentOf(node.id)) || node.children.some(subtreeHasSubstance);
    substance.set(node.id, value);
    return value;
  };
  const empty: string[] = [];
  for (const node of nodes) {
    const root = byId.get(rootOf(node).id);
    if (root !== undefined && root.depth === 1 && root.role === 'case-appendix' && !subtreeHasSubstance(root)) continue;
    if (node.depth === 1 && node.role === 'authorship') continue;
    if (node.children.length === 0 && !contentHasSubstance(contentOf(node.id))) empty.push(node.id);
  }
  return empty;
}

function textOf(block: { children: readonly unknown[] }): string {
  return block.children.map((c) => (typeof (c as { text?: unknown }).text === 'string' ? (c as { text: string }).text : '')).join('');
}

/** A number typed before a title the app numbers itself (“1.师资队伍建设” prints as “1.1.师资队伍建设”). */
function hasTypedNumber(title: string): boolean {
  const length = typedNumberLength(title);
  return length > 0 && length < title.length;
}

/** Numbered section titles and headings in the text that start with a typed number, in reading order. */
export function typedHeadingNumbers(outline: readonly OutlineNode[], contentOf: (nodeId: string) => SectionContent | undefined): ContentProblem[] {
  const found: ContentProblem[] = [];
  for (const node of outlineInOrder(outline)) {
    if (node.numbered && hasTypedNumber(node.title)) found.push({ kind: 'typed-heading-number', nodeId: node.id, blockId: null, text: node.title });
    for (const block of contentOf(node.id) ?? []) {
      if (block.type !== 'heading' || block.numbered === false) continue;
      const text = textOf(block);
      if (hasTypedNumber(text)) found.push({ kind: 'typed-heading-number', nodeId: node.id, blockId: block.id, text });
    }
  }
  return found;
}

export interface ContentProblemOptions {
  /** Sections whose text is at hand (a department's package has only its own): the others are not judged. */
  readonly hasText?: (nodeId: string) => boolean;
}

/** Every content problem of the report, in reading order: empty sections first, then typed numbers. */
export function findContentProblems(
  outline: readonly OutlineNode[],
  contentOf: (nodeId: string) => SectionContent | undefined,
  options: ContentProblemOptions = {},
): ContentProblem[] {
  const judged = options.hasText ?? ((): boolean => true);
  const empty = emptySectionIds(outline, contentOf)
    .filter(judged)
    .map((nodeId): ContentProblem => ({ kind: 'empty-section', nodeId, blockId: null, text: '' }));
  return [...empty, ...typedHeadingNumbers(outline, contentOf).filter((p) => judged(p.nodeId))];
}
