import type { LockHolder, ReadOnlyReason } from '../../../shared/ipc/contract';
import { t, type MessageKey } from '../../../shared/i18n';
import { formatDateTime } from '../state/format';
import { Icon } from '../ui/icons';

interface ReadOnlyBannerProps {
  readonly reason: ReadOnlyReason | null;
  readonly holder: LockHolder | null;
}

/** Says plainly why nothing can be changed, and who holds the file when someone does. */
export function ReadOnlyBanner({ reason, holder }: ReadOnlyBannerProps) {
  const why = t(`app.readOnly.${reason ?? 'requested'}` as MessageKey);
  return (
    <div className="read-only-banner" role="status" data-testid="read-only-banner">
      <Icon name="lock" size={16} />
      <span>{t('app.readOnlyBanner', { reason: why })}</span>
      {holder ? (
        <span className="banner-holder">
          {t('app.readOnlyHolder', { user: holder.user, host: holder.host, since: holder.since ? formatDateTime(holder.since) : '—' })}
        </span>
      ) : null}
    </div>
  );
}
