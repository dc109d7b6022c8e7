/** The end of an export: where the file is and its warnings, or that it was cancelled, or why it failed. */
import { t } from '../../../shared/i18n';
import { OpenExported } from './open-exported';
import type { ExportRunState } from './use-export-job';

export function ExportResult({ state }: { readonly state: ExportRunState }) {
  if (state.kind === 'done') {
    return (
      <div className="export-result" data-testid="export-result">
        <p className="export-result-title">{t('export.done')}</p>
        <p className="export-result-path" data-testid="export-path">
          {t('export.donePath', { path: state.path })}
          {state.pages === null ? '' : ` · ${t('export.pages', { pages: state.pages })}`}
        </p>
        <OpenExported jobId={state.jobId} />
        {state.pdf?.signed ? (
          <p className="export-result-signed" data-testid="export-signed">
            {t('export.signedDone')}
          </p>
        ) : null}
        {state.pdf?.recorded ? (
          <p className="export-result-hash" data-testid="export-recorded">
            {t('export.recorded', { sha256: state.pdf.sha256 })}
          </p>
        ) : null}
        {state.warnings.length > 0 ? (
          <>
            <p>{t('export.warnings')}</p>
            <ul className="export-warnings" data-testid="export-warnings">
              {state.warnings.map((warning, index) => (
                <li key={`${index}:${warning}`}>{warning}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    );
  }
  if (state.kind === 'cancelled') {
    return (
      <div className="export-result" data-testid="export-cancelled">
        {t('export.cancelled')}
      </div>
    );
  }
  if (state.kind === 'failed') {
    return (
      <div className="form-error" role="alert" data-testid="export-error">
        {t('export.failed', { message: state.message })}
      </div>
    );
  }
  return null;
}
