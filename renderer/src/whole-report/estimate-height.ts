/**
 * The height a section will take once drawn, estimated from its content, for the placeholder shown
 * until it is mounted: the scrollbar then has roughly its final length from the start, and content
 * below does not jump when sections above it mount. The line heights, sizes and text width come
 * from the project's resolved preset (its 字体/字号/行距 changes applied), the numbers the editor's
 * page is drawn with (presetCssVariables): 公文 puts ~27 characters of 16 pt on 28 pt lines, 报告
 * ~34 characters of 12 pt on 1.5 lines. Precision is not the point; the preset's scale is.
 */
import { headingStyle, lineHeightPt, mmToPt, textWidthMm, type StylePresetSpec, type TextStyleSpec } from '../../../shared/export/style-presets';

/** CSS pixels per point at the editor's 96 dpi. */
const PX_PER_PT = 96 / 72;
/** A picture: its height depends on the image, unknown until it loads. */
const FIGURE_PX = 360;
/** Padding and border of a table row around its line of text. */
const TABLE_ROW_CHROME_PX = 10;
/** A case box's border, padding and title bar; a list's margins. */
const BOX_CHROME_PX = 40;
/** The section's strip and the page's top and bottom padding. */
const SECTION_CHROME_PX = 140;

/** How a text style fills the page: the height of a line, the characters on it, the space around a block. */
export interface TextMetrics {
  readonly linePx: number;
  readonly charsPerLine: number;
  readonly indentChars: number;
  readonly spacePx: number;
}

export interface HeightMetrics {
  readonly body: TextMetrics;
  /** Heading styles by absolute level 1…4 (deeper levels look like 4). */
  readonly headings: readonly TextMetrics[];
  readonly caseBody: TextMetrics;
  readonly tableRowPx: number;
  /** A table's caption and source lines. */
  readonly tableChromePx: number;
}

function textMetrics(spec: TextStyleSpec, textWidthPt: number): TextMetrics {
  return {
    linePx: lineHeightPt(spec) * PX_PER_PT,
    // CJK characters are one em wide: the text width in ems of the style's size.
    charsPerLine: Math.max(1, Math.floor(textWidthPt / spec.font.sizePt)),
    indentChars: spec.firstLineChars,
    spacePx: (spec.spaceBeforePt + spec.spaceAfterPt) * PX_PER_PT,
  };
}

/** The metrics of a resolved preset (resolvePreset(settings)). */
export function heightMetrics(preset: StylePresetSpec): HeightMetrics {
  const width = mmToPt(textWidthMm(preset.page));
  const line = (spec: TextStyleSpec): number => (lineHeightPt(spec) + spec.spaceBeforePt + spec.spaceAfterPt) * PX_PER_PT;
  return {
    body: textMetrics(preset.body, width),
    headings: [1, 2, 3, 4].map((level) => textMetrics(headingStyle(preset, level), width)),
    caseBody: textMetrics(preset.caseBody, width),
    tableRowPx: lineHeightPt(preset.tableText) * PX_PER_PT + TABLE_ROW_CHROME_PX,
    tableChromePx: line(preset.caption) + line(preset.source),
  };
}

interface NodeLike {
  readonly type?: unknown;
  readonly text?: unknown;
  readonly level?: unknown;
  readonly children?: readonly unknown[];
}

function textLength(node: unknown): number {
  const n = node as NodeLike;
  if (typeof n.text === 'string') return n.text.length;
  return Array.isArray(n.children) ? n.children.reduce((sum: number, c) => sum + textLength(c), 0) : 0;
}

function textHeight(node: unknown, m: TextMetrics): number {
  const lines = Math.max(1, Math.ceil((textLength(node) + m.indentChars) / m.charsPerLine));
  return lines * m.linePx + m.spacePx;
}

function blockHeight(node: unknown, metrics: HeightMetrics, depth: number, text: TextMetrics): number {
  const n = node as NodeLike;
  const children = Array.isArray(n.children) ? n.children : [];
  const inner = (m: TextMetrics): number => children.reduce((sum: number, c) => sum + blockHeight(c, metrics, depth, m), 0);
  switch (n.type) {
    case 'figure':
      return FIGURE_PX;
    case 'table':
      return metrics.tableChromePx + children.length * metrics.tableRowPx;
    case 'case':
      return BOX_CHROME_PX + inner(metrics.caseBody);
    case 'bulleted-list':
    case 'numbered-list':
      return BOX_CHROME_PX + inner(text);
    case 'heading': {
      // As the editor draws it: the section's depth plus the heading's own level (render-element.tsx).
      const level = typeof n.level === 'number' ? n.level : 1;
      const absolute = Math.min(Math.max(depth + level, 1), 4);
      return textHeight(n, metrics.headings[absolute - 1] ?? metrics.body);
    }
    default:
      return textHeight(n, text);
  }
}

/** `depth`: the section's depth in the outline (1 = chapter), which sets its headings' absolute levels. */
export function estimateSectionHeight(content: readonly unknown[], metrics: HeightMetrics, depth: number): number {
  return SECTION_CHROME_PX + content.reduce((sum: number, block) => sum + blockHeight(block, metrics, depth, metrics.body), 0);
}
