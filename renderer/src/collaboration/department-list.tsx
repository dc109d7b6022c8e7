/** The 编写部门 of the report, each with its people, an edit form and 生成分工包…. */
import { useState } from 'react';
import type { Department } from '../../../shared/model/collaboration';
import { t } from '../../../shared/i18n';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { DepartmentForm, type DepartmentFields } from './department-form';

interface DepartmentListProps {
  readonly departments: readonly Department[];
  readonly readOnly: boolean;
  readonly onAdd: (fields: DepartmentFields) => Promise<boolean>;
  readonly onUpdate: (id: string, fields: DepartmentFields) => Promise<boolean>;
  readonly onRemove: (id: string) => void;
  readonly onCreatePackage: (department: Department) => void;
}

const EMPTY: DepartmentFields = { name: '', lead: '', writers: '' };

export function DepartmentList({ departments, readOnly, onAdd, onUpdate, onRemove, onCreatePackage }: DepartmentListProps) {
  const [editingId, setEditingId] = useState<string | null>(null);
  // Removing is asked first: a stray click next to 修改 must not lose a department's people.
  const [removing, setRemoving] = useState<Department | null>(null);
  return (
    <section className="collab-section">
      <h3 className="collab-heading">{t('collab.departments')}</h3>
      {departments.length === 0 ? <p className="side-panel-empty">{t('collab.noDepartments')}</p> : null}
      <ul className="department-list">
        {departments.map((d) => (
          <li key={d.id} className="department-item" data-testid={`department-${d.name}`}>
            {editingId === d.id ? (
              <DepartmentForm
                initial={{ name: d.name, lead: d.lead, writers: d.writers }}
                submitLabel={t('collab.save')}
                onSubmit={async (fields) => {
                  const done = await onUpdate(d.id, fields);
                  if (done) setEditingId(null);
                  return done;
                }}
                onCancel={() => setEditingId(null)}
              />
            ) : (
              <>
                <div className="department-name">{d.name}</div>
                <div className="department-people">
                  {t('collab.lead')}：{d.lead || '—'} · {t('collab.writers')}：{d.writers || '—'}
                </div>
                {readOnly ? null : (
                  <div className="department-buttons">
                    <button type="button" className="btn btn-small" onClick={() => onCreatePackage(d)} data-testid="create-package">
                      {t('collab.createPackage')}
                    </button>
                    <button type="button" className="btn btn-small" onClick={() => setEditingId(d.id)} data-testid="department-edit">
                      {t('collab.edit')}
                    </button>
                    <button type="button" className="btn btn-small btn-danger" onClick={() => setRemoving(d)} data-testid="department-remove">
                      {t('collab.remove')}
                    </button>
                  </div>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      {readOnly ? null : <DepartmentForm initial={EMPTY} submitLabel={t('collab.add')} onSubmit={onAdd} />}
      {removing ? (
        <ConfirmDialog
          title={t('collab.remove')}
          message={t('collab.confirmRemove', { name: removing.name })}
          confirmLabel={t('collab.remove')}
          danger
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            setRemoving(null);
            onRemove(removing.id);
          }}
        />
      ) : null}
    </section>
  );
}
