/**
 * 去年同期: last year's content of the selected section, read-only beside the editor, each block
 * with a button that copies it across to the end of this year's section as a new block.
 */
import { useEffect, useState } from 'react';
import type { PriorYearSection } from '../../../shared/ipc/contract';
import { plainText } from '../../../shared/model/document';
import { t } from '../../../shared/i18n';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import { PriorBlock } from './prior-year-blocks';
import { PriorTableCompare } from './prior-table-compare';

interface PriorYearPanelProps {
  readonly sectionId: string | null;
  readonly year: number;
  readonly readOnly: boolean;
  readonly onCopy: (blockId: string) => Promise<void>;
  readonly onCompare: (tableId: string, colId: string) => Promise<void>;
  readonly onClose: () => void;
}

type PanelState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly section: PriorYearSection | null }
  | { readonly kind: 'error'; readonly message: string };

export function PriorYearPanel({ sectionId, year, readOnly, onCopy, onCompare, onClose }: PriorYearPanelProps) {
  const api = useApi();
  const [state, setState] = useState<PanelState>({ kind: 'loading' });
  const [copying, setCopying] = useState<string | null>(null);

  useEffect(() => {
    if (sectionId === null) return undefined;
    let live = true;
    setState({ kind: 'loading' });
    api.priorYear
      .section({ id: sectionId })
      .then((section) => live && setState({ kind: 'ready', section }))
      .catch((error: unknown) => live && setState({ kind: 'error', message: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, [api, sectionId]);

  const copy = async (blockId: string): Promise<void> => {
    setCopying(blockId);
    try {
      await onCopy(blockId);
    } finally {
      setCopying(null);
    }
  };

  const section = state.kind === 'ready' ? state.section : null;
  return (
    <aside className="side-panel prior-year-panel" aria-label={t('priorYear.title', { year })} data-testid="prior-year-panel">
      <div className="pane-header">
        <span className="pane-title">{t('priorYear.title', { year })}</span>
        <button type="button" className="icon-btn" title={t('priorYear.close')} onClick={onClose} data-testid="prior-year-close">
          ×
        </button>
      </div>
      {sectionId === null ? <p className="side-panel-empty">{t('editor.noSection')}</p> : null}
      {sectionId !== null && state.kind === 'loading' ? <p className="side-panel-empty">{t('app.loading')}</p> : null}
      {state.kind === 'error' ? (
        <p className="side-panel-empty form-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {sectionId !== null && state.kind === 'ready' && section === null ? <p className="side-panel-empty">{t('priorYear.none')}</p> : null}
      {section ? (
        <>
          <p className="side-panel-caption" data-testid="prior-year-caption">
            {section.label}
            {section.title}
          </p>
          {section.content.length === 0 ? <p className="side-panel-empty">{t('priorYear.empty')}</p> : null}
          <div className="prior-blocks">
            {section.content.filter((block) => !(block.type === 'paragraph' && plainText(block).trim() === '')).map((block) => (
              <div key={block.id} className="prior-block" data-testid={`prior-block-${block.id}`}>
                <PriorBlock block={block} />
                {readOnly || block.type !== 'table' ? null : <PriorTableCompare table={block} year={year} onCompare={onCompare} />}
                {readOnly ? null : (
                  <button
                    type="button"
                    className="btn btn-small prior-copy"
                    title={t('priorYear.copyHint')}
                    disabled={copying !== null}
                    onClick={() => void copy(block.id)}
                    data-testid={`prior-copy-${block.id}`}
                  >
                    {t('priorYear.copy')}
                  </button>
                )}
              </div>
            ))}
          </div>
        </>
      ) : null}
    </aside>
  );
}
