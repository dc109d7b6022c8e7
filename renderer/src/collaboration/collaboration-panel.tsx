/**
 * 部门分工 (office mode): departments and their people, who writes the selected node, its status
 * and due date, progress per department, and the way packages go out (生成分工包…) and come back
 * (导入部门材料…, then the review view).
 */
import { useState } from 'react';
import type { OutlineChange } from '../../../shared/ipc/contract';
import type { Department, NodeStatus } from '../../../shared/model/collaboration';
import type { Decision } from '../../../shared/merge/merge-types';
import type { ImportReview } from '../../../shared/merge/review-types';
import type { OutlineNode } from '../../../shared/model/outline';
import type { ReportStats } from '../../../shared/ipc/contract';
import { t } from '../../../shared/i18n';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import type { Notices } from '../ui/notices';
import { AssignmentEditor } from './assignment-editor';
import { CommentsPanel } from './comments-panel';
import { DashboardTable } from './dashboard-table';
import { DepartmentList } from './department-list';
import { PackageList } from './package-list';
import { ReviewView } from './review-view';
import { useCollaboration } from './use-collaboration';

interface CollaborationPanelProps {
  readonly selected: OutlineNode | null;
  readonly readOnly: boolean;
  readonly notices: Notices;
  /** Flushes pending edits: a package and a merge must see what the office typed. */
  readonly flush: () => Promise<unknown>;
  readonly onOutlineChange: (change: OutlineChange) => void;
  /** Sections changed under the open editors (merge, undo): reload them and the stats. */
  readonly onContentReplaced: (stats: ReportStats) => void;
  readonly onClose: () => void;
}

export function CollaborationPanel(props: CollaborationPanelProps) {
  const { selected, readOnly, notices } = props;
  const api = useApi();
  const [refreshKey, setRefreshKey] = useState(0);
  const data = useCollaboration(refreshKey);
  const [review, setReview] = useState<ImportReview | null>(null);

  /** Runs an action, says why when it fails, and refreshes the lists either way. */
  const run = async (action: () => Promise<void>): Promise<boolean> => {
    try {
      await action();
      return true;
    } catch (error) {
      // Main's refusals are whole sentences (不能导入材料包…): shown as they are.
      notices.push('error', errorMessage(error));
      return false;
    } finally {
      setRefreshKey((k) => k + 1);
    }
  };

  const createPackage = (department: Department): void => {
    void run(async () => {
      const picked = await api.dialog.pickPackagePath({ suggestedName: `${department.name}.rwpkg` });
      if (picked === null) return;
      await props.flush();
      const issued = await api.package.create({ departmentId: department.id, file: picked.handle });
      notices.push('info', t('collab.packageCreated', { department: department.name, sections: issued.sections.length, path: issued.path }));
    });
  };

  const importContribution = (): void => {
    void run(async () => {
      const picked = await api.dialog.pickContributionPath({});
      if (picked === null) return;
      await props.flush();
      if (/\.docx$/i.test(picked.displayName)) {
        // A Word draft says nothing about where it belongs: it replaces the selected section.
        if (!selected) {
          notices.push('error', t('collab.draftNeedsSection'));
          return;
        }
        setReview(await api.draft.import({ file: picked.handle, sectionId: selected.id }));
      } else {
        setReview(await api.package.import({ file: picked.handle }));
      }
    });
  };

  const apply = async (decisions: Readonly<Record<string, Decision>>): Promise<void> => {
    if (!review) return;
    await run(async () => {
      const outcome = await api.package.decide({ importId: review.importId, decisions });
      setReview(null);
      props.onContentReplaced(outcome.stats);
      notices.push('info', t('review.applied', { applied: outcome.applied, rejected: outcome.rejected }));
    });
  };

  const discard = (): void => {
    if (!review) return;
    const { importId } = review;
    setReview(null);
    void run(async () => {
      await api.package.discard({ importId });
    });
  };

  const undoImport = (packageId: string): void => {
    void run(async () => {
      const result = await api.package.undoImport({ packageId });
      props.onContentReplaced(result.stats);
      notices.push('info', t('collab.undone'));
    });
  };

  const progress = selected ? (data.dashboard?.departments.flatMap((d) => d.nodes).concat(data.dashboard.unassigned).find((n) => n.nodeId === selected.id) ?? null) : null;

  return (
    <aside className="side-panel collab-panel" aria-label={t('collab.title')} data-testid="collab-panel">
      <div className="pane-header">
        <span className="pane-title">{t('collab.title')}</span>
        <button type="button" className="icon-btn" title={t('collab.close')} onClick={props.onClose}>
          ×
        </button>
      </div>
      <div className="collab-body">
        {data.error ? (
          <p className="form-error" role="alert">
            {data.error}
          </p>
        ) : null}
        {readOnly ? null : (
          <div className="collab-actions">
            <button type="button" className="btn" onClick={importContribution} data-testid="import-contribution">
              {t('collab.import')}
            </button>
          </div>
        )}
        <DepartmentList
          departments={data.departments}
          readOnly={readOnly}
          onAdd={(fields) => run(async () => void (await api.department.add(fields)))}
          onUpdate={(id, fields) => run(async () => void (await api.department.update({ id, ...fields })))}
          onRemove={(id) => void run(async () => void (await api.department.remove({ id })))}
          onCreatePackage={createPackage}
        />
        {selected ? (
          <AssignmentEditor
            title={selected.title}
            departmentId={selected.departmentId}
            progress={progress}
            departments={data.departments}
            readOnly={readOnly}
            onAssign={(departmentId) => void run(async () => props.onOutlineChange(await api.outline.assign({ id: selected.id, departmentId })))}
            onStatus={(status: NodeStatus) => void run(async () => void (await api.section.setStatus({ id: selected.id, status })))}
            onDueDate={(dueDate) => void run(async () => void (await api.section.setStatus({ id: selected.id, dueDate })))}
          />
        ) : null}
        {selected ? // Remounted after every action: a merge brings the department's replies.
          <CommentsPanel key={`${selected.id}:${refreshKey}`} nodeId={selected.id} readOnly={readOnly} canAdd /> : null}
        <PackageList packages={data.packages} readOnly={readOnly} onUndo={undoImport} />
        {data.dashboard ? <DashboardTable dashboard={data.dashboard} /> : null}
      </div>
      {review ? <ReviewView review={review} onApply={apply} onDiscard={discard} /> : null}
    </aside>
  );
}
