/**
 * Autosave for one section. There is no Save button: edits are written after typing pauses.
 *
 * - `edit(content)` records the latest value and (re)starts the debounce timer; a long stretch of
 *   uninterrupted typing is still saved every `maxWaitMs`, so a crash loses at most that much.
 * - At most one save per section is in flight: main checks `baseRevision`, and two concurrent
 *   saves from the same base would conflict. Edits made meanwhile are queued (only the latest
 *   value matters) and saved when the running save returns, with the revision it produced.
 * - A failed save keeps the content and retries later; the failure is reported, never hidden.
 * - A fatal failure (revision conflict) stops the queue: its owner reloads the section.
 *
 * Plain TypeScript with injectable timers, so it is tested in Node without a browser.
 */

export type SaveStatus =
  | { readonly kind: 'saved' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly message: string };

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  now: () => Date.now(),
};

export interface AutosaveOptions<C, R extends { readonly revision: number }> {
  readonly baseRevision: number;
  readonly save: (content: C, baseRevision: number) => Promise<R>;
  readonly onStatus?: (status: SaveStatus) => void;
  readonly onSaved?: (result: R) => void;
  /** Failures that retrying cannot fix (a revision conflict): the queue stops and drops its edits. */
  readonly isFatal?: (error: unknown) => boolean;
  readonly onFatal?: (error: unknown) => void;
  readonly describeError: (error: unknown) => string;
  /** Pause after the last edit before saving; stays below one second. */
  readonly delayMs?: number;
  readonly maxWaitMs?: number;
  readonly retryMs?: number;
  readonly timers?: Timers;
}

export const AUTOSAVE_DELAY_MS = 700;
const MAX_WAIT_MS = 3000;
const RETRY_MS = 5000;

export class AutosaveQueue<C, R extends { readonly revision: number }> {
  private latest: C | null = null;
  private revision: number;
  private running: Promise<void> | null = null;
  private timer: unknown = null;
  private firstPendingAt: number | null = null;
  private failure: string | null = null;
  private lastAttemptFailed = false;
  private saveWhenDone = false;
  private stopped = false;
  private status: SaveStatus = { kind: 'saved' };
  private readonly timers: Timers;
  private readonly delayMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number;

  constructor(private readonly options: AutosaveOptions<C, R>) {
    this.revision = options.baseRevision;
    this.timers = options.timers ?? realTimers;
    this.delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
    this.maxWaitMs = options.maxWaitMs ?? MAX_WAIT_MS;
    this.retryMs = options.retryMs ?? RETRY_MS;
  }

  get baseRevision(): number {
    return this.revision;
  }

  /** True while edits exist that are not yet acknowledged by main. */
  get dirty(): boolean {
    return this.latest !== null || this.running !== null;
  }

  get currentStatus(): SaveStatus {
    return this.status;
  }

  edit(content: C): void {
    if (this.stopped) return;
    this.latest = content;
    const now = this.timers.now();
    this.firstPendingAt ??= now;
    const untilMaxWait = this.firstPendingAt + this.maxWaitMs - now;
    this.schedule(Math.max(0, Math.min(this.delayMs, untilMaxWait)));
    this.emit();
  }

  /**
   * Saves pending edits now and waits until everything edited so far is written (or a save
   * failed). Resolves to true when nothing is left unsaved.
   */
  async flush(): Promise<boolean> {
    this.clearTimer();
    for (;;) {
      if (this.running) {
        await this.running;
        if (this.lastAttemptFailed) return false;
        continue;
      }
      if (this.stopped || this.latest === null) return this.latest === null;
      await this.startSave();
      if (this.lastAttemptFailed) return false;
    }
  }

  /** Stops timers; pending edits are dropped (call `flush` first to keep them). */
  dispose(): void {
    this.stopped = true;
    this.clearTimer();
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      if (this.running) this.saveWhenDone = true;
      else if (this.latest !== null) void this.startSave();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private startSave(): Promise<void> {
    const content = this.latest as C;
    this.latest = null;
    this.firstPendingAt = null;
    this.saveWhenDone = false;
    this.lastAttemptFailed = false;
    this.clearTimer();
    const run = async (): Promise<void> => {
      try {
        const result = await this.options.save(content, this.revision);
        this.revision = result.revision;
        this.failure = null;
        this.options.onSaved?.(result);
      } catch (error) {
        if (this.options.isFatal?.(error)) {
          this.stopped = true;
          this.latest = null;
          this.clearTimer();
          this.options.onFatal?.(error);
          return;
        }
        this.lastAttemptFailed = true;
        // Keep what failed unless newer edits already replaced it.
        if (this.latest === null) this.latest = content;
        this.failure = this.options.describeError(error);
        if (!this.stopped) this.schedule(this.retryMs);
      }
    };
    this.running = run().finally(() => {
      this.running = null;
      if (!this.stopped && this.saveWhenDone && this.latest !== null) void this.startSave();
      else this.emit();
    });
    this.emit();
    return this.running;
  }

  private emit(): void {
    let next: SaveStatus;
    if (this.failure !== null) next = { kind: 'failed', message: this.failure };
    else if (this.running) next = { kind: 'saving' };
    else if (this.latest !== null) next = { kind: 'pending' };
    else next = { kind: 'saved' };
    const same = next.kind === this.status.kind && (next.kind !== 'failed' || (this.status.kind === 'failed' && next.message === this.status.message));
    if (same) return;
    this.status = next;
    this.options.onStatus?.(next);
  }
}
