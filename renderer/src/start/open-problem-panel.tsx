import { t } from '../../../shared/i18n';
import type { OpenProblem } from './use-project-opener';

interface OpenProblemPanelProps {
  readonly problem: OpenProblem;
  readonly busy: boolean;
  readonly onOpenReadOnly: (file: string) => void;
  readonly onDismiss: () => void;
}

/** Why a project could not be opened, with the read-only way out when the file is in use. */
export function OpenProblemPanel({ problem, busy, onOpenReadOnly, onDismiss }: OpenProblemPanelProps) {
  return (
    <div className={`open-problem ${problem.kind === 'in-use' ? 'open-problem-warn' : ''}`} role="alert" data-testid="open-error">
      <div className="open-problem-title">{problem.kind === 'in-use' ? t('start.inUseTitle') : t('start.openFailed')}</div>
      <p className="open-problem-message" data-testid="open-error-message">
        {problem.message}
      </p>
      <div className="open-problem-actions">
        {problem.kind === 'in-use' ? (
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => onOpenReadOnly(problem.file)} data-testid="open-read-only">
            {t('start.openReadOnly')}
          </button>
        ) : null}
        <button type="button" className="btn" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      </div>
    </div>
  );
}
