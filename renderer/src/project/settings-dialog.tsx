import { useState, type FormEvent, type ReactNode } from 'react';
import type { ReportSettings } from '../../../shared/model/settings';
import { t } from '../../../shared/i18n';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import { Modal } from '../ui/modal';
import { STYLE_FONTS } from '../../../shared/model/settings';
import { BODY_SIZES, checkSettings, formOverrides, LINE_SPACINGS, settingsToForm, type SettingsErrors, type SettingsFormValues } from './settings-form';
import { StylePreview } from './style-preview';

interface SettingsDialogProps {
  readonly settings: ReportSettings;
  readonly readOnly: boolean;
  readonly onSaved: (settings: ReportSettings) => void;
  readonly onClose: () => void;
}

function Field({ label, error, hint, children }: { readonly label: string; readonly error?: string; readonly hint?: string; readonly children: ReactNode }) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      {children}
      {hint ? <span className="field-hint">{hint}</span> : null}
      {error ? <span className="field-error">{error}</span> : null}
    </label>
  );
}

const FONT_OPTIONS: readonly (readonly [string, string])[] = STYLE_FONTS.map((f) => [f, f]);
const SIZE_OPTIONS: readonly (readonly [string, string])[] = BODY_SIZES.map(([name, pt]) => [`${name}（${pt} 磅）`, String(pt)]);

/** One 字体/字号/行距 choice: '' keeps what the preset has; `options` are [label, value] pairs. */
function StyleSelect(props: {
  readonly label: string;
  readonly value: string;
  readonly options: readonly (readonly [string, string])[];
  readonly testId: string;
  readonly onChange: (value: string) => void;
}) {
  return (
    <Field label={props.label}>
      <select className="input" value={props.value} onChange={(e) => props.onChange(e.target.value)} data-testid={props.testId}>
        <option value="">{t('settings.fromPreset')}</option>
        {props.options.map(([label, value]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** 报告设置: names, title, year, figure/table numbering and the page style preset. */
export function SettingsDialog({ settings, readOnly, onSaved, onClose }: SettingsDialogProps) {
  const api = useApi();
  const [values, setValues] = useState<SettingsFormValues>(() => settingsToForm(settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<SettingsFormValues>): void => setValues((v) => ({ ...v, ...patch }));

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(null);
    const checked = checkSettings(values, settings);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    if (Object.keys(checked.patch).length === 0) {
      onClose();
      return;
    }
    setBusy(true);
    try {
      onSaved(await api.settings.update({ patch: checked.patch }));
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('settings.title')} onClose={onClose} width={580} testId="settings-dialog">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="form-grid" disabled={readOnly || busy}>
          <Field label={t('settings.unitName')} error={errors.unitName}>
            <input className="input" value={values.unitName} maxLength={100} onChange={(e) => set({ unitName: e.target.value })} data-testid="settings-unit-name" />
          </Field>
          <Field label={t('settings.unitNameEn')} error={errors.unitNameEn} hint={t('settings.unitNameEnHint')}>
            <input className="input" value={values.unitNameEn} maxLength={200} onChange={(e) => set({ unitNameEn: e.target.value })} data-testid="settings-unit-name-en" />
          </Field>
          <Field label={t('settings.reportTitle')} error={errors.reportTitle}>
            <input className="input" value={values.reportTitle} maxLength={200} onChange={(e) => set({ reportTitle: e.target.value })} data-testid="settings-title" />
          </Field>
          <Field label={t('settings.year')} error={errors.year}>
            <input className="input input-year" value={values.year} maxLength={4} inputMode="numeric" onChange={(e) => set({ year: e.target.value })} data-testid="settings-year" />
          </Field>
          <Field label={t('settings.numbering')}>
            <select
              className="input"
              value={values.numberingScheme}
              onChange={(e) => set({ numberingScheme: e.target.value === 'global' ? 'global' : 'chapter' })}
              data-testid="settings-numbering"
            >
              <option value="chapter">{t('settings.numbering.chapter')}</option>
              <option value="global">{t('settings.numbering.global')}</option>
            </select>
          </Field>
          <Field label={t('settings.preset')}>
            <select
              className="input"
              value={values.stylePreset}
              onChange={(e) => set({ stylePreset: e.target.value === 'report' ? 'report' : 'gongwen' })}
              data-testid="settings-preset"
            >
              <option value="gongwen">{t('settings.preset.gongwen')}</option>
              <option value="report">{t('settings.preset.report')}</option>
            </select>
          </Field>
          <StyleSelect label={t('settings.bodyFont')} value={values.bodyFont} options={FONT_OPTIONS} testId="settings-body-font" onChange={(bodyFont) => set({ bodyFont })} />
          <StyleSelect label={t('settings.headingFont')} value={values.headingFont} options={FONT_OPTIONS} testId="settings-heading-font" onChange={(headingFont) => set({ headingFont })} />
          <StyleSelect label={t('settings.bodySize')} value={values.bodySize} options={SIZE_OPTIONS} testId="settings-body-size" onChange={(bodySize) => set({ bodySize })} />
          <StyleSelect label={t('settings.lineSpacing')} value={values.lineSpacing} options={LINE_SPACINGS} testId="settings-line-spacing" onChange={(lineSpacing) => set({ lineSpacing })} />
        </fieldset>
        <StylePreview settings={{ stylePreset: values.stylePreset, styleOverrides: formOverrides(values) }} />
        {failure ? (
          <div className="form-error" role="alert" data-testid="settings-error">
            {failure}
          </div>
        ) : null}
        <div className="modal-footer modal-footer-inline">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={readOnly || busy} data-testid="settings-save">
            {t('settings.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
