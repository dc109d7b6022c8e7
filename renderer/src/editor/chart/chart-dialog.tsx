/**
 * The small chart dialog (插入图表 from the table's menu, 图表设置 on a chart): type, the category
 * column, the series, caption and unit, with a live preview drawn by the same renderer as the page
 * and the exports. A choice that cannot be drawn shows its problem instead of the preview and the
 * button stays disabled.
 */
import { useMemo, useState } from 'react';
import { Path, Transforms } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { CHART_TYPES, LEGEND_POSITIONS, chartSpec, type ChartSpec, type ChartType, type LegendPosition } from '../../../../shared/charts/chart-spec';
import { chartMessage } from '../../../../shared/charts/chart-messages';
import { chartColumnLabels, resolveChart } from '../../../../shared/charts/resolve-chart';
import { newBlockId } from '../../../../shared/ids/block-id';
import type { FigureElement } from '../../../../shared/model/document';
import type { TableElement } from '../../../../shared/tables/table-types';
import { Modal } from '../../ui/modal';
import type { SectionEditorInstance } from '../section-editor-type';
import { ChartImage } from './chart-image';

const LEGEND_TEXT: Readonly<Record<LegendPosition, string>> = { top: '上方', bottom: '下方', right: '右侧', none: '不显示' };

export function ChartDialog({ table, figure, onClose }: { readonly table: TableElement; readonly figure: FigureElement | null; readonly onClose: () => void }) {
  const editor = useSlateStatic() as SectionEditorInstance;
  const initial = figure?.chart ?? chartSpec(table.id, 'column');
  const [type, setType] = useState<ChartType>(initial.type);
  const [by, setBy] = useState(initial.by);
  const [category, setCategory] = useState(initial.category);
  const [series, setSeries] = useState<readonly string[]>(initial.series);
  const [unit, setUnit] = useState(initial.unit);
  const [labels, setLabels] = useState(initial.labels);
  const [legend, setLegend] = useState<LegendPosition>(initial.legend);
  const [includeTotals, setIncludeTotals] = useState(initial.includeTotals);
  const [caption, setCaption] = useState(figure?.caption ?? table.caption);
  const columns = useMemo(() => chartColumnLabels(table), [table]);

  const spec: ChartSpec = useMemo(
    () => ({ ...initial, snapshot: undefined, type, by, category, series, unit, labels, legend, includeTotals }),
    // `initial` is fixed for the dialog's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [type, by, category, series, unit, labels, legend, includeTotals],
  );
  const resolved = useMemo(() => resolveChart(table, spec), [table, spec]);

  const apply = (): void => {
    if (!resolved.ok) return;
    const { snapshot: _omit, ...rest } = spec;
    const chart: ChartSpec = { ...rest, snapshot: resolved.data };
    if (figure !== null) {
      Transforms.setNodes<FigureElement>(editor, { chart, caption: caption.trim() }, { at: ReactEditor.findPath(editor, figure) });
    } else {
      const node: FigureElement = { type: 'figure', id: newBlockId(), asset: null, caption: caption.trim(), source: table.source, width: 80, chart, children: [{ text: '' }] };
      Transforms.insertNodes(editor, node, { at: Path.next(ReactEditor.findPath(editor, table)) });
    }
    onClose();
  };

  const toggleSeries = (label: string): void => setSeries((old) => (old.includes(label) ? old.filter((s) => s !== label) : [...old, label]));

  return (
    <Modal
      title={figure === null ? '插入图表' : '图表设置'}
      onClose={onClose}
      width={720}
      testId="chart-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            取消
          </button>
          <button type="button" className="btn btn-primary" disabled={!resolved.ok} onClick={apply} data-testid="chart-dialog-apply">
            {figure === null ? '插入' : '确定'}
          </button>
        </>
      }
    >
      <div className="chart-dialog" style={{ display: 'grid', gridTemplateColumns: '240px 1fr', gap: 12 }}>
        <div className="chart-dialog-form" style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
          <label>
            类型{' '}
            <select value={type} onChange={(e) => setType(e.target.value as ChartType)} data-testid="chart-type">
              {CHART_TYPES.map((t) => (
                <option key={t} value={t}>
                  {chartMessage(`type.${t}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            类别{' '}
            <select value={by === 'row' ? '@row' : category} onChange={(e) => (e.target.value === '@row' ? setBy('row') : (setBy('column'), setCategory(e.target.value)))} data-testid="chart-category">
              <option value="">{columns[0] ?? '第一列'}（默认）</option>
              {columns.slice(1).map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
              <option value="@row">表头各列（每行一个系列）</option>
            </select>
          </label>
          {by === 'column' ? (
            <fieldset className="chart-dialog-series">
              <legend>系列（不选即全部数字列）</legend>
              {columns.map((c) => (
                <label key={c} style={{ display: 'block' }}>
                  <input type="checkbox" checked={series.includes(c)} onChange={() => toggleSeries(c)} /> {c}
                </label>
              ))}
            </fieldset>
          ) : null}
          <label>
            图题 <input value={caption} maxLength={300} onChange={(e) => setCaption(e.target.value)} data-testid="chart-caption" />
          </label>
          <label>
            单位 <input value={unit} maxLength={20} onChange={(e) => setUnit(e.target.value)} placeholder="如 人、万元" />
          </label>
          <label>
            图例{' '}
            <select value={legend} onChange={(e) => setLegend(e.target.value as LegendPosition)}>
              {LEGEND_POSITIONS.map((p) => (
                <option key={p} value={p}>
                  {LEGEND_TEXT[p]}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={labels} onChange={(e) => setLabels(e.target.checked)} /> 显示数据标签
          </label>
          <label>
            <input type="checkbox" checked={includeTotals} onChange={(e) => setIncludeTotals(e.target.checked)} /> 包括小计、合计行
          </label>
        </div>
        <div className="chart-dialog-preview" data-testid="chart-preview">
          {resolved.ok ? (
            <>
              <ChartImage data={resolved.data} spec={spec} idPrefix="preview" alt="预览" testId="chart-preview-image" />
              {resolved.notes.map((note) => (
                <p key={note} className="chart-note">
                  {note}
                </p>
              ))}
            </>
          ) : (
            <p className="chart-problem" role="alert" data-testid="chart-preview-problem">
              {resolved.problem}
            </p>
          )}
        </div>
      </div>
    </Modal>
  );
}
