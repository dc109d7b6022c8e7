import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Project } from '../../electron/project-store/project';
import { buildOutlineTree, MAX_OUTLINE_DEPTH, outlineInOrder, type OutlineTreeNode } from '../../shared/model/outline';
import { catchAppError, createProject, nodeIdByTitle } from '../support/project-helpers';
import { makeTempDir, removeTempDir } from '../support/temp-files';

let dir: string;
let project: Project;

/**
 * A small report to move things around in:
 *   甲 (乙1, 乙2)   丙 (丁1)   戊
 */
beforeEach(() => {
  dir = makeTempDir('rw-outline-');
  project = createProject(dir, 'outline.rwproj', { blank: true });
  const first = project.outline()[0]?.id as string;
  project.renameNode(first, '甲');
  project.addNode(first, null, '乙1');
  project.addNode(first, null, '乙2');
  const bing = project.addNode(null, null, '丙');
  project.addNode(bing, null, '丁1');
  project.addNode(null, null, '戊');
});

const id = (title: string) => nodeIdByTitle(project, title);

/** The outline as nested titles, e.g. ['甲', ['乙1', '乙2']]. */
function shape(nodes: readonly OutlineTreeNode[] = buildOutlineTree(project.outline())): unknown[] {
  return nodes.flatMap((n) => (n.children.length > 0 ? [n.title, shape(n.children)] : [n.title]));
}

/** Positions among siblings must stay 0..n-1 after every operation. */
function expectCompactPositions(): void {
  const byParent = new Map<string | null, number[]>();
  for (const node of project.outline()) byParent.set(node.parentId, [...(byParent.get(node.parentId) ?? []), node.position]);
  for (const positions of byParent.values()) expect([...positions].sort((a, b) => a - b)).toEqual(positions.map((_, i) => i));
}

function expectDepthWithinLimit(): void {
  expect(Math.max(...outlineInOrder(project.outline()).map((n) => n.depth))).toBeLessThanOrEqual(MAX_OUTLINE_DEPTH);
}

afterEach(() => {
  try {
    // Invariants checked after every test, on whatever state the test left.
    if (!project.readOnly) {
      expectCompactPositions();
      expectDepthWithinLimit();
    }
  } finally {
    project.close();
    removeTempDir(dir);
  }
});

test('the starting outline', () => {
  expect(shape()).toEqual(['甲', ['乙1', '乙2'], '丙', ['丁1'], '戊']);
});

describe('addNode', () => {
  test('after a given sibling, with an empty first revision of its own', () => {
    const newId = project.addNode(id('甲'), id('乙1'), '乙1.5');
    expect(shape()).toEqual(['甲', ['乙1', '乙1.5', '乙2'], '丙', ['丁1'], '戊']);
    expect(project.loadSection(newId)).toMatchObject({ revision: 1 });
    expect(project.history(newId).map((r) => r.reason)).toEqual(['create']);
  });

  test.each([
    ['below a section (a third level)', () => [id('乙1'), null] as const, 'INVALID_OPERATION'],
    ['below an unknown parent', () => ['n-missing', null] as const, 'NOT_FOUND'],
    ['after a node that is not a sibling', () => [id('甲'), id('丁1')] as const, 'NOT_FOUND'],
  ] as const)('refuses %s', (_name, args, code) => {
    const before = shape();
    const [parentId, afterId] = args();
    catchAppError(() => project.addNode(parentId, afterId, '新的一节'), code);
    expect(shape()).toEqual(before);
  });
});

describe('renameNode', () => {
  test('renames and keeps the position', () => {
    project.renameNode(id('丙'), '服务贡献');
    expect(shape()).toEqual(['甲', ['乙1', '乙2'], '服务贡献', ['丁1'], '戊']);
  });

  test('an unknown node is NOT_FOUND', () => {
    catchAppError(() => project.renameNode('n-missing', 'x'), 'NOT_FOUND');
  });
});

