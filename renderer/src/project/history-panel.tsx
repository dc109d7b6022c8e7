/**
 * 历史版本 (issue 15): the report's named versions (保存版本…, each restorable as a whole) and the
 * open section's history, newest first. A version is never restored blind: 预览… shows what
 * restoring would change against the current text, and the dialog restores it.
 */
import { useCallback, useEffect, useState } from 'react';
import type { RevisionInfo } from '../../../shared/ipc/contract';
import type { ReportVersionInfo } from '../../../shared/history/version-types';
import type { SectionContent } from '../../../shared/model/document';
import { t, type MessageKey } from '../../../shared/i18n';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import { formatCount, formatDateTime } from '../state/format';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { ReportVersionDialog } from '../history/report-version-dialog';
import { RevisionPreviewDialog } from '../history/revision-preview-dialog';
import { SaveVersionDialog } from '../history/save-version-dialog';

/** What the last whole-report restore replaced, for 撤销恢复. */
export interface LastReportRestore {
  readonly name: string;
  readonly restored: Readonly<Record<string, number>>;
  readonly previous: Readonly<Record<string, number>>;
}

interface HistoryPanelProps {
  readonly sectionId: string | null;
  readonly sectionTitle: string;
  readonly readOnly: boolean;
  /** Changes whenever the section was saved or restored, to refresh the list. */
  readonly refreshKey: number;
  /** Changes when a named version was saved elsewhere (Ctrl+Alt+S). */
  readonly versionsKey: number;
  readonly currentContent: (sectionId: string) => Promise<SectionContent>;
  readonly onRestore: (revision: number, content: SectionContent) => Promise<void>;
  readonly onRestoreVersion: (version: ReportVersionInfo) => Promise<void>;
  readonly lastRestore: LastReportRestore | null;
  readonly onUndoRestore: () => Promise<void>;
  readonly onSaveVersion: () => void;
  readonly onClose: () => void;
}

type ListState<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly items: readonly T[] }
  | { readonly kind: 'error'; readonly message: string };

