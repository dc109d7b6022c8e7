/**
 * The renderer's copy of the report-wide numbering. Main computes it (report.numbering) from what
 * is stored, so the renderer asks again only when something it depends on was stored: a save whose
 * structure signature changed (see structure-signature.ts), an outline change, a settings change.
 * Requests are debounced and never overlap; a request made while one runs is served by one more
 * fetch afterwards, so the last answer always reflects the last change.
 *
 * Plain TypeScript with injectable timers, tested in Node.
 */
import type { ReportNumbering } from '../../../shared/numbering/report-numbering';
import type { Timers } from '../autosave/autosave-queue';
import { createStore, type Store } from '../state/store';
import { indexNumbering, type NumberingIndex } from './numbering-index';
import { structureSignature } from './structure-signature';

/** Long enough to bundle the saves of one burst of edits (several sections flushed at once). */
export const NUMBERING_REFRESH_DELAY_MS = 250;

export interface NumberingStoreOptions {
  readonly fetch: () => Promise<ReportNumbering>;
  /** A failed fetch keeps the previous numbering; the caller decides how to tell the user. */
  readonly onError: (error: unknown) => void;
  readonly delayMs?: number;
  readonly timers?: Pick<Timers, 'setTimeout' | 'clearTimeout'>;
}

export interface NumberingStore {
  readonly index: Store<NumberingIndex>;
  /** Fetches now; resolves when an answer at least as new as this call is shown. */
  refresh(): Promise<void>;
  /** Fetches after a short pause, bundling several triggers into one request. */
  scheduleRefresh(): void;
  /** A section was stored with `content`: refresh when that changed anything numbering reads. */
  noteSaved(sectionId: string, content: readonly unknown[]): void;
  dispose(): void;
}

const defaultTimers = {
  setTimeout: (fn: () => void, ms: number): unknown => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle: unknown): void => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

export function createNumberingStore(options: NumberingStoreOptions): NumberingStore {
  const timers = options.timers ?? defaultTimers;
  const delayMs = options.delayMs ?? NUMBERING_REFRESH_DELAY_MS;
  const index = createStore<NumberingIndex>(indexNumbering(null));
  const signatures = new Map<string, string>();
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let again = false;
  let disposed = false;

  const fetchOnce = async (): Promise<void> => {
    try {
      const numbering = await options.fetch();
      if (!disposed) index.set(indexNumbering(numbering));
    } catch (error) {
      if (!disposed) options.onError(error);
    }
  };

  const refresh = (): Promise<void> => {
    if (timer !== null) {
      timers.clearTimeout(timer);
      timer = null;
    }
    if (disposed) return Promise.resolve();
    if (running) {
      // The running request may have been answered before the change that asked for this one.
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await fetchOnce();
      } while (again && !disposed);
    })().finally(() => {
      running = null;
    });
    return running;
  };

  const scheduleRefresh = (): void => {
    if (disposed) return;
    if (timer !== null) timers.clearTimeout(timer);
    timer = timers.setTimeout(() => {
      timer = null;
      void refresh();
    }, delayMs);
  };

  return {
    index,
    refresh,
    scheduleRefresh,
    noteSaved(sectionId, content) {
      const signature = structureSignature(content);
      if (signatures.get(sectionId) === signature) return;
      signatures.set(sectionId, signature);
      scheduleRefresh();
    },
    dispose() {
      disposed = true;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}
