/** The ribbon's 单节 / 全文 switch. */
import { t } from '../../../shared/i18n';
import { Icon } from '../ui/icons';

export type ViewMode = 'single' | 'whole';

export function ViewModeToggle({ mode, onChange }: { readonly mode: ViewMode; readonly onChange: (mode: ViewMode) => void }) {
  return (
    <div className="view-toggle" role="radiogroup" aria-label={t('view.label')}>
      <button
        type="button"
        role="radio"
        aria-checked={mode === 'single'}
        className={`view-toggle-btn ${mode === 'single' ? 'is-on' : ''}`}
        title={t('view.singleHint')}
        onClick={() => onChange('single')}
        data-testid="view-single"
      >
        <Icon name="single-view" size={16} />
        {t('view.single')}
      </button>
      <button
        type="button"
        role="radio"
        aria-checked={mode === 'whole'}
        className={`view-toggle-btn ${mode === 'whole' ? 'is-on' : ''}`}
        title={t('view.wholeHint')}
        onClick={() => onChange('whole')}
        data-testid="view-whole"
      >
        <Icon name="whole-view" size={16} />
        {t('view.whole')}
      </button>
    </div>
  );
}
