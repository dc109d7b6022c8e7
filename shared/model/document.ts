/**
 * The report's content model: what a section's Slate value is made of.
 *
 * Every block element carries a stable `id` (see ../ids/block-id.ts). Numbering is never stored in
 * text: headings carry only their level, and their Chinese numbers are computed (../numbering/).
 * Heading levels are relative to the outline node that holds the content (1 = one level below the
 * node), so moving a section in the outline keeps its sub-headings consistent.
 */

import type { TableCellElement, TableElement, TableRowElement } from '../tables/table-types';
import type { ChartSpec } from '../charts/chart-spec';

export type { TableCellElement, TableElement, TableRowElement };

export interface FormattedText {
  text: string;
  bold?: true;
  italic?: true;
  underline?: true;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

/**
 * An inline reference to a table, figure, case or heading (见表 1-1). It stores only the target's
 * block id; the text shown is computed from the current numbering, so it is always up to date,
 * and a target that no longer exists shows as broken.
 */
export interface XrefElement {
  type: 'xref';
  id: string;
  target: string;
  children: [{ text: '' }];
}

export type InlineNode = FormattedText | XrefElement;

export interface ParagraphElement {
  type: 'paragraph';
  id: string;
  align?: Align;
  children: InlineNode[];
}

/** A heading inside a section's content; `level` is relative to the section (1..3). */
export interface HeadingElement {
  type: 'heading';
  id: string;
  level: HeadingLevel;
  /** false for headings that must not be numbered (for example 经典案例 inner titles). */
  numbered?: false;
  children: FormattedText[];
}

export type HeadingLevel = 1 | 2 | 3;

export interface ListItemElement {
  type: 'list-item';
  id: string;
  children: FormattedText[];
}

export interface ListElement {
  type: 'bulleted-list' | 'numbered-list';
  id: string;
  children: ListItemElement[];
}

/**
 * A figure (图): an image stored in the project by content hash, with a caption below whose number
 * (图 1-1) is computed. `asset` is null when the image is missing (an import whose file was not
 * found): the figure then shows a visible placeholder and exports warn about it.
 */
export interface FigureElement {
  type: 'figure';
  id: string;
  asset: string | null;
  /** Caption without its number. */
  caption: string;
  /** Optional source line (来源：…), without its label. */
  source: string;
  /** Width as a percentage of the text width (10–100). */
  width: number;
  /** What the author asked for when the image could not be found, to show in the placeholder. */
  missingName?: string;
  /** A chart drawn from a table of the same section (../charts/chart-spec.ts); `asset` is then null. */
  chart?: ChartSpec;
  children: [{ text: '' }];
}

/** What a case box (案例) may contain: anything but another case. */
export type CaseChild = ParagraphElement | HeadingElement | ListElement | TableElement | FigureElement;

/**
 * A case box (案例 1-1 + title): a bordered container of ordinary blocks. `classic` cases (经典案例)
 * are also listed, numbered 经典案例 1…, in the case appendix.
 */
export interface CaseElement {
  type: 'case';
  id: string;
  /** Title without its number. */
  title: string;
  classic?: true;
  children: CaseChild[];
}

export type BlockElement = ParagraphElement | HeadingElement | ListElement | TableElement | FigureElement | CaseElement;
export type ReportElement = BlockElement | ListItemElement | TableRowElement | TableCellElement | XrefElement;
export type ReportNode = ReportElement | FormattedText;

/** A section's content: the top-level blocks of its Slate value. */
export type SectionContent = BlockElement[];

export const MAX_HEADING_LEVEL: HeadingLevel = 3;

export function isElementLike(value: unknown): value is { type: string; id?: unknown; children: unknown[] } {
  return typeof value === 'object' && value !== null && 'children' in value && 'type' in value;
}

/** Plain text of a block or a list of blocks, without any separators between blocks. */
export function plainText(node: ReportNode | readonly ReportNode[]): string {
  if (Array.isArray(node)) return node.map((n) => plainText(n as ReportNode)).join('');
  if ('text' in (node as FormattedText)) return (node as FormattedText).text;
  return plainText((node as ReportElement).children as ReportNode[]);
}

export function paragraph(id: string, text: string): ParagraphElement {
  return { type: 'paragraph', id, children: [{ text }] };
}

export function emptySectionContent(id: string): SectionContent {
  return [paragraph(id, '')];
}
