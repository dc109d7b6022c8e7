/**
 * 全文: the whole report in reading order, continuously scrollable and editable. Each section keeps
 * its own Slate editor (the same LoadedSection as the single-section view: its own autosave queue,
 * revision and undo history), under a strip naming the section. Sections mount lazily (see
 * use-lazy-mount.ts) and mounted ones off screen are skipped by the browser's rendering
 * (content-visibility: auto), so a 150-page report opens as fast as one section.
 */
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import type { StylePresetSpec } from '../../../shared/export/style-presets';
import type { ReportStats, SectionDocument } from '../../../shared/ipc/contract';
import { outlineInOrder, type OutlineNode } from '../../../shared/model/outline';
import { numberOutline } from '../../../shared/numbering/heading-numbering';
import { t } from '../../../shared/i18n';
import type { SaveCoordinator } from '../autosave/save-coordinator';
import { LoadedSection } from '../editor/section-editor';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import { useReportUi } from '../navigation/report-ui';
import { formatCount } from '../state/format';
import { createStore, useStore, type Store } from '../state/store';
import { Icon } from '../ui/icons';
import { estimateSectionHeight, heightMetrics, type HeightMetrics } from './estimate-height';
import { useCrossSectionKeys } from './use-cross-section-keys';
import { useLazyMount } from './use-lazy-mount';
import { useScrollSpy } from './scroll-spy';

export interface WholeReportViewProps {
  readonly outline: readonly OutlineNode[];
  readonly perNode: ReportStats['perNode'];
  readonly readOnly: boolean;
  readonly coordinator: SaveCoordinator;
  /** The status bar's “本节 N 字”, fed by the section being edited. */
  readonly sectionWords: Store<number | null>;
  readonly ribbonSlot: HTMLElement | null;
  /** The section whose editor owns the ribbon (the one last focused). */
  readonly activeId: string | null;
  readonly onActivate: (id: string) => void;
  readonly onOpenSingle: (id: string) => void;
  /** The section at the top of the view changed as the report scrolled (the outline follows). */
  readonly onInView?: (id: string) => void;
  /** The project's preset with its overrides (resolvePreset): sections not drawn yet are sized by it. */
  readonly preset: StylePresetSpec;
}

type LoadState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly docs: ReadonlyMap<string, SectionDocument> }
  | { readonly kind: 'error'; readonly message: string };

/**
 * Sections already shown keep the document they were loaded with: their editors hold the live
 * content (and its revision) from then on. Only sections new to the view take the fresh copy.
 */
function mergeDocs(old: LoadState, fresh: readonly SectionDocument[]): ReadonlyMap<string, SectionDocument> {
  const docs = new Map(old.kind === 'ready' ? old.docs : []);
  for (const doc of fresh) if (!docs.has(doc.id)) docs.set(doc.id, doc);
  return docs;
}

interface SectionProps {
  readonly doc: SectionDocument;
  readonly metrics: HeightMetrics;
  readonly numberLabel: string;
  readonly title: string;
  readonly depth: number;
  readonly words: number;
  readonly mounted: boolean;
  readonly active: boolean;
  readonly readOnly: boolean;
  readonly coordinator: SaveCoordinator;
  readonly sectionWords: Store<number | null>;
  readonly ribbonSlot: HTMLElement | null;
  readonly observe: (element: HTMLElement | null) => (() => void) | undefined;
  readonly onActivate: (id: string) => void;
  readonly onOpenSingle: (id: string) => void;
}

/** Mirrors a section's live count into the status bar while that section is the active one. */
function useMirror(from: Store<number | null>, to: Store<number | null>, active: boolean): void {
  const value = useStore(from);
  useEffect(() => {
    if (active) to.set(value);
  }, [active, value, to]);
}

const WholeSection = memo(function WholeSection(props: SectionProps) {
  const { doc, metrics, numberLabel, title, depth, words, mounted, active, onActivate, onOpenSingle } = props;
  // Every section counts its own words; only the active one's count reaches the status bar.
  const [ownWords] = useState(() => createStore<number | null>(null));
  useMirror(ownWords, props.sectionWords, active);
  const estimate = useMemo(() => estimateSectionHeight(doc.content, metrics, depth), [doc.content, metrics, depth]);

  return (
    <section
      className={`whole-section whole-depth-${depth} ${active ? 'is-active' : ''}`}
      data-section-start
      data-node-id={doc.id}
      data-testid="whole-section"
      onFocusCapture={() => {
        if (!active) onActivate(doc.id);
      }}
    >
      <div className="whole-strip" data-testid="whole-strip">
        <span className="whole-strip-number">{numberLabel}</span>
        <span className="whole-strip-title">{title}</span>
        <span className="whole-strip-words">{t('whole.sectionWords', { count: formatCount(words) })}</span>
        <button type="button" className="whole-strip-open" title={t('whole.openSingle')} onClick={() => onOpenSingle(doc.id)}>
          <Icon name="single-view" size={14} />
          {t('whole.openSingle')}
        </button>
      </div>
      {mounted ? (
        <div className="whole-section-body">
          <LoadedSection
            doc={doc}
            nodeId={doc.id}
            numberLabel={numberLabel}
            title={title}
            depth={depth}
            readOnly={props.readOnly}
            coordinator={props.coordinator}
            sectionWords={ownWords}
            ribbonSlot={active ? props.ribbonSlot : null}
          />
        </div>
      ) : (
        <div className="whole-placeholder" style={{ height: estimate }} data-lazy-id={doc.id} ref={props.observe} aria-busy="true" />
      )}
    </section>
  );
});

