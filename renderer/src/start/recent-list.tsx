import type { RecentFile } from '../../../shared/ipc/contract';
import { t } from '../../../shared/i18n';
import { formatDateTime } from '../state/format';
import { Icon } from '../ui/icons';

interface RecentListProps {
  readonly files: readonly RecentFile[] | null;
  readonly error: string | null;
  readonly busy: boolean;
  /** Called with the entry's open-project handle. */
  readonly onOpen: (file: string) => void;
}

export function RecentList({ files, error, busy, onOpen }: RecentListProps) {
  if (error) {
    return (
      <p className="recent-empty recent-error" role="alert">
        {error}
      </p>
    );
  }
  if (files === null) return <p className="recent-empty">{t('app.loading')}</p>;
  if (files.length === 0) return <p className="recent-empty">{t('start.noRecent')}</p>;
  return (
    <ul className="recent-list" data-testid="recent-list">
      {files.map((file) => (
        <li key={file.handle}>
          <button type="button" className="recent-item" disabled={busy} onClick={() => onOpen(file.handle)} title={file.displayName} data-testid="recent-item">
            <span className="recent-icon">
              <Icon name="document" size={22} />
            </span>
            <span className="recent-text">
              <span className="recent-title">{file.title}</span>
              <span className="recent-path">{file.displayName}</span>
            </span>
            <span className="recent-time">{formatDateTime(file.openedAt)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
