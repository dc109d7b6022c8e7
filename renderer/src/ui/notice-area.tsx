import { t } from '../../../shared/i18n';
import { useStore } from '../state/store';
import type { Notices } from './notices';

export function NoticeArea({ notices }: { readonly notices: Notices }) {
  const items = useStore(notices.store);
  // Always in the page (empty, it takes no height), so screen readers see the live regions appear in it.
  return (
    <div className="notice-area" data-testid="notice-area">
      {items.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
          <span className="notice-icon" aria-hidden="true">
            {n.kind === 'error' ? '!' : 'i'}
          </span>
          <span className="notice-text">{n.text}</span>
          <button type="button" className="notice-close" title={t('common.dismiss')} aria-label={t('common.dismiss')} onClick={() => notices.dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
