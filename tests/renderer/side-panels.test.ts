/** One side panel at a time: what is open after each request (bug 5 of issue 15). */
import { nextSidePanel, type SidePanelKey } from '../../renderer/src/project/side-panels';

const toggle = (o: boolean): boolean => !o;

test.each<[SidePanelKey | null, SidePanelKey, boolean | typeof toggle, SidePanelKey | null]>([
  [null, 'history', true, 'history'],
  [null, 'history', toggle, 'history'],
  // Opening another panel takes the place of the open one.
  ['history', 'collab', true, 'collab'],
  ['history', 'collab', toggle, 'collab'],
  ['problems', 'preflight', toggle, 'preflight'],
  // 去年同期 is a side panel like the others (it sat beside them before).
  ['history', 'priorYear', true, 'priorYear'],
  ['priorYear', 'preflight', toggle, 'preflight'],
  // Closing or toggling the open one closes it.
  ['history', 'history', toggle, null],
  ['history', 'history', false, null],
  // Closing a panel that is not open leaves the open one alone.
  ['collab', 'history', false, 'collab'],
  ['collab', 'collab', true, 'collab'],
])('%s, then %s ← %p: %s', (current, key, value, expected) => {
  expect(nextSidePanel(current, key, value)).toBe(expected);
});
