/**
 * 目录与图表: the report's generated lists (目录, 图目录, 表目录, 案例目录 with the 经典案例) as
 * they stand now. Clicking an entry goes to it, in either view.
 */
import { memo, useMemo, useState } from 'react';
import { t, type MessageKey } from '../../../shared/i18n';
import { useReportUi } from '../navigation/report-ui';
import { useReportNumbering } from '../numbering/numbering-context';
import { classicEntries, listEntries, type ListEntry, type ListKind } from './list-entries';

const KINDS: readonly { readonly kind: ListKind; readonly label: MessageKey }[] = [
  { kind: 'toc', label: 'lists.toc' },
  { kind: 'figure', label: 'lists.figures' },
  { kind: 'table', label: 'lists.tables' },
  { kind: 'case', label: 'lists.cases' },
];

function EntryRow({ entry, onGo }: { readonly entry: ListEntry; readonly onGo: (entry: ListEntry) => void }) {
  return (
    <li>
      <button
        type="button"
        className={`list-entry list-level-${Math.min(entry.level, 5)}`}
        onClick={() => onGo(entry)}
        title={`${entry.number} ${entry.title}`.trim()}
        data-testid="list-entry"
      >
        {entry.number ? <span className="list-number">{entry.number}</span> : null}
        <span className="list-title">{entry.title || t('lists.untitled')}</span>
      </button>
    </li>
  );
}

export const ListsPanel = memo(function ListsPanel() {
  const numbering = useReportNumbering();
  const ui = useReportUi();
  const [kind, setKind] = useState<ListKind>('toc');
  const entries = useMemo(() => listEntries(kind, numbering.headings, numbering.structures), [kind, numbering]);
  const classic = useMemo(() => (kind === 'case' ? classicEntries(numbering.structures) : []), [kind, numbering]);
  const go = (entry: ListEntry): void => ui.navigate(entry.nodeId, entry.id);

  return (
    <div className="lists-panel" data-testid="lists-panel">
      <div className="segmented" role="tablist" aria-label={t('lists.tab.lists')}>
        {KINDS.map((k) => (
          <button
            key={k.kind}
            type="button"
            role="tab"
            aria-selected={kind === k.kind}
            className={`segment ${kind === k.kind ? 'is-on' : ''}`}
            onClick={() => setKind(k.kind)}
            data-testid={`lists-${k.kind}`}
          >
            {t(k.label)}
          </button>
        ))}
      </div>
      <div className="lists-body">
        {!numbering.ready ? <p className="lists-empty">{t('lists.loading')}</p> : null}
        {numbering.ready && entries.length === 0 ? <p className="lists-empty">{t('lists.empty')}</p> : null}
        {entries.length > 0 ? (
          <ol className={`list-entries list-entries-${kind}`}>
            {entries.map((entry) => (
              <EntryRow key={entry.id} entry={entry} onGo={go} />
            ))}
          </ol>
        ) : null}
        {classic.length > 0 ? (
          <>
            <div className="lists-subtitle">{t('lists.classic')}</div>
            <ol className="list-entries list-entries-classic" data-testid="lists-classic">
              {classic.map((entry) => (
                <EntryRow key={`classic-${entry.id}`} entry={entry} onGo={go} />
              ))}
            </ol>
          </>
        ) : null}
      </div>
    </div>
  );
});
