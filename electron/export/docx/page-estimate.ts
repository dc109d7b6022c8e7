/**
 * Estimated body page of each heading and caption, for the page numbers written into the cached
 * entries of the table of contents and the lists (toc.ts). Word replaces them when it updates the
 * fields on opening; LibreOffice and WPS show them until the user updates the table.
 *
 * It flows the plan down pages the way the styles set it: Chinese characters (and “ ” — …) are one
 * em wide, digits and Latin letters about half; paragraphs wrap to the text width and split across
 * pages at any line (the styles set no widow/orphan control); headings keep with what follows them
 * (a run of headings with the first line after it); table rows, pictures with their captions and
 * case titles do not split; chapters start a new page. No font files are read (the 公文 fonts are
 * rarely installed where exports run, and their CJK glyphs are all one em anyway).
 *
 * Measured against LibreOffice's layout of the exported full fixture (tests/export-docx/
 * toc-pages.test.ts): every entry within a page, most exact.
 */
import { CHART_HEIGHT, CHART_WIDTH } from '../../../shared/charts/chart-style';
import type { CaptionPlan, PlanBlock, PlanInline, ReportPlan } from '../../../shared/export/report-plan';
import { headingStyle, lineHeightPt, mmToPt, resolvePreset, textHeightMm, textWidthMm, type StylePresetSpec, type TextStyleSpec } from '../../../shared/export/style-presets';
import { inlineText } from '../../../shared/export/plan-report';
import { buildTableMap } from '../../../shared/tables/table-map';
import { countLines } from './text-metrics';

/**
 * Lines a paragraph takes, filling each line greedily character by character: a line holds as many
 * whole characters as fit, so 16 pt characters on a 442 pt line make 27 a line, not 27.6.
 */
export function linesOf(text: string, style: TextStyleSpec, widthPt: number): number {
  const perLine = Math.max(1, widthPt / style.font.sizePt);
  return text.split('\n').reduce((sum, line) => sum + countLines(line, perLine, style.firstLineChars), 0);
}

function blockHeight(text: string, style: TextStyleSpec, widthPt: number): number {
  return linesOf(text, style, widthPt) * lineHeightPt(style) + style.spaceBeforePt + style.spaceAfterPt;
}

/** Height of a paragraph from the top of its space before to its last line (space after left out). */
function keptHeight(text: string, style: TextStyleSpec, widthPt: number): number {
  return style.spaceBeforePt + linesOf(text, style, widthPt) * lineHeightPt(style);
}

/** Table rows: exact-height lines, no cell padding above or below, a half-point border between rows. */
const ROW_RULE_PT = 0.5;

/** Case boxes: a 1 pt border and 6 pt of cell padding above the title and below the content (cases.ts). */
const CASE_EDGE_PT = 1 + 6;

/** The picture paragraph's space before (figures.ts). */
const PICTURE_BEFORE_PT = 6;

const plain = (content: readonly PlanInline[]): string => inlineText(content);

class PageFlow {
  page = 1;
  private used = 0;
  /** Space after the last paragraph, which the next one's space before overlaps (see {@link gap}). */
  private lastAfter = 0;

  constructor(private readonly height: number) {}

  /**
   * Space between two paragraphs: LibreOffice lays out a Word file's space after and the next
   * paragraph's space before as the larger of the two (measured: a caption's 4 pt after and a
   * picture's 6 pt before make 6 pt), not their sum.
   */
  private gap(before: number): number {
    const gap = Math.max(0, before - this.lastAfter);
    this.lastAfter = 0;
    return gap;
  }

  /** Content that may split across pages. */
  flow(height: number): void {
    this.lastAfter = 0;
    this.used += height;
    while (this.used > this.height) {
      this.used -= this.height;
      this.page += 1;
    }
  }

  /**
   * A paragraph that splits across pages at any line: the styles set no widow/orphan control
   * (styles.ts writes no w:widowControl, so Word, WPS and LibreOffice leave it off), and a single
   * line at a page's foot or head is laid out where it falls.
   */
  paragraph(lines: number, lineHeight: number, before: number, after: number): void {
    this.used += this.gap(before);
    let remaining = lines;
    for (;;) {
      const fit = Math.max(0, Math.floor((this.height - this.used) / lineHeight + 1e-9));
      if (remaining <= fit) {
        this.used += remaining * lineHeight;
        break;
      }
      remaining -= fit;
      this.page += 1;
      this.used = 0;
    }
    this.used = Math.min(this.height, this.used + after);
    this.lastAfter = after;
  }

