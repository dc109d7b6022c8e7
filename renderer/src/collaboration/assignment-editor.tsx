/** Who writes the selected outline node, how far it has come and by when. */
import type { Department, NodeProgress, NodeStatus } from '../../../shared/model/collaboration';
import { NODE_STATUSES, NODE_STATUS_LABEL } from '../../../shared/model/collaboration';
import { t } from '../../../shared/i18n';
import { ChineseDateInput } from '../ui/chinese-date-input';

interface AssignmentEditorProps {
  readonly title: string;
  readonly departmentId: string | null;
  readonly progress: NodeProgress | null;
  readonly departments: readonly Department[];
  readonly readOnly: boolean;
  readonly onAssign: (departmentId: string | null) => void;
  readonly onStatus: (status: NodeStatus) => void;
  readonly onDueDate: (dueDate: string | null) => void;
}

export function AssignmentEditor(props: AssignmentEditorProps) {
  const { title, departmentId, progress, departments, readOnly } = props;
  return (
    <section className="collab-section" data-testid="assignment-editor">
      <h3 className="collab-heading">{t('collab.assignTitle', { title })}</h3>
      <label className="collab-field">
        <span>{t('collab.assignTo')}</span>
        <select
          value={departmentId ?? ''}
          disabled={readOnly}
          onChange={(e) => props.onAssign(e.target.value === '' ? null : e.target.value)}
          data-testid="assign-department"
        >
          <option value="">{t('collab.unassigned')}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label className="collab-field">
        <span>{t('collab.status')}</span>
        <select
          value={progress?.status ?? 'not-started'}
          disabled={readOnly}
          onChange={(e) => props.onStatus(e.target.value as NodeStatus)}
          data-testid="section-status"
        >
          {NODE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {NODE_STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="collab-field">
        <span>{t('collab.dueDate')}</span>
        <ChineseDateInput value={progress?.dueDate ?? ''} disabled={readOnly} onChange={(day) => props.onDueDate(day === '' ? null : day)} testId="section-due" />
      </label>
    </section>
  );
}
