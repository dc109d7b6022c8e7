/**
 * The left pane: the outline (目录结构, where sections are added, renamed and moved) and the
 * generated lists (目录与图表) as two tabs. Both stay mounted, so switching keeps the outline's
 * collapsed chapters and scroll position.
 */
import { useState, type ReactNode } from 'react';
import { t } from '../../../shared/i18n';
import { ListsPanel } from './lists-panel';

type Tab = 'outline' | 'lists';

export function LeftPane({ children }: { readonly children: ReactNode }) {
  const [tab, setTab] = useState<Tab>('outline');
  return (
    <div className={`left-pane left-pane-${tab}`}>
      <div className="left-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'outline'} className={`left-tab ${tab === 'outline' ? 'is-on' : ''}`} onClick={() => setTab('outline')} data-testid="tab-outline">
          {t('lists.tab.outline')}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'lists'} className={`left-tab ${tab === 'lists' ? 'is-on' : ''}`} onClick={() => setTab('lists')} data-testid="tab-lists">
          {t('lists.tab.lists')}
        </button>
      </div>
      <div className="left-pane-body" hidden={tab !== 'outline'}>
        {children}
      </div>
      <div className="left-pane-body" hidden={tab !== 'lists'}>
        <ListsPanel />
      </div>
    </div>
  );
}
