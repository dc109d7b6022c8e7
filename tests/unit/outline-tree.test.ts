import { buildOutlineTree, depthOf, outlineInOrder, type OutlineNode, type OutlineTreeNode } from '../../shared/model/outline';

const node = (id: string, parentId: string | null, position: number): OutlineNode => ({
  id,
  parentId,
  position,
  title: id,
  role: 'body',
  numbered: true,
  departmentId: null,
});

// Rows as the store returns them (ordered by parent, then position) but shuffled on purpose.
const rows: OutlineNode[] = [
  node('s2a', 'c2', 0),
  node('c1', null, 0),
  node('s1b', 'c1', 1),
  node('c2', null, 1),
  node('s1a', 'c1', 0),
  node('c3', null, 2),
];

type Shape = [string, Shape[]];
const shape = (tree: readonly OutlineTreeNode[]): Shape[] => tree.map((n) => [n.id, shape(n.children)]);

describe('buildOutlineTree', () => {
  test('nests children under their parent in position order', () => {
    expect(shape(buildOutlineTree(rows))).toEqual([
      ['c1', [['s1a', []], ['s1b', []]]],
      ['c2', [['s2a', []]]],
      ['c3', []],
    ]);
  });

  test('gives each node its depth (chapters 1, sections 2)', () => {
    const depths = Object.fromEntries(outlineInOrder(rows).map((n) => [n.id, n.depth]));
    expect(depths).toEqual({ c1: 1, s1a: 2, s1b: 2, c2: 1, s2a: 2, c3: 1 });
  });

  test('attaches orphans (parent missing, e.g. deleted) at the root instead of losing them', () => {
    const tree = buildOutlineTree([node('c1', null, 0), node('orphan', 'gone', 1)]);
    expect(shape(tree)).toEqual([
      ['c1', []],
      ['orphan', []],
    ]);
  });

  test('an empty outline is an empty tree', () => {
    expect(buildOutlineTree([])).toEqual([]);
  });
});

describe('outlineInOrder', () => {
  test('walks the tree in reading order (pre-order)', () => {
    expect(outlineInOrder(rows).map((n) => n.id)).toEqual(['c1', 's1a', 's1b', 'c2', 's2a', 'c3']);
  });
});

describe('depthOf', () => {
  test.each([
    ['c1', 1],
    ['s1b', 2],
    ['unknown', 0],
  ])('%s has depth %i', (id, depth) => {
    expect(depthOf(rows, id)).toBe(depth);
  });

  test('terminates on a cycle in damaged data', () => {
    expect(depthOf([node('a', 'b', 0), node('b', 'a', 0)], 'a')).toBe(2);
  });
});
