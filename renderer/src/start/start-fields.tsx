/**
 * The fields the three ways of starting a project share (新建年报, 以去年项目为基础新建, 从 Word
 * 报告创建): unit name, report year, a file picked through main's dialog, and a choice of options.
 * One look, one set of limits and one way of showing an error under the field, so a fix made to
 * one dialog (full-width digits in the year, the length limit, aria-invalid) holds in all three.
 */
import { useState, type ReactNode } from 'react';
import type { PickedFile } from '../../../shared/ipc/contract';
import { t } from '../../../shared/i18n';
import { errorMessage } from '../ipc/error-message';
import { MAX_UNIT_NAME } from './new-report-form';

function FieldError({ error, testId }: { readonly error: string | undefined; readonly testId?: string }) {
  return error ? (
    <span className="field-error" data-testid={testId}>
      {error}
    </span>
  ) : null;
}

function FieldLabel({ label, required }: { readonly label: string; readonly required: boolean }) {
  return (
    <span className="field-label">
      {label}
      {required ? <span className="field-required">*</span> : null}
    </span>
  );
}

interface TextFieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string;
  readonly disabled?: boolean;
  readonly testId: string;
  readonly errorTestId?: string;
}

export function UnitNameField({ label = t('start.unitName'), required = true, placeholder = t('start.unitNamePlaceholder'), ...field }: TextFieldProps & { readonly label?: string; readonly required?: boolean; readonly placeholder?: string }) {
  return (
    <label className="field">
      <FieldLabel label={label} required={required} />
      <input
        className={`input ${field.error ? 'input-invalid' : ''}`}
        value={field.value}
        placeholder={placeholder}
        // One more than allowed, so a pasted name that is too long is shown and refused with a message, not cut.
        maxLength={MAX_UNIT_NAME + 1}
        onChange={(e) => field.onChange(e.target.value)}
        disabled={field.disabled}
        aria-invalid={field.error ? true : undefined}
        data-testid={field.testId}
      />
      <FieldError error={field.error} testId={field.errorTestId} />
    </label>
  );
}

export function YearField({ label = t('start.year'), hint, ...field }: TextFieldProps & { readonly label?: string; readonly hint?: string }) {
  return (
    <label className="field field-narrow">
      <FieldLabel label={label} required />
      <input
        className={`input ${field.error ? 'input-invalid' : ''}`}
        value={field.value}
        inputMode="numeric"
        maxLength={4}
        onChange={(e) => field.onChange(e.target.value)}
        disabled={field.disabled}
        aria-invalid={field.error ? true : undefined}
        data-testid={field.testId}
      />
      {hint ? <span className="field-hint">{hint}</span> : null}
      <FieldError error={field.error} testId={field.errorTestId} />
    </label>
  );
}

interface PickFileFieldProps {
  readonly label: string;
  readonly buttonLabel: string;
  readonly file: PickedFile | null;
  /** Shown in place of the file's name until one is picked. */
  readonly emptyText?: string;
  readonly hint?: string;
  readonly error?: string;
  readonly disabled?: boolean;
  readonly onPick: () => void;
  readonly testIds: { readonly button: string; readonly name: string; readonly error?: string };
}

export function PickFileField(props: PickFileFieldProps) {
  return (
    <div className="field">
      <FieldLabel label={props.label} required />
      <div className="picked-file">
        <button type="button" className="btn" onClick={props.onPick} disabled={props.disabled} data-testid={props.testIds.button}>
          {props.buttonLabel}
        </button>
        <span className="picked-file-name" data-testid={props.testIds.name}>
          {props.file?.displayName ?? props.emptyText ?? ''}
        </span>
      </div>
      {props.hint ? <span className="field-hint">{props.hint}</span> : null}
      <FieldError error={props.error} testId={props.testIds.error} />
    </div>
  );
}

/**
 * A file chosen through one of main's open dialogs (the renderer only ever holds its handle). A
 * failing dialog is reported through `onFailure`; a cancelled one changes nothing.
 */
export function usePickedFile(open: () => Promise<PickedFile | null>, onFailure: (message: string | null) => void) {
  const [file, setFile] = useState<PickedFile | null>(null);
  const pick = async (): Promise<boolean> => {
    onFailure(null);
    try {
      const picked = await open();
      if (picked !== null) setFile(picked);
      return picked !== null;
    } catch (error) {
      onFailure(errorMessage(error));
      return false;
    }
  };
  return { file, pick };
}

interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly hint: string;
}

/** Options as large labelled cards (模板, 表格数据), one of them chosen. */
export function ChoiceGroup<T extends string>(props: {
  readonly legend: string;
  readonly name: string;
  readonly options: readonly Choice<T>[];
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly testIdPrefix: string;
  readonly children?: ReactNode;
}) {
  return (
    <fieldset className="field template-choice">
      <legend className="field-label">{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value} className={`template-option ${props.value === option.value ? 'template-option-selected' : ''}`}>
          <input
            type="radio"
            name={props.name}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
            data-testid={`${props.testIdPrefix}${option.value}`}
          />
          <span className="template-text">
            <span className="template-label">{option.label}</span>
            <span className="template-hint">{option.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** What went wrong (kept until the next attempt), then 取消 and the dialog's action, both held while it runs. */
export function StartFormFooter(props: {
  readonly failure: string | null;
  readonly failureTestId: string;
  readonly busy: boolean;
  readonly onCancel: () => void;
  readonly submitLabel: string;
  readonly busyLabel: string;
  readonly submitTestId: string;
}) {
  return (
    <>
      {props.failure ? (
        <div className="form-error" role="alert" data-testid={props.failureTestId}>
          {props.failure}
        </div>
      ) : null}
      <div className="modal-footer modal-footer-inline">
        <button type="button" className="btn" onClick={props.onCancel} disabled={props.busy}>
          {t('start.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={props.busy} data-testid={props.submitTestId}>
          {props.busy ? props.busyLabel : props.submitLabel}
        </button>
      </div>
    </>
  );
}
