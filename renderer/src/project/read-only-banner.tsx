import type { LockHolder, ReadOnlyReason, SectionRecovery } from '../../../shared/ipc/contract';
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

/**
 * Shown above a section whose stored content was damaged: what the editor shows instead, and that
 * saving makes the current text the section's content while the damaged data stays in the history.
 */
export function RecoveredNotice({ recovered }: { readonly recovered: SectionRecovery }) {
  const text =
    recovered.fromRevision === null ? t('section.recoveredEmpty') : t('section.recoveredFromRevision', { revision: recovered.fromRevision });
  return (
    <div className="read-only-banner recovered-notice" role="alert" data-testid="section-recovered-notice">
      <Icon name="warning" size={16} />
      <span>{text}</span>
    </div>
  );
}
