/**
 * 以去年项目为基础新建: last year's project (open dialog), the new year, an optional new unit name
 * and what happens to table numbers, then the file location; main builds the project from last
 * year's (opened read-only) and opens it. What main had to guess is shown before the project opens.
 */
import { useState, type FormEvent } from 'react';
import type { NewYearResult, PickedFile, ProjectSnapshot } from '../../../shared/ipc/contract';
import type { TableValueMode } from '../../../shared/new-year/table-value-modes';
import { t } from '../../../shared/i18n';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import { Modal } from '../ui/modal';
import { defaultReportYear, parseYear, suggestedFileName } from './new-report-form';

interface NewYearDialogProps {
  readonly onCancel: () => void;
  readonly onCreated: (snapshot: ProjectSnapshot) => void;
}

const MAX_UNIT_NAME = 100;

const MODES: readonly { readonly value: TableValueMode; readonly label: string; readonly hint: string }[] = [
  { value: 'clear', label: t('newYear.tableValues.clear'), hint: t('newYear.tableValues.clearHint') },
  { value: 'keep', label: t('newYear.tableValues.keep'), hint: t('newYear.tableValues.keepHint') },
];

export function NewYearDialog({ onCancel, onCreated }: NewYearDialogProps) {
  const api = useApi();
  const [from, setFrom] = useState<PickedFile | null>(null);
  const [year, setYear] = useState(String(defaultReportYear()));
  const [unitName, setUnitName] = useState('');
  const [tableValues, setTableValues] = useState<TableValueMode>('clear');
  const [errors, setErrors] = useState<{ from?: string; year?: string; unitName?: string }>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [created, setCreated] = useState<NewYearResult | null>(null);

  const pickFrom = async (): Promise<void> => {
    setFailure(null);
    try {
      const picked = await api.dialog.pickOpenProjectPath({});
      if (picked !== null) {
        setFrom(picked);
        setErrors((e) => ({ ...e, from: undefined }));
      }
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(null);
    const parsedYear = parseYear(year);
    const unit = unitName.trim();
    const found = {
      ...(from === null ? { from: t('newYear.fromMissing') } : {}),
      ...(parsedYear === null ? { year: t('start.yearInvalid') } : {}),
      ...(unit.length > MAX_UNIT_NAME ? { unitName: t('start.unitTooLong', { max: MAX_UNIT_NAME }) } : {}),
    };
    setErrors(found);
    if (from === null || parsedYear === null || Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const suggested = suggestedFileName({ unitName: unit || from.displayName.replace(/\.rwproj$/i, ''), year: parsedYear, blank: false });
      const target = await api.dialog.pickNewProjectPath({ suggestedName: suggested.slice(0, 200) });
      if (target === null) return;
      const result = await api.project.createFromLastYear({
        file: target.handle,
        from: from.handle,
        year: parsedYear,
        tableValues,
        ...(unit === '' ? {} : { unitName: unit }),
      });
      // Nothing to check: open at once. Otherwise the user reads what was guessed first.
      if (result.notices.length === 0) onCreated(result.snapshot);
      else setCreated(result);
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  if (created !== null) {
    return (
      <Modal title={t('newYear.title')} onClose={() => onCreated(created.snapshot)} width={560} testId="new-year-dialog">
        <p>{t('newYear.created', { tables: created.tables })}</p>
        <ul className="new-year-notices" data-testid="new-year-notices">
          {created.notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
        <div className="modal-footer modal-footer-inline">
          <button type="button" className="btn btn-primary" onClick={() => onCreated(created.snapshot)} data-testid="new-year-continue">
            {t('newYear.continue')}
          </button>
        </div>
      </Modal>
    );
  }

  return (
    <Modal title={t('newYear.title')} onClose={onCancel} width={560} testId="new-year-dialog">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <span className="field-label">
            {t('newYear.from')}
            <span className="field-required">*</span>
          </span>
          <div className="new-year-from">
            <button type="button" className="btn" onClick={() => void pickFrom()} disabled={busy} data-testid="new-year-pick-from">
              {t('newYear.pickFrom')}
            </button>
            <span className="new-year-from-name" data-testid="new-year-from-name">
              {from?.displayName ?? ''}
            </span>
          </div>
          <span className="field-hint">{t('newYear.fromHint')}</span>
          {errors.from ? (
            <span className="field-error" data-testid="new-year-from-error">
              {errors.from}
            </span>
          ) : null}
        </div>
        <label className="field field-narrow">
          <span className="field-label">
            {t('newYear.year')}
            <span className="field-required">*</span>
          </span>
          <input
            className={`input ${errors.year ? 'input-invalid' : ''}`}
            value={year}
            inputMode="numeric"
            maxLength={4}
            onChange={(e) => setYear(e.target.value)}
            aria-invalid={errors.year ? true : undefined}
            data-testid="new-year-year"
          />
          {errors.year ? <span className="field-error">{errors.year}</span> : null}
        </label>
        <label className="field">
          <span className="field-label">{t('newYear.unitName')}</span>
          <input
            className={`input ${errors.unitName ? 'input-invalid' : ''}`}
            value={unitName}
            placeholder={t('newYear.unitPlaceholder')}
            maxLength={MAX_UNIT_NAME + 1}
            onChange={(e) => setUnitName(e.target.value)}
            data-testid="new-year-unit"
          />
          {errors.unitName ? <span className="field-error">{errors.unitName}</span> : null}
        </label>
        <fieldset className="field template-choice">
          <legend className="field-label">{t('newYear.tableValues')}</legend>
          {MODES.map((option) => (
            <label key={option.value} className={`template-option ${tableValues === option.value ? 'template-option-selected' : ''}`}>
              <input
                type="radio"
                name="table-values"
                value={option.value}
                checked={tableValues === option.value}
                onChange={() => setTableValues(option.value)}
                data-testid={`new-year-values-${option.value}`}
              />
              <span className="template-text">
                <span className="template-label">{option.label}</span>
                <span className="template-hint">{option.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <p className="field-hint">{t('newYear.carried')}</p>
        {failure ? (
          <div className="form-error" role="alert" data-testid="new-year-error">
            {failure}
          </div>
        ) : null}
        <div className="modal-footer modal-footer-inline">
          <button type="button" className="btn" onClick={onCancel} disabled={busy}>
            {t('start.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="new-year-create">
            {busy ? t('newYear.creating') : t('newYear.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
