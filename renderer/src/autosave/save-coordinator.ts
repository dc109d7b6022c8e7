/**
 * Owns the autosave queues of all sections edited in this window. A section that the user leaves
 * keeps its queue until its last edits are written, so switching sections never waits on the
 * disk and never loses edits; the status bar shows one combined state for all of them.
 */
import type { SaveResult } from '../../../shared/ipc/contract';
import type { SectionContent } from '../../../shared/model/document';
import { createStore, type Store } from '../state/store';
import { AutosaveQueue, type SaveStatus, type Timers } from './autosave-queue';

/**
 * Why a save is a revision of its own rather than an edit autosave may fold into the one before:
 * a fix applied from the 校对 panel ('preflight'), a 全部替换 in the section ('replace', 查找替换), a
 * history version put back in the editor ('restore').
 */
export type SaveReason = 'preflight' | 'replace' | 'restore';

export type SaveSection = (id: string, content: SectionContent, baseRevision: number, reason?: SaveReason) => Promise<SaveResult>;

export interface SaveCoordinatorOptions {
  readonly save: SaveSection;
  readonly describeError: (error: unknown) => string;
  readonly isConflict: (error: unknown) => boolean;
  /** Main refused the save because the section changed elsewhere: reload it. */
  readonly onConflict: (sectionId: string, error: unknown) => void;
  readonly onSaved: (sectionId: string, result: SaveResult) => void;
  readonly timers?: Timers;
  readonly delayMs?: number;
}

type Queue = AutosaveQueue<SectionContent, SaveResult>;

function statusEquals(a: SaveStatus, b: SaveStatus): boolean {
  return a.kind === b.kind && (a.kind !== 'failed' || (b.kind === 'failed' && a.message === b.message));
}

const RANK: Record<SaveStatus['kind'], number> = { saved: 0, pending: 1, saving: 2, failed: 3 };

export class SaveCoordinator {
  readonly status: Store<SaveStatus> = createStore<SaveStatus>({ kind: 'saved' }, statusEquals);
  private readonly queues = new Map<string, Queue>();
  /** The one place that says what the next save of a section is (saveNextAs); read when that save starts. */
  private readonly nextReasons = new Map<string, SaveReason>();
  private disposed = false;

  constructor(private readonly options: SaveCoordinatorOptions) {}

  /**
   * Starts tracking a freshly loaded section at `revision`. Call {@link settle} for the section
   * first: an older queue must have written everything before the section is reloaded.
   * `prepare` gets the last look at content about to be sent (the editor repairs ids there).
   */
  open(sectionId: string, revision: number, prepare: (content: SectionContent) => SectionContent = (c) => c): Queue {
    this.queues.get(sectionId)?.dispose();
    if (this.disposed) throw new Error('SaveCoordinator used after dispose');
    const queue: Queue = new AutosaveQueue<SectionContent, SaveResult>({
      baseRevision: revision,
      save: async (content, base) => {
        const reason = this.nextReasons.get(sectionId);
        this.nextReasons.delete(sectionId);
        try {
          return await this.options.save(sectionId, prepare(content), base, reason);
        } catch (error) {
          // The queue retries a failed save with the same edits: the retry is still that fix or
          // replacement. After a conflict the edits are gone (the section reloads): so is the reason.
          if (reason !== undefined && !this.options.isConflict(error) && !this.nextReasons.has(sectionId)) this.nextReasons.set(sectionId, reason);
          throw error;
        }
      },
      describeError: this.options.describeError,
      isFatal: this.options.isConflict,
      onFatal: (error) => {
        this.nextReasons.delete(sectionId);
        this.drop(sectionId, queue);
        this.options.onConflict(sectionId, error);
      },
      onSaved: (result) => this.options.onSaved(sectionId, result),
      onStatus: () => this.refresh(),
      delayMs: this.options.delayMs,
      timers: this.options.timers,
    });
    this.queues.set(sectionId, queue);
    this.refresh();
    return queue;
  }

  /**
   * The next save of `sectionId` is stored with `reason`, a revision of its own (used once; null
   * takes it back, e.g. when the fix could not be applied). Set it before the save carrying the
   * change starts (autosave waits for a pause): a save already under way keeps the edits before.
   */
  saveNextAs(sectionId: string, reason: SaveReason | null): void {
    if (reason === null) this.nextReasons.delete(sectionId);
    else this.nextReasons.set(sectionId, reason);
  }

  /** The editor of a section goes away: write what is pending, then forget the queue. */
  release(sectionId: string, queue: Queue): void {
    void queue.flush().then((clean) => {
      if (clean && !queue.dirty && this.queues.get(sectionId) === queue) this.drop(sectionId, queue);
    });
  }

  /** Waits until the section's pending edits are written (before reloading or restoring it). */
  async settle(sectionId: string): Promise<boolean> {
    const queue = this.queues.get(sectionId);
    return queue ? queue.flush() : true;
  }

  /** Writes everything pending in every section (close, Ctrl+S, page hide). */
  async flushAll(): Promise<boolean> {
    const results = await Promise.all([...this.queues.values()].map((q) => q.flush()));
    return results.every(Boolean);
  }

  /** Forgets a section without saving (it was deleted, or its content was replaced by a restore). */
  discard(sectionId: string): void {
    this.nextReasons.delete(sectionId);
    const queue = this.queues.get(sectionId);
    if (queue) this.drop(sectionId, queue);
  }

  /** The project is closed: stop every queue (a late retry must not write into another project). */
  dispose(): void {
    this.disposed = true;
    for (const [id, queue] of [...this.queues]) this.drop(id, queue);
  }

  private drop(sectionId: string, queue: Queue): void {
    queue.dispose();
    if (this.queues.get(sectionId) === queue) this.queues.delete(sectionId);
    this.refresh();
  }

  private refresh(): void {
    let worst: SaveStatus = { kind: 'saved' };
    for (const queue of this.queues.values()) {
      const status = queue.currentStatus;
      if (RANK[status.kind] > RANK[worst.kind]) worst = status;
    }
    this.status.set(worst);
  }
}
