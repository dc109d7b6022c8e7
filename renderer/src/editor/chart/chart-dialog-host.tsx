/** Shows the chart dialog when it was asked for this table (see ./chart-dialog-store.ts). */
import { useSyncExternalStore } from 'react';
import { useSlateStatic } from 'slate-react';
import type { FigureElement } from '../../../../shared/model/document';
import type { TableElement } from '../../../../shared/tables/table-types';
import { ChartDialog } from './chart-dialog';
import { chartDialogRequest, closeChartDialog, subscribeChartDialog } from './chart-dialog-store';

function findFigure(blocks: readonly unknown[], id: string): FigureElement | null {
  for (const block of blocks as { type?: string; id?: string; children?: unknown[] }[]) {
    if (block.type === 'figure' && block.id === id) return block as FigureElement;
    if (block.type === 'case' && Array.isArray(block.children)) {
      const inner = findFigure(block.children, id);
      if (inner) return inner;
    }
  }
  return null;
}

export function ChartDialogHost({ table }: { readonly table: TableElement }) {
  const editor = useSlateStatic();
  const request = useSyncExternalStore(subscribeChartDialog, chartDialogRequest);
  if (request === null || request.tableId !== table.id) return null;
  const figure = request.figureId === null ? null : findFigure(editor.children, request.figureId);
  return <ChartDialog key={request.figureId ?? 'new'} table={table} figure={figure} onClose={closeChartDialog} />;
}
