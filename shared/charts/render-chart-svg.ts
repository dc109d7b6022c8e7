/**
 * One pure function from chart data to an SVG string, used by the editor (renderer), the exports
 * (main, CLI) and the tests alike: Apache ECharts' server-side rendering (`ssr: true` with the SVG
 * renderer builds a virtual node tree and serialises it; it never creates or reads a DOM element).
 *
 * Why this may live in shared/ (which allows no DOM): in SSR mode ECharts touches the DOM in one
 * place only, measuring text, which it does with a canvas where `document` exists and with a crude
 * guess elsewhere. We install our own measure (CJK full width, Latin about half), so the drawing is
 * the same in the window, in Node and in Jest — byte for byte — and no DOM is reached anywhere.
 *
 * The output is ours alone: every project string in it (categories, series names, the title)
 * passes through ECharts' XML escaping of text content and our escaper for the <title>; the
 * hover <style> block and ECharts' private attributes are dropped, and ids are made unique per
 * chart (several charts share one print page).
 */
import * as echarts from 'echarts';
import { escapeXmlText } from '../escape/xml-escape';
import { chartOption } from './chart-option';
import type { ChartData, ChartSpec } from './chart-spec';
import { CHART_HEIGHT, CHART_WIDTH } from './chart-style';

const CJK_WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Width of text in a CSS font shorthand ("bold 12px family"): CJK 1 em, Latin digits ≈ 0.55 em. */
export function measureChartText(text: string, font: string | undefined): { width: number } {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
  let em = 0;
  for (const ch of text) em += CJK_WIDE.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.55;
  return { width: em * size };
}

let platformReady = false;
function ensurePlatform(): void {
  if (platformReady) return;
  echarts.setPlatformAPI({ measureText: measureChartText });
  platformReady = true;
}

export interface ChartSvgOptions {
  /** Prefix for the SVG's internal ids (patterns): unique per chart on a page. */
  readonly idPrefix: string;
  /** Accessible name (<title>): the caption. */
  readonly title?: string;
  readonly width?: number;
  readonly height?: number;
}

function safeIdPrefix(prefix: string): string {
  return `chart-${prefix.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/**
 * One SSR instance per size, reused: creating and disposing an ECharts instance costs about as much
 * as drawing a chart. `notMerge` makes each option a fresh chart (nothing of the previous one stays).
 */
const instances = new Map<string, echarts.ECharts>();

function instanceFor(width: number, height: number): echarts.ECharts {
  const key = `${width}x${height}`;
  let chart = instances.get(key);
  if (chart === undefined || chart.isDisposed()) {
    chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
    instances.set(key, chart);
  }
  return chart;
}

export function renderChartSvg(data: ChartData, spec: ChartSpec, options: ChartSvgOptions): string {
  ensurePlatform();
  const width = options.width ?? CHART_WIDTH;
  const height = options.height ?? CHART_HEIGHT;
  const chart = instanceFor(width, height);
  let svg: string;
  try {
    chart.setOption(chartOption(data, spec), { notMerge: true });
    svg = chart.renderToSVGString();
  } catch (error) {
    // A failed draw must not leave a half-set instance for the next chart.
    chart.dispose();
    instances.delete(`${width}x${height}`);
    throw error;
  }
  const prefix = safeIdPrefix(options.idPrefix);
  const title = options.title === undefined || options.title === '' ? '' : `<title>${escapeXmlText(options.title)}</title>`;
  return svg
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/\bzr\d+-/g, `${prefix}-`)
    .replace(/^<svg /, `<svg role="img" `)
    .replace(/(<svg[^>]*>)/, `$1${title}`);
}
