/**
 * Contributor mode: a section that is not the department's. The package carries only its title
 * and numbering (never its text), so there is nothing to load and nothing has failed: the page
 * says so calmly, read-only, and offers the department's own sections to go on with.
 */
import type { ProjectSnapshot } from '../../../shared/ipc/contract';
import { outlineInOrder, type OutlineNode } from '../../../shared/model/outline';
import { t } from '../../../shared/i18n';
import { Icon } from '../ui/icons';

interface ContextSectionProps {
  readonly node: OutlineNode;
  readonly numberLabel: string;
  readonly depth: number;
  readonly department: string;
  /** The department's own sections, in reading order, with their numbers. */
  readonly own: readonly { readonly id: string; readonly label: string }[];
  readonly onOpen: (id: string) => void;
}

export function ContextSection({ node, numberLabel, depth, department, own, onOpen }: ContextSectionProps) {
  return (
    <div className="page-area">
      <div className="page page-context" data-testid="context-section" data-section-id={node.id}>
        <h1 className={`page-title page-title-${depth}`} data-testid="page-title">
          {numberLabel ? <span className="page-title-number">{numberLabel}</span> : null}
          {node.title}
        </h1>
        <div className="context-note" role="note">
          <Icon name="lock" size={16} />
          <div>
            <p>{t('contrib.contextSection', { department })}</p>
            {own.length > 0 ? (
              <>
                <p className="context-own-caption">{t('contrib.ownSections')}</p>
                <ul className="context-own">
                  {own.map((s) => (
                    <li key={s.id}>
                      <button type="button" className="btn btn-small" onClick={() => onOpen(s.id)} data-testid="context-open-own">
                        {s.label}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        </div>
      </div>
    </div>
  );
}

/** Where a project opens: its first node; a department's package, its first own section. */
export function firstSectionId(snapshot: ProjectSnapshot): string | null {
  const ordered = outlineInOrder(snapshot.outline);
  if (snapshot.mode === 'contributor' && snapshot.contribution) {
    const own = new Set(snapshot.contribution.editableSectionIds);
    const first = ordered.find((n) => own.has(n.id));
    if (first) return first.id;
  }
  return ordered[0]?.id ?? null;
}