export function WholeReportView(props: WholeReportViewProps) {
  const { outline, coordinator, activeId } = props;
  const api = useApi();
  const { jumps } = useReportUi();
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [root, setRoot] = useState<HTMLElement | null>(null);
  // Sections mount as they come near the viewport of the scrolling editor area.
  const attachRoot = useCallback((element: HTMLElement | null) => setRoot(element?.closest<HTMLElement>('.editor-area') ?? null), []);

  const order = useMemo(() => outlineInOrder(outline), [outline]);
  const labels = useMemo(() => numberOutline(outline), [outline]);
  const ids = useMemo(() => order.map((n) => n.id), [order]);
  const metrics = useMemo(() => heightMetrics(props.preset), [props.preset]);
  const lazy = useLazyMount(ids, root);
  const { ensure } = lazy;
  // ↑↓←→ at a section's edge carry the caret on into the next / previous section, as in one document.
  const crossKeys = useCrossSectionKeys(ids, ensure);
  useScrollSpy(state.kind === 'ready' ? root : null, props.onInView);

  // A section added in the outline while this view is open has no document yet: load it then.
  const missing = state.kind === 'ready' && order.some((node) => !state.docs.has(node.id));

  useEffect(() => {
    if (state.kind === 'ready' && !missing) return undefined;
    let live = true;
    (async () => {
      // Edits of the section left behind must be stored before every section is read back.
      await coordinator.flushAll();
      const docs = await api.report.loadAll({});
      if (live) setState((old) => ({ kind: 'ready', docs: mergeDocs(old, docs) }));
    })().catch((error: unknown) => {
      if (live) setState({ kind: 'error', message: errorMessage(error) });
    });
    return () => {
      live = false;
    };
    // `state` is read only to decide whether to load: loading is keyed on the attempt and on gaps
    // (with state.kind a failed load would retry itself in a loop).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, coordinator, attempt, missing]);

  // A jump into a section not mounted yet mounts it; its editor then carries the jump out.
  useEffect(() => {
    const check = (): void => {
      const request = jumps.request.get();
      if (request) ensure(request.nodeId);
    };
    check();
    return jumps.request.subscribe(check);
  }, [jumps, ensure]);

  if (state.kind !== 'ready') {
    return (
      <div className="whole-report whole-report-status" data-testid="whole-report-loading">
        {state.kind === 'loading' ? (
          <p className="page-status">{t('whole.loading')}</p>
        ) : (
          <div className="page-status page-status-error" role="alert">
            <p>{t('whole.loadFailed', { message: state.message })}</p>
            <button
              type="button"
              className="btn"
              onClick={() => {
                setState({ kind: 'loading' });
                setAttempt((n) => n + 1);
              }}
            >
              {t('common.retry')}
            </button>
          </div>
        )}
      </div>
    );
  }

  return (
    <div className="whole-report" data-testid="whole-report" ref={attachRoot} onKeyDownCapture={crossKeys.onKeyDownCapture} onKeyDown={crossKeys.onKeyDown}>
      {order.map((node) => {
        const doc = state.docs.get(node.id);
        // A section added while the view is open shows once its document is loaded (see `missing`).
        if (!doc) return null;
        return (
          <WholeSection
            key={node.id}
            doc={doc}
            metrics={metrics}
            numberLabel={labels.get(node.id) ?? ''}
            title={node.title}
            depth={node.depth}
            words={props.perNode[node.id]?.words ?? 0}
            mounted={lazy.mounted.has(node.id)}
            active={node.id === activeId}
            readOnly={props.readOnly}
            coordinator={coordinator}
            sectionWords={props.sectionWords}
            ribbonSlot={props.ribbonSlot}
            observe={lazy.observe}
            onActivate={props.onActivate}
            onOpenSingle={props.onOpenSingle}
          />
        );
      })}
    </div>
  );
}
