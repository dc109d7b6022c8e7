/**
 * The picture of a chart figure on the page: drawn live from its table (./use-live-chart.ts); when
 * the table cannot give data any more (deleted, a column renamed) the last picture stays, with the
 * problem said above it, so nothing silently disappears from the report.
 */
import type { ChartSpec } from '../../../../shared/charts/chart-spec';
import type { FigureElement } from '../../../../shared/model/document';
import { ChartImage } from './chart-image';
import { openChartDialog } from './chart-dialog-store';
import { useLiveChart } from './use-live-chart';

export function ChartPicture({ element, spec, editable }: { readonly element: FigureElement; readonly spec: ChartSpec; readonly editable: boolean }) {
  const live = useLiveChart(element, spec);
  return (
    <div className="chart-picture" data-testid="chart-picture" data-chart-state={live.problem === null ? 'live' : 'problem'}>
      {live.problem !== null ? (
        <div className="chart-problem figure-placeholder-error" role="status" data-testid="chart-problem" style={{ fontSize: 13, padding: "4px 8px" }}>
          {live.problem}
        </div>
      ) : null}
      {live.data !== null ? (
        <ChartImage data={live.data} spec={spec} idPrefix={element.id} alt={element.caption} testId="chart-image" />
      ) : (
        <div className="figure-placeholder figure-placeholder-missing">图表无法绘制</div>
      )}
      {editable && live.problem === null ? (
        <button
          type="button"
          className="btn btn-small chart-settings"
          data-testid="chart-settings"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => openChartDialog({ tableId: spec.table, figureId: element.id })}
        >
          图表设置
        </button>
      ) : null}
    </div>
  );
}
