/**
 * Three-way merge of one section: what the department (theirs) changed relative to the revision it
 * was sent (base), set against what the office (ours) did to the same section meanwhile.
 *
 * Blocks are matched by their stable ids, never by position, so reordering, inserting and deleting
 * on either side are told apart from editing. Per unit (./merge-units.ts):
 * - only the department changed it → a proposed change (modify, insert, delete or move);
 * - only the office changed it → nothing to review, the office's version stays;
 * - both changed it, to different results → a conflict (the same result on both sides is no conflict);
 * - deleted on one side and changed on the other → a conflict.
 * Tables are merged cell by cell first (./table-merge.ts), so a department and an office that
 * typed into different cells of one table do not conflict.
 *
 * A container inserted, deleted or restored as a whole (a new case box) is one change; what
 * happens inside it is part of that change, not listed again.
 */
import type { TableElement } from '../tables/table-types';
import { placeOf } from './change-place';
import type { Change, ConflictReason, MergeNode, Redline, SectionMergeInput } from './merge-types';
import { indexUnits, isContainer, shellOf, type Unit, type UnitIndex } from './merge-units';
import { movedUnits, preorder, sharedPredecessor } from './moves';
import { modifyRedline, wholeRedline } from './redlines';
import { tableRedline } from './table-redline';
import { mergeTable } from './table-merge';

export interface SectionMerge {
  readonly sectionId: string;
  readonly changes: readonly Change[];
  readonly base: UnitIndex;
  readonly ours: UnitIndex;
  readonly theirs: UnitIndex;
}

function changeId(sectionId: string, blockId: string, aspect: string): string {
  return `${sectionId}:${blockId}:${aspect}`;
}

/** A container as the department would have it: its own properties, the office's children. */
function withOwnChildren(shellSource: MergeNode, childrenSource: MergeNode): MergeNode {
  if (!isContainer(shellSource) || !isContainer(childrenSource)) return shellSource;
  return { ...shellOf(shellSource), children: childrenSource.children } as MergeNode;
}

class ChangeCollector {
  readonly changes: Change[] = [];
  private readonly movedByTheirs: Set<string>;
  private readonly movedByOurs: Set<string>;

  constructor(
    private readonly sectionId: string,
    private readonly B: UnitIndex,
    private readonly O: UnitIndex,
    private readonly T: UnitIndex,
  ) {
    this.movedByTheirs = movedUnits(B, T);
    this.movedByOurs = movedUnits(B, O);
  }

  private add(blockId: string, aspect: string, change: Omit<Change, 'id' | 'sectionId' | 'blockId'>): void {
    this.changes.push({ id: changeId(this.sectionId, blockId, aspect), sectionId: this.sectionId, blockId, ...change });
  }

  private conflict(id: string, reason: ConflictReason, parts: Omit<Change, 'id' | 'sectionId' | 'blockId' | 'kind' | 'reason'>): void {
    this.add(id, reason === 'both-moved' ? 'move-conflict' : 'conflict', { kind: 'conflict', reason, ...parts });
  }

  /** Decides what one unit id needs; see the module comment. */
  visit(id: string): void {
    const b = this.B.units.get(id);
    const o = this.O.units.get(id);
    const t = this.T.units.get(id);
    if (t && (b || o)) {
      if (o) this.kept(id, b, o, t);
      else if (b) this.deletedByOurs(id, b, t);
    } else if (t) this.insertedByTheirs(id, t);
    else if (b && o) this.deletedByTheirs(id, b, o);
  }

  /** Inside a container the office does not have: the container's own change covers it. */
  private insideForeignContainer(t: Unit): boolean {
    return t.parentId !== null && !this.O.units.has(t.parentId);
  }

  private kept(id: string, b: Unit | undefined, o: Unit, t: Unit): void {
    if (this.insideForeignContainer(t)) return;
    this.content(id, b, o, t);
    if (b && this.movedByTheirs.has(id)) this.move(id, o, t);
  }

  private content(id: string, b: Unit | undefined, o: Unit, t: Unit): void {
    const theirsChanged = b === undefined || t.own !== b.own;
    if (!theirsChanged || t.own === o.own) return;
    const oursChanged = b === undefined || o.own !== b.own;
    const base = b?.node ?? null;
    if (o.node.type === 'table' && t.node.type === 'table' && b?.node.type === 'table') {
      this.table(id, b.node, o.node, t.node, o.parentId);
      return;
    }
    const after = withOwnChildren(t.node, o.node);
    const redline = modifyRedline(o.node, after);
    const common = { blockType: t.node.type, parentId: o.parentId, before: o.node, after, base, redline };
    if (!oursChanged) this.add(id, 'modify', { kind: 'modify', ...common });
    else this.conflict(id, 'both-modified', { ...common, oursRedline: b ? modifyRedline(b.node, o.node) : { kind: 'block' } });
  }

