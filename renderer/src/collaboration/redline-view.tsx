/** A change as the reviewer sees it: inserted text underlined green, deleted text struck red. */
import type { CellRedline, MergeNode, Redline, TextSegment } from '../../../shared/merge/merge-types';
import { cellValue, cellWhere, fieldLabel } from '../../../shared/merge/review-wording';
import { t } from '../../../shared/i18n';

export function Segments({ segments }: { readonly segments: readonly TextSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.op === 'insert' ? (
          <ins key={i} className="redline-ins">
            {s.text}
          </ins>
        ) : s.op === 'delete' ? (
          <del key={i} className="redline-del">
            {s.text}
          </del>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

/**
 * A cell's change as a whole value, old struck and new underlined (96.1% → 97.3%): cells hold
 * figures and short labels, where a character diff (9[6]{7}.…) is harder to read than both values.
 */
function CellChange({ cell }: { readonly cell: CellRedline }) {
  if (cell.before === null) return <ins className="redline-ins">{cell.after}</ins>;
  if (cell.after === null) return <del className="redline-del">{cell.before}</del>;
  const empty = (text: string) => text.trim() === '';
  return (
    <>
      {empty(cell.before) ? <span>{cellValue(cell.before)}</span> : <del className="redline-del">{cell.before}</del>}
      {' → '}
      {empty(cell.after) ? <span>{cellValue(cell.after)}</span> : <ins className="redline-ins">{cell.after}</ins>}
    </>
  );
}

function plainText(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const n = node as { text?: unknown; children?: unknown };
  if (typeof n.text === 'string') return n.text;
  return Array.isArray(n.children) ? n.children.map(plainText).join('') : '';
}

interface RedlineViewProps {
  readonly redline: Redline;
  readonly before: MergeNode | null;
  readonly after: MergeNode | null;
}

export function RedlineView({ redline, before, after }: RedlineViewProps) {
  switch (redline.kind) {
    case 'text':
      return (
        <p className="redline-text">
          <Segments segments={redline.segments} />
        </p>
      );
    case 'fields':
      return (
        <ul className="redline-fields">
          {redline.fields.map((f) => (
            <li key={f.name}>
              <span className="redline-field-name">{fieldLabel(f.name)}</span>：<Segments segments={f.segments} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <ul className="redline-fields">
          {redline.structural ? <li className="redline-field-name">{t('review.tableStructural')}</li> : null}
          {redline.cells.map((c) => (
            <li key={c.cellId} className={c.conflict ? 'redline-conflict' : ''} data-testid="redline-cell">
              <span className="redline-field-name">{cellWhere(c)}</span>：
              <CellChange cell={c} />
            </li>
          ))}
          {redline.fields.map((f) => (
            <li key={f.name}>
              <span className="redline-field-name">{fieldLabel(f.name)}</span>：<Segments segments={f.segments} />
            </li>
          ))}
        </ul>
      );
    case 'block':
      // Whole blocks come and go: show the block's text, struck through when it leaves.
      return (
        <p className="redline-text">
          {after ? <ins className="redline-ins">{plainText(after)}</ins> : null}
          {!after && before ? <del className="redline-del">{plainText(before)}</del> : null}
        </p>
      );
  }
}
