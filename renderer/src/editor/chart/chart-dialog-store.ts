/**
 * Which chart dialog is open: the table menu (built outside React, see ../table/table-menu-sections.ts)
 * asks for it here, and the table's own view shows the dialog. A tiny external store, so no
 * context has to be threaded through the menu builders.
 */
export interface ChartDialogRequest {
  /** The table the chart is drawn from. */
  readonly tableId: string;
  /** Editing an existing chart figure (null: inserting a new one after the table). */
  readonly figureId: string | null;
}

let current: ChartDialogRequest | null = null;
const listeners = new Set<() => void>();

export function openChartDialog(request: ChartDialogRequest): void {
  current = request;
  for (const listener of listeners) listener();
}

export function closeChartDialog(): void {
  current = null;
  for (const listener of listeners) listener();
}

export function chartDialogRequest(): ChartDialogRequest | null {
  return current;
}

export function subscribeChartDialog(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
