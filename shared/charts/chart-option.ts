/**
 * A chart's ECharts option: resolved data (./resolve-chart.ts) and the author's choices turned into
 * the one declarative object ECharts draws. Plain data plus a few label formatters, so tests can
 * read what will be drawn before any SVG exists.
 */
import type { ChartData, ChartSeriesData, ChartSpec } from './chart-spec';
import { CHART_FONT_FAMILY, CHART_HATCHES, CHART_OUTLINE, CHART_PALETTE, LINE_DASHES, LINE_MARKERS, pick } from './chart-style';
import { formatCellNumber } from '../tables/number-format';

type Option = Record<string, unknown>;

/** Decimals the values need (at most 2), so labels neither invent nor drop precision. */
function decimalsOf(values: readonly (number | null)[], percent: boolean): number {
  let decimals = 0;
  for (const v of values) {
    if (v === null) continue;
    const shown = percent ? v * 100 : v;
    for (let d = decimals; d <= 2; d++) {
      if (Math.abs(shown - Number(shown.toFixed(d))) < 1e-9) break;
      decimals = d + 1;
    }
  }
  return Math.min(decimals, 2);
}

export function formatValue(value: number, series: ChartSeriesData): string {
  const decimals = decimalsOf(series.values, series.percent);
  return formatCellNumber(value, series.percent ? { kind: 'percent', decimals } : Math.abs(value) >= 10000 ? { kind: 'thousands', decimals } : { kind: 'fixed', decimals });
}

// Printed at about 125 mm for 640 px, 15 px is about 8 pt: the size of a table's small print.
const axisText = { fontFamily: CHART_FONT_FAMILY, fontSize: 15, color: '#1a1a1a' };

function decal(index: number): Option | undefined {
  const hatch = pick(CHART_HATCHES, index);
  return hatch === null ? undefined : { ...hatch };
}

function axisName(title: string, unit: string): string {
  if (unit === '') return title;
  return title === '' ? `单位：${unit}` : `${title}（${unit}）`;
}

function valueAxis(series: readonly ChartSeriesData[], name: string, position: 'left' | 'right' | 'bottom'): Option {
  const percent = series.length > 0 && series.every((s) => s.percent);
  return {
    type: 'value',
    name,
    position: position === 'bottom' ? undefined : position,
    nameTextStyle: { ...axisText, fontSize: 14 },
    axisLabel: { ...axisText, fontSize: 14, formatter: percent ? (v: number) => `${Math.round(v * 1000) / 10}%` : (v: number) => formatCellNumber(v, { kind: Math.abs(v) >= 10000 ? 'thousands' : 'fixed', decimals: Number.isInteger(v) ? 0 : 1 }) },
    axisLine: { show: true, lineStyle: { color: CHART_OUTLINE } },
    splitLine: { show: position !== 'right', lineStyle: { color: '#c8c8c8', type: 'dashed' } },
  };
}

function legend(spec: ChartSpec, names: readonly string[]): Option {
  const show = spec.legend !== 'none' && names.length > 1;
  const place: Option = spec.legend === 'top' ? { top: 4 } : spec.legend === 'right' ? { right: 4, top: 'middle', orient: 'vertical' } : { bottom: 4 };
  return { show, ...place, data: [...names], textStyle: axisText, itemWidth: 22, itemHeight: 13 };
}

function grid(spec: ChartSpec, showLegend: boolean, categoryCount: number, longest: number): Option {
  const rotate = spec.type !== 'bar' && categoryCount * Math.max(longest, 2) > 48;
  return {
    left: 16,
    right: spec.legend === 'right' && showLegend ? 130 : 24,
    top: spec.legend === 'top' && showLegend ? 48 : 36,
    bottom: spec.legend === 'bottom' && showLegend ? 44 : 16,
    containLabel: true,
    rotate,
  };
}

