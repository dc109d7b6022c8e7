/**
 * The preflight's state for one open project, shared by the 校对 panel, the status bar's count,
 * the editors (jump and fix requests) and the export's question. The checking itself runs in main
 * (the dictionary lives there) and only after what was typed is stored: a save of a section asks
 * for a re-check of that section after a pause, never on the typing path, and the answers are
 * folded into the last whole-report result. The whole report is checked on demand (the panel,
 * before export) and once as the baseline the first time a section is re-checked.
 *
 * Plain TypeScript with injectable timers, tested in Node.
 */
import type { Api } from '../../../shared/ipc/contract';
import type { Finding, PreflightResult } from '../../../shared/preflight/types';
import type { Timers } from '../autosave/autosave-queue';
import { createStore, type Store } from '../state/store';
import { mergeSectionResult } from './merge-results';

/** Long enough for a burst of saves (several sections flushed at once) to be checked in one call. */
export const RECHECK_DELAY_MS = 400;

export interface PreflightLiveState {
  readonly result: PreflightResult | null;
  readonly running: boolean;
  readonly error: string | null;
}

/** What an editor is asked to do with a finding: select its excerpt, or apply its fix. */
export interface FindingRequest {
  readonly seq: number;
  readonly nodeId: string;
  readonly finding: Finding;
  readonly action: 'show' | 'fix';
  /** Called once by the editor that carried the request out (ok false: why not). */
  readonly done: (outcome: { readonly ok: boolean; readonly reason?: string }) => void;
}

export interface PreflightLiveOptions {
  readonly api: Pick<Api, 'preflight'>;
  /** Writes pending edits, so a check sees everything typed so far. */
  readonly flush: () => Promise<unknown>;
  /** The outline's reading order of node ids, for sorting merged findings. */
  readonly order: () => readonly string[];
  readonly describeError: (error: unknown) => string;
  readonly delayMs?: number;
  readonly timers?: Pick<Timers, 'setTimeout' | 'clearTimeout'>;
}

export interface PreflightLive {
  readonly state: Store<PreflightLiveState>;
  readonly requests: Store<FindingRequest | null>;
  /** Checks the whole report now (after writing pending edits); null when it failed. */
  runAll(): Promise<PreflightResult | null>;
  /** A section was stored: re-check it after a pause. */
  noteSaved(sectionId: string): void;
  /** Re-checks these sections now (after a fix or an ignore). */
  recheck(sectionIds: readonly string[]): Promise<void>;
  /** Asks the editor of `finding`'s section to show or fix it; resolves with what it did. */
  request(finding: Finding, action: 'show' | 'fix'): Promise<{ readonly ok: boolean; readonly reason?: string }>;
  /** Marks a request carried out; false when it was already (or a newer one replaced it). */
  consume(seq: number): boolean;
  dispose(): void;
}

const defaultTimers = {
  setTimeout: (fn: () => void, ms: number): unknown => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle: unknown): void => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

export function createPreflightLive(options: PreflightLiveOptions): PreflightLive {
  const timers = options.timers ?? defaultTimers;
  const delayMs = options.delayMs ?? RECHECK_DELAY_MS;
  const state = createStore<PreflightLiveState>({ result: null, running: false, error: null });
  const requests = createStore<FindingRequest | null>(null);
  const pending = new Set<string>();
  let timer: unknown = null;
  // Checks never overlap: main runs one at a time anyway, and an older answer must not land last.
  let chain: Promise<unknown> = Promise.resolve();
  let seq = 0;
  let consumed = 0;
  let disposed = false;

  const update = (patch: Partial<PreflightLiveState>): void => {
    if (!disposed) state.set({ ...state.get(), ...patch });
  };
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = chain.then(task, task);
    chain = next.catch(() => undefined);
    return next;
  };

  const whole = async (): Promise<PreflightResult | null> => {
    update({ running: true, error: null });
    try {
      await options.flush();
      const result = await options.api.preflight.run({});
      update({ result, running: false });
      return result;
    } catch (error) {
      update({ running: false, error: options.describeError(error) });
      return null;
    }
  };

  const sections = async (ids: ReadonlySet<string>): Promise<void> => {
    const base = state.get().result;
    if (base === null) {
      // No baseline yet: the whole report (it includes these sections).
      await whole();
      return;
    }
    try {
      const partial = await options.api.preflight.run({ sections: [...ids] });
      // Folded into the newest result (a whole check may have landed meanwhile).
      const current = state.get().result ?? base;
      update({ result: mergeSectionResult(current, partial, ids, options.order()), error: null });
    } catch (error) {
      update({ error: options.describeError(error) });
    }
  };

  const fire = (): void => {
    timer = null;
    if (disposed || pending.size === 0) return;
    const ids = new Set(pending);
    pending.clear();
    void serial(() => sections(ids));
  };

  return {
    state,
    requests,
    runAll: () => serial(whole),
    noteSaved(sectionId) {
      if (disposed) return;
      pending.add(sectionId);
      if (timer !== null) timers.clearTimeout(timer);
      timer = timers.setTimeout(fire, delayMs);
    },
    recheck: (ids) => serial(() => sections(new Set(ids))),
    request(finding, action) {
      return new Promise((resolve) => {
        seq += 1;
        let answered = false;
        const done = (outcome: { readonly ok: boolean; readonly reason?: string }): void => {
          if (answered) return;
          answered = true;
          resolve(outcome);
        };
        const previous = requests.get();
        // A request nobody carried out (its section never showed) is answered when replaced.
        if (previous !== null && previous.seq > consumed) previous.done({ ok: false, reason: 'replaced' });
        requests.set({ seq, nodeId: finding.sectionId, finding, action, done });
      });
    },
    consume(which) {
      if (which <= consumed || requests.get()?.seq !== which) return false;
      consumed = which;
      return true;
    },
    dispose() {
      disposed = true;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      requests.get()?.done({ ok: false, reason: 'closed' });
    },
  };
}
