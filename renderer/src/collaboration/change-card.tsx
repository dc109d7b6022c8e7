/** One proposed change with its decision buttons; a conflict asks 保留专班版本 / 采用部门版本. */
import type { Change, Decision, MergeNode } from '../../../shared/merge/merge-types';
import { t, type MessageKey } from '../../../shared/i18n';
import { blockName, placeText, type ReviewLabels } from '../../../shared/merge/review-wording';
import { RedlineView } from './redline-view';

interface ChangeCardProps {
  readonly change: Change;
  readonly decision: Decision | undefined;
  readonly onDecide: (decision: Decision) => void;
  /** The section's printed numbers (表 2-3), to name tables, figures and headings as printed. */
  readonly labels: ReviewLabels;
}

/** Typed in full so that a new kind of block cannot reach the review without a name. */
const BLOCK_LABEL: Readonly<Record<MergeNode['type'], MessageKey>> = {
  paragraph: 'review.block.paragraph',
  heading: 'review.block.heading',
  'list-item': 'review.block.list-item',
  'bulleted-list': 'review.block.bulleted-list',
  'numbered-list': 'review.block.numbered-list',
  figure: 'review.block.figure',
  table: 'review.block.table',
  case: 'review.block.case',
};

/** Tables, figures and cases are named by number and caption (表 2-3“……”); other blocks by their kind. */
function headLabel(change: Change, labels: ReviewLabels): string {
  const node = change.after ?? change.before;
  if (node !== null && (node.type === 'table' || node.type === 'figure' || node.type === 'case')) return blockName(node, labels);
  return t(BLOCK_LABEL[change.blockType]);
}

export function ChangeCard({ change, decision, onDecide, labels }: ChangeCardProps) {
  const conflict = change.kind === 'conflict';
  const taken = decision === 'accept' || decision === 'theirs';
  const state = decision === undefined ? 'undecided' : taken ? 'accepted' : 'rejected';
  const place = placeText(change.kind, change.place, labels);
  const button = (value: Decision, label: MessageKey, on: boolean) => (
    <button type="button" className={`btn btn-small${on ? ' btn-primary' : ''}`} aria-pressed={on} onClick={() => onDecide(value)} data-testid={`change-${value}`}>
      {t(label)}
    </button>
  );
  return (
    <li className={`change-card change-${state}${conflict ? ' change-card-conflict' : ''}`} data-testid="change-card" data-change-id={change.id} data-state={state}>
      <div className="change-head">
        <span className={`change-kind change-kind-${change.kind}`}>
          {t(`review.kind.${change.kind}` as MessageKey)} · {headLabel(change, labels)}
        </span>
        {conflict ? <span className="change-conflict-note">{t('review.conflict')}</span> : null}
      </div>
      {place !== '' ? (
        <p className="change-place" data-testid="change-place">
          {place}
        </p>
      ) : null}
      {conflict && change.oursRedline ? (
        <div className="change-ours">
          <span className="change-side">{t('review.ours')}</span>
          <RedlineView redline={change.oursRedline} before={change.base} after={change.before} />
        </div>
      ) : null}
      <div className="change-theirs">
        {conflict ? <span className="change-side">{t('review.theirs')}</span> : null}
        <RedlineView redline={change.redline} before={change.before} after={change.after} />
      </div>
      <div className="change-buttons">
        {conflict ? (
          <>
            {button('ours', 'review.ours', decision === 'ours' || decision === 'reject')}
            {button('theirs', 'review.theirs', taken)}
          </>
        ) : (
          <>
            {button('accept', 'review.accept', taken)}
            {button('reject', 'review.reject', decision === 'reject' || decision === 'ours')}
          </>
        )}
      </div>
    </li>
  );
}