function pieOption(data: ChartData, spec: ChartSpec): Option {
  const series = data.series[0] as ChartSeriesData;
  const total = series.values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  const items = data.categories.map((name, i) => ({
    name,
    value: series.values[i] ?? 0,
    itemStyle: { color: pick(CHART_PALETTE, i), borderColor: '#ffffff', borderWidth: 1.5, decal: decal(i) },
  }));
  const show = spec.legend !== 'none';
  return {
    animation: false,
    textStyle: axisText,
    legend: { ...legend(spec, data.categories), show },
    series: [
      {
        type: 'pie',
        name: series.name,
        radius: spec.type === 'ring' ? ['38%', '64%'] : [0, '64%'],
        center: ['50%', spec.legend === 'top' ? '55%' : spec.legend === 'bottom' ? '46%' : '50%'],
        silent: true,
        label: {
          show: spec.labels,
          ...axisText,
          formatter: (p: { name: string; value: number }) => {
            const share = total === 0 ? '' : `（${formatCellNumber(p.value / total, { kind: 'percent', decimals: 1 })}）`;
            return series.percent ? `${p.name}\n${formatValue(p.value, series)}` : `${p.name}\n${formatValue(p.value, series)}${share}`;
          },
        },
        labelLine: { show: spec.labels, lineStyle: { color: CHART_OUTLINE } },
        data: items,
      },
    ],
  };
}

/** The option for a resolved chart. */
export function chartOption(data: ChartData, spec: ChartSpec): Option {
  if (spec.type === 'pie' || spec.type === 'ring') return pieOption(data, spec);
  const horizontal = spec.type === 'bar';
  const names = data.series.map((s) => s.name);
  const showLegend = spec.legend !== 'none' && names.length > 1;
  const longest = Math.max(0, ...data.categories.map((c) => c.length));
  const { rotate, ...gridBox } = grid(spec, showLegend, data.categories.length, longest);
  const primary = data.series.filter((s) => !s.secondary);
  const secondary = data.series.filter((s) => s.secondary);
  const categoryAxis: Option = {
    type: 'category',
    data: [...data.categories],
    name: spec.categoryTitle,
    nameLocation: horizontal ? 'end' : 'middle',
    nameGap: horizontal ? 12 : rotate ? 70 : 30,
    nameTextStyle: { ...axisText, fontSize: 14 },
    inverse: horizontal, // the first row of the table on top, as it reads
    axisLabel: { ...axisText, interval: 0, rotate: rotate ? 35 : 0, hideOverlap: false },
    axisTick: { alignWithLabel: true },
    axisLine: { lineStyle: { color: CHART_OUTLINE } },
  };
  const valueAxes = [valueAxis(primary, axisName(spec.valueTitle, spec.unit), horizontal ? 'bottom' : 'left')];
  if (secondary.length > 0) valueAxes.push(valueAxis(secondary, axisName('', spec.secondaryUnit), 'right'));
  let lineIndex = 0;
  const series = data.series.map((s, i) => {
    const asLine = spec.type === 'line' || s.secondary;
    const color = pick(CHART_PALETTE, i);
    // Inside a bar (stacked, and combo where the line's labels sit above the bars) a label gets a
    // white halo: readable on every fill and hatch, in colour and in gray.
    const inside = !asLine && (spec.type === 'stacked' || spec.type === 'combo');
    const label = {
      show: spec.labels,
      position: asLine ? 'top' : spec.type === 'stacked' ? 'inside' : spec.type === 'combo' ? 'insideBottom' : horizontal ? 'right' : 'top',
      ...axisText,
      fontSize: 13,
      color: '#1a1a1a',
      textBorderColor: inside ? '#ffffff' : undefined,
      textBorderWidth: inside ? 3 : undefined,
      formatter: (p: { value: number | null }) => (p.value === null ? '' : formatValue(p.value, s)),
    };
    const values = s.values.map((v) => (v === null ? null : v));
    if (asLine) {
      const n = lineIndex++;
      return {
        type: 'line',
        name: s.name,
        data: values,
        yAxisIndex: s.secondary ? 1 : 0,
        silent: true,
        connectNulls: false,
        symbol: pick(LINE_MARKERS, n),
        symbolSize: 8,
        lineStyle: { width: 2.2, type: pick(LINE_DASHES, n), color: spec.type === 'line' ? pick(CHART_PALETTE, n * 2) : CHART_OUTLINE },
        itemStyle: { color: spec.type === 'line' ? pick(CHART_PALETTE, n * 2) : CHART_OUTLINE, borderColor: CHART_OUTLINE },
        label,
      };
    }
    return {
      type: 'bar',
      name: s.name,
      data: values,
      silent: true,
      stack: spec.type === 'stacked' ? 'total' : undefined,
      barMaxWidth: 48,
      itemStyle: { color, borderColor: CHART_OUTLINE, borderWidth: 0.6, decal: decal(i) },
      label,
    };
  });
  return {
    animation: false,
    textStyle: axisText,
    legend: legend(spec, names),
    grid: gridBox,
    xAxis: horizontal ? valueAxes[0] : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxes,
    series,
  };
}
