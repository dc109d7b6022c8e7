/**
 * The office's review of a department's work: every change per section as a redline, decided one
 * by one, per section or all at once; 应用 sends the decisions to package.decide.
 */
import { useState } from 'react';
import type { Change, Decision } from '../../../shared/merge/merge-types';
import type { ImportReview } from '../../../shared/merge/review-types';
import { t } from '../../../shared/i18n';
import { Modal } from '../ui/modal';
import { ChangeCard } from './change-card';

interface ReviewViewProps {
  readonly review: ImportReview;
  readonly onApply: (decisions: Readonly<Record<string, Decision>>) => Promise<void>;
  readonly onDiscard: () => void;
}

/** The decision that takes (or leaves) a change in the vocabulary its kind uses. */
function decisionFor(change: Change, take: boolean): Decision {
  if (change.kind === 'conflict') return take ? 'theirs' : 'ours';
  return take ? 'accept' : 'reject';
}

export function ReviewView({ review, onApply, onDiscard }: ReviewViewProps) {
  const [decisions, setDecisions] = useState<Readonly<Record<string, Decision>>>({});
  const [busy, setBusy] = useState(false);
  const all = review.sections.flatMap((s) => s.changes);
  const undecidedConflicts = all.filter((c) => c.kind === 'conflict' && decisions[c.id] === undefined).length;
  const decideMany = (changes: readonly Change[], take: boolean): void =>
    setDecisions((d) => ({ ...d, ...Object.fromEntries(changes.map((c) => [c.id, decisionFor(c, take)])) }));
  const source = review.source.kind === 'package' ? `${review.source.departmentName}（${review.source.fileName}）` : review.source.fileName;
  const apply = async (): Promise<void> => {
    setBusy(true);
    try {
      await onApply(decisions);
    } finally {
      setBusy(false);
    }
  };
  const footer = (
    <>
      {undecidedConflicts > 0 ? <span className="form-error">{t('review.undecided', { count: undecidedConflicts })}</span> : null}
      <button type="button" className="btn" onClick={onDiscard} disabled={busy}>
        {t('review.discard')}
      </button>
      <button type="button" className="btn btn-primary" onClick={() => void apply()} disabled={busy || undecidedConflicts > 0} data-testid="review-apply">
        {t('review.apply')}
      </button>
    </>
  );
  return (
    <Modal title={t('review.title', { source })} onClose={onDiscard} footer={footer} width={860} testId="review-view">
      <div className="review-toolbar">
        <span>{t('review.summary', { changes: review.changes, conflicts: review.conflicts })}</span>
        <button type="button" className="btn btn-small" onClick={() => decideMany(all, true)} data-testid="review-accept-all">
          {t('review.acceptAll')}
        </button>
        <button type="button" className="btn btn-small" onClick={() => decideMany(all, false)} data-testid="review-reject-all">
          {t('review.rejectAll')}
        </button>
      </div>
      {review.replies > 0 ? <p className="side-panel-caption">{t('review.replies', { count: review.replies })}</p> : null}
      {review.warnings.map((w) => (
        <p key={w} className="review-warning" role="alert">
          {w}
        </p>
      ))}
      {all.length === 0 ? <p className="side-panel-empty">{t('review.noChanges')}</p> : null}
      <div className="review-sections">
        {review.sections.map((section) => (
          <section key={section.sectionId} className="review-section" data-testid={`review-section-${section.sectionId}`}>
            <div className="review-section-head">
              <h3>{section.title}</h3>
              <button type="button" className="btn btn-small" onClick={() => decideMany(section.changes, true)}>
                {t('review.acceptSection')}
              </button>
              <button type="button" className="btn btn-small" onClick={() => decideMany(section.changes, false)}>
                {t('review.rejectSection')}
              </button>
            </div>
            <ol className="change-list">
              {section.changes.map((change) => (
                <ChangeCard
                  key={change.id}
                  change={change}
                  decision={decisions[change.id]}
                  labels={section.labels}
                  onDecide={(decision) => setDecisions((d) => ({ ...d, [change.id]: decision }))}
                />
              ))}
            </ol>
          </section>
        ))}
      </div>
    </Modal>
  );
}
