/**
 * A section's content as the merge sees it: every unit (block, block in a case box, list item)
 * by id, with its container, its place there and its canonical form for equality checks.
 */
import type { BlockElement, ListItemElement } from '../model/document';
import { canonicalJson } from './canonical-json';
import type { MergeNode } from './merge-types';

/** Units that hold other units: their own properties (the "shell") and their children merge separately. */
export type ContainerNode = Extract<MergeNode, { type: 'case' | 'bulleted-list' | 'numbered-list' }>;

export interface Unit {
  readonly node: MergeNode;
  /** Container id, or null for the section itself. */
  readonly parentId: string | null;
  readonly index: number;
  readonly container: boolean;
  /** Canonical JSON of the node (leaves) or of its shell without children (containers). */
  readonly own: string;
  /** Canonical JSON of the whole subtree (equal to `own` for leaves). */
  readonly whole: string;
}

export interface UnitIndex {
  readonly units: ReadonlyMap<string, Unit>;
  /** Child ids of each container in order; the key null is the section. */
  readonly children: ReadonlyMap<string | null, readonly string[]>;
}

export function isContainer(node: MergeNode): node is ContainerNode {
  return node.type === 'case' || node.type === 'bulleted-list' || node.type === 'numbered-list';
}

/** The node without its children (a container's own properties). */
export function shellOf(node: ContainerNode): Omit<ContainerNode, 'children'> {
  const { children: _children, ...shell } = node;
  return shell;
}

export function indexUnits(content: readonly BlockElement[]): UnitIndex {
  const units = new Map<string, Unit>();
  const children = new Map<string | null, string[]>();
  const visit = (nodes: readonly MergeNode[], parentId: string | null): void => {
    const ids: string[] = [];
    children.set(parentId, ids);
    nodes.forEach((node, index) => {
      // Duplicate ids cannot be matched; content is validated to have none, so the first one wins.
      if (units.has(node.id)) return;
      ids.push(node.id);
      if (isContainer(node)) {
        const own = canonicalJson(shellOf(node));
        units.set(node.id, { node, parentId, index, container: true, own, whole: canonicalJson(node) });
        visit(node.children as readonly (BlockElement | ListItemElement)[], node.id);
      } else {
        const own = canonicalJson(node);
        units.set(node.id, { node, parentId, index, container: false, own, whole: own });
      }
    });
  };
  visit(content, null);
  return { units, children };
}
