/**
 * Builds the merged section from the office's version (ours) and the reviewer's decisions on the
 * department's changes (./merge-section.ts). Changes without a decision are left out, so an
 * unresolved conflict keeps the office's text.
 *
 * Blocks taken from the department are placed as the department placed them: after the nearest
 * block that precedes them in the department's version and exists in the result (else before the
 * nearest following one), inside the same container — or, when that container is not in the
 * result, where the container would have gone.
 */
import { newBlockId, withUniqueIds } from '../ids/block-id';
import type { BlockElement, SectionContent } from '../model/document';
import type { Change, DecisionMap, MergeNode } from './merge-types';
import { isContainer } from './merge-units';
import { mergeSection, type SectionMerge } from './merge-section';
import { preorder } from './moves';

/** Whether the department's side of `change` is taken (see Decision). */
export function takesTheirs(change: Change, decisions: DecisionMap): boolean {
  const decision = decisions.get(change.id);
  return decision === 'accept' || decision === 'theirs';
}

/** Conflicts that have no decision yet (they keep the office's version when applied). */
export function unresolvedConflicts(changes: readonly Change[], decisions: DecisionMap): Change[] {
  return changes.filter((c) => c.kind === 'conflict' && !decisions.has(c.id));
}

class MergedTree {
  private readonly nodes = new Map<string, MergeNode>();
  private readonly kids = new Map<string | null, string[]>();
  private readonly parentOf = new Map<string, string | null>();
  private readonly pending = new Set<string>();

  constructor(private readonly merge: SectionMerge) {
    for (const [id, unit] of merge.ours.units) {
      this.nodes.set(id, unit.node);
      this.parentOf.set(id, unit.parentId);
    }
    for (const [parent, ids] of merge.ours.children) this.kids.set(parent, [...ids]);
  }

  private present(id: string | null): boolean {
    return id === null || this.parentOf.has(id);
  }

  setContent(id: string, node: MergeNode): void {
    if (this.nodes.has(id)) this.nodes.set(id, node);
  }

  /** Takes a unit out of its container (it stays known, to be placed again). */
  private detach(id: string): void {
    const parent = this.parentOf.get(id);
    if (parent === undefined) return;
    const list = this.kids.get(parent);
    const at = list?.indexOf(id) ?? -1;
    if (list && at >= 0) list.splice(at, 1);
  }

  /** Removes a unit and its subtree; units the department kept elsewhere are re-placed as it placed them. */
  remove(id: string): void {
    this.detach(id);
    const drop = (unit: string): void => {
      for (const child of this.kids.get(unit) ?? []) {
        if (this.merge.theirs.units.has(child)) {
          this.pending.add(child);
          this.parentOf.set(child, null);
        } else drop(child);
      }
      this.kids.delete(unit);
      this.nodes.delete(unit);
      this.parentOf.delete(unit);
    };
    drop(id);
    this.pending.delete(id);
  }

  /** Brings in the department's whole subtree at `id` (an insertion or a restored container). */
  adopt(id: string): void {
    const visit = (unit: string, parent: string | null): void => {
      const theirs = this.merge.theirs.units.get(unit);
      if (theirs === undefined) return;
      if (this.parentOf.has(unit)) this.detach(unit);
      this.pending.delete(unit);
      this.nodes.set(unit, theirs.node);
      this.parentOf.set(unit, parent);
      if (isContainer(theirs.node)) {
        const children = this.merge.theirs.children.get(unit) ?? [];
        this.kids.set(unit, [...children]);
        for (const child of children) visit(child, unit);
      }
    };
    visit(id, this.merge.theirs.units.get(id)?.parentId ?? null);
    this.detach(id);
    this.pending.add(id);
  }

  /** Takes a unit out of its place, to be placed where the department has it. */
  relocate(id: string): void {
    if (!this.parentOf.has(id)) return;
    this.detach(id);
    this.pending.add(id);
  }

  /** Places every pending unit, in the department's document order. */
  placePending(): void {
    const order = preorder(this.merge.theirs);
    for (const id of order) if (this.pending.has(id)) this.place(id);
    this.pending.clear();
  }

  private place(id: string): void {
    const T = this.merge.theirs;
    let child = id;
    let parent = T.units.get(id)?.parentId ?? null;
    while (!this.present(parent)) {
      child = parent as string;
      parent = T.units.get(child)?.parentId ?? null;
    }
    const siblings = T.children.get(parent) ?? [];
    const list = this.kids.get(parent) ?? [];
    this.kids.set(parent, list);
    this.parentOf.set(id, parent);
    const at = siblings.indexOf(child);
    for (let i = at - 1; i >= 0; i -= 1) {
      const found = list.indexOf(siblings[i] as string);
      if (found >= 0) {
        list.splice(found + 1, 0, id);
        return;
      }
    }
    for (let i = at + 1; i < siblings.length; i += 1) {
      const found = list.indexOf(siblings[i] as string);
      if (found >= 0) {
        list.splice(found, 0, id);
        return;
      }
    }
    list.push(id);
  }

  build(): SectionContent {
    const build = (parent: string | null): MergeNode[] => {
      const out: MergeNode[] = [];
      for (const id of this.kids.get(parent) ?? []) {
        const node = this.nodes.get(id);
        if (node === undefined) continue;
        if (!isContainer(node)) {
          out.push(node);
          continue;
        }
        const children = build(id);
        // A list whose items all went is no list; a case box keeps its title and gets an empty line.
        if (node.type !== 'case' && children.length === 0) continue;
        const filled = children.length > 0 ? children : [{ type: 'paragraph', id: newBlockId(), children: [{ text: '' }] }];
        out.push({ ...node, children: filled } as MergeNode);
      }
      return out;
    };
    const blocks = build(null) as BlockElement[];
    const content = blocks.length > 0 ? blocks : [{ type: 'paragraph' as const, id: newBlockId(), children: [{ text: '' }] }];
    // Both sides may have made a block with the same id (rare: imports of the same text): keep both.
    return withUniqueIds(content);
  }
}

/** The merged content for an already computed merge (see {@link applyChanges}). */
export function applyMerge(merge: SectionMerge, decisions: DecisionMap): SectionContent {
  const tree = new MergedTree(merge);
  const taken = merge.changes.filter((c) => takesTheirs(c, decisions));
  // Content first, then removals, then insertions and moves, so every placement sees final containers.
  for (const change of taken) {
    if ((change.kind === 'modify' || (change.kind === 'conflict' && change.reason === 'both-modified')) && change.after) tree.setContent(change.blockId, change.after);
  }
  for (const change of taken) {
    if (change.kind === 'delete' || (change.kind === 'conflict' && change.reason === 'modified-deleted')) tree.remove(change.blockId);
  }
  for (const change of taken) {
    if (change.kind === 'insert' || (change.kind === 'conflict' && change.reason === 'deleted-modified')) tree.adopt(change.blockId);
    if (change.kind === 'move' || (change.kind === 'conflict' && change.reason === 'both-moved')) tree.relocate(change.blockId);
  }
  tree.placePending();
  return tree.build();
}

/**
 * Merges the department's version (theirs) into the office's (ours), both descended from `base`,
 * taking the changes the decisions accept. Pure: the inputs are not modified.
 */
export function applyChanges(
  base: readonly BlockElement[],
  ours: readonly BlockElement[],
  theirs: readonly BlockElement[],
  decisions: DecisionMap,
  options: { readonly sectionId?: string } = {},
): SectionContent {
  return applyMerge(mergeSection({ sectionId: options.sectionId ?? '', base, ours, theirs }), decisions);
}
