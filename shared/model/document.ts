/**
 * The report's content model: what a section's Slate value is made of.
 *
 * Every block element carries a stable `id` (see ../ids/block-id.ts). Numbering is never stored in
 * text: headings carry only their level, and their Chinese numbers are computed (../numbering/).
 * Heading levels are relative to the outline node that holds the content (1 = one level below the
 * node), so moving a section in the outline keeps its sub-headings consistent.
 */

export interface FormattedText {
  text: string;
  bold?: true;
  italic?: true;
  underline?: true;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface ParagraphElement {
  type: 'paragraph';
  id: string;
  align?: Align;
  children: FormattedText[];
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

export type BlockElement = ParagraphElement | HeadingElement | ListElement;
export type ReportElement = BlockElement | ListItemElement;
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
