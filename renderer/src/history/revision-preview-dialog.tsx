/**
 * 预览 before restoring one revision of a section (issue 15): what restoring would change against
 * the text now on screen, then 恢复此版本 or 取消.
 */
import { useEffect, useState } from 'react';
import { diffSections, type SectionDiff } from '../../../shared/history/version-diff';
import type { SectionContent } from '../../../shared/model/document';
import type { RevisionInfo } from '../../../shared/ipc/contract';
import { t } from '../../../shared/i18n';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import { formatDateTime } from '../state/format';
import { Modal } from '../ui/modal';
import { VersionDiffView } from './version-diff-view';

interface RevisionPreviewDialogProps {
  readonly sectionId: string;
  readonly sectionTitle: string;
  readonly revision: RevisionInfo;
  readonly readOnly: boolean;
  /** The section's content now: the open editor's (unsaved typing included), else the stored one. */
  readonly currentContent: (sectionId: string) => Promise<SectionContent>;
  readonly onRestore: (revision: number, content: SectionContent) => Promise<void>;
  readonly onClose: () => void;
}

type State =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly diff: SectionDiff; readonly target: SectionContent }
  | { readonly kind: 'error'; readonly message: string };

export function RevisionPreviewDialog({ sectionId, sectionTitle, revision, readOnly, currentContent, onRestore, onClose }: RevisionPreviewDialogProps) {
  const api = useApi();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [restoring, setRestoring] = useState(false);

  useEffect(() => {
    let live = true;
    Promise.all([currentContent(sectionId), api.section.revision({ id: sectionId, revision: revision.revision })])
      .then(([current, target]) => live && setState({ kind: 'ready', diff: diffSections(current, target), target }))
      .catch((error: unknown) => live && setState({ kind: 'error', message: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, [api, sectionId, revision.revision, currentContent]);

  const restore = async (): Promise<void> => {
    if (state.kind !== 'ready') return;
    setRestoring(true);
    try {
      await onRestore(revision.revision, state.target);
      onClose();
    } finally {
      setRestoring(false);
    }
  };

  const name = `${sectionTitle} · ${t('history.previewRevision', { revision: revision.revision, time: formatDateTime(revision.savedAt) })}`;
  return (
    <Modal
      title={t('history.previewTitle', { name })}
      onClose={onClose}
      width={760}
      testId="revision-preview"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} data-testid="preview-cancel">
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={readOnly || restoring || state.kind !== 'ready' || !state.diff.changed}
            onClick={() => void restore()}
            data-testid="preview-restore"
          >
            {restoring ? t('history.restoring') : t('history.restoreVersion')}
          </button>
        </>
      }
    >
      {state.kind === 'loading' ? <p className="side-panel-empty">{t('app.loading')}</p> : null}
      {state.kind === 'error' ? (
        <p className="form-error" role="alert">
          {t('history.previewFailed', { message: state.message })}
        </p>
      ) : null}
      {state.kind === 'ready' ? <VersionDiffView diff={state.diff} /> : null}
    </Modal>
  );
}
