/**
 * 同比 under one of last year's tables in 去年同期: pick a column that held numbers, and main puts
 * last year's values beside this year's copy of the table with a growth column
 * (shared/new-year/compare-prior-year.ts).
 */
import { useMemo, useState } from 'react';
import { t } from '../../../shared/i18n';
import { numericColumns } from '../../../shared/new-year/compare-prior-year';
import type { TableElement } from '../../../shared/tables/table-types';

interface PriorTableCompareProps {
  readonly table: TableElement;
  readonly year: number;
  readonly onCompare: (tableId: string, colId: string) => Promise<void>;
}

export function PriorTableCompare({ table, year, onCompare }: PriorTableCompareProps) {
  const columns = useMemo(() => numericColumns(table), [table]);
  const [colId, setColId] = useState(columns.at(-1)?.id ?? '');
  const [busy, setBusy] = useState(false);
  if (columns.length === 0) return null;
  const run = async (): Promise<void> => {
    setBusy(true);
    try {
      await onCompare(table.id, colId);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="prior-compare">
      <select className="input prior-compare-column" value={colId} onChange={(e) => setColId(e.target.value)} aria-label={t('priorYear.compareColumn')} data-testid={`prior-compare-column-${table.id}`}>
        {columns.map((column) => (
          <option key={column.id} value={column.id}>
            {column.title}
          </option>
        ))}
      </select>
      <button type="button" className="btn btn-small" disabled={busy} title={t('priorYear.compareHint', { year })} onClick={() => void run()} data-testid={`prior-compare-${table.id}`}>
        {t('priorYear.compare')}
      </button>
    </div>
  );
}
