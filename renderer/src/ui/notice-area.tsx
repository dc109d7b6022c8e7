import { t } from '../../../shared/i18n';
import { useStore } from '../state/store';
import type { Notices } from './notices';

export function NoticeArea({ notices }: { readonly notices: Notices }) {
  const items = useStore(notices.store);
  if (items.length === 0) return null;
  return (
    <div className="notice-area" aria-live="polite">
      {items.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
          <span className="notice-icon" aria-hidden="true">
            {n.kind === 'error' ? '!' : 'i'}
          </span>
          <span className="notice-text">{n.text}</span>
          <button type="button" className="notice-close" title={t('common.dismiss')} onClick={() => notices.dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
