/** The history's time rules as pure functions (electron/project-store/history-policy.ts). */
import { AUTOSAVE_WINDOW_MS, foldsIntoRun, revisionsToPrune, type RevisionMeta } from '../../electron/project-store/history-policy';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = Date.parse('2026-12-07T02:00:00.000Z');

function metas(times: readonly number[], reasons: Readonly<Record<number, RevisionMeta['reason']>> = {}, pinned: ReadonlySet<number> = new Set()): RevisionMeta[] {
  return times.map((time, i) => ({ revision: i + 1, savedAt: new Date(time).toISOString(), reason: reasons[i + 1] ?? 'edit', pinned: pinned.has(i + 1) }));
}

describe('foldsIntoRun', () => {
  const run = { revision: 7, startedAt: NOW };
  test.each([
    ['within the window', run, 7, NOW + AUTOSAVE_WINDOW_MS - 1, true],
    ['at the window end', run, 7, NOW + AUTOSAVE_WINDOW_MS, false],
    ['another revision is the latest', run, 8, NOW + MINUTE, false],
    ['no run (reopened project)', undefined, 7, NOW + MINUTE, false],
    ['a clock that went back', run, 7, NOW - MINUTE, false],
  ] as const)('%s', (_name, r, latest, now, expected) => {
    expect(foldsIntoRun(r, latest, now)).toBe(expected);
  });
});

describe('revisionsToPrune', () => {
  test('40 days of a version every 20 minutes: all of the last day, hourly to 30 days, daily before', () => {
    const times = Array.from({ length: 40 * 72 }, (_, i) => NOW - 40 * DAY + (i + 1) * 20 * MINUTE);
    const all = metas(times);
    const pruned = new Set(revisionsToPrune(all, NOW));
    const kept = all.filter((m) => !pruned.has(m.revision)).map((m) => NOW - Date.parse(m.savedAt));
    expect(kept.filter((age) => age <= DAY)).toHaveLength(73);
    expect(kept.filter((age) => age > DAY && age <= 30 * DAY).length).toBeGreaterThanOrEqual(29 * 24 - 1);
    expect(kept.filter((age) => age > DAY && age <= 30 * DAY).length).toBeLessThanOrEqual(29 * 24 + 1);
    expect(kept.filter((age) => age > 30 * DAY).length).toBeGreaterThanOrEqual(10);
    expect(kept.filter((age) => age > 30 * DAY).length).toBeLessThanOrEqual(11);
  });

  test('negative control: a history of the last day only is left whole', () => {
    const times = Array.from({ length: 100 }, (_, i) => NOW - i * 10 * MINUTE);
    expect(revisionsToPrune(metas(times.reverse()), NOW)).toEqual([]);
  });

  test('never: other reasons, the revision before one, pinned ones, the newest', () => {
    const old = NOW - 10 * DAY;
    // Six versions in one old hour: 2 is pinned, 4 is a preflight fix (so 3 is protected), 6 the newest.
    const times = [0, 5, 10, 15, 20, 25].map((m) => old + m * MINUTE);
    const pruned = revisionsToPrune(metas(times, { 4: 'preflight' }, new Set([2])), NOW);
    // Of the unprotected 1 and 5, the newer (5) is the hour's kept one.
    expect(pruned).toEqual([1]);
  });
});
