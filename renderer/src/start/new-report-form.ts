/** The new-report form's values and their checks (the same limits main's schema enforces). */
import { t } from '../../../shared/i18n';

export type TemplateChoice = 'annual' | 'blank';

export interface NewReportValues {
  readonly unitName: string;
  readonly year: string;
  readonly template: TemplateChoice;
}

export interface NewReportErrors {
  readonly unitName?: string;
  readonly year?: string;
}

export interface NewReportRequest {
  readonly unitName: string;
  readonly year: number;
  readonly blank: boolean;
}

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
export const MAX_UNIT_NAME = 100;

/** Parses a year typed by the user; full-width digits (typed with a Chinese IME) are accepted. */
export function parseYear(text: string): number | null {
  const normalized = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (!/^\d{4}$/.test(normalized)) return null;
  const year = Number(normalized);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/** A unit name's problem, if any; an optional one (a new year keeps last year's) may be empty. */
export function validateUnitName(text: string, required = true): string | undefined {
  const name = text.trim();
  if (name.length === 0) return required ? t('start.unitRequired') : undefined;
  if (name.length > MAX_UNIT_NAME) return t('start.unitTooLong', { max: MAX_UNIT_NAME });
  return undefined;
}

export function validateNewReport(values: NewReportValues): { ok: true; request: NewReportRequest } | { ok: false; errors: NewReportErrors } {
  const unitError = validateUnitName(values.unitName);
  const year = parseYear(values.year);
  const yearError = year === null ? t('start.yearInvalid') : undefined;
  if (unitError || yearError || year === null) {
    return { ok: false, errors: { ...(unitError ? { unitName: unitError } : {}), ...(yearError ? { year: yearError } : {}) } };
  }
  return { ok: true, request: { unitName: values.unitName.trim(), year, blank: values.template === 'blank' } };
}

/** What the save dialog proposes as the file name. */
export function suggestedFileName(request: NewReportRequest): string {
  return t('start.suggestedFileName', { unit: request.unitName, year: request.year });
}

/**
 * The report year a college is most likely working on: reports for year N are written from
 * November of N and published around the turn of the year, so until June the previous year is
 * still the one being reported on.
 */
export function defaultReportYear(now: Date = new Date()): number {
  return now.getMonth() < 6 ? now.getFullYear() - 1 : now.getFullYear();
}
