import type { OutlineNode } from '../../shared/model/outline';
import { chapterOrdinals, numberStructures } from '../../shared/numbering/structure-numbering';

const node = (id: string, parentId: string | null, position: number, role: OutlineNode['role'] = 'body', numbered = true): OutlineNode => ({
  id,
  parentId,
  position,
  title: id,
  role,
  numbered,
  departmentId: null,
});

// 前言, two chapters with a section each, the case appendix (numbered as chapter 3, as seed 001 does).
const outline: OutlineNode[] = [
  node('pre', null, 0, 'preface', false),
  node('c1', null, 1),
  node('s1', 'c1', 0),
  node('c2', null, 2),
  node('s2', 'c2', 0),
  node('app', null, 3, 'case-appendix', false),
  node('auth', null, 4, 'authorship', false),
];

const table = (id: string, caption: string) => ({ type: 'table', id, caption, source: '', headerRows: 1, columns: [], children: [] });
const figure = (id: string, caption: string) => ({ type: 'figure', id, caption, children: [{ text: '' }] });
const kase = (id: string, title: string, children: unknown[] = [], classic = false) => ({
  type: 'case',
  id,
  title,
  ...(classic ? { classic: true } : {}),
  children: children.length > 0 ? children : [{ type: 'paragraph', id: `${id}-p`, children: [{ text: '' }] }],
});

const contents: Record<string, unknown[]> = {
  c1: [figure('f1', '学院风采')],
  s1: [table('t1', '毕业生分布'), kase('k1', '追寻红足迹', [figure('f2', '案例内的图')], true), figure('f3', '第三张')],
  s2: [table('t2', '生源'), figure('f4', '第二章的图'), kase('k2', '第二个案例')],
  app: [figure('f5', '附录图')],
};

const contentOf = (id: string) => contents[id];

describe('numbering of figures, tables and cases', () => {
  test('chapter ordinals count body chapters and the case appendix, not the preface', () => {
    expect(Object.fromEntries(chapterOrdinals(outline))).toEqual({ pre: 0, c1: 1, s1: 1, c2: 2, s2: 2, app: 3, auth: 0 });
  });

  test.each([
    ['chapter', { f1: '图 1-1', f2: '图 1-2', f3: '图 1-3', f4: '图 2-1', f5: '图 3-1', t1: '表 1-1', t2: '表 2-1', k1: '案例 1-1', k2: '案例 2-1' }],
    ['global', { f1: '图 1', f2: '图 2', f3: '图 3', f4: '图 4', f5: '图 5', t1: '表 1', t2: '表 2', k1: '案例 1', k2: '案例 2' }],
  ] as const)('%s scheme', (scheme, expected) => {
    const numbering = numberStructures(outline, contentOf, scheme);
    const labels = Object.fromEntries(numbering.ordered.map((s) => [s.id, s.label]));
    expect(labels).toEqual(expected);
    expect(numbering.byId.get('t1')?.caption).toBe('毕业生分布');
    expect(numbering.byId.get('k1')?.caption).toBe('追寻红足迹');
  });

  test('moving a section to another chapter renumbers everything in order', () => {
    const moved = outline.map((n) => (n.id === 's1' ? { ...n, parentId: 'c2', position: 1 } : n));
    const labels = Object.fromEntries(numberStructures(moved, contentOf, 'chapter').ordered.map((s) => [s.id, s.label]));
    expect(labels).toMatchObject({ f1: '图 1-1', t2: '表 2-1', f4: '图 2-1', t1: '表 2-2', f2: '图 2-2', f3: '图 2-3', k2: '案例 2-1', k1: '案例 2-2' });
  });

  test('deleting a structure closes the gap', () => {
    const without: Record<string, unknown[]> = { ...contents, s1: [kase('k1', '追寻红足迹', [figure('f2', '案例内的图')], true), figure('f3', '第三张')] };
    const numbering = numberStructures(outline, (id) => without[id], 'chapter');
    expect(numbering.byId.has('t1')).toBe(false);
    expect(numbering.byId.get('t2')?.label).toBe('表 2-1');
    expect(numbering.byId.get('f3')?.label).toBe('图 1-3');
  });

  test('classic cases get their own 经典案例 sequence', () => {
    const numbering = numberStructures(outline, contentOf, 'chapter');
    expect(numbering.byId.get('k1')?.classicNumber).toBe(1);
    expect(numbering.byId.get('k2')?.classicNumber).toBeNull();
  });
});
