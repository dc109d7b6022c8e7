/**
 * Everything the UI and the exports need to print numbers and resolve cross-references, computed
 * in one pass over the report: outline numbers, content heading numbers and the 图/表/案例 sequences.
 */
import type { SectionContent } from '../model/document';
import type { OutlineNode } from '../model/outline';
import { outlineInOrder } from '../model/outline';
import type { NumberingScheme } from '../model/settings';
import { numberContentHeadings, numberOutline } from './heading-numbering';
import { numberStructures, type NumberedStructure } from './structure-numbering';
import { findContentProblems, type ContentProblem, type ContentProblemOptions } from '../problems/content-problems';

export interface NumberedHeading {
  readonly id: string;
  readonly nodeId: string;
  /** Absolute level: 1 chapter, 2 section, 3.. headings inside content. */
  readonly level: number;
  /** The computed number ('一、', '（一）', '1.' …), '' when unnumbered. */
  readonly number: string;
  readonly title: string;
}

/** A cross-reference found in the report: where it stands and what it points at. */
export interface ReportXref {
  readonly id: string;
  readonly nodeId: string;
  readonly target: string;
}

export interface ReportNumbering {
  readonly scheme: NumberingScheme;
  /** Outline nodes and content headings in reading order; an outline node's id is its heading id. */
  readonly headings: readonly NumberedHeading[];
  readonly structures: readonly NumberedStructure[];
  /**
   * Every cross-reference in reading order, so that the UI can list broken ones (target deleted)
   * for the whole report without loading every section.
   */
  readonly xrefs: readonly ReportXref[];
  /**
   * Empty sections and typed heading numbers (shared/problems): what the export warns about, so
   * the status bar's 问题 count tells the same story. Broken references are derived from `xrefs`.
   */
  readonly problems: readonly ContentProblem[];
}

function headingText(block: { children: readonly unknown[] }): string {
  return block.children.map((c) => (typeof (c as { text?: unknown }).text === 'string' ? (c as { text: string }).text : '')).join('');
}

function collectXrefs(nodeId: string, content: SectionContent, into: ReportXref[]): void {
  const visit = (node: unknown): void => {
    const el = node as { type?: unknown; id?: unknown; target?: unknown; children?: unknown };
    if (el.type === 'xref' && typeof el.id === 'string' && typeof el.target === 'string') {
      into.push({ id: el.id, nodeId, target: el.target });
      return;
    }
    // Tables hold plain text only (see content-validation), so their cells are not searched.
    if (el.type !== 'table' && Array.isArray(el.children)) el.children.forEach(visit);
  };
  content.forEach(visit);
}

export function numberReport(
  outline: readonly OutlineNode[],
  contentOf: (nodeId: string) => SectionContent | undefined,
  scheme: NumberingScheme,
  problemOptions: ContentProblemOptions = {},
): ReportNumbering {
  const outlineNumbers = numberOutline(outline);
  const headings: NumberedHeading[] = [];
  const xrefs: ReportXref[] = [];
  for (const node of outlineInOrder(outline)) {
    headings.push({ id: node.id, nodeId: node.id, level: node.depth, number: outlineNumbers.get(node.id) ?? '', title: node.title });
    const content = contentOf(node.id) ?? [];
    collectXrefs(node.id, content, xrefs);
    const numbers = numberContentHeadings(content, node.depth);
    for (const block of content) {
      if (block.type !== 'heading') continue;
      headings.push({ id: block.id, nodeId: node.id, level: node.depth + block.level, number: numbers.get(block.id) ?? '', title: headingText(block) });
    }
  }
  const structures = numberStructures(outline, contentOf, scheme).ordered;
  const problems = findContentProblems(outline, contentOf, problemOptions);
  return { scheme, headings, structures, xrefs, problems };
}

/** How a heading is named in a cross-reference or a table of contents: its number, then its title. */
export function headingLabel(heading: NumberedHeading): string {
  return heading.number ? `${heading.number}${heading.title}` : heading.title;
}

/** The text a cross-reference shows for its target, or null when the target is gone. */
export function xrefLabel(numbering: ReportNumbering, target: string): string | null {
  const structure = numbering.structures.find((s) => s.id === target);
  if (structure) return structure.label;
  const heading = numbering.headings.find((h) => h.id === target);
  if (heading) return headingLabel(heading);
  return null;
}
