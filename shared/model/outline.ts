/**
 * The outline: chapters and their sections, as a tree ordered by `position` among siblings.
 * Each node owns one Slate document (its content). Depth is limited to two levels (章 / 节):
 * deeper structure lives as headings inside a section's content.
 */

/** What part of the report a top-level node is; drives numbering and generated content. */
export type OutlineRole = 'body' | 'preface' | 'case-appendix' | 'authorship';

export interface OutlineNode {
  readonly id: string;
  readonly parentId: string | null;
  readonly position: number;
  readonly title: string;
  readonly role: OutlineRole;
  /** Unnumbered nodes (前言, 案例附录, 经典案例 1 …) are skipped by the Chinese numbering. */
  readonly numbered: boolean;
  readonly departmentId: string | null;
}

export const MAX_OUTLINE_DEPTH = 2;

export interface OutlineTreeNode extends OutlineNode {
  readonly depth: number;
  readonly children: readonly OutlineTreeNode[];
}

/** Builds the ordered tree from flat rows; orphans (parent missing) are attached at the root. */
export function buildOutlineTree(nodes: readonly OutlineNode[]): OutlineTreeNode[] {
  const byParent = new Map<string | null, OutlineNode[]>();
  const ids = new Set(nodes.map((n) => n.id));
  for (const node of nodes) {
    const parent = node.parentId !== null && ids.has(node.parentId) ? node.parentId : null;
    const list = byParent.get(parent) ?? [];
    list.push(node);
    byParent.set(parent, list);
  }
  const build = (parent: string | null, depth: number): OutlineTreeNode[] =>
    (byParent.get(parent) ?? [])
      .slice()
      .sort((a, b) => a.position - b.position)
      .map((n) => ({ ...n, depth, children: build(n.id, depth + 1) }));
  return build(null, 1);
}

/** Nodes in reading order (pre-order walk of the tree). */
export function outlineInOrder(nodes: readonly OutlineNode[]): OutlineTreeNode[] {
  const out: OutlineTreeNode[] = [];
  const walk = (list: readonly OutlineTreeNode[]): void => {
    for (const n of list) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(buildOutlineTree(nodes));
  return out;
}

export function depthOf(nodes: readonly OutlineNode[], id: string): number {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  let depth = 0;
  let current = byId.get(id);
  const seen = new Set<string>();
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    depth += 1;
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return depth;
}

/**
 * For nodes in one outline, the chapter (top-level node) each one sits in. A node whose parent is
 * missing counts as its own chapter, and a loop in damaged data stops where it closes.
 */
export function chapterFinder(nodes: readonly OutlineNode[]): (node: OutlineNode) => OutlineNode {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return (node) => {
    let current = node;
    const seen = new Set<string>();
    while (current.parentId !== null && !seen.has(current.id)) {
      seen.add(current.id);
      const parent = byId.get(current.parentId);
      if (parent === undefined) break;
      current = parent;
    }
    return current;
  };
}
