/**
 * A chart's picture in the window: the SVG of the one shared renderer (shared/charts), shown through
 * an <img> with a data: URL. An SVG loaded as an image is inert by the browser's rules (no script,
 * no external loads, no events), so even a renderer bug could not run code in the editor.
 */
import { useMemo } from 'react';
import type { ChartData, ChartSpec } from '../../../../shared/charts/chart-spec';
import { renderChartSvg } from '../../../../shared/charts/render-chart-svg';

export function chartSvgUrl(data: ChartData, spec: ChartSpec, idPrefix: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderChartSvg(data, spec, { idPrefix }))}`;
}

export function ChartImage({ data, spec, idPrefix, alt, testId }: { readonly data: ChartData; readonly spec: ChartSpec; readonly idPrefix: string; readonly alt: string; readonly testId?: string }) {
  const url = useMemo(() => chartSvgUrl(data, spec, idPrefix), [data, spec, idPrefix]);
  return <img className="figure-img chart-img" src={url} alt={alt} draggable={false} data-testid={testId} data-chart-categories={data.categories.join('|')} />;
}