function useList<T>(load: (() => Promise<readonly T[]>) | null, key: unknown): [ListState<T>, () => void] {
  const [state, setState] = useState<ListState<T>>({ kind: 'loading' });
  const [again, setAgain] = useState(0);
  useEffect(() => {
    if (load === null) return undefined;
    let live = true;
    load()
      .then((items) => live && setState({ kind: 'ready', items }))
      .catch((error: unknown) => live && setState({ kind: 'error', message: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, [load, key, again]);
  return [state, () => setAgain((n) => n + 1)];
}

function Status<T>({ list, empty }: { readonly list: ListState<T>; readonly empty: string }) {
  if (list.kind === 'loading') return <p className="side-panel-empty">{t('app.loading')}</p>;
  if (list.kind === 'error') {
    return (
      <p className="side-panel-empty form-error" role="alert">
        {list.message}
      </p>
    );
  }
  return list.items.length === 0 ? <p className="side-panel-empty">{empty}</p> : null;
}

export function HistoryPanel(props: HistoryPanelProps) {
  const { sectionId, sectionTitle, readOnly, refreshKey, versionsKey, currentContent } = props;
  const api = useApi();
  const loadRevisions = useCallback(
    () => (sectionId === null ? Promise.resolve([]) : api.section.history({ id: sectionId }).then((r) => [...r].sort((a, b) => b.revision - a.revision))),
    [api, sectionId],
  );
  const loadVersions = useCallback(() => api.versions.list({}), [api]);
  const [revisions] = useList<RevisionInfo>(sectionId === null ? null : loadRevisions, refreshKey);
  const [versions, reloadVersions] = useList<ReportVersionInfo>(loadVersions, `${versionsKey}:${refreshKey}`);
  const [previewing, setPreviewing] = useState<RevisionInfo | null>(null);
  const [previewingVersion, setPreviewingVersion] = useState<ReportVersionInfo | null>(null);
  const [renaming, setRenaming] = useState<ReportVersionInfo | null>(null);
  const [deleting, setDeleting] = useState<ReportVersionInfo | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [undoing, setUndoing] = useState(false);

  const rename = async (version: ReportVersionInfo, name: string): Promise<void> => {
    try {
      await api.versions.rename({ id: version.id, name });
      setRenaming(null);
      reloadVersions();
    } catch (error) {
      setProblem(t('history.renameFailed', { message: errorMessage(error) }));
    }
  };
  const remove = async (version: ReportVersionInfo): Promise<void> => {
    setDeleting(null);
    try {
      await api.versions.delete({ id: version.id });
      reloadVersions();
    } catch (error) {
      setProblem(t('history.deleteFailed', { message: errorMessage(error) }));
    }
  };

  return (
    <aside className="side-panel history-panel" aria-label={t('history.title')} data-testid="history-panel">
      <div className="pane-header">
        <span className="pane-title">{t('history.title')}</span>
        <button type="button" className="icon-btn" title={t('history.close')} onClick={props.onClose} data-testid="history-close">
          ×
        </button>
      </div>
      <div className="history-scroll">
        <div className="history-section-head">
          <span className="side-panel-caption">{t('history.reportVersions')}</span>
          <button type="button" className="btn btn-small" disabled={readOnly} title={t('history.saveVersionHint')} onClick={props.onSaveVersion} data-testid="history-save-version">
            {t('history.saveVersion')}
          </button>
        </div>
        {props.lastRestore ? (
          <div className="history-undo" role="status" data-testid="history-undo-bar">
            <span>{t('history.restoredVersion', { name: props.lastRestore.name, count: Object.keys(props.lastRestore.restored).length })}</span>
            <button
              type="button"
              className="btn btn-small"
              disabled={readOnly || undoing}
              onClick={() => {
                setUndoing(true);
                void props.onUndoRestore().finally(() => setUndoing(false));
              }}
              data-testid="history-undo-restore"
            >
              {t('history.undoRestore')}
            </button>
          </div>
        ) : null}
        {problem ? (
          <p className="side-panel-empty form-error" role="alert">
            {problem}
          </p>
        ) : null}
        <Status list={versions} empty={t('history.noNamedVersions')} />
        {versions.kind === 'ready' && versions.items.length > 0 ? (
          <ol className="history-list history-versions">
            {versions.items.map((v) => (
              <li key={v.id} className="history-item history-named" data-testid={`version-item-${v.id}`}>
                <div className="history-line">
                  <span className="history-version-name">{v.name}</span>
                </div>
                <div className="history-meta">
                  {formatDateTime(v.createdAt)} · {t('history.versionSections', { count: v.sections })}
                </div>
                <div className="history-actions">
                  <button type="button" className="btn btn-small" title={t('history.previewHint')} onClick={() => setPreviewingVersion(v)} data-testid={`version-preview-${v.id}`}>
                    {t('history.preview')}
                  </button>
                  <button type="button" className="btn btn-small" disabled={readOnly} onClick={() => setRenaming(v)} data-testid={`version-rename-${v.id}`}>
                    {t('history.rename')}
                  </button>
                  <button type="button" className="btn btn-small" disabled={readOnly} onClick={() => setDeleting(v)} data-testid={`version-delete-${v.id}`}>
                    {t('history.delete')}
                  </button>
                </div>
              </li>
            ))}
          </ol>
        ) : null}

        <p className="side-panel-caption history-section-caption">
          {t('history.sectionVersions')}
          {sectionId === null ? null : `：${sectionTitle}`}
        </p>
        {sectionId === null ? <p className="side-panel-empty">{t('editor.noSection')}</p> : <Status list={revisions} empty={t('history.empty')} />}
        {sectionId !== null && revisions.kind === 'ready' && revisions.items.length > 0 ? (
          <ol className="history-list">
            {revisions.items.map((r, index) => (
              <li key={r.revision} className="history-item" data-testid={`history-item-${r.revision}`}>
                <div className="history-line">
                  <span className="history-revision">{t('history.revision', { revision: r.revision })}</span>
                  <span className={`history-reason history-reason-${r.reason}`}>{t(`history.reason.${r.reason}` as MessageKey)}</span>
                  {index === 0 ? <span className="history-current">{t('history.current')}</span> : null}
                </div>
                {r.versions?.map((name) => (
                  <span key={name} className="history-version-tag" title={t('history.reportVersions')}>
                    {name}
                  </span>
                ))}
                <div className="history-meta">
                  {formatDateTime(r.savedAt)} · {t('history.words', { count: formatCount(r.characters) })}
                </div>
                {index > 0 ? (
                  <button type="button" className="btn btn-small" title={t('history.previewHint')} onClick={() => setPreviewing(r)} data-testid={`history-preview-${r.revision}`}>
                    {t('history.preview')}
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
        ) : null}
      </div>
      {previewing && sectionId !== null ? (
        <RevisionPreviewDialog
          sectionId={sectionId}
          sectionTitle={sectionTitle}
          revision={previewing}
          readOnly={readOnly}
          currentContent={currentContent}
          onRestore={props.onRestore}
          onClose={() => setPreviewing(null)}
        />
      ) : null}
      {previewingVersion ? (
        <ReportVersionDialog
          version={previewingVersion}
          readOnly={readOnly}
          currentContent={currentContent}
          onRestore={props.onRestoreVersion}
          onClose={() => setPreviewingVersion(null)}
        />
      ) : null}
      {renaming ? (
        <SaveVersionDialog
          initialName={renaming.name}
          title={t('history.rename')}
          confirmLabel={t('history.rename')}
          onSave={(name) => rename(renaming, name)}
          onClose={() => setRenaming(null)}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={t('history.deleteTitle')}
          message={t('history.deleteConfirm', { name: deleting.name })}
          confirmLabel={t('history.delete')}
          danger
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </aside>
  );
}
