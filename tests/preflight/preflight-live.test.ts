/**
 * The renderer's preflight state (renderer/src/preflight/preflight-live.ts) with a fake main and
 * fake timers: saves are re-checked after a pause, bundled, never on the save itself; the first
 * re-check checks the whole report as the baseline, later ones only the saved sections, folded in
 * with counts recomputed and outline order kept; editor requests are answered once.
 */
import type { Finding, PreflightResult, Severity } from '../../shared/preflight/types';
import { mergeSectionResult } from '../../renderer/src/preflight/merge-results';
import { createPreflightLive } from '../../renderer/src/preflight/preflight-live';

function finding(sectionId: string, excerpt: string, severity: Severity = 'error'): Finding {
  return { key: `typo|${excerpt}`, rule: 'typo', severity, message: '', sectionId, sectionTitle: sectionId, blockId: 'b', field: 'text', offset: 0, excerpt, context: excerpt, suggestion: null, fix: null };
}

function result(findings: Finding[]): PreflightResult {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return { findings, counts: { error: count('error'), warning: count('warning'), info: count('info'), ignored: 0, byRule: {}, characters: 100 } };
}

function fakeTimers() {
  let next: (() => void) | null = null;
  return {
    timers: {
      setTimeout: (fn: () => void) => {
        next = fn;
        return 1;
      },
      clearTimeout: () => {
        next = null;
      },
    },
    fire: () => {
      const fn = next;
      next = null;
      fn?.();
    },
    pending: () => next !== null,
  };
}

const flushPromises = () => new Promise((resolve) => setImmediate(resolve));

test('saves are re-checked after a pause: the whole report first, then only the saved sections', async () => {
  const calls: (readonly string[] | undefined)[] = [];
  let stored: Record<string, Finding[]> = { a: [finding('a', '杜会')], b: [finding('b', '再接再励', 'warning')] };
  const run = (input: { sections?: string[] }) => {
    calls.push(input.sections);
    const ids = input.sections ?? Object.keys(stored);
    return Promise.resolve(result(ids.flatMap((id) => stored[id] ?? [])));
  };
  const clock = fakeTimers();
  let flushed = 0;
  const live = createPreflightLive({
    api: { preflight: { run } } as never,
    flush: () => Promise.resolve(flushed++),
    order: () => ['a', 'b'],
    describeError: String,
    timers: clock.timers,
  });
  live.noteSaved('b');
  live.noteSaved('b');
  expect(calls).toEqual([]); // never on the save itself
  clock.fire();
  await flushPromises();
  expect(calls).toEqual([undefined]); // the baseline: the whole report
  expect(live.state.get().result?.counts).toMatchObject({ error: 1, warning: 1 });

  stored = { ...stored, b: [finding('b', '杜会'), finding('b', '企業')] };
  live.noteSaved('b');
  clock.fire();
  await flushPromises();
  expect(calls).toEqual([undefined, ['b']]);
  const after = live.state.get().result;
  expect(after?.findings.map((f) => `${f.sectionId}:${f.excerpt}`)).toEqual(['a:杜会', 'b:杜会', 'b:企業']);
  expect(after?.counts).toMatchObject({ error: 3, warning: 0 });

  await live.runAll();
  expect(flushed).toBeGreaterThan(0); // the whole check writes pending edits first
  live.dispose();
  live.noteSaved('a');
  expect(clock.pending()).toBe(false);
});

test('a failing check keeps the last result and says why', async () => {
  const clock = fakeTimers();
  let fail = false;
  const live = createPreflightLive({
    api: { preflight: { run: () => (fail ? Promise.reject(new Error('词典无法加载')) : Promise.resolve(result([finding('a', '杜会')]))) } } as never,
    flush: () => Promise.resolve(),
    order: () => ['a'],
    describeError: (e) => (e as Error).message,
    timers: clock.timers,
  });
  await live.runAll();
  fail = true;
  live.noteSaved('a');
  clock.fire();
  await flushPromises();
  expect(live.state.get()).toMatchObject({ error: '词典无法加载', running: false });
  expect(live.state.get().result?.findings).toHaveLength(1);
});

test('an editor request is answered once; a newer one answers the older as replaced', async () => {
  const live = createPreflightLive({ api: { preflight: { run: () => Promise.reject(new Error('unused')) } } as never, flush: () => Promise.resolve(), order: () => [], describeError: String });
  const first = live.request(finding('a', '杜会'), 'show');
  const second = live.request(finding('b', '企業'), 'fix');
  await expect(first).resolves.toEqual({ ok: false, reason: 'replaced' });
  const request = live.requests.get();
  expect(request?.nodeId).toBe('b');
  expect(live.consume(request?.seq ?? -1)).toBe(true);
  expect(live.consume(request?.seq ?? -1)).toBe(false);
  request?.done({ ok: true });
  request?.done({ ok: false });
  await expect(second).resolves.toEqual({ ok: true });
});

test('merging keeps sections in outline order, including one that had no findings before', () => {
  const whole = result([finding('a', '一'), finding('c', '三')]);
  const merged = mergeSectionResult(whole, result([finding('b', '二', 'info')]), new Set(['b']), ['a', 'b', 'c']);
  expect(merged.findings.map((f) => f.excerpt)).toEqual(['一', '二', '三']);
  expect(merged.counts).toMatchObject({ error: 2, info: 1, characters: 100 });
  // Negative control: a re-check that finds nothing clears the section.
  expect(mergeSectionResult(whole, result([]), new Set(['c']), ['a', 'b', 'c']).findings.map((f) => f.excerpt)).toEqual(['一']);
});
