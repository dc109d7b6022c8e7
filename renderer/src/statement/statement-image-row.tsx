/** One of the two images (签名 or 公章): a thumbnail on a checkerboard, so transparency shows, and its buttons. */
import type { StatementImageInfo } from '../../../shared/ipc/contract';
import { t } from '../../../shared/i18n';

export type StatementImageKind = 'signature' | 'seal';

interface StatementImageRowProps {
  readonly kind: StatementImageKind;
  readonly info: StatementImageInfo | null;
  readonly url: string | null;
  readonly disabled: boolean;
  readonly onPick: () => void;
  readonly onClear: () => void;
}

export function StatementImageRow({ kind, info, url, disabled, onPick, onClear }: StatementImageRowProps) {
  const label = t(kind === 'signature' ? 'statement.image.signature' : 'statement.image.seal');
  return (
    <div className="statement-image" data-testid={`statement-image-${kind}`}>
      <div className="statement-thumb">{url ? <img src={url} alt={label} data-testid={`statement-thumb-${kind}`} /> : null}</div>
      <div className="statement-image-text">
        <span className="statement-image-label">{label}</span>
        <span className="field-hint">{info ? t('statement.image.size', { width: info.width, height: info.height }) : t('statement.image.none')}</span>
        <span className="statement-image-buttons">
          <button type="button" className="btn btn-small" disabled={disabled} onClick={onPick} aria-label={`${label}：${t(info ? 'statement.image.replace' : 'statement.image.upload')}`} data-testid={`statement-pick-${kind}`}>
            {t(info ? 'statement.image.replace' : 'statement.image.upload')}
          </button>
          {info ? (
            <button type="button" className="btn btn-small" disabled={disabled} onClick={onClear} aria-label={`${label}：${t('statement.image.remove')}`} data-testid={`statement-clear-${kind}`}>
              {t('statement.image.remove')}
            </button>
          ) : null}
        </span>
      </div>
    </div>
  );
}
