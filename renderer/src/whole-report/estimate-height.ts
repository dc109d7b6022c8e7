/**
 * The height a section will take once drawn, estimated from its content, for the placeholder shown
 * until it is mounted: the scrollbar then has roughly its final length from the start, and content
 * below does not jump when sections above it mount. Rough numbers for the 公文 preset (16 pt text
 * on 28 pt lines, ~28 characters per line on an A4 page at 96 dpi); precision is not the point.
 */
const LINE_PX = 37;
const CHARS_PER_LINE = 28;
const FIGURE_PX = 360;
const TABLE_ROW_PX = 30;
const SECTION_CHROME_PX = 140;

interface NodeLike {
  readonly type?: unknown;
  readonly text?: unknown;
  readonly children?: readonly unknown[];
}

function textLength(node: unknown): number {
  const n = node as NodeLike;
  if (typeof n.text === 'string') return n.text.length;
  return Array.isArray(n.children) ? n.children.reduce((sum: number, c) => sum + textLength(c), 0) : 0;
}

function blockHeight(node: unknown): number {
  const n = node as NodeLike;
  const children = Array.isArray(n.children) ? n.children : [];
  switch (n.type) {
    case 'figure':
      return FIGURE_PX;
    case 'table':
      return 60 + children.length * TABLE_ROW_PX;
    case 'case':
    case 'bulleted-list':
    case 'numbered-list':
      return 40 + children.reduce((sum: number, c) => sum + blockHeight(c), 0);
    default:
      return Math.max(1, Math.ceil(textLength(n) / CHARS_PER_LINE)) * LINE_PX;
  }
}

export function estimateSectionHeight(content: readonly unknown[]): number {
  return SECTION_CHROME_PX + content.reduce((sum: number, block) => sum + blockHeight(block), 0);
}