  private table(id: string, base: TableElement, ours: TableElement, theirs: TableElement, parentId: string | null): void {
    const merged = mergeTable(base, ours, theirs);
    if (merged.status === 'unchanged') return;
    const common = { blockType: 'table' as const, parentId, before: ours, base };
    if (merged.status === 'structural') {
      const redline = tableRedline(ours, theirs);
      if (!merged.conflict) this.add(id, 'modify', { kind: 'modify', ...common, after: theirs, redline });
      else this.conflict(id, 'both-modified', { ...common, after: theirs, redline, oursRedline: tableRedline(base, ours) });
      return;
    }
    const redline = tableRedline(ours, merged.merged, merged.conflictCells);
    if (merged.conflictCells.size === 0 && merged.conflictFields.length === 0) this.add(id, 'modify', { kind: 'modify', ...common, after: merged.merged, redline });
    else this.conflict(id, 'both-modified', { ...common, after: merged.merged, redline, oursRedline: tableRedline(base, ours) });
  }

  private move(id: string, o: Unit, t: Unit): void {
    const redline: Redline = { kind: 'block' };
    const place = placeOf(this.T, this.O, id);
    const common = {
      blockType: t.node.type,
      parentId: t.parentId,
      before: o.node,
      after: withOwnChildren(t.node, o.node),
      base: this.B.units.get(id)?.node ?? null,
      redline,
      ...(place ? { place } : {}),
    };
    if (!this.movedByOurs.has(id)) {
      this.add(id, 'move', { kind: 'move', ...common });
      return;
    }
    // Both moved it: the same destination is agreement, anything else needs a choice.
    const samePlace = o.parentId === t.parentId && sharedPredecessor(this.O, this.T, id) === sharedPredecessor(this.T, this.O, id);
    if (!samePlace) this.conflict(id, 'both-moved', { ...common, oursRedline: { kind: 'block' } });
  }

  private deletedByOurs(id: string, b: Unit, t: Unit): void {
    // Inside a container the office also deleted: that container's conflict covers it.
    if (t.parentId === b.parentId && b.parentId !== null && !this.O.units.has(b.parentId) && this.T.units.has(b.parentId)) return;
    if (t.whole === b.whole) return;
    this.conflict(id, 'deleted-modified', {
      blockType: t.node.type,
      parentId: t.parentId,
      before: null,
      after: t.node,
      base: b.node,
      redline: modifyRedline(b.node, t.node),
      oursRedline: wholeRedline(b.node, 'delete'),
    });
  }

  private insertedByTheirs(id: string, t: Unit): void {
    if (this.insideForeignContainer(t)) return;
    const place = placeOf(this.T, this.O, id);
    this.add(id, 'insert', {
      kind: 'insert',
      blockType: t.node.type,
      parentId: t.parentId,
      before: null,
      after: t.node,
      base: null,
      redline: wholeRedline(t.node, 'insert'),
      ...(place ? { place } : {}),
    });
  }

  private deletedByTheirs(id: string, b: Unit, o: Unit): void {
    // Inside a container the department deleted as a whole: that deletion covers it.
    if (o.parentId === b.parentId && b.parentId !== null && !this.T.units.has(b.parentId) && this.O.units.has(b.parentId)) return;
    const common = { blockType: o.node.type, parentId: o.parentId, before: o.node, after: null, base: b.node };
    if (o.whole === b.whole) this.add(id, 'delete', { kind: 'delete', ...common, redline: wholeRedline(o.node, 'delete') });
    else this.conflict(id, 'modified-deleted', { ...common, redline: wholeRedline(o.node, 'delete'), oursRedline: modifyRedline(b.node, o.node) });
  }
}

/** Reading order over both versions: the office's, with the department's new blocks after their predecessors. */
function readingOrder(O: UnitIndex, T: UnitIndex, B: UnitIndex): Map<string, number> {
  const key = new Map<string, number>();
  preorder(O).forEach((id, i) => key.set(id, i));
  let last = -1;
  let step = 0;
  for (const id of preorder(T)) {
    const known = key.get(id);
    if (known !== undefined) {
      last = known;
      step = 0;
    } else {
      step += 1;
      key.set(id, last + step / 10_000);
    }
  }
  for (const id of preorder(B)) if (!key.has(id)) key.set(id, Number.MAX_SAFE_INTEGER);
  return key;
}

export function mergeSection(input: SectionMergeInput): SectionMerge {
  const B = indexUnits(input.base);
  const O = indexUnits(input.ours);
  const T = indexUnits(input.theirs);
  const collector = new ChangeCollector(input.sectionId, B, O, T);
  const ids = new Set<string>([...preorder(T), ...preorder(O), ...preorder(B)]);
  for (const id of ids) collector.visit(id);
  const order = readingOrder(O, T, B);
  const changes = collector.changes
    .map((change, i) => ({ change, i }))
    .sort((x, y) => (order.get(x.change.blockId) ?? 0) - (order.get(y.change.blockId) ?? 0) || x.i - y.i)
    .map((x) => x.change);
  return { sectionId: input.sectionId, changes, base: B, ours: O, theirs: T };
}
