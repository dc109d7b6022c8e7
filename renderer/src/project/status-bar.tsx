/** The status bar: save state, words in this section, words in the report, file path. */
import { memo, type ReactNode } from 'react';
import { t } from '../../../shared/i18n';
import type { SaveStatus } from '../autosave/autosave-queue';
import { formatCount } from '../state/format';
import { useStore, type Store } from '../state/store';
import { TableWarningStatus } from '../editor/table/table-warning-status';

function SaveState({ status }: { readonly status: Store<SaveStatus> }) {
  const s = useStore(status);
  const text =
    s.kind === 'failed'
      ? t('status.saveFailed', { message: s.message })
      : s.kind === 'saving'
        ? t('status.saving')
        : s.kind === 'pending'
          ? t('status.unsaved')
          : t('status.saved');
  return (
    <span className={`status-item status-save status-save-${s.kind}`} data-testid="status-save" role={s.kind === 'failed' ? 'alert' : 'status'} title={text}>
      <span className="status-dot" aria-hidden="true" />
      {text}
    </span>
  );
}

function SectionWords({ words }: { readonly words: Store<number | null> }) {
  const n = useStore(words);
  return (
    <span className="status-item" data-testid="section-chars">
      {n === null ? '' : t('status.sectionChars', { count: formatCount(n) })}
    </span>
  );
}

interface StatusBarProps {
  readonly status: Store<SaveStatus>;
  readonly sectionWords: Store<number | null>;
  readonly reportWords: number;
  readonly path: string;
  readonly readOnly: boolean;
  /** More indicators after the counts (the problems count). */
  readonly extra?: ReactNode;
  /** The editor's zoom control, at the right end as in Word. */
  readonly zoom?: ReactNode;
}

export const StatusBar = memo(function StatusBar({ status, sectionWords, reportWords, path, readOnly, extra, zoom }: StatusBarProps) {
  return (
    <footer className="status-bar">
      {readOnly ? <span className="status-item status-readonly">{t('status.readOnly')}</span> : <SaveState status={status} />}
      <SectionWords words={sectionWords} />
      <span className="status-item" data-testid="report-chars">
        {t('status.reportChars', { count: formatCount(reportWords) })}
      </span>
      {extra}
      <TableWarningStatus />
      <span className="status-spacer" />
      <span className="status-item status-path" title={path} data-testid="status-path">
        {path}
      </span>
      {zoom}
    </footer>
  );
});
