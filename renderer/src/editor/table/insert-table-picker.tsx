/**
 * Choosing the size of a new table: hover over a grid of cells as in Word and click, or type the
 * numbers (the default is 4 × 3 with one header row, the shape of most report tables).
 */
import { useState } from 'react';
import { t } from '../../../../shared/i18n';

const GRID_ROWS = 8;
const GRID_COLS = 10;
const MAX_ROWS = 200;
const MAX_COLS = 30;

export interface TableSize {
  readonly rows: number;
  readonly cols: number;
  readonly headerRows: number;
}

export const DEFAULT_TABLE_SIZE: TableSize = { rows: 4, cols: 3, headerRows: 1 };

function clampInt(value: string, min: number, max: number, fallback: number): number {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? Math.max(min, Math.min(max, n)) : fallback;
}

export function InsertTablePicker({ onPick }: { readonly onPick: (size: TableSize) => void }) {
  const [hover, setHover] = useState<{ rows: number; cols: number } | null>(null);
  const [rows, setRows] = useState(String(DEFAULT_TABLE_SIZE.rows));
  const [cols, setCols] = useState(String(DEFAULT_TABLE_SIZE.cols));
  const [header, setHeader] = useState(String(DEFAULT_TABLE_SIZE.headerRows));

  const submit = (): void => {
    const r = clampInt(rows, 1, MAX_ROWS, DEFAULT_TABLE_SIZE.rows);
    onPick({ rows: r, cols: clampInt(cols, 1, MAX_COLS, DEFAULT_TABLE_SIZE.cols), headerRows: clampInt(header, 0, Math.min(5, r), 1) });
  };

  return (
    <div className="tbl-picker" data-testid="table-size-picker">
      <div className="tbl-picker-label">{hover ? t('table.pickerSize', { rows: hover.rows, cols: hover.cols }) : t('table.pickerHint')}</div>
      <div className="tbl-picker-grid" style={{ gridTemplateColumns: `repeat(${GRID_COLS}, 16px)` }} onMouseLeave={() => setHover(null)}>
        {Array.from({ length: GRID_ROWS * GRID_COLS }, (_, i) => {
          const r = Math.floor(i / GRID_COLS) + 1;
          const c = (i % GRID_COLS) + 1;
          const lit = hover !== null && r <= hover.rows && c <= hover.cols;
          return (
            <button
              key={i}
              type="button"
              className={`tbl-picker-cell ${lit ? 'is-lit' : ''}`}
              aria-label={t('table.pickerSize', { rows: r, cols: c })}
              data-testid={`table-size-${r}x${c}`}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setHover({ rows: r, cols: c })}
              onClick={() => onPick({ rows: r, cols: c, headerRows: r > 1 ? 1 : 0 })}
            />
          );
        })}
      </div>
      <form
        className="tbl-picker-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label>
          {t('table.rows')}
          <input type="number" min={1} max={MAX_ROWS} value={rows} onChange={(e) => setRows(e.target.value)} data-testid="table-size-rows" />
        </label>
        <label>
          {t('table.cols')}
          <input type="number" min={1} max={MAX_COLS} value={cols} onChange={(e) => setCols(e.target.value)} data-testid="table-size-cols" />
        </label>
        <label>
          {t('table.headerRowsShort')}
          <input type="number" min={0} max={5} value={header} onChange={(e) => setHeader(e.target.value)} data-testid="table-size-header" />
        </label>
        <button type="submit" className="btn btn-primary tbl-picker-insert" data-testid="table-size-insert">
          {t('table.insert')}
        </button>
      </form>
    </div>
  );
}
