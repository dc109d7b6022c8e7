/**
 * Estimated body page of each heading and caption, for the page numbers written into the cached
 * entries of the table of contents and the lists (toc.ts). Word replaces them when it updates the
 * fields on opening; LibreOffice and WPS show them until the user updates the table.
 *
 * It flows the plan down pages the way the styles set it: Chinese characters are one em wide, digits
 * and Latin letters about half; paragraphs wrap to the text width and may split across pages;
 * table rows, pictures and case titles do not split; chapters start a new page. Good to a page or
 * so, which is what a cached TOC needs; no font files are read (the 公文 fonts are rarely installed
 * where exports run, and their CJK glyphs are all one em anyway).
 */
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

/** Lines that widow and orphan control keep together at a page break (Word's and LibreOffice's default). */
const KEEP_LINES = 2;

const plain = (content: readonly PlanInline[]): string => inlineText(content);

class PageFlow {
  page = 1;
  private used = 0;

  constructor(private readonly height: number) {}

  /** Content that may split across pages. */
  flow(height: number): void {
    this.used += height;
    while (this.used > this.height) {
      this.used -= this.height;
      this.page += 1;
    }
  }

  /**
   * A paragraph that may split across pages, but leaves at least two lines on each side of a break,
   * as widow and orphan control does: over ~200 pages that moves a few pages' worth of lines.
   */
  paragraph(lines: number, lineHeight: number, before: number, after: number): void {
    this.used += before;
    let remaining = lines;
    for (;;) {
      const fit = Math.max(0, Math.floor((this.height - this.used) / lineHeight + 1e-9));
      if (remaining <= fit) {
        this.used += remaining * lineHeight;
        break;
      }
      let take = fit < KEEP_LINES ? 0 : fit;
      if (take > 0 && remaining - take < KEEP_LINES) take = remaining - KEEP_LINES >= KEEP_LINES ? remaining - KEEP_LINES : 0;
      remaining -= take;
      this.page += 1;
      this.used = 0;
    }
    this.used = Math.min(this.height, this.used + after);
  }

  /** Content that moves to the next page whole when it does not fit. */
  keep(height: number): void {
    if (this.used > 0 && this.used + height > this.height) this.newPage();
    this.flow(height);
  }

  newPage(): void {
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

function rowHeightsOf(block: Extract<PlanBlock, { kind: 'table' }>, frame: Frame): number[] {
  const style = frame.preset.tableText;
  const map = buildTableMap(block.table);
  const weights = block.columnWidths;
  const total = weights.reduce((sum, w) => sum + (w > 0 ? w : 1), 0) || 1;
  const rowHeights = new Array<number>(map.height).fill(lineHeightPt(style) + 4);
  for (const cell of map.cells) {
    let share = 0;
    for (let c = cell.col; c < cell.col + cell.colSpan; c++) share += (weights[c] ?? 1) / total;
    const text = cell.cell.children.map((t) => t.text).join('');
    const height = linesOf(text, { ...style, firstLineChars: 0 }, Math.max(20, share * frame.widthPt - 10)) * lineHeightPt(style) + 4;
    // A tall merged cell spreads over the rows it spans.
    const per = height / cell.rowSpan;
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) rowHeights[r] = Math.max(rowHeights[r] ?? 0, per);
  }
  return rowHeights;
}

function walk(blocks: readonly PlanBlock[], frame: Frame, flow: PageFlow, pages: Map<string, number>): void {
  const { preset } = frame;
  const bodyStyle = frame.inCase ? preset.caseBody : preset.body;
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading': {
        if (block.pageBreakBefore) flow.newPage();
        const style = headingStyle(preset, block.level);
        flow.keep(blockHeight(`${block.number}${plain(block.content)}`, style, frame.widthPt) + lineHeightPt(preset.body));
        pages.set(block.anchor, flow.page);
        flow.flow(-lineHeightPt(preset.body));
        break;
      }
      case 'subhead':
        flow.keep(blockHeight(plain(block.content), frame.inCase ? preset.caseBody : preset.plainHeading, frame.widthPt));
        break;
      case 'paragraph':
        flowParagraph(flow, plain(block.content), bodyStyle, frame.widthPt);
        break;
      case 'list':
        for (const item of block.items) flowParagraph(flow, plain(item), { ...bodyStyle, firstLineChars: 2 }, frame.widthPt);
        break;
      case 'table': {
        const caption = blockHeight(captionText(block.caption), preset.caption, frame.widthPt);
        const rows = rowHeightsOf(block, frame);
        // A short table moves whole with its caption; a long one keeps its caption with two lines.
        const first = block.keepTogether ? rows.reduce((a, b) => a + b, 0) : lineHeightPt(preset.tableText) * 2;
        flow.keep(caption + first);
        if (block.caption.anchor !== null) pages.set(block.caption.anchor, flow.page);
        if (!block.keepTogether) {
          flow.flow(-first);
          rows.forEach((h) => flow.keep(h));
        }
        if (block.source !== '') flow.flow(blockHeight(block.source, preset.source, frame.widthPt));
        break;
      }
      case 'figure': {
        const aspect = block.asset?.width && block.asset.height ? block.asset.height / block.asset.width : 0.75;
        const image = block.asset === null ? lineHeightPt(preset.body) * 2 : Math.min(frame.maxImagePt, ((frame.widthPt * block.widthPercent) / 100) * aspect);
        flow.keep(image + 6 + blockHeight(captionText(block.caption), preset.caption, frame.widthPt));
        if (block.caption.anchor !== null) pages.set(block.caption.anchor, flow.page);
        if (block.source !== '') flow.flow(blockHeight(block.source, preset.source, frame.widthPt));
        break;
      }
      case 'case':
        flow.keep(blockHeight(captionText(block.caption), preset.caseTitle, frame.widthPt) + 12);
        if (block.caption.anchor !== null) pages.set(block.caption.anchor, flow.page);
        walk(block.children, { ...frame, widthPt: frame.widthPt - 20, inCase: true }, flow, pages);
        break;
      case 'grid':
        flow.keep((block.rows.length + 1) * (lineHeightPt(preset.tableText) + 4));
        break;
      case 'note':
        flow.flow(lineHeightPt(preset.body));
        break;
    }
  }
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