  /**
   * Content that moves to the next page whole when it does not fit: `height` from its top (space
   * before included, `before` of it overlapping the previous space after), `after` below it.
   * Returns whether it moved.
   */
  keep(height: number, before = 0, after = 0): boolean {
    const top = this.gap(before);
    const moved = this.used > 0 && this.used + top + height - before > this.height;
    if (moved) this.newPage();
    else this.used += top - before;
    this.flow(height);
    this.used = Math.min(this.height, this.used + after);
    this.lastAfter = after;
    return moved;
  }

  /** Gives back the part of a kept block that only had to fit, not to be laid out yet (the line a heading keeps with). */
  giveBack(height: number, after: number): void {
    this.used = Math.max(0, this.used - height);
    this.lastAfter = after;
  }

  /** Space below a block that is dropped at the foot of a page, like space after. */
  trail(height: number): void {
    this.used = Math.min(this.height, this.used + height);
    this.lastAfter = 0;
  }

  newPage(): void {
    this.lastAfter = 0;
    if (this.used === 0) return;
    this.page += 1;
    this.used = 0;
  }
}

function flowParagraph(flow: PageFlow, text: string, style: TextStyleSpec, widthPt: number): void {
  flow.paragraph(linesOf(text, style, widthPt), lineHeightPt(style), style.spaceBeforePt, style.spaceAfterPt);
}

interface Frame {
  readonly preset: StylePresetSpec;
  readonly widthPt: number;
  readonly maxImagePt: number;
  readonly inCase: boolean;
}

function captionText(caption: CaptionPlan): string {
  return `${caption.label} ${caption.number} ${caption.title}`;
}

/** Left and right cell margins together (85 twips each, ooxml-table.ts). */
const CELL_PADDING_PT = 8.5;

function rowHeightsOf(block: Extract<PlanBlock, { kind: 'table' }>, frame: Frame): number[] {
  const style = frame.preset.tableText;
  const map = buildTableMap(block.table);
  const weights = block.columnWidths;
  const total = weights.reduce((sum, w) => sum + (w > 0 ? w : 1), 0) || 1;
  const rowHeights = new Array<number>(map.height).fill(lineHeightPt(style) + ROW_RULE_PT);
  for (const cell of map.cells) {
    let share = 0;
    for (let c = cell.col; c < cell.col + cell.colSpan; c++) share += (weights[c] ?? 1) / total;
    const text = cell.cell.children.map((t) => t.text).join('');
    const height = linesOf(text, { ...style, firstLineChars: 0 }, Math.max(20, share * frame.widthPt - CELL_PADDING_PT)) * lineHeightPt(style) + ROW_RULE_PT;
    // A tall merged cell spreads over the rows it spans.
    const per = height / cell.rowSpan;
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) rowHeights[r] = Math.max(rowHeights[r] ?? 0, per);
  }
  return rowHeights;
}

