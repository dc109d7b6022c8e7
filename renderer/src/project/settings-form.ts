/** The 报告设置 form: values as typed, checked into a settings patch main accepts. */
import type { NumberingScheme, ReportSettings, StylePreset } from '../../../shared/model/settings';
import { t } from '../../../shared/i18n';
import { parseYear, validateUnitName } from '../start/new-report-form';

export interface SettingsFormValues {
  readonly unitName: string;
  readonly unitNameEn: string;
  readonly reportTitle: string;
  readonly year: string;
  readonly numberingScheme: NumberingScheme;
  readonly stylePreset: StylePreset;
}

export type SettingsErrors = Partial<Record<'unitName' | 'unitNameEn' | 'reportTitle' | 'year', string>>;

export function settingsToForm(settings: ReportSettings): SettingsFormValues {
  return { ...settings, year: String(settings.year) };
}

/** Only the fields that changed are sent, so a concurrent change to another field is not undone. */
export function checkSettings(
  values: SettingsFormValues,
  current: ReportSettings,
): { ok: true; patch: Partial<ReportSettings> } | { ok: false; errors: SettingsErrors } {
  const errors: { -readonly [K in keyof SettingsErrors]: string } = {};
  const unitError = validateUnitName(values.unitName);
  if (unitError) errors.unitName = unitError;
  if (values.unitNameEn.length > 200) errors.unitNameEn = t('settings.tooLong', { max: 200 });
  const title = values.reportTitle.trim();
  if (title.length === 0) errors.reportTitle = t('settings.titleRequired');
  else if (title.length > 200) errors.reportTitle = t('settings.tooLong', { max: 200 });
  const year = parseYear(values.year);
  if (year === null) errors.year = t('start.yearInvalid');
  if (Object.keys(errors).length > 0 || year === null) return { ok: false, errors };

  const next: ReportSettings = {
    unitName: values.unitName.trim(),
    unitNameEn: values.unitNameEn.trim(),
    reportTitle: title,
    year,
    numberingScheme: values.numberingScheme,
    stylePreset: values.stylePreset,
  };
  const patch: Partial<Record<keyof ReportSettings, unknown>> = {};
  for (const key of Object.keys(next) as (keyof ReportSettings)[]) {
    if (next[key] !== current[key]) patch[key] = next[key];
  }
  return { ok: true, patch: patch as Partial<ReportSettings> };
}