describe('moveNode', () => {
  test.each<[string, () => [string, string | null, number], unknown[]]>([
    ['reorders siblings', () => [id('乙2'), id('甲'), 0], ['甲', ['乙2', '乙1'], '丙', ['丁1'], '戊']],
    ['moves a section to another chapter', () => [id('乙1'), id('丙'), 1], ['甲', ['乙2'], '丙', ['丁1', '乙1'], '戊']],
    ['promotes a section to a chapter', () => [id('丁1'), null, 0], ['丁1', '甲', ['乙1', '乙2'], '丙', '戊']],
    ['demotes a childless chapter to a section', () => [id('戊'), id('甲'), 2], ['甲', ['乙1', '乙2', '戊'], '丙', ['丁1']]],
    ['moves a chapter with its sections', () => [id('丙'), null, 0], ['丙', ['丁1'], '甲', ['乙1', '乙2'], '戊']],
    ['clamps an index past the end', () => [id('甲'), null, 99], ['丙', ['丁1'], '戊', '甲', ['乙1', '乙2']]],
  ])('%s', (_name, args, expected) => {
    project.moveNode(...args());
    expect(shape()).toEqual(expected);
  });

  test.each<[string, () => [string, string | null, number], string]>([
    ['into its own subtree', () => [id('甲'), id('乙1'), 0], 'INVALID_OPERATION'],
    ['into itself', () => [id('甲'), id('甲'), 0], 'INVALID_OPERATION'],
    ['a chapter with sections below another chapter (three levels)', () => [id('丙'), id('甲'), 0], 'INVALID_OPERATION'],
    ['below a section (three levels)', () => [id('戊'), id('乙1'), 0], 'INVALID_OPERATION'],
    ['below a deleted chapter', () => {
      project.deleteNode(id('丙'));
      return [id('戊'), project.deletedNodes()[0]?.id as string, 0];
    }, 'NOT_FOUND'],
    ['an unknown node', () => ['n-missing', null, 0], 'NOT_FOUND'],
  ])('refuses %s', (_name, args, code) => {
    const moveArgs = args();
    const before = shape();
    const error = catchAppError(() => project.moveNode(...moveArgs), code as 'INVALID_OPERATION');
    expect(error.message.length).toBeGreaterThan(0);
    expect(shape()).toEqual(before);
  });
});

describe('deleteNode and restoreNode', () => {
  test('deleting a chapter hides its sections; restoring brings all back in place', () => {
    const bing = id('丙');
    project.deleteNode(bing);
    expect(shape()).toEqual(['甲', ['乙1', '乙2'], '戊']);
    expect(project.deletedNodes().map((n) => n.title)).toEqual(['丙']);
    expect(Object.keys(project.stats().perNode)).toHaveLength(4);

    project.restoreNode(bing);
    expect(shape()).toEqual(['甲', ['乙1', '乙2'], '丙', ['丁1'], '戊']);
    expect(project.deletedNodes()).toEqual([]);
  });

  test('content survives delete and restore', () => {
    const section = id('乙2');
    project.saveSection(section, [{ type: 'paragraph', id: 'p', children: [{ text: '保留的内容' }] }], 1);
    project.deleteNode(section);
    catchAppError(() => project.loadSection(section), 'NOT_FOUND');
    project.restoreNode(section);
    expect(project.loadSection(section)).toMatchObject({ revision: 2, content: [{ children: [{ text: '保留的内容' }] }] });
  });

  test('a section whose chapter was deleted afterwards is restored at the top level', () => {
    const section = id('丁1');
    project.deleteNode(section);
    project.deleteNode(id('丙'));
    project.restoreNode(section);
    expect(project.outline().find((n) => n.id === section)?.parentId).toBeNull();
    expect(shape()).toEqual(expect.arrayContaining(['丁1', '甲', ['乙1', '乙2'], '戊']));
  });

  test('restoring a section never makes a third level, even when its chapter became a section meanwhile', () => {
    const section = id('丁1');
    project.deleteNode(section);
    project.moveNode(id('丙'), id('甲'), 2); // 丙 has no live section now, so it may become one
    project.restoreNode(section);
    expectDepthWithinLimit();
    expect(project.outline().find((n) => n.id === section)?.parentId).toBeNull();
    expect(project.deletedNodes()).toEqual([]);
  });

  test.each([
    ['a live node', () => id('甲')],
    ['an unknown node', () => 'n-missing'],
  ])('restoring %s is NOT_FOUND', (_name, target) => {
    catchAppError(() => project.restoreNode(target()), 'NOT_FOUND');
  });
});

test('a read-only session refuses every outline change with READ_ONLY_SESSION', () => {
  const file = project.path;
  const first = id('甲');
  project.close();
  project = Project.open(file, { readOnly: true });
  const before = shape();
  for (const change of [
    () => project.addNode(null, null, '新'),
    () => project.renameNode(first, '新'),
    () => project.moveNode(first, null, 2),
    () => project.deleteNode(first),
    () => project.restoreNode(first),
    () => project.saveSection(first, [{ type: 'paragraph', id: 'p', children: [{ text: '' }] }], 1),
    () => project.updateSettings({ year: 2024 }),
  ]) {
    catchAppError(change, 'READ_ONLY_SESSION');
  }
  expect(shape()).toEqual(before);
});

describe('delete keeps earlier deletions apart', () => {
  test('restoring a chapter does not resurrect a section deleted before it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rw-del-'));
    const project = Project.create(path.join(dir, 'p.rwproj'), { unitName: '测试学院', year: 2025 });
    try {
      const chapter = project.outline().find((n) => n.parentId === null && n.title === '人才培养')!;
      const sections = project.outline().filter((n) => n.parentId === chapter.id);
      const first = sections[0]!;
      project.deleteNode(first.id);
      project.deleteNode(chapter.id);
      project.restoreNode(chapter.id);
      const restored = project.outline().filter((n) => n.parentId === chapter.id).map((n) => n.id);
      expect(restored).toEqual(sections.slice(1).map((n) => n.id));
      expect(project.deletedNodes().map((n) => n.id)).toContain(first.id);
    } finally {
      project.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
