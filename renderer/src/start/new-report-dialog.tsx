/**
 * 新建年报: unit name, year and template, then the file location (a native save dialog in
 * Electron), then the project is created and opened.
 */
import { useState, type FormEvent } from 'react';
import type { ProjectSnapshot } from '../../../shared/ipc/contract';
import { t } from '../../../shared/i18n';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import { Modal } from '../ui/modal';
import { ChoiceGroup, StartFormFooter, UnitNameField, YearField } from './start-fields';
import {
  defaultReportYear,
  suggestedFileName,
  validateNewReport,
  type NewReportErrors,
  type NewReportValues,
  type TemplateChoice,
} from './new-report-form';

interface NewReportDialogProps {
  readonly onCancel: () => void;
  readonly onCreated: (snapshot: ProjectSnapshot) => void;
}

const TEMPLATES: readonly { readonly value: TemplateChoice; readonly label: string; readonly hint: string }[] = [
  { value: 'annual', label: t('start.template.annual'), hint: t('start.template.annualHint') },
  { value: 'blank', label: t('start.template.blank'), hint: t('start.template.blankHint') },
];

export function NewReportDialog({ onCancel, onCreated }: NewReportDialogProps) {
  const api = useApi();
  const [values, setValues] = useState<NewReportValues>({ unitName: '', year: String(defaultReportYear()), template: 'annual' });
  const [errors, setErrors] = useState<NewReportErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const update = (patch: Partial<NewReportValues>): void => {
    const next = { ...values, ...patch };
    setValues(next);
    // After a first attempt, messages follow the input so the user sees a fix take effect.
    if (submitted) {
      const checked = validateNewReport(next);
      setErrors(checked.ok ? {} : checked.errors);
    }
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    const checked = validateNewReport(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const target = await api.dialog.pickNewProjectPath({ suggestedName: suggestedFileName(checked.request) });
      if (target === null) return; // The user cancelled the file dialog: stay here, nothing to report.
      const snapshot = await api.project.create({ file: target.handle, ...checked.request });
      onCreated(snapshot);
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('start.newReportTitle')} onClose={onCancel} width={540} testId="new-report-dialog">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <UnitNameField value={values.unitName} onChange={(unitName) => update({ unitName })} error={errors.unitName} testId="unit-name" errorTestId="unit-name-error" />
        <YearField value={values.year} onChange={(year) => update({ year })} error={errors.year} hint={t('start.yearHint')} testId="year" errorTestId="year-error" />
        <ChoiceGroup legend={t('start.template')} name="template" options={TEMPLATES} value={values.template} onChange={(template) => update({ template })} testIdPrefix="template-" />
        <StartFormFooter failure={failure} failureTestId="create-error" busy={busy} onCancel={onCancel} submitLabel={t('start.create')} busyLabel={t('start.creating')} submitTestId="create" />
      </form>
    </Modal>
  );
}
