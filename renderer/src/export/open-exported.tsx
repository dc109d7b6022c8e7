/**
 * 打开文件 / 打开所在文件夹 under a finished export: main opens the file it wrote (it knows it by
 * the export's job id; the renderer never hands a path back) with the system's application, or
 * shows it in its folder. A failure (moved away, no application for .docx) is said right here.
 */
import { useState } from 'react';
import { t } from '../../../shared/i18n';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';

export function OpenExported({ jobId }: { readonly jobId: string }) {
  const api = useApi();
  const [error, setError] = useState<string | null>(null);
  const open = (reveal: boolean): void => {
    setError(null);
    api.export.openResult({ jobId, reveal }).catch((failure: unknown) => setError(t('export.openFailed', { message: errorMessage(failure) })));
  };
  return (
    <div className="export-open">
      <button type="button" className="btn btn-small btn-primary" onClick={() => open(false)} data-testid="export-open-file">
        {t('export.openFile')}
      </button>
      <button type="button" className="btn btn-small" onClick={() => open(true)} data-testid="export-open-folder">
        {t('export.openFolder')}
      </button>
      {error === null ? null : (
        <p className="form-error" role="alert" data-testid="export-open-error">
          {error}
        </p>
      )}
    </div>
  );
}
