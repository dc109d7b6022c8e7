/**
 * The status bar's table indicator: how many consistency warnings the tables on screen have
 * (小计 that do not add up, 占比 that do not make 100%…). Clicking it brings the first table
 * concerned into view, where the warnings are listed under the table.
 */
import { t } from '../../../../shared/i18n';
import { useStore } from '../../state/store';
import { tableWarningSummary } from './table-warning-count';

export function TableWarningStatus() {
  const { count, firstTableId } = useStore(tableWarningSummary);
  if (count === 0) return null;
  return (
    <button
      type="button"
      className="status-item status-table-warnings"
      title={t('table.statusHint')}
      data-testid="status-table-warnings"
      onClick={() => {
        if (firstTableId) document.querySelector(`[data-block-id="${CSS.escape(firstTableId)}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      }}
    >
      {t('table.statusCount', { count })}
    </button>
  );
}
