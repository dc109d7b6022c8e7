import type { OutlineNode } from '../../shared/model/outline';
import { isNoMove, placeFromPointer, planMove } from '../../renderer/src/outline/drop-plan';

const node = (id: string, parentId: string | null, position: number): OutlineNode => ({
  id,
  parentId,
  position,
  title: id,
  role: 'body',
  numbered: true,
  departmentId: null,
});

// c1 (s11, s12), c2 (s21), c3 (no sections)
const outline: OutlineNode[] = [
  node('c1', null, 0),
  node('s11', 'c1', 0),
  node('s12', 'c1', 1),
  node('c2', null, 1),
  node('s21', 'c2', 0),
  node('c3', null, 2),
];

test('pointer zones: chapters accept inside, sections only before/after', () => {
  expect(placeFromPointer(2, 32, true)).toBe('before');
  expect(placeFromPointer(16, 32, true)).toBe('inside');
  expect(placeFromPointer(30, 32, true)).toBe('after');
  expect(placeFromPointer(10, 32, false)).toBe('before');
  expect(placeFromPointer(20, 32, false)).toBe('after');
});

test('reordering sections within a chapter', () => {
  expect(planMove(outline, 's12', 's11', 'before')).toEqual({ parentId: 'c1', index: 0 });
  expect(planMove(outline, 's11', 's12', 'after')).toEqual({ parentId: 'c1', index: 1 });
});

test('moving a section into another chapter, before/after one of its sections or at its end', () => {
  expect(planMove(outline, 's11', 's21', 'before')).toEqual({ parentId: 'c2', index: 0 });
  expect(planMove(outline, 's11', 's21', 'after')).toEqual({ parentId: 'c2', index: 1 });
  expect(planMove(outline, 's11', 'c3', 'inside')).toEqual({ parentId: 'c3', index: 0 });
});

test('a section dropped between chapters becomes a chapter', () => {
  expect(planMove(outline, 's21', 'c1', 'after')).toEqual({ parentId: null, index: 1 });
});

test('a chapter without sections may become a section; one with sections may not', () => {
  expect(planMove(outline, 'c3', 'c1', 'inside')).toEqual({ parentId: 'c1', index: 2 });
  expect(planMove(outline, 'c3', 's11', 'before')).toEqual({ parentId: 'c1', index: 0 });
  expect(planMove(outline, 'c2', 'c1', 'inside')).toBeNull();
  expect(planMove(outline, 'c2', 's11', 'after')).toBeNull();
});

test('nothing goes below a section, into itself or into its own subtree', () => {
  expect(planMove(outline, 'c1', 'c1', 'before')).toBeNull();
  expect(planMove(outline, 'c1', 's11', 'before')).toBeNull();
  expect(planMove(outline, 'missing', 'c1', 'before')).toBeNull();
});

test('reordering chapters uses indices among the other chapters', () => {
  expect(planMove(outline, 'c3', 'c1', 'before')).toEqual({ parentId: null, index: 0 });
  expect(planMove(outline, 'c1', 'c3', 'after')).toEqual({ parentId: null, index: 2 });
});

test('dropping a node where it already is is recognised as no move', () => {
  const same = planMove(outline, 's11', 's12', 'before');
  expect(same).toEqual({ parentId: 'c1', index: 0 });
  expect(isNoMove(outline, 's11', same as NonNullable<typeof same>)).toBe(true);
  expect(isNoMove(outline, 's11', { parentId: 'c1', index: 1 })).toBe(false);
  expect(isNoMove(outline, 's11', { parentId: 'c2', index: 0 })).toBe(false);
});
