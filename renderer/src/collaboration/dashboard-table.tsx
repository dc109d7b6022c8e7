/** Progress per department: sections by status, 字数 written, overdue sections (in red). */
import type { Dashboard } from '../../../shared/model/collaboration';
import { NODE_STATUSES, NODE_STATUS_LABEL } from '../../../shared/model/collaboration';
import { t } from '../../../shared/i18n';
import { formatCount } from '../state/format';

export function DashboardTable({ dashboard }: { readonly dashboard: Dashboard }) {
  if (dashboard.departments.length === 0) return null;
  return (
    <section className="collab-section">
      <h3 className="collab-heading">{t('collab.dashboard')}</h3>
      <table className="dashboard-table" data-testid="dashboard">
        <thead>
          <tr>
            <th>{t('collab.dashDepartment')}</th>
            {NODE_STATUSES.map((s) => (
              <th key={s}>{NODE_STATUS_LABEL[s]}</th>
            ))}
            <th>{t('collab.dashWords')}</th>
            <th>{t('collab.dashOverdue')}</th>
            <th>{t('collab.dashNextDue')}</th>
          </tr>
        </thead>
        <tbody>
          {dashboard.departments.map((p) => (
            <tr key={p.department.id} className={p.overdue > 0 ? 'dashboard-overdue' : ''} data-testid={`dashboard-${p.department.name}`}>
              <td>{p.department.name}</td>
              {NODE_STATUSES.map((s) => (
                <td key={s} className="num">
                  {p.statusCounts[s] || ''}
                </td>
              ))}
              <td className="num">{formatCount(p.characters)}</td>
              <td className="num">{p.overdue || ''}</td>
              <td>{p.nextDue ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
