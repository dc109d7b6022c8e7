/**
 * The SVG's structure: what must be in the picture (series, categories, labels, axis titles, legend,
 * the print fonts, hatches for grayscale) and what must not (scripts, ECharts' hover CSS, ids that
 * collide between two charts on one page). Rendered by the same function the editor and exports use.
 */
import { renderChartSvg, measureChartText } from '../../shared/charts/render-chart-svg';
import { chartSpec, type ChartData, type ChartType } from '../../shared/charts/chart-spec';
import { CHART_PALETTE } from '../../shared/charts/chart-style';

const DATA: ChartData = {
  categories: ['机械工程系', '智能技术系', '经管系'],
  series: [
    { name: '人数', values: [939, 806, 571], percent: false, secondary: false },
    { name: '占比', values: [0.2814, 0.2415, 0.1711], percent: true, secondary: true },
  ],
};
const ONE: ChartData = { categories: DATA.categories, series: [{ ...(DATA.series[0] as ChartData['series'][0]) }] };

const texts = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] as string);

describe('renderChartSvg', () => {
  test.each<[ChartType, ChartData]>([
    ['column', { ...DATA, series: DATA.series.map((s) => ({ ...s, secondary: false })) }],
    ['bar', ONE],
    ['stacked', { categories: DATA.categories, series: [DATA.series[0]!, { name: '女生', values: [100, 200, 300], percent: false, secondary: false }] }],
    ['line', ONE],
    ['pie', ONE],
    ['ring', ONE],
    ['combo', DATA],
  ])('%s: categories, values as labels, fonts; no script or hover CSS', (type, data) => {
    const svg = renderChartSvg(data, chartSpec('t', type, { unit: '人' }), { idPrefix: 'f1', title: '毕业生<分布>' });
    expect(svg.startsWith('<svg role="img"')).toBe(true);
    expect(svg).toContain('<title>毕业生&lt;分布&gt;</title>');
    const shown = texts(svg).join('|');
    for (const category of data.categories) expect(shown).toContain(category);
    expect(shown).toContain('939');
    expect(svg).toContain("font-family:'RW Times', 'RW HeiTi'");
    expect(svg).not.toMatch(/<script|<style|onload|ecmeta_|zr\d+-/i);
    expect(svg).toMatch(/<path d="M/);
  });

  test('combo: both series in the legend, a right axis in %, percentages as labels', () => {
    const svg = renderChartSvg(DATA, chartSpec('t', 'combo', { unit: '人' }), { idPrefix: 'f1' });
    const shown = texts(svg);
    expect(shown).toEqual(expect.arrayContaining(['人数', '占比', '单位：人', '28.14%', '30%']));
  });

  test('grayscale: series differ by lightness and the second one is hatched', () => {
    const svg = renderChartSvg({ ...DATA, series: DATA.series.map((s) => ({ ...s, secondary: false, percent: false })) }, chartSpec('t', 'column'), { idPrefix: 'f1' });
    expect(svg).toContain(`fill="${CHART_PALETTE[0]}"`);
    expect(svg).toContain(`fill="${CHART_PALETTE[1]}"`);
    expect(svg).toMatch(/<pattern [^>]*id="chart-f1-p\d+"/);
    expect(svg).toMatch(/fill="url\(#chart-f1-p\d+\)"/);
    const luminance = (hex: string): number => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (let i = 1; i < CHART_PALETTE.length; i++) expect(Math.abs(luminance(CHART_PALETTE[i]!) - luminance(CHART_PALETTE[i - 1]!))).toBeGreaterThan(0.15);
  });

  test('legend position none hides it; one series needs none', () => {
    const spec = chartSpec('t', 'column', { legend: 'none' });
    const shown = texts(renderChartSvg({ ...DATA, series: DATA.series.map((s) => ({ ...s, secondary: false })) }, spec, { idPrefix: 'a' }));
    expect(shown).not.toContain('占比');
    // Negative control: with the legend at the bottom the names are there.
    const withLegend = texts(renderChartSvg({ ...DATA, series: DATA.series.map((s) => ({ ...s, secondary: false })) }, { ...spec, legend: 'bottom' }, { idPrefix: 'a' }));
    expect(withLegend).toContain('占比');
  });

  test('labels off: no value texts', () => {
    const svg = renderChartSvg(ONE, chartSpec('t', 'column', { labels: false }), { idPrefix: 'a' });
    expect(texts(svg)).not.toContain('939');
  });

  test('project text is escaped; ids differ per chart; output is deterministic', () => {
    const evil: ChartData = { categories: ['<script>alert(1)</script>', 'a&b'], series: [{ name: '"><svg onload=x>', values: [1, 2], percent: false, secondary: false }] };
    const svg = renderChartSvg(evil, chartSpec('t', 'column', { legend: 'top' }), { idPrefix: 'x"><script>' });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<svg onload');
    expect(svg).toContain('&lt;script&gt;');
    const a = renderChartSvg(DATA, chartSpec('t', 'combo'), { idPrefix: 'one' });
    const b = renderChartSvg(DATA, chartSpec('t', 'combo'), { idPrefix: 'one' });
    expect(a).toBe(b);
    expect(renderChartSvg(DATA, chartSpec('t', 'combo'), { idPrefix: 'two' })).not.toBe(a);
  });

  test('text measure: CJK is one em, digits about half', () => {
    expect(measureChartText('机械', '12px sans').width).toBe(24);
    expect(measureChartText('10', '20px x').width).toBeCloseTo(22);
  });
});
