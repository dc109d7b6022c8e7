/**
 * 预览 of a named version of the whole report (issue 15): which sections restoring would change
 * (each one's differences on demand), which it leaves alone and which it cannot restore; then
 * 恢复此版本 (all changed sections in one transaction) or 取消.
 */
import { useEffect, useState } from 'react';
import type { ReportVersionInfo, ReportVersionPreview, VersionSectionState } from '../../../shared/history/version-types';
import { diffSections, type SectionDiff } from '../../../shared/history/version-diff';
import type { SectionContent } from '../../../shared/model/document';
import { t, type MessageKey } from '../../../shared/i18n';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import { formatDateTime } from '../state/format';
import { Modal } from '../ui/modal';
import { VersionDiffView } from './version-diff-view';

interface ReportVersionDialogProps {
  readonly version: ReportVersionInfo;
  readonly readOnly: boolean;
  readonly currentContent: (sectionId: string) => Promise<SectionContent>;
  readonly onRestore: (version: ReportVersionInfo) => Promise<void>;
  readonly onClose: () => void;
}

type DiffState = { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly diff: SectionDiff } | { readonly kind: 'error'; readonly message: string };

function SectionRow({ section, currentContent }: { readonly section: VersionSectionState; readonly currentContent: (id: string) => Promise<SectionContent> }) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [diff, setDiff] = useState<DiffState>({ kind: 'loading' });
  useEffect(() => {
    if (!open || section.versionRevision === null) return undefined;
    let live = true;
    Promise.all([currentContent(section.id), api.section.revision({ id: section.id, revision: section.versionRevision })])
      .then(([current, target]) => live && setDiff({ kind: 'ready', diff: diffSections(current, target) }))
      .catch((error: unknown) => live && setDiff({ kind: 'error', message: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, [api, open, section.id, section.versionRevision, currentContent]);
  return (
    <li className={`version-section version-section-${section.status}`} data-testid={`version-section-${section.id}`}>
      <div className="version-section-line">
        <span className="version-section-title">{section.title}</span>
        <span className="version-section-status">{t(`history.status.${section.status}` as MessageKey)}</span>
        {section.status === 'changed' ? (
          <button type="button" className="btn btn-small" onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid={`version-section-diff-${section.id}`}>
            {open ? t('history.hideDiff') : t('history.showDiff')}
          </button>
        ) : null}
      </div>
      {open && diff.kind === 'loading' ? <p className="side-panel-empty">{t('app.loading')}</p> : null}
      {open && diff.kind === 'error' ? (
        <p className="form-error" role="alert">
          {t('history.previewFailed', { message: diff.message })}
        </p>
      ) : null}
      {open && diff.kind === 'ready' ? <VersionDiffView diff={diff.diff} /> : null}
    </li>
  );
}

export function ReportVersionDialog({ version, readOnly, currentContent, onRestore, onClose }: ReportVersionDialogProps) {
  const api = useApi();
  const [preview, setPreview] = useState<ReportVersionPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);

  useEffect(() => {
    let live = true;
    api.versions
      .preview({ id: version.id })
      .then((p) => live && setPreview(p))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [api, version.id]);

  const changed = preview?.sections.filter((s) => s.status === 'changed') ?? [];
  // Changed sections first (what restoring does), then those it cannot restore, then the rest.
  const order: Record<VersionSectionState['status'], number> = { changed: 0, deleted: 1, damaged: 1, added: 2, same: 3 };
  const sections = [...(preview?.sections ?? [])].filter((s) => s.status !== 'same').sort((a, b) => order[a.status] - order[b.status]);
  const same = preview?.sections.filter((s) => s.status === 'same').length ?? 0;

  const restore = async (): Promise<void> => {
    setRestoring(true);
    try {
      await onRestore(version);
      onClose();
    } finally {
      setRestoring(false);
    }
  };

  return (
    <Modal
      title={t('history.previewTitle', { name: `${version.name}（${formatDateTime(version.createdAt)}）` })}
      onClose={onClose}
      width={800}
      testId="report-version-preview"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} data-testid="preview-cancel">
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={readOnly || restoring || changed.length === 0} onClick={() => void restore()} data-testid="preview-restore">
            {restoring ? t('history.restoring') : t('history.restoreVersion')}
          </button>
        </>
      }
    >
      {error ? (
        <p className="form-error" role="alert">
          {t('history.previewFailed', { message: error })}
        </p>
      ) : null}
      {!preview && !error ? <p className="side-panel-empty">{t('app.loading')}</p> : null}
      {preview ? (
        <>
          <p className="diff-summary" data-testid="version-summary">
            {changed.length > 0 ? t('history.changedSections', { count: changed.length }) : t('history.previewNoChange')}
          </p>
          <ol className="version-sections">
            {sections.map((s) => (
              <SectionRow key={s.id} section={s} currentContent={currentContent} />
            ))}
          </ol>
          {same > 0 ? <p className="diff-folded">{t('history.sameSections', { count: same })}</p> : null}
        </>
      ) : null}
    </Modal>
  );
}
