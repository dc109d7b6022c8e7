/**
 * A chart figure kept in step with its table while the author types: the figure's view listens to
 * its table's node only (useSlateSelector with identity: Slate values are immutable, so the table
 * object changes exactly when one of its cells does), and the resolution and drawing run after the
 * keystroke has been painted, coalesced when keys come faster than charts are drawn.
 *
 * The last data that resolved is written back into the chart as its `snapshot` (outside the undo
 * history, a while after typing stops), so a chart whose table is deleted keeps its picture.
 */
import { useEffect, useRef, useState } from 'react';
import { Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor, useReadOnly, useSlateSelector, useSlateStatic } from 'slate-react';
import type { ChartData, ChartSpec } from '../../../../shared/charts/chart-spec';
import { findTable, resolveChart, type ChartResolution } from '../../../../shared/charts/resolve-chart';
import type { FigureElement } from '../../../../shared/model/document';
import type { TableElement } from '../../../../shared/tables/table-types';
import type { SectionEditorInstance } from '../section-editor-type';

export interface LiveChart {
  readonly data: ChartData | null;
  /** Why the chart cannot be drawn from its table now; null when it can. */
  readonly problem: string | null;
  readonly notes: readonly string[];
}

const SNAPSHOT_DELAY_MS = 1500;

function sameData(a: ChartData | undefined, b: ChartData): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

export function useLiveChart(element: FigureElement, spec: ChartSpec): LiveChart {
  const editor = useSlateStatic() as SectionEditorInstance;
  const readOnly = useReadOnly();
  const table = useSlateSelector<TableElement | undefined>((e) => findTable(e.children, spec.table), (a, b) => a === b);
  const [resolution, setResolution] = useState<ChartResolution>(() => resolveChart(table, spec));
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // After the paint of the keystroke: the text shows at once, the chart follows.
    const handle = setTimeout(() => setResolution(resolveChart(table, spec)), 0);
    return () => clearTimeout(handle);
  }, [table, spec]);

  // The last data that resolved, shown (and stored at once) when the table stops giving any, even
  // if that happens before the delayed snapshot below was written.
  const lastGood = useRef<ChartData | null>(resolution.ok ? resolution.data : null);
  if (resolution.ok) lastGood.current = resolution.data;

  useEffect(() => {
    const data = lastGood.current;
    if (readOnly || data === null || sameData(spec.snapshot, data)) return;
    const handle = setTimeout(
      () => {
        let path;
        try {
          path = ReactEditor.findPath(editor, element);
        } catch {
          return; // the figure is gone
        }
        HistoryEditor.withoutSaving(editor, () => {
          Transforms.setNodes<FigureElement>(editor, { chart: { ...spec, snapshot: data } }, { at: path });
        });
      },
      resolution.ok ? SNAPSHOT_DELAY_MS : 0,
    );
    return () => clearTimeout(handle);
  }, [editor, element, readOnly, resolution, spec]);

  if (resolution.ok) return { data: resolution.data, problem: null, notes: resolution.notes };
  return { data: lastGood.current ?? spec.snapshot ?? null, problem: resolution.problem, notes: [] };
}
