import { useState } from 'react';
import type { OutlineNode } from '../../../shared/model/outline';
import { t } from '../../../shared/i18n';

interface DeletedListProps {
  readonly deleted: readonly OutlineNode[];
  readonly readOnly: boolean;
  readonly onRestore: (id: string) => void;
}

/** Soft-deleted chapters and sections, each restorable: deleting is never final in one click. */
export function DeletedList({ deleted, readOnly, onRestore }: DeletedListProps) {
  const [open, setOpen] = useState(false);
  if (deleted.length === 0) return null;
  return (
    <div className={`deleted-list ${open ? 'deleted-list-open' : ''}`} data-testid="deleted-list">
      <button type="button" className="deleted-toggle" onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid="deleted-toggle">
        <span className={`outline-caret ${open ? '' : 'outline-caret-collapsed'}`} aria-hidden="true" />
        {t('outline.deleted')}
        <span className="deleted-count">{deleted.length}</span>
      </button>
      {open ? (
        <ul>
          {deleted.map((node) => (
            <li key={node.id} className="deleted-item">
              <span className="deleted-title" title={node.title}>
                {node.title}
              </span>
              <button type="button" className="btn btn-small" disabled={readOnly} onClick={() => onRestore(node.id)} data-testid={`restore-${node.id}`}>
                {t('outline.restore')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
