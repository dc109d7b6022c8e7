/**
 * The consistency checks of ../../../../shared/tables/table-checks.ts for one table, run a moment
 * after typing pauses (they read every number of the table, which a keystroke must not wait for),
 * and reported to the status bar's count.
 */
import { useEffect, useState } from 'react';
import { checkTable, type TableWarning } from '../../../../shared/tables/table-checks';
import type { TableElement } from '../../../../shared/tables/table-types';
import { reportTableWarnings } from './table-warning-count';

const CHECK_DELAY_MS = 400;
/** Tables up to this many cells are checked as they appear (before their first paint). */
const CHECK_AT_ONCE_CELLS = 2000;

function cellCount(table: TableElement): number {
  let n = 0;
  for (const row of table.children) n += row.children.length;
  return n;
}

function sameWarnings(a: readonly TableWarning[], b: readonly TableWarning[]): boolean {
  return a.length === b.length && a.every((w, i) => w.message === b[i]?.message && w.cellId === b[i]?.cellId);
}

export function useTableWarnings(table: TableElement): readonly TableWarning[] {
  // A long table is checked after the pause like every later change: opening its section (or
  // pasting it) must not wait for reading every number of it first.
  const [warnings, setWarnings] = useState<readonly TableWarning[]>(() => (cellCount(table) > CHECK_AT_ONCE_CELLS ? [] : checkTable(table)));

  useEffect(() => {
    const timer = window.setTimeout(() => {
      const next = checkTable(table);
      setWarnings((previous) => (sameWarnings(previous, next) ? previous : next));
    }, CHECK_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [table]);

  useEffect(() => reportTableWarnings(table.id, warnings.length), [table.id, warnings.length]);
  useEffect(() => () => reportTableWarnings(table.id, 0), [table.id]);

  return warnings;
}
