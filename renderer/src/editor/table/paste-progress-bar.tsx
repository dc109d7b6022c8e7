/** The progress of a long paste of cells (big-paste.ts), shown over the editor while it runs. */
import { t } from '../../../../shared/i18n';
import { formatCount } from '../../state/format';
import type { PasteProgress } from './big-paste';

export function PasteProgressBar({ progress }: { readonly progress: PasteProgress }) {
  return (
    <div className="paste-progress" role="status" aria-live="polite" data-testid="paste-progress">
      <span>{t('table.pasteProgress', { rows: formatCount(progress.rows), cols: formatCount(progress.cols) })}</span>
      <progress max={1} value={progress.fraction} />
    </div>
  );
}
