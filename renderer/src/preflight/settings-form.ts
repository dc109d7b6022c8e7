/**
 * The 校对设置 form as data: glossary rows (preferred form, variants typed in one field separated
 * by 、，, or ;) and the allow-list typed one entry a line, read into the PreflightSettings main
 * stores, or the first problem to show. Main validates again (preflightSettingsSchema).
 */
import { MAX_ALLOW_ENTRIES, MAX_GLOSSARY_ENTRIES, MAX_GLOSSARY_TERM } from '../../../shared/ipc/preflight-schemas';
import { t } from '../../../shared/i18n';
import type { PreflightSettings } from '../../../shared/preflight/types';

export interface GlossaryRow {
  readonly preferred: string;
  readonly variants: string;
  readonly note?: string;
}

export interface SettingsForm {
  readonly rows: readonly GlossaryRow[];
  readonly allow: string;
}

const SEPARATORS = /[、，,;；\n]+/;

export function formOf(settings: PreflightSettings): SettingsForm {
  return {
    rows: settings.glossary.map((e) => ({ preferred: e.preferred, variants: e.variants.join('、'), ...(e.note === undefined ? {} : { note: e.note }) })),
    allow: settings.traditionalAllow.join('\n'),
  };
}

/** Mutable arrays: the IPC schema's input type (zod infers mutable arrays). */
export interface SettingsInput {
  glossary: { preferred: string; variants: string[]; note?: string }[];
  traditionalAllow: string[];
}

export function readSettingsForm(form: SettingsForm): { readonly ok: true; readonly settings: SettingsInput } | { readonly ok: false; readonly problem: string } {
  const glossary: SettingsInput['glossary'] = [];
  const tooLong = (term: string): boolean => term.length > MAX_GLOSSARY_TERM;
  for (const row of form.rows) {
    const preferred = row.preferred.trim();
    const variants = [...new Set(row.variants.split(SEPARATORS).map((v) => v.trim()).filter((v) => v !== '' && v !== preferred))];
    // A row left empty is a row the user did not fill in, not an error.
    if (preferred === '' && variants.length === 0) continue;
    if (preferred === '' || variants.length === 0) return { ok: false, problem: t('preflight.settings.noVariants', { term: preferred || variants.join('、') }) };
    if (tooLong(preferred) || variants.some(tooLong)) return { ok: false, problem: t('preflight.settings.tooLong', { max: MAX_GLOSSARY_TERM }) };
    glossary.push({ preferred, variants: variants.slice(0, 20), ...(row.note === undefined ? {} : { note: row.note }) });
  }
  const allow = [...new Set(form.allow.split('\n').map((l) => l.trim()).filter((l) => l !== ''))];
  if (allow.some(tooLong)) return { ok: false, problem: t('preflight.settings.tooLong', { max: MAX_GLOSSARY_TERM }) };
  return { ok: true, settings: { glossary: glossary.slice(0, MAX_GLOSSARY_ENTRIES), traditionalAllow: allow.slice(0, MAX_ALLOW_ENTRIES) } };
}
