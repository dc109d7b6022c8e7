/** 保存版本… (Ctrl+Alt+S): names a version of the whole report, e.g. “送审稿”. */
import { useState } from 'react';
import { t } from '../../../shared/i18n';
import { Modal } from '../ui/modal';

/** “版本 2026-12-07 10:32”: the default name, in the author's local time. */
export function defaultVersionName(now: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}:${two(now.getMinutes())}`;
  return t('history.defaultVersionName', { date });
}

interface SaveVersionDialogProps {
  readonly initialName: string;
  readonly title: string;
  readonly confirmLabel: string;
  readonly onSave: (name: string) => Promise<void>;
  readonly onClose: () => void;
}

export function SaveVersionDialog({ initialName, title, confirmLabel, onSave, onClose }: SaveVersionDialogProps) {
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (): Promise<void> => {
    const clean = name.trim();
    if (clean.length === 0) {
      setError(t('history.versionNameRequired'));
      return;
    }
    if (clean.length > 100) {
      setError(t('settings.tooLong', { max: 100 }));
      return;
    }
    setBusy(true);
    try {
      await onSave(clean);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      title={title}
      onClose={onClose}
      testId="save-version-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} data-testid="save-version-cancel">
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void submit()} data-testid="save-version-ok">
            {confirmLabel}
          </button>
        </>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="field">
          <span className="field-label">{t('history.versionName')}</span>
          <input
            type="text"
            className="input"
            value={name}
            maxLength={100}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
            onFocus={(e) => e.target.select()}
            data-testid="version-name"
          />
          <span className="field-hint">{t('history.saveVersionHint')}</span>
          {error ? (
            <span className="field-error" role="alert">
              {error}
            </span>
          ) : null}
        </label>
      </form>
    </Modal>
  );
}
