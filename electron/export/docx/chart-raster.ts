/**
 * Charts for Word: our SVG rasterised to a PNG at print resolution (300 dpi at the printed width),
 * because Word, WPS and LibreOffice all show a PNG, while SVG in .docx needs Word 2016+ and a PNG
 * fallback anyway. sharp (already a dependency for the image gate) draws SVG with librsvg, text
 * through fontconfig: the chart's font list ends with the installed names of the same faces.
 *
 * Why not @resvg/resvg-js: one more native module to ship for each platform, for the same result.
 * The PNG is written with its 300 dpi (pHYs), so Word's "original size" is the printed size.
 */
import type { ChartImage } from './media';
import { CHART_DPI } from './figures';
import { CHART_WIDTH } from '../../../shared/charts/chart-style';

export async function rasteriseChart(chart: ChartImage): Promise<Uint8Array> {
  // Loaded here, not at the top: the Word-only CLI starts without ECharts and sharp (≈120 ms and
  // ≈40 ms of start-up) unless the report has a chart (bench/docx-export.mjs measures the start).
  const [{ renderChartSvg }, { default: sharp }] = await Promise.all([import('../../../shared/charts/render-chart-svg'), import('sharp')]);
  const svg = renderChartSvg(chart.data, chart.spec, { idPrefix: 'w', title: chart.title });
  // librsvg reads the SVG's user units at 72 dpi: this density gives the wanted pixel width.
  const density = (72 * chart.pixelWidth) / CHART_WIDTH;
  const png = await sharp(Buffer.from(svg, 'utf8'), { density })
    .resize({ width: chart.pixelWidth })
    .flatten({ background: '#ffffff' })
    .withMetadata({ density: CHART_DPI })
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/** Every chart of a document, rasterised one after the other (librsvg is CPU-bound; the machine may be busy). */
export async function rasteriseCharts(charts: readonly ChartImage[], before?: () => void): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const chart of charts) {
    before?.();
    out.set(chart.key, await rasteriseChart(chart));
  }
  return out;
}
