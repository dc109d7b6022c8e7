/**
 * The report-wide numbering in React: one store per open project, read by everything that prints
 * a number (figure, table and case captions, cross-references, the lists panel, the problems
 * panel). Components that show one label subscribe to that label only, so a new numbering
 * re-renders just the captions and references whose text actually changed.
 *
 * Table views use the same data: `useReportNumbering().labelOf(table.id)` → `表 1-1`.
 */
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { NumberedStructure } from '../../../shared/numbering/structure-numbering';
import type { NumberingIndex } from './numbering-index';
import type { NumberingStore } from './numbering-store';

const NumberingContext = createContext<NumberingStore | null>(null);

export function NumberingProvider({ store, children }: { readonly store: NumberingStore; readonly children: ReactNode }) {
  return <NumberingContext.Provider value={store}>{children}</NumberingContext.Provider>;
}

function useNumberingStore(): NumberingStore {
  const store = useContext(NumberingContext);
  if (!store) throw new Error('useReportNumbering outside NumberingProvider');
  return store;
}

/** `labelOf(id)`, `headings`, `structures` (see NumberingIndex) and `refresh()`. */
export interface ReportNumberingView extends NumberingIndex {
  /** Asks main for the numbering now (after an edit that must show its number at once). */
  refresh(): Promise<void>;
}

/** The whole numbering; re-renders the caller whenever a new numbering arrives. */
export function useReportNumbering(): ReportNumberingView {
  const store = useNumberingStore();
  const index = useSyncExternalStore(store.index.subscribe, store.index.get);
  return useMemo(() => ({ ...index, refresh: store.refresh }), [index, store]);
}

/**
 * The label of one target: `表 1-1`, `（一）立德树人`; null when the report has no such target;
 * undefined while the first numbering has not arrived (nothing may be called broken yet).
 */
export function useNumberingLabel(id: string): string | null | undefined {
  const store = useNumberingStore();
  const read = useCallback(() => {
    const index = store.index.get();
    return index.ready ? index.labelOf(id) : undefined;
  }, [store, id]);
  return useSyncExternalStore(store.index.subscribe, read);
}

/** The numbered entry of one structure (number, classic number), undefined until known. */
export function useNumberedStructure(id: string): NumberedStructure | undefined {
  const store = useNumberingStore();
  const read = useCallback(() => store.index.get().structureOf(id), [store, id]);
  return useSyncExternalStore(store.index.subscribe, read);
}

/** For code outside React (commands) that needs the current numbering. */
export function useNumberingStoreHandle(): NumberingStore {
  return useNumberingStore();
}
