/** The fields of one 编写部门: name, 负责人, 主要编写人 (used to add one and to edit one). */
import { useState, type FormEvent } from 'react';
import { t } from '../../../shared/i18n';

export interface DepartmentFields {
  readonly name: string;
  readonly lead: string;
  readonly writers: string;
}

interface DepartmentFormProps {
  readonly initial: DepartmentFields;
  readonly submitLabel: string;
  readonly onSubmit: (fields: DepartmentFields) => Promise<boolean>;
  readonly onCancel?: () => void;
}

export function DepartmentForm({ initial, submitLabel, onSubmit, onCancel }: DepartmentFormProps) {
  const [fields, setFields] = useState(initial);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (fields.name.trim() === '') return;
    setBusy(true);
    const done = await onSubmit(fields);
    setBusy(false);
    // A new department's form is emptied for the next one; an edit form is closed by its owner.
    if (done && !onCancel) setFields(initial);
  };
  const field = (key: keyof DepartmentFields, label: string) => (
    <input
      className="collab-input"
      placeholder={label}
      aria-label={label}
      value={fields[key]}
      onChange={(e) => setFields((f) => ({ ...f, [key]: e.target.value }))}
      data-testid={`department-${key}`}
    />
  );
  return (
    <form className="department-form" onSubmit={(e) => void submit(e)}>
      {field('name', t('collab.name'))}
      {field('lead', t('collab.lead'))}
      {field('writers', t('collab.writers'))}
      <div className="department-form-buttons">
        <button type="submit" className="btn btn-primary" disabled={busy || fields.name.trim() === ''} data-testid="department-submit">
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="btn" onClick={onCancel}>
            {t('collab.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
