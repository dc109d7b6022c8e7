/**
 * A chart figure as the exports see it: resolved from its table now, or from the last rendering's
 * data (`snapshot`) when the table cannot give any, with the problem kept for the warning.
 */
import type { FigureElement } from '../model/document';
import type { ChartPlan } from '../export/report-plan';
import type { ChartData, ChartSpec } from './chart-spec';
import { chartMessage } from './chart-messages';
import { formatValue } from './chart-option';
import { findTable, resolveChart } from './resolve-chart';

const MAX_ALT_POINTS = 12;

/** Alternative text: type, caption and the numbers (cut after a dozen), for readers of the Word file. */
export function chartAltText(spec: ChartSpec, caption: string, data: ChartData | null): string {
  const type = chartMessage(`type.${spec.type}`);
  if (data === null) return chartMessage('alt.chart', { type, caption, summary: '' }).trim();
  const summary = data.series
    .map((s) => {
      const points = data.categories.slice(0, MAX_ALT_POINTS).map((c, i) => {
        const v = s.values[i];
        return `${c} ${v === null || v === undefined ? '—' : formatValue(v, s)}`;
      });
      const more = data.categories.length > MAX_ALT_POINTS ? ' 等' : '';
      return `${s.name}：${points.join('，')}${more}`;
    })
    .join('；');
  return chartMessage('alt.chart', { type, caption, summary });
}

export function planChart(figure: FigureElement, spec: ChartSpec, blocks: readonly unknown[]): ChartPlan {
  const result = resolveChart(findTable(blocks, spec.table), spec);
  const data = result.ok ? result.data : spec.snapshot ?? null;
  return { spec, data, problem: result.ok ? null : result.problem, alt: chartAltText(spec, figure.caption, data) };
}
