/**
 * Plan blocks (shared/export/report-plan.ts) as print HTML. Every numbered item and every heading
 * carries its plan anchor as its element id: short ASCII names that Chromium turns into PDF named
 * destinations, which the table of contents, the lists, the bookmarks and cross-references use.
 */
import type { AssetRef, CaseBlock, ChartPlan, FigureBlock, HeadingBlock, PlanBlock } from '../report-plan';
import { renderChartSvg } from '../../charts/render-chart-svg';
import { missingImagePlaceholder } from '../export-warnings';
import { captionText } from './caption-text';
import { escapeHtmlAttribute, escapeHtmlText } from '../../escape/html-escape';
import { inlineHtml } from './inline-html';
import { gridBlockHtml, tableBlockHtml } from './table-html';

/** Where the document finds an image: a file URL beside the HTML, or a data: URL. */
export type AssetUrl = (asset: AssetRef) => string;

const idAttribute = (anchor: string | null): string => (anchor === null ? '' : ` id="${escapeHtmlAttribute(anchor)}"`);

function headingHtml(block: HeadingBlock): string {
  const tag = `h${Math.min(Math.max(block.level, 1), 6)}`;
  const classes = [`h${Math.min(Math.max(block.level, 1), 4)}`, block.pageBreakBefore ? 'chapter' : ''].filter(Boolean).join(' ');
  return `<${tag} class="${classes}"${idAttribute(block.anchor)}>${escapeHtmlText(block.number)}${inlineHtml(block.content)}</${tag}>`;
}

/**
 * A chart prints as inline SVG: vector paths in the PDF, text in the document's own fonts (embedded
 * like the body text). The markup comes from our renderer alone (shared/charts/render-chart-svg.ts,
 * which escapes every project string), never from the project file.
 */
function chartHtml(block: FigureBlock, chart: ChartPlan, width: string): string {
  if (chart.data === null) return `<div class="figure-missing" style="${width}">${escapeHtmlText(`［图表无法绘制：${chart.problem ?? ''}］`)}</div>`;
  const svg = renderChartSvg(chart.data, chart.spec, { idPrefix: block.caption.anchor ?? `copy-${block.caption.number}`, title: chart.alt });
  return `<div class="chart" style="${width};margin:0 auto">${svg.replace(/^<svg /, '<svg style="display:block;width:100%;height:auto" ')}</div>`;
}

function figureHtml(block: FigureBlock, assetUrl: AssetUrl): string {
  const width = `width:${block.widthPercent}%`;
  let picture: string;
  if (block.chart !== undefined) {
    picture = chartHtml(block, block.chart, width);
  } else if (block.asset === null) {
    picture = `<div class="figure-missing" style="${width}">${escapeHtmlText(missingImagePlaceholder(block.missingName))}</div>`;
  } else {
    const size = block.asset.width !== null && block.asset.height !== null ? ` width="${block.asset.width}" height="${block.asset.height}"` : '';
    picture = `<img src="${escapeHtmlAttribute(assetUrl(block.asset))}" alt=""${size} style="${width};height:auto">`;
  }
  const source = block.source === '' ? '' : `<p class="source" style="text-align:center">来源：${escapeHtmlText(block.source)}</p>`;
  return `<figure class="figure"${idAttribute(block.caption.anchor)}>${picture}<p class="caption">${escapeHtmlText(captionText(block.caption))}</p>${source}</figure>`;
}

function caseHtml(block: CaseBlock, assetUrl: AssetUrl): string {
  const title = `<p class="case-title"${idAttribute(block.caption.anchor)}>${escapeHtmlText(captionText(block.caption))}</p>`;
  return `<section class="case">${title}${blocksHtml(block.children, assetUrl)}</section>`;
}

export function blockHtml(block: PlanBlock, assetUrl: AssetUrl): string {
  switch (block.kind) {
    case 'heading':
      return headingHtml(block);
    case 'subhead':
      return `<p class="subhead">${inlineHtml(block.content)}</p>`;
    case 'paragraph': {
      const align = block.align === undefined ? '' : ` style="text-align:${escapeHtmlAttribute(block.align)}${block.align === 'center' || block.align === 'right' ? ';text-indent:0' : ''}"`;
      return `<p class="${block.role === 'case' ? 'case-text' : 'text'}"${align}>${inlineHtml(block.content)}</p>`;
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const itemClass = block.role === 'case' ? 'case-text' : 'text';
      return `<${tag} class="list">${block.items.map((item) => `<li class="${itemClass}">${inlineHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return tableBlockHtml(block);
    case 'figure':
      return figureHtml(block, assetUrl);
    case 'case':
      return caseHtml(block, assetUrl);
    case 'grid':
      return gridBlockHtml(block);
    case 'note':
      return `<p class="note">${escapeHtmlText(block.text)}</p>`;
  }
}

export function blocksHtml(blocks: readonly PlanBlock[], assetUrl: AssetUrl): string {
  return blocks.map((block) => blockHtml(block, assetUrl)).join('\n');
}
