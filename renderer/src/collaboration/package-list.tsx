/** Packages that came back and were merged, each of which can still be taken back. */
import type { PackageRecord } from '../../../shared/model/collaboration';
import { t } from '../../../shared/i18n';
import { formatDateTime } from '../state/format';

interface PackageListProps {
  readonly packages: readonly PackageRecord[];
  readonly readOnly: boolean;
  readonly onUndo: (packageId: string) => void;
}

export function PackageList({ packages, readOnly, onUndo }: PackageListProps) {
  const merged = packages.filter((p) => p.mergedAt !== null);
  if (merged.length === 0) return null;
  return (
    <section className="collab-section">
      <h3 className="collab-heading">{t('collab.merged')}</h3>
      <ul className="department-list">
        {merged.map((p) => (
          <li key={p.id} className="department-item" data-testid={`merged-${p.departmentName}`}>
            <div className="department-name">{p.departmentName}</div>
            <div className="department-people">
              {p.fileName} · {formatDateTime(p.mergedAt ?? '')}
              {p.summary ? ` · ${t('review.applied', { applied: p.summary.applied, rejected: p.summary.rejected })}` : ''}
            </div>
            {readOnly ? null : (
              <button type="button" className="btn btn-small" onClick={() => onUndo(p.id)} data-testid="undo-import">
                {t('collab.undoImport')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
