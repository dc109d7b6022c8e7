/** 历史版本 of the open section, newest first; any older version can be restored (itself undoable). */
import { useEffect, useState } from 'react';
import type { RevisionInfo } from '../../../shared/ipc/contract';
import { t, type MessageKey } from '../../../shared/i18n';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import { formatCount, formatDateTime } from '../state/format';

interface HistoryPanelProps {
  readonly sectionId: string | null;
  readonly sectionTitle: string;
  readonly readOnly: boolean;
  /** Changes whenever the section was saved or restored, to refresh the list. */
  readonly refreshKey: number;
  readonly onRestore: (revision: number) => Promise<void>;
  readonly onClose: () => void;
}

type ListState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly revisions: readonly RevisionInfo[] }
  | { readonly kind: 'error'; readonly message: string };

export function HistoryPanel({ sectionId, sectionTitle, readOnly, refreshKey, onRestore, onClose }: HistoryPanelProps) {
  const api = useApi();
  const [list, setList] = useState<ListState>({ kind: 'loading' });
  const [restoring, setRestoring] = useState<number | null>(null);

  useEffect(() => {
    if (sectionId === null) return undefined;
    let live = true;
    api.section
      .history({ id: sectionId })
      .then((revisions) => live && setList({ kind: 'ready', revisions: [...revisions].sort((a, b) => b.revision - a.revision) }))
      .catch((error: unknown) => live && setList({ kind: 'error', message: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, [api, sectionId, refreshKey]);

  const restore = async (revision: number): Promise<void> => {
    setRestoring(revision);
    try {
      await onRestore(revision);
    } finally {
      setRestoring(null);
    }
  };

  return (
    <aside className="side-panel" aria-label={t('history.title')} data-testid="history-panel">
      <div className="pane-header">
        <span className="pane-title">{t('history.title')}</span>
        <button type="button" className="icon-btn" title={t('history.close')} onClick={onClose} data-testid="history-close">
          ×
        </button>
      </div>
      {sectionId === null ? (
        <p className="side-panel-empty">{t('editor.noSection')}</p>
      ) : (
        <>
          <p className="side-panel-caption">{sectionTitle}</p>
          {list.kind === 'loading' ? <p className="side-panel-empty">{t('app.loading')}</p> : null}
          {list.kind === 'error' ? (
            <p className="side-panel-empty form-error" role="alert">
              {list.message}
            </p>
          ) : null}
          {list.kind === 'ready' && list.revisions.length === 0 ? <p className="side-panel-empty">{t('history.empty')}</p> : null}
          {list.kind === 'ready' && list.revisions.length > 0 ? (
            <ol className="history-list">
              {list.revisions.map((r, index) => (
                <li key={r.revision} className="history-item" data-testid={`history-item-${r.revision}`}>
                  <div className="history-line">
                    <span className="history-revision">{t('history.revision', { revision: r.revision })}</span>
                    <span className={`history-reason history-reason-${r.reason}`}>{t(`history.reason.${r.reason}` as MessageKey)}</span>
                    {index === 0 ? <span className="history-current">{t('history.current')}</span> : null}
                  </div>
                  <div className="history-meta">
                    {formatDateTime(r.savedAt)} · {t('history.words', { count: formatCount(r.characters) })}
                  </div>
                  {index > 0 ? (
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={readOnly || restoring !== null}
                      onClick={() => void restore(r.revision)}
                      data-testid={`history-restore-${r.revision}`}
                    >
                      {restoring === r.revision ? t('history.restoring') : t('history.restore')}
                    </button>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : null}
        </>
      )}
    </aside>
  );
}
