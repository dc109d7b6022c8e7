/** Contributor mode: which department's package is open, what may be edited, and 提交. */
import { useState } from 'react';
import type { ContributionInfo } from '../../../shared/model/collaboration';
import { t } from '../../../shared/i18n';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import type { Notices } from '../ui/notices';
import { Icon } from '../ui/icons';
import { useExportGate } from '../preflight/export-gate';

interface ContributorBarProps {
  readonly contribution: ContributionInfo;
  /** Pending edits must be in the package before it is marked ready to send. */
  readonly flush: () => Promise<unknown>;
  readonly notices: Notices;
}

export function ContributorBar({ contribution, flush, notices }: ContributorBarProps) {
  const api = useApi();
  const [info, setInfo] = useState(contribution);
  const [busy, setBusy] = useState(false);
  // 校对 of the department's own sections before 提交: remaining errors listed, asked once.
  const gate = useExportGate(undefined, 'submit');
  const submit = async (): Promise<void> => {
    setBusy(true);
    try {
      if (!(await gate.ask())) return;
      await flush();
      setInfo(await api.package.submit({}));
      notices.push('info', t('contrib.submitted'));
    } catch (error) {
      notices.push('error', errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="contributor-banner" role="status" data-testid="contributor-banner">
      <Icon name="lock" size={16} />
      <span>{t('contrib.banner', { department: info.department.name })}</span>
      {info.submittedAt ? (
        <span className="contributor-submitted" data-testid="contributor-submitted">
          {t('contrib.submitted')}
        </span>
      ) : null}
      <button type="button" className="btn btn-primary btn-small" onClick={() => void submit()} disabled={busy} data-testid="contributor-submit">
        {t('contrib.submit')}
      </button>
      {gate.element}
    </div>
  );
}
