/**
 * Owns the autosave queues of all sections edited in this window. A section that the user leaves
 * keeps its queue until its last edits are written, so switching sections never waits on the
 * disk and never loses edits; the status bar shows one combined state for all of them.
 */
import type { SaveResult } from '../../../shared/ipc/contract';
import type { SectionContent } from '../../../shared/model/document';
import { createStore, type Store } from '../state/store';
import { AutosaveQueue, type SaveStatus, type Timers } from './autosave-queue';

export type SaveSection = (id: string, content: SectionContent, baseRevision: number) => Promise<SaveResult>;

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
      save: (content, base) => this.options.save(sectionId, prepare(content), base),
      describeError: this.options.describeError,
      isFatal: this.options.isConflict,
      onFatal: (error) => {
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
