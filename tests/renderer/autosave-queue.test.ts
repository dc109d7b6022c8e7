/**
 * The autosave queue with a fake clock: debounce, at most one save in flight, the latest edits
 * queued behind it with the revision it produced, failures kept and retried, conflicts fatal.
 */
import { AutosaveQueue, type SaveStatus, type Timers } from '../../renderer/src/autosave/autosave-queue';

class FakeClock implements Timers {
  time = 0;
  private next = 1;
  private readonly pending = new Map<number, { at: number; fn: () => void }>();

  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.set(id, { at: this.time + ms, fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  now(): number {
    return this.time;
  }

  /** Advances time, firing due timers in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.time = due[1].at;
      due[1].fn();
    }
    this.time = end;
  }
}

interface Call {
  readonly content: string;
  readonly base: number;
  resolve(revision: number): void;
  reject(error: unknown): void;
}

function setup(options: { fatal?: (e: unknown) => boolean } = {}) {
  const clock = new FakeClock();
  const calls: Call[] = [];
  const statuses: SaveStatus['kind'][] = [];
  const saved: number[] = [];
  const fatal: unknown[] = [];
  const queue = new AutosaveQueue<string, { revision: number }>({
    baseRevision: 3,
    timers: clock,
    delayMs: 700,
    maxWaitMs: 3000,
    retryMs: 5000,
    describeError: (e) => (e instanceof Error ? e.message : String(e)),
    save: (content, base) =>
      new Promise((resolve, reject) => {
        calls.push({ content, base, resolve: (revision) => resolve({ revision }), reject });
      }),
    onStatus: (s) => statuses.push(s.kind),
    onSaved: (r) => saved.push(r.revision),
    isFatal: options.fatal,
    onFatal: (e) => fatal.push(e),
  });
  return { clock, calls, statuses, saved, fatal, queue };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

test('saves once after typing pauses, with the loaded revision as base', async () => {
  const { clock, calls, queue, statuses } = setup();
  queue.edit('a');
  clock.advance(300);
  queue.edit('ab');
  clock.advance(699);
  expect(calls).toHaveLength(0);
  clock.advance(1);
  expect(calls.map((c) => [c.content, c.base])).toEqual([['ab', 3]]);
  calls[0]?.resolve(4);
  await settle();
  expect(queue.baseRevision).toBe(4);
  expect(queue.dirty).toBe(false);
  expect(statuses).toEqual(['pending', 'saving', 'saved']);
});

test('continuous typing is still saved within the maximum wait', () => {
  const { clock, calls, queue } = setup();
  for (let i = 0; i < 20; i += 1) {
    queue.edit(`v${i}`);
    clock.advance(200);
  }
  // 20 edits over 4 s with pauses of 200 ms: the 3 s cap forced a save in between.
  expect(calls.length).toBeGreaterThanOrEqual(1);
  expect(calls[0]?.content).toBe('v14');
});

test('never two saves at once: edits during a save wait for it and use its revision', async () => {
  const { clock, calls, queue } = setup();
  queue.edit('one');
  clock.advance(700);
  expect(calls).toHaveLength(1);
  queue.edit('two');
  queue.edit('three');
  clock.advance(700);
  expect(calls).toHaveLength(1); // still waiting for the first save
  calls[0]?.resolve(4);
  await settle();
  expect(calls.map((c) => [c.content, c.base])).toEqual([
    ['one', 3],
    ['three', 4],
  ]);
  calls[1]?.resolve(5);
  await settle();
  expect(queue.dirty).toBe(false);
  expect(queue.baseRevision).toBe(5);
});

test('flush saves immediately and resolves when everything is written', async () => {
  const { calls, queue } = setup();
  queue.edit('x');
  const flushed = queue.flush();
  expect(calls).toHaveLength(1);
  calls[0]?.resolve(4);
  await expect(flushed).resolves.toBe(true);
  await expect(queue.flush()).resolves.toBe(true);
  expect(calls).toHaveLength(1);
});

test('flush waits for a running save and then writes what was typed meanwhile', async () => {
  const { clock, calls, queue } = setup();
  queue.edit('first');
  clock.advance(700);
  queue.edit('second');
  const flushed = queue.flush();
  calls[0]?.resolve(4);
  await settle();
  expect(calls.map((c) => c.content)).toEqual(['first', 'second']);
  calls[1]?.resolve(5);
  await expect(flushed).resolves.toBe(true);
});

test('a failed save is reported, keeps the content and is retried', async () => {
  const { clock, calls, queue, statuses } = setup();
  queue.edit('text');
  clock.advance(700);
  calls[0]?.reject(new Error('磁盘已满'));
  await settle();
  expect(queue.currentStatus).toEqual({ kind: 'failed', message: '磁盘已满' });
  expect(queue.dirty).toBe(true);
  clock.advance(5000);
  expect(calls.map((c) => [c.content, c.base])).toEqual([
    ['text', 3],
    ['text', 3],
  ]);
  calls[1]?.resolve(4);
  await settle();
  expect(queue.currentStatus).toEqual({ kind: 'saved' });
  expect(statuses).toContain('failed');
});

test('flush reports failure instead of pretending everything is saved', async () => {
  const { calls, queue } = setup();
  queue.edit('text');
  const flushed = queue.flush();
  calls[0]?.reject(new Error('IO'));
  await expect(flushed).resolves.toBe(false);
});

test('a conflict is fatal: the queue stops and hands the error to its owner', async () => {
  const conflict = new Error('REVISION_CONFLICT');
  const { clock, calls, queue, fatal } = setup({ fatal: (e) => e === conflict });
  queue.edit('mine');
  clock.advance(700);
  calls[0]?.reject(conflict);
  await settle();
  expect(fatal).toEqual([conflict]);
  queue.edit('more');
  clock.advance(10_000);
  expect(calls).toHaveLength(1);
  expect(queue.dirty).toBe(false);
});
