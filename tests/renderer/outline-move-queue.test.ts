/**
 * The outline's move queue (renderer/src/outline/move-queue.ts): keys pressed faster than main
 * answers and the pane redraws each move the node one more place. "Main" here is a fake that
 * moves nodes as outline.move does (take the node out, insert it at `index` among its new
 * siblings) and answers later, like IPC.
 */
import type { OutlineNode } from '../../shared/model/outline';
import { keyboardMove } from '../../renderer/src/outline/keyboard-move';
import { OutlineMoveQueue, type Outline } from '../../renderer/src/outline/move-queue';
import type { OutlineMove } from '../../renderer/src/outline/drop-plan';

const node = (id: string, parentId: string | null, position: number): OutlineNode =>
  ({ id, parentId, position, title: id, role: 'body', departmentId: null }) as unknown as OutlineNode;

// 一 (c1: a, b, c, d); 二 (c2: e)
const start: Outline = [node('c1', null, 0), node('a', 'c1', 0), node('b', 'c1', 1), node('c', 'c1', 2), node('d', 'c1', 3), node('c2', null, 1), node('e', 'c2', 0)];

function applyMove(nodes: Outline, id: string, to: OutlineMove): Outline {
  const moving = nodes.find((n) => n.id === id);
  if (!moving) throw new Error(`no node ${id}`);
  const siblings = (parentId: string | null): OutlineNode[] =>
    nodes.filter((n) => n.parentId === parentId && n.id !== id).sort((a, b) => a.position - b.position);
  const target = siblings(to.parentId);
  target.splice(to.index, 0, { ...moving, parentId: to.parentId });
  const placed = new Map(target.map((n, position) => [n.id, { ...n, position }]));
  const old = siblings(moving.parentId).map((n, position) => ({ ...n, position }));
  const renumbered = new Map([...old.map((n) => [n.id, n] as const), ...placed]);
  return nodes.map((n) => renumbered.get(n.id) ?? n);
}

const childrenOf = (nodes: Outline, parentId: string): string[] =>
  nodes
    .filter((n) => n.parentId === parentId)
    .sort((a, b) => a.position - b.position)
    .map((n) => n.id);

/** Main: holds the stored outline, answers each move on a later turn. */
function fakeMain(initial: Outline) {
  let stored = initial;
  const calls: OutlineMove[] = [];
  return {
    get stored() {
      return stored;
    },
    calls,
    async move(id: string, to: OutlineMove): Promise<Outline> {
      calls.push(to);
      await new Promise((resolve) => setTimeout(resolve, 5));
      stored = applyMove(stored, id, to);
      return stored;
    },
  };
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

test('three quick ↓ presses, before any answer is drawn, move the node three places', async () => {
  const main = fakeMain(start);
  const queue = new OutlineMoveQueue(start);
  const press = (): Promise<void> =>
    queue.run(async (current) => {
      const to = keyboardMove(current, 'a', 'down');
      return to ? main.move('a', to) : null;
    });
  // The pane keeps drawing the outline it was given: the answers are not applied in between.
  queue.observe(start);
  await Promise.all([press(), press(), press()]);
  expect(childrenOf(main.stored, 'c1')).toEqual(['b', 'c', 'd', 'a']);
  expect(main.calls).toEqual([
    { parentId: 'c1', index: 1 },
    { parentId: 'c1', index: 2 },
    { parentId: 'c1', index: 3 },
  ]);
  // A redraw of the outline as it was shown before the answers arrived does not set the queue back.
  queue.observe(start);
  expect(childrenOf(queue.latest, 'c1')).toEqual(['b', 'c', 'd', 'a']);
  // One more press goes on across the chapter boundary.
  await press();
  expect(childrenOf(main.stored, 'c1')).toEqual(['b', 'c', 'd']);
  expect(childrenOf(main.stored, 'c2')).toEqual(['a', 'e']);
});

test('negative control: computed from the outline as drawn (the old way), three presses move it once', async () => {
  const main = fakeMain(start);
  const shown = start;
  await Promise.all(
    [1, 2, 3].map(async () => {
      const to = keyboardMove(shown, 'a', 'down');
      if (to) await main.move('a', to);
    }),
  );
  expect(childrenOf(main.stored, 'c1')).toEqual(['b', 'a', 'c', 'd']);
});

test('an outline drawn from elsewhere (a new outline) becomes the one the next step starts from', async () => {
  const queue = new OutlineMoveQueue(start);
  const renamed = start.map((n) => (n.id === 'b' ? { ...n, title: '新标题' } : n));
  queue.observe(renamed);
  let seen: Outline | null = null;
  await queue.run(async (current) => {
    seen = current;
    return null;
  });
  expect(seen).toBe(renamed);
  // A step that answers null (failed, or nowhere to go) leaves the latest outline as it was.
  expect(queue.latest).toBe(renamed);
});

test('a failing step rejects its own promise and the next step still runs, from the last good outline', async () => {
  const queue = new OutlineMoveQueue(start);
  const moved = applyMove(start, 'd', { parentId: 'c1', index: 0 });
  const order: string[] = [];
  const first = queue.run(async () => {
    await tick();
    order.push('first');
    return moved;
  });
  const failing = queue.run(async () => {
    order.push('failing');
    throw new Error('main refused');
  });
  let seen: Outline | null = null;
  const last = queue.run(async (current) => {
    order.push('last');
    seen = current;
    return null;
  });
  await first;
  await expect(failing).rejects.toThrow('main refused');
  await last;
  expect(order).toEqual(['first', 'failing', 'last']);
  expect(seen).toBe(moved);
});
