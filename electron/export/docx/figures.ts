/**
 * Figures: the image centred at its share of the available width, keeping the image's aspect ratio,
 * then the caption below it (and a 来源 line when there is one). A missing image becomes a visible
 * placeholder, so nobody mistakes the gap for a layout glitch.
 */
import { exportWarnings, missingImagePlaceholder } from '../../../shared/export/export-warnings';
import type { ChartPlan, FigureBlock } from '../../../shared/export/report-plan';
import { CHART_HEIGHT, CHART_WIDTH } from '../../../shared/charts/chart-style';
import { captionNumberText, captionRuns } from './captions';
import { paragraph, run } from './ooxml';
import { EMU_PER_PIXEL, inlinePicture } from './ooxml-drawing';
import { nextDrawingId, type RenderContext } from './render-context';
import { STYLE } from './style-ids';

/** Twips per CSS pixel (96 per inch; a twip is 1/1440 inch). */
const TWIPS_PER_PIXEL = 15;
const FALLBACK_ASPECT = 3 / 4;

export interface ImageBox {
  readonly widthPx: number;
  readonly heightPx: number;
}

/** Size of the figure on the page: its share of the width, shrunk if needed to fit the height limit. */
export function figureBox(widthPercent: number, aspect: number, context: Pick<RenderContext, 'widthTwips' | 'maxImageHeightTwips'>): ImageBox {
  let width = (context.widthTwips * widthPercent) / 100;
  let height = width * aspect;
  if (height > context.maxImageHeightTwips) {
    height = context.maxImageHeightTwips;
    width = height / aspect;
  }
  return { widthPx: Math.max(1, Math.round(width / TWIPS_PER_PIXEL)), heightPx: Math.max(1, Math.round(height / TWIPS_PER_PIXEL)) };
}

function placeholder(name: string): string {
  return paragraph(
    { style: STYLE.note, keepNext: true, border: { style: 'dashed', size: 6, color: '999999' } },
    run(missingImagePlaceholder(name), { color: '808080' }),
  );
}

/** Dots per inch of a chart's PNG at its printed width: print resolution, so it is as sharp as the text. */
export const CHART_DPI = 300;
/** A chart has no stored file: its key in the image parts. Copies (appendix) share the body's picture. */
const chartKey = (block: FigureBlock): string => `chart:${block.caption.number}:${block.caption.title}`;

function chartParagraph(block: FigureBlock, chart: ChartPlan, context: RenderContext): string {
  if (chart.data === null) {
    return paragraph({ style: STYLE.note, keepNext: true, border: { style: 'dashed', size: 6, color: '999999' } }, run(`［图表无法绘制：${chart.problem ?? ''}］`, { color: '808080' }));
  }
  const box = figureBox(block.widthPercent, CHART_HEIGHT / CHART_WIDTH, context);
  // figureBox's pixels are CSS pixels (96 per inch).
  const part = context.images.partForChart({ key: chartKey(block), data: chart.data, spec: chart.spec, title: chart.alt, pixelWidth: Math.ceil((box.widthPx / 96) * CHART_DPI) });
  const picture = inlinePicture({
    rId: part.rId,
    id: nextDrawingId(context),
    widthEmu: box.widthPx * EMU_PER_PIXEL,
    heightEmu: box.heightPx * EMU_PER_PIXEL,
    name: captionNumberText(block.caption),
    description: chart.alt,
  });
  return paragraph({ keepNext: true, align: 'center', spacing: { before: 120, after: 0, lineAuto: 240 }, indent: { firstLine: 0, firstLineChars: 0 } }, picture);
}

function imageParagraph(block: FigureBlock, context: RenderContext): string {
  const asset = block.asset;
  const label = captionNumberText(block.caption);
  if (block.chart !== undefined) return chartParagraph(block, block.chart, context);
  if (asset === null) return placeholder(block.missingName);
  const part = context.images.partFor(asset);
  if (part === undefined) {
    context.warn(exportWarnings.unsupportedImage(label, asset.mime));
    return placeholder(block.missingName);
  }
  let aspect = FALLBACK_ASPECT;
  if (asset.width !== null && asset.height !== null && asset.width > 0 && asset.height > 0) aspect = asset.height / asset.width;
  else context.warn(exportWarnings.unknownImageSize(label));
  const box = figureBox(block.widthPercent, aspect, context);
  const picture = inlinePicture({
    rId: part.rId,
    id: nextDrawingId(context),
    widthEmu: box.widthPx * EMU_PER_PIXEL,
    heightEmu: box.heightPx * EMU_PER_PIXEL,
    name: label,
    description: block.caption.title,
  });
  // Single line spacing: an exact line height would clip the picture to one line.
  return paragraph({ keepNext: true, align: 'center', spacing: { before: 120, after: 0, lineAuto: 240 }, indent: { firstLine: 0, firstLineChars: 0 } }, picture);
}

export function renderFigure(block: FigureBlock, context: RenderContext): string {
  let xml = imageParagraph(block, context) + paragraph({ style: STYLE.caption }, captionRuns(block.caption, context));
  if (block.source !== '') xml += paragraph({ style: STYLE.source, align: 'center' }, run(`来源：${block.source}`));
  return xml;
}