function walk(blocks: readonly PlanBlock[], frame: Frame, flow: PageFlow, pages: Map<string, number>): void {
  const { preset } = frame;
  const bodyStyle = frame.inCase ? preset.caseBody : preset.body;
  blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'heading': {
        if (block.pageBreakBefore) flow.newPage();
        const style = headingStyle(preset, block.level);
        // keepNext: the heading moves on when the headings right after it and the first line
        // after them do not fit too (a chain of keep-with-next paragraphs moves as one).
        let next = lineHeightPt(preset.body);
        for (let i = index + 1; i < blocks.length; i++) {
          const following = blocks[i] as PlanBlock;
          if (following.kind !== 'heading' || following.pageBreakBefore) break;
          const followingStyle = headingStyle(preset, following.level);
          next += blockHeight(`${following.number}${plain(following.content)}`, followingStyle, frame.widthPt);
        }
        flow.keep(keptHeight(`${block.number}${plain(block.content)}`, style, frame.widthPt) + style.spaceAfterPt + next, style.spaceBeforePt);
        pages.set(block.anchor, flow.page);
        flow.giveBack(next, style.spaceAfterPt);
        break;
      }
      case 'subhead': {
        const style = frame.inCase ? preset.caseBody : preset.plainHeading;
        flow.keep(keptHeight(plain(block.content), style, frame.widthPt), style.spaceBeforePt, style.spaceAfterPt);
        break;
      }
      case 'paragraph':
        flowParagraph(flow, plain(block.content), bodyStyle, frame.widthPt);
        break;
      case 'list':
        for (const item of block.items) flowParagraph(flow, plain(item), { ...bodyStyle, firstLineChars: 2 }, frame.widthPt);
        break;
      case 'table': {
        const { caption: captionStyle } = preset;
        const caption = keptHeight(captionText(block.caption), captionStyle, frame.widthPt) + captionStyle.spaceAfterPt;
        const rows = rowHeightsOf(block, frame);
        const headerRows = Math.min(block.table.headerRows, rows.length);
        const header = rows.slice(0, headerRows).reduce((a, b) => a + b, 0);
        // A short table moves whole with its caption; a long one keeps its caption with its first two rows.
        const firstRows = block.keepTogether ? rows.length : Math.min(rows.length, Math.max(2, headerRows + 1));
        const first = rows.slice(0, firstRows).reduce((a, b) => a + b, 0);
        flow.keep(caption + first, captionStyle.spaceBeforePt);
        if (block.caption.anchor !== null) pages.set(block.caption.anchor, flow.page);
        // Rows do not split; header rows repeat at the top of every page the table continues on.
        for (const h of rows.slice(firstRows)) if (flow.keep(h)) flow.flow(header);
        if (block.source !== '') flowParagraph(flow, `数据来源：${block.source}`, preset.source, frame.widthPt);
        break;
      }
      case 'figure': {
        // A chart is drawn at the chart's own aspect (shared/charts/chart-style.ts).
        const aspect = block.chart !== undefined ? CHART_HEIGHT / CHART_WIDTH : block.asset?.width && block.asset.height ? block.asset.height / block.asset.width : 0.75;
        const pictured = block.asset !== null || (block.chart?.data ?? null) !== null;
        const { caption } = preset;
        // A missing picture is a one-line placeholder in the body style.
        const image = !pictured ? lineHeightPt(preset.body) : PICTURE_BEFORE_PT + Math.min(frame.maxImagePt, ((frame.widthPt * block.widthPercent) / 100) * aspect);
        flow.keep(image + keptHeight(captionText(block.caption), caption, frame.widthPt), !pictured ? 0 : PICTURE_BEFORE_PT, caption.spaceAfterPt);
        if (block.caption.anchor !== null) pages.set(block.caption.anchor, flow.page);
        if (block.source !== '') flowParagraph(flow, `来源：${block.source}`, preset.source, frame.widthPt);
        break;
      }
      case 'case': {
        // The title row does not split and keeps with the first line of the content.
        const { caseTitle } = preset;
        const next = lineHeightPt(preset.caseBody);
        flow.keep(CASE_EDGE_PT + keptHeight(captionText(block.caption), caseTitle, frame.widthPt) + caseTitle.spaceAfterPt + next);
        if (block.caption.anchor !== null) pages.set(block.caption.anchor, flow.page);
        flow.giveBack(next, caseTitle.spaceAfterPt);
        walk(block.children, { ...frame, widthPt: frame.widthPt - 20, inCase: true }, flow, pages);
        // At a page foot the box's bottom edge does not start a page of its own.
        flow.trail(CASE_EDGE_PT);
        break;
      }
      case 'grid':
        flow.keep((block.rows.length + 1) * (lineHeightPt(preset.tableText) + ROW_RULE_PT));
        break;
      case 'note':
        flow.flow(lineHeightPt(preset.body));
        break;
    }
  });
}

/** Anchor → estimated page number in the body (which starts at 1). */
export function estimatePages(plan: ReportPlan): Map<string, number> {
  const preset = resolvePreset(plan.settings);
  const heightPt = mmToPt(textHeightMm(preset.page));
  const frame: Frame = { preset, widthPt: mmToPt(textWidthMm(preset.page)), maxImagePt: heightPt * 0.7, inCase: false };
  const flow = new PageFlow(heightPt);
  const pages = new Map<string, number>();
  walk(plan.body, frame, flow, pages);
  return pages;
}
