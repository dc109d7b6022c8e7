/**
 * 以去年项目为基础新建: last year's project (open dialog), the new year, an optional new unit name
 * and what happens to table numbers, then the file location; main builds the project from last
 * year's (opened read-only) and opens it. What main had to guess is shown before the project opens.
 */
import { useState, type FormEvent } from 'react';
import type { NewYearResult, ProjectSnapshot } from '../../../shared/ipc/contract';
import type { TableValueMode } from '../../../shared/new-year/table-value-modes';
import { t } from '../../../shared/i18n';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import { Modal } from '../ui/modal';
import { defaultReportYear, parseYear, suggestedFileName, validateUnitName } from './new-report-form';
import { ChoiceGroup, PickFileField, StartFormFooter, UnitNameField, usePickedFile, YearField } from './start-fields';

interface NewYearDialogProps {
  readonly onCancel: () => void;
  readonly onCreated: (snapshot: ProjectSnapshot) => void;
}

const MODES: readonly { readonly value: TableValueMode; readonly label: string; readonly hint: string }[] = [
  { value: 'clear', label: t('newYear.tableValues.clear'), hint: t('newYear.tableValues.clearHint') },
  { value: 'keep', label: t('newYear.tableValues.keep'), hint: t('newYear.tableValues.keepHint') },
];

export function NewYearDialog({ onCancel, onCreated }: NewYearDialogProps) {
  const api = useApi();
  const [year, setYear] = useState(String(defaultReportYear()));
  const [unitName, setUnitName] = useState('');
  const [tableValues, setTableValues] = useState<TableValueMode>('clear');
  const [errors, setErrors] = useState<{ from?: string; year?: string; unitName?: string }>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [created, setCreated] = useState<NewYearResult | null>(null);

  const { file: from, pick } = usePickedFile(() => api.dialog.pickOpenProjectPath({}), setFailure);
  const pickFrom = async (): Promise<void> => {
    if (await pick()) setErrors((e) => ({ ...e, from: undefined }));
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(null);
    const parsedYear = parseYear(year);
    const unit = unitName.trim();
    const unitError = validateUnitName(unitName, false);
    const found = {
      ...(from === null ? { from: t('newYear.fromMissing') } : {}),
      ...(parsedYear === null ? { year: t('start.yearInvalid') } : {}),
      ...(unitError ? { unitName: unitError } : {}),
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
        <PickFileField
          label={t('newYear.from')}
          buttonLabel={t('newYear.pickFrom')}
          file={from}
          hint={t('newYear.fromHint')}
          error={errors.from}
          disabled={busy}
          onPick={() => void pickFrom()}
          testIds={{ button: 'new-year-pick-from', name: 'new-year-from-name', error: 'new-year-from-error' }}
        />
        <YearField label={t('newYear.year')} value={year} onChange={setYear} error={errors.year} testId="new-year-year" />
        <UnitNameField label={t('newYear.unitName')} required={false} placeholder={t('newYear.unitPlaceholder')} value={unitName} onChange={setUnitName} error={errors.unitName} testId="new-year-unit" />
        <ChoiceGroup legend={t('newYear.tableValues')} name="table-values" options={MODES} value={tableValues} onChange={setTableValues} testIdPrefix="new-year-values-" />
        <p className="field-hint">{t('newYear.carried')}</p>
        <StartFormFooter failure={failure} failureTestId="new-year-error" busy={busy} onCancel={onCancel} submitLabel={t('newYear.create')} busyLabel={t('newYear.creating')} submitTestId="new-year-create" />
      </form>
    </Modal>
  );
}
