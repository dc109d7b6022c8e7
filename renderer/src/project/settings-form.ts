/** The 报告设置 form: values as typed, checked into a settings patch main accepts. */
import { STYLE_FONTS, type NumberingScheme, type ReportSettings, type StyleFont, type StyleOverrides, type StylePreset } from '../../../shared/model/settings';
import { t } from '../../../shared/i18n';
import { parseYear, validateUnitName } from '../start/new-report-form';

export interface SettingsFormValues {
  readonly unitName: string;
  readonly unitNameEn: string;
  readonly reportTitle: string;
  readonly year: string;
  readonly numberingScheme: NumberingScheme;
  readonly stylePreset: StylePreset;
  /** '' = as the preset has it. */
  readonly bodyFont: string;
  readonly headingFont: string;
  /** Points as text, '' = preset. */
  readonly bodySize: string;
  /** 'exact:28', 'multiple:1.5' or '' = preset. */
  readonly lineSpacing: string;
}

/** 字号 names Chinese authors use, with their point sizes. */
export const BODY_SIZES: readonly (readonly [string, number])[] = [
  ['三号', 16],
  ['小三', 15],
  ['四号', 14],
  ['小四', 12],
  ['五号', 10.5],
];

export const LINE_SPACINGS: readonly (readonly [string, string])[] = [
  ['固定值 28 磅', 'exact:28'],
  ['固定值 26 磅', 'exact:26'],
  ['固定值 22 磅', 'exact:22'],
  ['单倍行距', 'multiple:1'],
  ['1.5 倍行距', 'multiple:1.5'],
  ['2 倍行距', 'multiple:2'],
];

const isFont = (value: string): value is StyleFont => (STYLE_FONTS as readonly string[]).includes(value);

/** The overrides the form describes; fields left at 按版式预设 are absent. */
export function formOverrides(values: Pick<SettingsFormValues, 'bodyFont' | 'headingFont' | 'bodySize' | 'lineSpacing'>): StyleOverrides {
  const out: { -readonly [K in keyof StyleOverrides]: StyleOverrides[K] } = {};
  if (isFont(values.bodyFont)) out.bodyFont = values.bodyFont;
  if (isFont(values.headingFont)) out.headingFont = values.headingFont;
  const size = Number.parseFloat(values.bodySize);
  if (Number.isFinite(size)) out.bodySizePt = size;
  const [kind, amount] = values.lineSpacing.split(':');
  const value = Number.parseFloat(amount ?? '');
  if (kind === 'exact' && Number.isFinite(value)) out.lineExactPt = value;
  if (kind === 'multiple' && Number.isFinite(value)) out.lineMultiple = value;
  return out;
}

export type SettingsErrors = Partial<Record<'unitName' | 'unitNameEn' | 'reportTitle' | 'year', string>>;

export function settingsToForm(settings: ReportSettings): SettingsFormValues {
  const o = settings.styleOverrides ?? {};
  return {
    unitName: settings.unitName,
    unitNameEn: settings.unitNameEn,
    reportTitle: settings.reportTitle,
    year: String(settings.year),
    numberingScheme: settings.numberingScheme,
    stylePreset: settings.stylePreset,
    bodyFont: o.bodyFont ?? '',
    headingFont: o.headingFont ?? '',
    bodySize: o.bodySizePt === undefined ? '' : String(o.bodySizePt),
    lineSpacing: o.lineExactPt !== undefined ? `exact:${o.lineExactPt}` : o.lineMultiple !== undefined ? `multiple:${o.lineMultiple}` : '',
  };
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
  const overrides = formOverrides(values);
  if (JSON.stringify(overrides) !== JSON.stringify(current.styleOverrides ?? {})) patch.styleOverrides = overrides;
  return { ok: true, patch: patch as Partial<ReportSettings> };
}
