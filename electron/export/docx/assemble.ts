/**
 * The document from the plan: the body XML of each page-numbering section (written as strings, see
 * ooxml.ts), and a docx Document that carries everything else (styles, settings, the sections with
 * their page numbering, headers and footers). Each docx section holds one marker paragraph that
 * package-docx.ts replaces with the section's body XML.
 */
import { Document, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { unnumberedPages } from '../../../shared/export/front-matter';
import type { HeadingBlock, PlanBlock, ReportPlan } from '../../../shared/export/report-plan';
import { mmToTwips, resolvePreset, textHeightMm, textWidthMm } from '../../../shared/export/style-presets';
import { renderBlocks } from './blocks';
import { captionListInstruction, TOC_INSTRUCTION } from './field-codes';
import { renderCover, renderStatement } from './front-matter';
import { ImageParts } from './media';
import type { RenderContext } from './render-context';
import { folioFooter, runningHead, sectionProperties, type FolioFormat } from './sections';
import { buildStyles } from './styles';
import { captionListEntryStyle, renderTocField, tocEntryStyle } from './toc';

/** Figures may take at most this share of the text height, leaving room for the caption below. */
const MAX_IMAGE_HEIGHT_SHARE = 0.7;

export interface AssembledDocx {
  /** The package around the body: styles, settings, sections, headers, footers. */
  readonly scaffold: Document;
  /** Body XML of each section, in order; section i's marker is {@link sectionMarker}(i). */
  readonly sectionXml: readonly string[];
  readonly images: ImageParts;
}

/** Text of the paragraph that stands for section i's body in the scaffold. */
export function sectionMarker(index: number): string {
  return `RW-SECTION-BODY-${index}`;
}

function renderContextFor(plan: ReportPlan, images: ImageParts, warn: (text: string) => void): RenderContext {
  const preset = resolvePreset(plan.settings);
  return {
    preset,
    widthTwips: mmToTwips(textWidthMm(preset.page)),
    maxImageHeightTwips: Math.round(mmToTwips(textHeightMm(preset.page)) * MAX_IMAGE_HEIGHT_SHARE),
    inCase: false,
    images,
    counters: { bookmark: 0, drawing: 0 },
    warn,
  };
}

/** A section starting at a page break already starts a page: a chapter's own break there would leave a blank page in some readers. */
function withoutLeadingBreak(blocks: readonly PlanBlock[]): readonly PlanBlock[] {
  const [first, ...rest] = blocks;
  if (first?.kind !== 'heading' || !first.pageBreakBefore) return blocks;
  return [{ ...(first as HeadingBlock), pageBreakBefore: false }, ...rest];
}

export function assembleDocx(plan: ReportPlan, pages: ReadonlyMap<string, number>, warn: (text: string) => void): AssembledDocx {
  const images = new ImageParts();
  const context = renderContextFor(plan, images, warn);
  const { preset } = context;
  const title = plan.settings.reportTitle;
  const pageOf = (anchor: string): string => {
    const page = pages.get(anchor);
    return page === undefined ? '' : String(page);
  };
  const bodies: { xml: string; folio: FolioFormat | null }[] = [];

  let front = '';
  for (const page of unnumberedPages(plan)) {
    // The second of the two pages starts on a page of its own.
    if (page === 'cover' && plan.cover !== null) front += renderCover(plan.cover, preset, front !== '');
    if (page === 'statement' && plan.statement !== null) front += renderStatement(plan.statement, front !== '', context);
  }
  if (front !== '') bodies.push({ xml: front, folio: null });

  let lists = '';
  if (plan.toc !== null) {
    lists += renderTocField({ title: plan.toc.title, instruction: TOC_INSTRUCTION, entries: plan.toc.entries, pageOf, styleOf: tocEntryStyle(preset), widthTwips: context.widthTwips, pageBreakBefore: false });
  }
  for (const list of plan.captionLists) {
    lists += renderTocField({
      title: list.title,
      instruction: captionListInstruction(list.label),
      entries: list.entries,
      pageOf,
      styleOf: captionListEntryStyle(preset),
      widthTwips: context.widthTwips,
      pageBreakBefore: lists !== '',
    });
  }
  if (lists !== '') bodies.push({ xml: lists, folio: 'upperRoman' });

  const body = renderBlocks(withoutLeadingBreak(plan.body), context);
  if (body !== '' || bodies.length === 0) bodies.push({ xml: body, folio: 'decimal' });

  const sections: ISectionOptions[] = bodies.map(({ folio }, index) => ({
    properties: sectionProperties(preset, folio),
    ...(folio === null ? {} : { headers: { default: runningHead(title) }, footers: { default: folioFooter(folio) } }),
    children: [new Paragraph({ children: [new TextRun(sectionMarker(index))] })],
  }));
  const scaffold = new Document({
    creator: plan.settings.unitName,
    title,
    description: '年报工坊 ReportWorks 导出',
    features: { updateFields: true },
    // Two characters of body text, as Chinese Word sets it.
    defaultTabStop: Math.round(preset.body.font.sizePt * 2 * 20),
    styles: buildStyles(preset),
    sections,
  });
  return { scaffold, sectionXml: bodies.map((b) => b.xml), images };
}
