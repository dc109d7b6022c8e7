/**
 * 导入表格: after the file was chosen, pick the sheet, optionally a range (A1:F20), the number of
 * header rows, and look at a preview before the table is inserted — or, with the caret in a table,
 * replaces that table's content (its caption, source and cross-references stay). Reading happens
 * in main (table.readSpreadsheet); a file it refuses says why here, and nothing is inserted.
 */
import { useEffect, useState } from 'react';
import type { PickedFile, SpreadsheetData } from '../../../../shared/ipc/contract';
import { t } from '../../../../shared/i18n';
import { useApi } from '../../ipc/api-context';
import { errorMessage } from '../../ipc/error-message';
import { Modal } from '../../ui/modal';

const PREVIEW_ROWS = 8;
const PREVIEW_COLS = 8;
const RANGE = /^\$?[A-Za-z]{1,3}\$?\d{1,7}(:\$?[A-Za-z]{1,3}\$?\d{1,7})?$/;

export interface ImportChoice {
  readonly data: SpreadsheetData;
  readonly headerRows: number;
  readonly mode: 'insert' | 'replace';
}

export interface ImportTableDialogProps {
  /** The spreadsheet chosen in main's dialog: read by its handle, shown by its name. */
  readonly file: PickedFile;
  /** The caret is in a table: offer to replace its content. */
  readonly canReplace: boolean;
  readonly onConfirm: (choice: ImportChoice) => void;
  readonly onClose: () => void;
}

type Load = { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly data: SpreadsheetData } | { readonly kind: 'error'; readonly message: string };


function Preview({ data }: { readonly data: SpreadsheetData }) {
  const rows = data.grid.slice(0, PREVIEW_ROWS);
  const width = data.grid.reduce((max, row) => Math.max(max, row.length), 0);
  return (
    <div className="tbl-import-preview" data-testid="import-preview">
      <table>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.slice(0, PREVIEW_COLS).map((cell, c) => (
                <td key={c}>{cell}</td>
              ))}
              {width > PREVIEW_COLS ? <td className="tbl-import-more">…</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      {data.grid.length > PREVIEW_ROWS ? <div className="tbl-import-more">{t('table.importMoreRows', { count: data.grid.length - PREVIEW_ROWS })}</div> : null}
    </div>
  );
}

export function ImportTableDialog({ file, canReplace, onConfirm, onClose }: ImportTableDialogProps) {
  const api = useApi();
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [range, setRange] = useState('');
  const [appliedRange, setAppliedRange] = useState<string | undefined>(undefined);
  const [headerRows, setHeaderRows] = useState(1);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const rangeValid = range.trim() === '' || RANGE.test(range.trim());

  useEffect(() => {
    let live = true;
    setLoad({ kind: 'loading' });
    api.table
      .readSpreadsheet({ file: file.handle, ...(sheet !== undefined ? { sheet } : {}), ...(appliedRange !== undefined ? { range: appliedRange } : {}) })
      .then((data) => live && setLoad({ kind: 'ready', data }))
      .catch((error: unknown) => live && setLoad({ kind: 'error', message: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, [api, file.handle, sheet, appliedRange]);

  const applyRange = (): void => {
    const value = range.trim();
    if (!rangeValid) return;
    setAppliedRange(value === '' ? undefined : value);
  };

  const data = load.kind === 'ready' ? load.data : null;
  const empty = data !== null && data.grid.length === 0;
  const ready = data !== null && !empty && rangeValid && (range.trim() === '' ? appliedRange === undefined : range.trim() === appliedRange);
  const confirm = (mode: ImportChoice['mode']): void => {
    if (data && ready) onConfirm({ data, headerRows, mode });
  };

  return (
    <Modal
      title={t('table.importTitle')}
      onClose={onClose}
      width={620}
      testId="import-table-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          {canReplace ? (
            <button type="button" className="btn" disabled={!ready} onClick={() => confirm('replace')} data-testid="import-replace">
              {t('table.importReplace')}
            </button>
          ) : null}
          <button type="button" className="btn btn-primary" disabled={!ready} onClick={() => confirm('insert')} data-testid="import-insert">
            {t('table.importInsert')}
          </button>
        </>
      }
    >
      <div className="form tbl-import">
        <div className="tbl-import-file" title={file.displayName}>
          {t('table.importFile', { name: file.displayName })}
        </div>
        <div className="tbl-import-fields">
          <label className="field">
            <span className="field-label">{t('table.importSheet')}</span>
            <select
              className="input"
              value={data?.sheet ?? sheet ?? ''}
              disabled={!data || data.sheets.length < 2}
              onChange={(event) => {
                setSheet(event.target.value);
                setRange('');
                setAppliedRange(undefined);
              }}
              data-testid="import-sheet"
            >
              {(data?.sheets ?? (sheet ? [sheet] : [])).map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t('table.importRange')}</span>
            <input
              className="input"
              value={range}
              placeholder={data?.range ? t('table.importRangeAll', { range: data.range }) : 'A1:F20'}
              onChange={(event) => setRange(event.target.value)}
              onBlur={applyRange}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  applyRange();
                }
              }}
              data-testid="import-range"
            />
            {rangeValid ? <span className="field-hint">{t('table.importRangeHint')}</span> : <span className="field-error">{t('table.importRangeInvalid')}</span>}
          </label>
          <label className="field">
            <span className="field-label">{t('table.headerRowsShort')}</span>
            <input
              className="input"
              type="number"
              min={0}
              max={5}
              value={headerRows}
              onChange={(event) => setHeaderRows(Math.max(0, Math.min(5, Number.parseInt(event.target.value, 10) || 0)))}
              data-testid="import-header-rows"
            />
          </label>
        </div>
        {load.kind === 'loading' ? <p className="tbl-import-status">{t('table.importReading')}</p> : null}
        {load.kind === 'error' ? (
          <p className="form-error" role="alert" data-testid="import-error">
            {load.message}
          </p>
        ) : null}
        {data && empty ? <p className="tbl-import-status">{t('table.importEmpty')}</p> : null}
        {data && !empty ? (
          <>
            <div className="tbl-import-status">{t('table.importSize', { rows: data.grid.length, cols: data.grid[0]?.length ?? 0, range: data.range })}</div>
            <Preview data={data} />
          </>
        ) : null}
      </div>
    </Modal>
  );
}
