/**
 * 问题: the status bar's count of problems and the side panel listing them: broken
 * cross-references (their target was deleted), empty sections and headings with a typed number,
 * the same problems the export warns about (shared/problems). Clicking an entry goes there.
 */
import { memo, useMemo } from 'react';
import type { OutlineNode } from '../../../shared/model/outline';
import { numberOutline } from '../../../shared/numbering/heading-numbering';
import { t } from '../../../shared/i18n';
import { useReportUi } from '../navigation/report-ui';
import { useReportNumbering } from '../numbering/numbering-context';
import { Icon } from '../ui/icons';
import { reportProblems, type Problem } from './problems';

function problemMessage(problem: Problem): string {
  switch (problem.kind) {
    case 'broken-xref':
      return t('problems.brokenXref');
    case 'empty-section':
      return t('problems.emptySection');
    case 'typed-heading-number':
      return t('problems.typedNumber', { text: problem.text });
  }
}

export const ProblemsButton = memo(function ProblemsButton({ open, onToggle }: { readonly open: boolean; readonly onToggle: () => void }) {
  const { broken, problems, ready } = useReportNumbering();
  const count = broken.length + problems.length;
  if (!ready) return null;
  return (
    <button
      type="button"
      className={`status-item status-problems ${count > 0 ? 'has-problems' : ''} ${open ? 'is-open' : ''}`}
      onClick={onToggle}
      aria-pressed={open}
      data-testid="problems-button"
    >
      <Icon name="warning" size={14} />
      {count > 0 ? t('problems.count', { count }) : t('problems.none')}
    </button>
  );
});

export function ProblemsPanel({ outline, onClose }: { readonly outline: readonly OutlineNode[]; readonly onClose: () => void }) {
  const { broken, problems: found } = useReportNumbering();
  const ui = useReportUi();
  const labels = useMemo(() => numberOutline(outline), [outline]);
  const problems = useMemo(() => reportProblems(broken, found, outline, labels), [broken, found, outline, labels]);
  return (
    <aside className="side-panel" aria-label={t('problems.title')} data-testid="problems-panel">
      <div className="pane-header">
        <span className="pane-title">
          {t('problems.title')}
          {problems.length > 0 ? <span className="pane-count">{problems.length}</span> : null}
        </span>
        <button type="button" className="icon-btn" title={t('problems.close')} onClick={onClose} data-testid="problems-close">
          ×
        </button>
      </div>
      {problems.length === 0 ? (
        <p className="side-panel-empty">{t('problems.empty')}</p>
      ) : (
        <ul className="problem-list">
          {problems.map((p) => (
            <li key={p.id}>
              <button type="button" className="problem-item" onClick={() => ui.navigate(p.nodeId, p.blockId)} data-testid="problem-item" data-kind={p.kind}>
                <span className="problem-icon" aria-hidden="true">
                  <Icon name="warning" size={16} />
                </span>
                <span className="problem-text">
                  <span className="problem-message">{problemMessage(p)}</span>
                  <span className="problem-where">{p.where}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
