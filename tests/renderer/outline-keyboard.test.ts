/** Alt+Shift+↑/↓ in the outline and the outline's undo stack, as tables of cases. */
import type { OutlineNode } from '../../shared/model/outline';
import { currentPlace, keyboardMove } from '../../renderer/src/outline/keyboard-move';
import { MAX_OUTLINE_UNDO, OutlineUndoStack } from '../../renderer/src/outline/outline-undo';
import { sectionAtTop } from '../../renderer/src/whole-report/scroll-spy';

const node = (id: string, parentId: string | null, position: number, role = 'body'): OutlineNode =>
  ({ id, parentId, position, title: id, role, departmentId: null }) as unknown as OutlineNode;

// 前言 (p); 一 (c1: s1, s2, s3); 二 (c2: empty); 三 (c3: t1)
const outline = [node('p', null, 0, 'preface'), node('c1', null, 1), node('s1', 'c1', 0), node('s2', 'c1', 1), node('s3', 'c1', 2), node('c2', null, 2), node('c3', null, 3), node('t1', 'c3', 0)];

test.each([
  ['s2', 'up', { parentId: 'c1', index: 0 }],
  ['s2', 'down', { parentId: 'c1', index: 2 }],
  // First in the first body chapter: 前言 takes no sections.
  ['s1', 'up', null],
  // Last in its chapter: to the start of the next chapter, even an empty one.
  ['s3', 'down', { parentId: 'c2', index: 0 }],
  ['t1', 'up', { parentId: 'c2', index: 0 }],
  ['t1', 'down', null],
  ['c1', 'up', { parentId: null, index: 0 }],
  ['c3', 'down', null],
  ['p', 'up', null],
  ['missing', 'up', null],
] as const)('%s %s → %j', (id, direction, expected) => {
  expect(keyboardMove(outline, id, direction)).toEqual(expected);
});

test('currentPlace is the move that puts a node back', () => {
  expect(currentPlace(outline, 's3')).toEqual({ parentId: 'c1', index: 2 });
  expect(currentPlace(outline, 'c2')).toEqual({ parentId: null, index: 2 });
  expect(currentPlace(outline, 'missing')).toBeNull();
});

test('the undo stack gives the last step first, forgets restored deletions and keeps a bounded history', () => {
  const stack = new OutlineUndoStack();
  expect(stack.pop()).toBeNull();
  stack.push({ kind: 'move', id: 's1', back: { parentId: 'c1', index: 0 } });
  stack.push({ kind: 'delete', id: 's2' });
  stack.push({ kind: 'delete', id: 's3' });
  stack.forget('s3');
  expect(stack.pop()).toEqual({ kind: 'delete', id: 's2' });
  expect(stack.pop()).toEqual({ kind: 'move', id: 's1', back: { parentId: 'c1', index: 0 } });
  expect(stack.pop()).toBeNull();
  for (let i = 0; i < MAX_OUTLINE_UNDO + 5; i += 1) stack.push({ kind: 'delete', id: `n${i}` });
  expect(stack.size).toBe(MAX_OUTLINE_UNDO);
  expect(stack.pop()).toEqual({ kind: 'delete', id: `n${MAX_OUTLINE_UNDO + 4}` });
});

test.each([
  [[{ id: 'a', top: 0 }, { id: 'b', top: 500 }], 'a'],
  [[{ id: 'a', top: -900 }, { id: 'b', top: 60 }, { id: 'c', top: 400 }], 'b'],
  [[{ id: 'a', top: -900 }, { id: 'b', top: 81 }], 'a'],
  // Before the first section starts (the view's padding): the first.
  [[{ id: 'a', top: 120 }, { id: 'b', top: 900 }], 'a'],
  [[], null],
] as const)('the section at the reading line of %j is %s', (tops, expected) => {
  expect(sectionAtTop(tops)).toBe(expected);
});
