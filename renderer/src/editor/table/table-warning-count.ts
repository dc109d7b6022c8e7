/**
 * How many table warnings (numbers that do not add up, formulas that cannot be computed) the tables
 * on screen have, for the status bar. Each table view reports its own count under its id; the
 * status bar reads the total and the first table concerned (to jump to it).
 */
import { createStore, type Store } from '../../state/store';

export interface TableWarningSummary {
  readonly count: number;
  readonly firstTableId: string | null;
}

const counts = new Map<string, number>();

export const tableWarningSummary: Store<TableWarningSummary> = createStore<TableWarningSummary>(
  { count: 0, firstTableId: null },
  (a, b) => a.count === b.count && a.firstTableId === b.firstTableId,
);

/** A table's current number of warnings; 0 (also when it goes away) removes it. */
export function reportTableWarnings(tableId: string, count: number): void {
  if (count > 0) counts.set(tableId, count);
  else counts.delete(tableId);
  let total = 0;
  let first: string | null = null;
  for (const [id, n] of counts) {
    total += n;
    first ??= id;
  }
  tableWarningSummary.set({ count: total, firstTableId: first });
}
