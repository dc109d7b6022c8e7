/**
 * The renderer's copy of the report numbering: asked for again only when a save changed what
 * numbering reads, debounced, never two requests at once, and the last answer always reflects
 * the last change. Lookups (labels, broken references) over what main sent.
 */
import type { ReportNumbering } from '../../shared/numbering/report-numbering';
import { indexNumbering } from '../../renderer/src/numbering/numbering-index';
import { createNumberingStore } from '../../renderer/src/numbering/numbering-store';
import { structureSignature } from '../../renderer/src/numbering/structure-signature';

function numbering(tableLabel: string): ReportNumbering {
  return {
    scheme: 'chapter',
    headings: [
      { id: 'n1', nodeId: 'n1', level: 1, number: '一、', title: '人才培养' },
      { id: 'h1', nodeId: 'n1', level: 3, number: '1.', title: '思政育人' },
    ],
    structures: [{ id: 't1', kind: 'table', number: tableLabel.slice(2), label: tableLabel, nodeId: 'n1', caption: '毕业生分布', classicNumber: null }],
    xrefs: [
      { id: 'x1', nodeId: 'n1', target: 't1' },
      { id: 'x2', nodeId: 'n1', target: 'gone' },
      { id: 'x3', nodeId: 'n1', target: 'h1' },
    ],
    problems: [],
  };
}

class ManualTimers {
  private next = 1;
  readonly pending = new Map<number, () => void>();
  setTimeout(fn: () => void): unknown {
    const id = this.next++;
    this.pending.set(id, fn);
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  fire(): void {
    const due = [...this.pending.entries()];
    this.pending.clear();
    for (const [, fn] of due) fn();
  }
}

const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const paragraph = (id: string, text: string) => ({ type: 'paragraph', id, children: [{ text }] });
const table = (id: string, caption: string) => ({ type: 'table', id, caption, source: '', headerRows: 1, columns: [], children: [] });

describe('indexNumbering', () => {
  test('labels tables and headings, and lists references whose target is gone', () => {
    const index = indexNumbering(numbering('表 1-1'));
    expect(index.ready).toBe(true);
    expect(index.labelOf('t1')).toBe('表 1-1');
    expect(index.labelOf('h1')).toBe('1.思政育人');
    expect(index.labelOf('n1')).toBe('一、人才培养');
    expect(index.labelOf('gone')).toBeNull();
    expect(index.broken.map((x) => x.id)).toEqual(['x2']);
  });

  test('before the first answer nothing is known and nothing is broken', () => {
    const index = indexNumbering(null);
    expect(index.ready).toBe(false);
    expect(index.broken).toEqual([]);
    expect(index.labelOf('t1')).toBeNull();
  });
});

describe('structureSignature', () => {
  const base = [paragraph('p1', '正文'), table('t1', '毕业生分布'), { type: 'heading', id: 'h1', level: 1, children: [{ text: '思政育人' }] }];

  test('ordinary typing leaves it unchanged', () => {
    const typed = [paragraph('p1', '正文多打了几个字'), ...base.slice(1)];
    expect(structureSignature(typed)).toBe(structureSignature(base));
  });

  test.each([
    ['a caption edit', [base[0], table('t1', '毕业生去向'), base[2]]],
    ['a heading edit', [base[0], base[1], { type: 'heading', id: 'h1', level: 1, children: [{ text: '立德树人' }] }]],
    ['a new figure in a case', [...base, { type: 'case', id: 'k1', title: '案例', children: [{ type: 'figure', id: 'f1', asset: null, caption: '', source: '', width: 80, children: [{ text: '' }] }] }]],
    ['a reference', [{ type: 'paragraph', id: 'p1', children: [{ text: '见' }, { type: 'xref', id: 'x1', target: 't1', children: [{ text: '' }] }, { text: '' }] }, ...base.slice(1)]],
    ['a deleted table', [base[0], base[2]]],
  ])('%s changes it', (_what, changed) => {
    expect(structureSignature(changed)).not.toBe(structureSignature(base));
  });
});

describe('createNumberingStore', () => {
  test('a save refreshes only when it changed what numbering reads, after a pause', async () => {
    const timers = new ManualTimers();
    const fetch = jest.fn(async () => numbering('表 1-1'));
    const store = createNumberingStore({ fetch, onError: () => {}, timers });
    // The first save of a section is always compared with nothing: one refresh.
    store.noteSaved('n1', [paragraph('p1', '正文'), table('t1', '分布')]);
    timers.fire();
    await flush();
    expect(fetch).toHaveBeenCalledTimes(1);

    store.noteSaved('n1', [paragraph('p1', '正文，继续输入'), table('t1', '分布')]);
    expect(timers.pending.size).toBe(0);

    store.noteSaved('n1', [paragraph('p1', '正文'), table('t1', '毕业生分布')]);
    store.noteSaved('n2', [table('t2', '新表')]);
    expect(timers.pending.size).toBe(1);
    expect(fetch).toHaveBeenCalledTimes(1);
    timers.fire();
    await flush();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(store.index.get().labelOf('t1')).toBe('表 1-1');
  });

  test('a refresh asked for while one runs is served by one more request afterwards', async () => {
    const answers = [deferred<ReportNumbering>(), deferred<ReportNumbering>()];
    let call = 0;
    const fetch = jest.fn(() => (answers[call++] as ReturnType<typeof deferred<ReportNumbering>>).promise);
    const store = createNumberingStore({ fetch, onError: () => {} });

    const first = store.refresh();
    const second = store.refresh();
    const third = store.refresh();
    expect(fetch).toHaveBeenCalledTimes(1);
    answers[0]?.resolve(numbering('表 1-1'));
    await flush();
    // The change behind the second and third calls may have come after main answered the first.
    expect(fetch).toHaveBeenCalledTimes(2);
    answers[1]?.resolve(numbering('表 2-1'));
    await Promise.all([first, second, third]);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(store.index.get().labelOf('t1')).toBe('表 2-1');
  });

  test('a failed request keeps the last numbering and reports the failure', async () => {
    const failures: unknown[] = [];
    const fetch = jest.fn().mockResolvedValueOnce(numbering('表 1-1')).mockRejectedValueOnce(new Error('busy'));
    const store = createNumberingStore({ fetch, onError: (e) => failures.push(e) });
    await store.refresh();
    await store.refresh();
    expect(store.index.get().labelOf('t1')).toBe('表 1-1');
    expect(failures).toHaveLength(1);
  });

  test('nothing is fetched or published after dispose', async () => {
    const timers = new ManualTimers();
    const answer = deferred<ReportNumbering>();
    const fetch = jest.fn(() => answer.promise);
    const store = createNumberingStore({ fetch, onError: () => {}, timers });
    const running = store.refresh();
    store.scheduleRefresh();
    store.dispose();
    expect(timers.pending.size).toBe(0);
    answer.resolve(numbering('表 1-1'));
    await running;
    expect(store.index.get().ready).toBe(false);
  });
});
