/**
 * 校对设置: the project's glossary (规范表述: the form the report must use and the forms to flag) and
 * the traditional-character allow-list, stored in the project (settings keys, see
 * electron/project-store/queries/preflight-queries.ts) and carried in packages. In a department's
 * package they are the office's: shown, not editable.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { STARTER_GLOSSARY } from '../../../shared/preflight/data/glossary-starter';
import { t } from '../../../shared/i18n';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import { Modal } from '../ui/modal';
import { formOf, readSettingsForm, type SettingsForm } from './settings-form';

export function PreflightSettingsDialog({ readOnly, onSaved, onClose }: { readonly readOnly: boolean; readonly onSaved: () => void; readonly onClose: () => void }) {
  const api = useApi();
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [locked, setLocked] = useState(readOnly);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // The form arrives after the dialog opened (Modal focused nothing then): focus its first field, so typing and Esc work.
  const formRef = useRef<HTMLFormElement>(null);
  const loaded = form !== null;
  useEffect(() => {
    if (loaded) formRef.current?.querySelector<HTMLElement>('input, textarea, button')?.focus();
  }, [loaded]);

  useEffect(() => {
    let live = true;
    api.preflight
      .settings({})
      .then((state) => {
        if (!live) return;
        const loaded = formOf(state.settings);
        setForm(readOnly || state.readOnly ? loaded : { ...loaded, rows: [...loaded.rows, { preferred: '', variants: '' }] });
        setLocked(readOnly || state.readOnly);
      })
      .catch((e: unknown) => {
        if (live) setProblem(t('preflight.failed', { message: errorMessage(e) }));
      });
    return () => {
      live = false;
    };
  }, [api, readOnly]);

  const setRow = (index: number, patch: Partial<SettingsForm['rows'][number]>): void =>
    setForm((f) => (f === null ? f : { ...f, rows: f.rows.map((r, i) => (i === index ? { ...r, ...patch } : r)) }));

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (form === null || locked) return;
    const read = readSettingsForm(form);
    if (!read.ok) {
      setProblem(read.problem);
      return;
    }
    setSaving(true);
    try {
      await api.preflight.updateSettings(read.settings);
      onSaved();
      onClose();
    } catch (e) {
      setProblem(t('preflight.settings.failed', { message: errorMessage(e) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal title={t('preflight.settings.title')} onClose={onClose} width={620} testId="preflight-settings">
      {form === null ? (
        <p>{problem ?? t('app.loading')}</p>
      ) : (
        <form ref={formRef} className="form" onSubmit={(e) => void submit(e)} noValidate>
          {locked ? <p className="field-hint">{t('preflight.settings.readOnly')}</p> : null}
          <fieldset className="field preflight-fieldset">
            <legend>{t('preflight.settings.glossary')}</legend>
            <p className="field-hint">{t('preflight.settings.glossaryHint', { count: STARTER_GLOSSARY.length })}</p>
            {form.rows.map((row, index) => (
              <div key={index} className="preflight-glossary-row" data-testid="glossary-row">
                <input className="input" aria-label={t('preflight.settings.preferred')} placeholder={t('preflight.settings.preferred')} value={row.preferred} onChange={(e) => setRow(index, { preferred: e.target.value })} readOnly={locked} data-testid="glossary-preferred" />
                <input className="input" aria-label={t('preflight.settings.variants')} placeholder={t('preflight.settings.variants')} value={row.variants} onChange={(e) => setRow(index, { variants: e.target.value })} readOnly={locked} data-testid="glossary-variants" />
                {locked ? null : (
                  <button type="button" className="btn btn-small" onClick={() => setForm({ ...form, rows: form.rows.filter((_, i) => i !== index) })}>
                    {t('preflight.settings.remove')}
                  </button>
                )}
              </div>
            ))}
            {locked ? null : (
              <button type="button" className="btn btn-small" onClick={() => setForm({ ...form, rows: [...form.rows, { preferred: '', variants: '' }] })} data-testid="glossary-add">
                {t('preflight.settings.add')}
              </button>
            )}
          </fieldset>
          <fieldset className="field preflight-fieldset">
            <legend>{t('preflight.settings.allow')}</legend>
            <p className="field-hint">{t('preflight.settings.allowHint')}</p>
            <textarea className="input" rows={4} aria-label={t('preflight.settings.allow')} value={form.allow} onChange={(e) => setForm({ ...form, allow: e.target.value })} readOnly={locked} data-testid="allow-list" />
          </fieldset>
          {problem !== null ? (
            <p className="form-error" role="alert" data-testid="preflight-settings-problem">
              {problem}
            </p>
          ) : null}
          <div className="modal-footer modal-footer-inline">
            <button type="button" className="btn" onClick={onClose}>
              {t('preflight.settings.cancel')}
            </button>
            {locked ? null : (
              <button type="submit" className="btn btn-primary" disabled={saving} data-testid="preflight-settings-save">
                {t('preflight.settings.save')}
              </button>
            )}
          </div>
        </form>
      )}
    </Modal>
  );
}
