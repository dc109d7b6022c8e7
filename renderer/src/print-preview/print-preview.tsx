/**
 * 打印预览: a full-window overlay showing the report exactly as the PDF export prints it (main prints
 * it, pdf.js shows it). While main prints: a progress bar with 取消; then the pages, the warnings
 * of the print, and 导出 PDF… to keep the very file previewed. Esc closes.
 */
import { useEffect, useState } from 'react';
import { t } from '../../../shared/i18n';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import { PreviewViewer } from './preview-viewer';
import { usePrintPreview, type PreviewState } from './use-print-preview';
import { useExportGate } from '../preflight/export-gate';

interface PrintPreviewProps {
  /** Offered as the file name of 导出 PDF…. */
  readonly reportTitle: string;
  /** Writes pending edits first, so the preview shows everything typed so far. */
  readonly flush: () => Promise<boolean>;
  readonly onClose: () => void;
}

type SaveState = { readonly kind: 'idle' } | { readonly kind: 'saving' } | { readonly kind: 'saved'; readonly path: string } | { readonly kind: 'failed'; readonly message: string };

export function PrintPreview({ reportTitle, flush, onClose }: PrintPreviewProps) {
  const api = useApi();
  const preview = usePrintPreview(api, flush);
  const { state } = preview;
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [warningsOpen, setWarningsOpen] = useState(true);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  // 校对 before saving the PDF: remaining errors listed, asked once (renderer/src/preflight/export-gate.tsx).
  const gate = useExportGate();
  const exportPdf = async (previewId: string): Promise<void> => {
    try {
      if (!(await gate.ask())) return;
      const target = await api.dialog.pickExportPath({ format: 'pdf', suggestedName: reportTitle });
      if (target === null) return;
      setSave({ kind: 'saving' });
      const saved = await api.export.previewSave({ previewId, file: target.handle });
      setSave({ kind: 'saved', path: saved.path });
    } catch (error) {
      setSave({ kind: 'failed', message: errorMessage(error) });
    }
  };

  // 打印: main sends the previewed PDF itself to the system's print dialog (export.previewPrint).
  const [printing, setPrinting] = useState<{ readonly busy: boolean; readonly error: string | null }>({ busy: false, error: null });
  const print = async (previewId: string): Promise<void> => {
    setPrinting({ busy: true, error: null });
    try {
      await api.export.previewPrint({ previewId });
      setPrinting({ busy: false, error: null });
    } catch (error) {
      setPrinting({ busy: false, error: t('preview.printFailed', { message: errorMessage(error) }) });
    }
  };

  const closeButton = (
    <button type="button" className="btn btn-small" onClick={onClose} title={t('preview.closeHint')} data-testid="preview-close">
      {t('preview.close')}
    </button>
  );

  const title = <h2 className="preview-title">{t('preview.title')}</h2>;

  return (
    <div className="preview-overlay" role="dialog" aria-modal="true" aria-label={t('preview.title')} data-testid="print-preview" data-state={state.kind} data-preview-id={state.kind === 'ready' ? state.preview.previewId : undefined}>
      {gate.element}
      {state.kind === 'ready' ? (
        <PreviewViewer
          pdf={state.pdf}
          lead={
            <>
              {title}
              <span className="preview-count" data-testid="preview-count">
                {t('preview.pages', { pages: state.pdf.sizes.length })}
              </span>
            </>
          }
          actions={
            <>
              <button type="button" className="btn btn-small btn-primary" onClick={() => void print(state.preview.previewId)} disabled={printing.busy} title={t('preview.printHint')} data-testid="preview-print">
                {t('preview.print')}
              </button>
              <button type="button" className="btn btn-small btn-primary" onClick={() => void exportPdf(state.preview.previewId)} disabled={save.kind === 'saving'} data-testid="preview-export">
                {t('preview.export')}
              </button>
              {closeButton}
            </>
          }
          banner={
            <>
              <SaveStatus save={save} />
              {printing.error === null ? null : (
                <div className="preview-save preview-save-failed" role="alert" data-testid="preview-print-error">
                  {printing.error}
                </div>
              )}
              {state.preview.warnings.length > 0 ? (
                <div className="preview-warnings" data-testid="preview-warnings">
                  <button type="button" className="preview-warnings-toggle" onClick={() => setWarningsOpen((open) => !open)} aria-expanded={warningsOpen}>
                    {warningsOpen ? '▾ ' : '▸ '}
                    {t('preview.warnings', { count: state.preview.warnings.length })}
                  </button>
                  {warningsOpen ? (
                    <ul>
                      {state.preview.warnings.map((warning, index) => (
                        <li key={`${index}:${warning}`}>{warning}</li>
                      ))}
                    </ul>
                  ) : null}
                </div>
              ) : null}
            </>
          }
        />
      ) : (
        <>
          <div className="preview-toolbar">
            {title}
            <span className="preview-toolbar-gap" />
            {closeButton}
          </div>
          <div className="preview-desk preview-desk-status">
            <PreviewStatus state={state} onCancel={preview.cancel} onRetry={preview.start} onClose={onClose} />
          </div>
        </>
      )}
    </div>
  );
}

function SaveStatus({ save }: { readonly save: SaveState }) {
  if (save.kind === 'saving') return <div className="preview-save">{t('preview.saving')}</div>;
  if (save.kind === 'saved')
    return (
      <div className="preview-save preview-save-done" data-testid="preview-saved">
        {t('preview.saved', { path: save.path })}
      </div>
    );
  if (save.kind === 'failed')
    return (
      <div className="preview-save preview-save-failed" role="alert" data-testid="preview-save-error">
        {t('preview.saveFailed', { message: save.message })}
      </div>
    );
  return null;
}

/** Everything before the pages: printing (with 取消), loading, cancelled, failed. */
function PreviewStatus({ state, onCancel, onRetry, onClose }: { readonly state: Exclude<PreviewState, { kind: 'ready' }>; readonly onCancel: () => void; readonly onRetry: () => void; readonly onClose: () => void }) {
  if (state.kind === 'printing' || state.kind === 'loading') {
    const printing = state.kind === 'printing';
    const fraction = printing ? state.progress.fraction : state.fraction;
    const stage = printing ? (state.cancelling ? t('preview.cancelling') : t(`export.stage.${state.progress.stage}`)) : t('preview.loading');
    return (
      <div className="preview-status" data-testid="preview-progress">
        <p className="preview-status-title">{printing ? t('preview.printing') : t('preview.loading')}</p>
        <progress max={1} value={fraction} />
        <p className="preview-status-stage" data-testid="preview-stage">
          {stage}
        </p>
        {printing ? (
          <button type="button" className="btn" onClick={onCancel} disabled={state.cancelling} data-testid="preview-cancel">
            {t('preview.cancel')}
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <div className="preview-status" data-testid={state.kind === 'cancelled' ? 'preview-cancelled' : 'preview-error'}>
      {state.kind === 'cancelled' ? (
        <p className="preview-status-title">{t('preview.cancelled')}</p>
      ) : (
        <div role="alert">
          <p className="preview-status-title">{t(state.stage === 'print' ? 'preview.failed' : 'preview.showFailed')}</p>
          <p className="form-error">{state.message}</p>
        </div>
      )}
      <div className="preview-status-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('preview.close')}
        </button>
        <button type="button" className="btn btn-primary" onClick={onRetry} data-testid="preview-retry">
          {t('preview.retry')}
        </button>
      </div>
    </div>
  );
}
