/**
 * Stable block ids inside the Slate editor (why ids matter: ../ids/block-id.ts).
 *
 * Rules:
 * - a block keeps its id through edits, type changes and moves (set_node and move_node never
 *   touch it);
 * - a block that comes into being gets a fresh id: the right half of a split, an inserted node
 *   whose id is missing or already used in the document;
 * - a pasted block keeps its id unless that id is taken (see pastedWithFreeIds): after a cut the
 *   original is gone, and cross-references to a moved table, figure, case or heading must keep
 *   resolving; after a copy the original is still there, so the copy gets a fresh id and the
 *   references stay with the original. "Taken" covers this section and, through
 *   setIdsElsewhere, the report's other sections (each section is its own editor);
 * - undo/redo re-apply recorded operations unchanged, so undoing a split restores the original
 *   ids and redoing it brings back the very id the split had produced;
 * - normalization gives an id to any element that has none (content from older files, hand-made
 *   values), looking only at the node being normalized.
 */
import { Editor, Element, Node, Transforms, type Descendant, type Operation } from 'slate';
import { HistoryEditor } from 'slate-history';
import { collectIds, newBlockId } from '../ids/block-id';
import { renewTableIds } from '../tables/formula-refs';
import { isTableElement } from '../tables/table-types';
import './custom-types';

/**
 * slate-history applies undo and redo batches inside `withoutSaving`, so `isSaving` is `false`
 * exactly while it replays recorded operations (checked in slate-history 0.115's with-history.ts).
 * Rewriting an id then would break the inverse relation between the recorded ops and the document.
 */
export function isReplayingHistory(editor: Editor): boolean {
  return HistoryEditor.isSaving(editor) === false;
}

function hasUsableId(node: Element): boolean {
  return typeof node.id === 'string' && node.id.length > 0;
}

/** Every element id currently in the document. */
export function documentIds(editor: Editor): Set<string> {
  const ids = new Set<string>();
  for (const [node] of Node.elements(editor)) {
    if (hasUsableId(node)) ids.add(node.id);
  }
  return ids;
}

/**
 * Copy of `node` where each element whose id is missing or in `taken` gets a fresh one; ids
 * handed out are added to `taken`, so duplicates inside the node itself are caught too.
 * Returns the same object when nothing had to change (cheap for the common case).
 * A table is renewed as a whole (see renewTableIds): its formulas refer to its rows by id.
 */
export function withFreshDuplicateIds<T extends Descendant>(node: T, taken: Set<string>): T {
  if (!Element.isElement(node)) return node;
  if (isTableElement(node)) {
    const ids = collectIds([node]);
    // A Set, not indexOf: a pasted 2 000 × 12 table has 26 000 ids (indexOf made this quadratic: seconds).
    const seen = new Set<string>();
    const clash =
      ids.some((id) => {
        if (id.length === 0 || taken.has(id) || seen.has(id)) return true;
        seen.add(id);
        return false;
      }) || ids.length !== countElements(node);
    const table = clash ? renewTableIds(node) : node;
    for (const id of collectIds([table])) taken.add(id);
    return table as T;
  }
  let id = node.id;
  if (!hasUsableId(node) || taken.has(id)) {
    do id = newBlockId();
    while (taken.has(id));
  }
  taken.add(id);
  let childrenChanged = false;
  const children = node.children.map((child) => {
    const fixed = withFreshDuplicateIds(child as Descendant, taken);
    if (fixed !== child) childrenChanged = true;
    return fixed;
  });
  if (id === node.id && !childrenChanged) return node;
  return { ...node, id, children } as T;
}

function countElements(node: Node): number {
  return Element.isElement(node) ? 1 + node.children.reduce((sum: number, child: Node) => sum + countElements(child), 0) : 0;
}

/**
 * Copy of a pasted fragment where an element keeps its id unless the id is in `taken` or occurs
 * earlier in the fragment itself (the same block copied twice into one clipboard, a hand-made
 * fragment); those get fresh ids. Nested elements (list items, case paragraphs, inline
 * references) follow the same rule; a table with any clash is renewed as a whole (its formulas
 * name its rows and columns). `taken` itself is not modified.
 */
export function pastedWithFreeIds<T extends Node>(fragment: readonly T[], taken: ReadonlySet<string>): T[] {
  const used = new Set(taken);
  // Slate types a fragment as Node[]; its members are descendants (an editor is never pasted).
  return fragment.map((node) => withFreshDuplicateIds(node as Descendant, used) as Node as T);
}

/** Ids a paste must not reuse although this editor cannot see them: the report's other sections. */
export type IdsElsewhere = () => ReadonlySet<string>;

const idsElsewhereOf = new WeakMap<Editor, IdsElsewhere>();

/**
 * Tells the editor where to look up ids used outside it (null: nowhere). Asked once per paste,
 * so the answer reflects the report at the moment of pasting.
 */
export function setIdsElsewhere(editor: Editor, source: IdsElsewhere | null): void {
  if (source) idsElsewhereOf.set(editor, source);
  else idsElsewhereOf.delete(editor);
}

function rewrite(editor: Editor, op: Operation): Operation {
  if (op.type === 'split_node') {
    // Splitting an element copies its properties (id included) onto the new right half.
    const properties = op.properties as Partial<Element>;
    if (typeof properties.id === 'string') return { ...op, properties: { ...op.properties, id: newBlockId() } };
    return op;
  }
  if (op.type === 'insert_node' && Element.isElement(op.node)) {
    // Re-inserting a node that was removed earlier in the same change (normalizers, moves done as
    // remove + insert) keeps its id; only missing or duplicated ids are replaced.
    const node = withFreshDuplicateIds(op.node, documentIds(editor));
    return node === op.node ? op : { ...op, node };
  }
  return op;
}

export function withBlockIds<E extends Editor>(editor: E): E {
  const { apply, normalizeNode, insertFragment } = editor;

  editor.apply = (op: Operation) => {
    apply(isReplayingHistory(editor) ? op : rewrite(editor, op));
  };

  editor.insertFragment = (fragment, options) => {
    // Only ids from elsewhere are checked here. Clashes with this section are caught when each node
    // is inserted (rewrite above), i.e. after the paste has deleted the selection it replaces, so a
    // block pasted over itself keeps its id too.
    const elsewhere = idsElsewhereOf.get(editor)?.() ?? new Set<string>();
    insertFragment(pastedWithFreeIds(fragment, elsewhere), options);
  };

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Element.isElement(node) && !hasUsableId(node)) {
      Transforms.setNodes(editor, { id: newBlockId() }, { at: path });
      return;
    }
    normalizeNode(entry, options);
  };

  return editor;
}

/**
 * Safety net run before saving: if two elements share an id anyway (a plugin bug, an old file),
 * the later ones get fresh ids, because main refuses content with duplicates. Returns how many
 * ids were replaced.
 */
export function repairDuplicateIds(editor: Editor): number {
  const seen = new Set<string>();
  const repairs: { path: number[]; id: string }[] = [];
  for (const [node, path] of Node.elements(editor)) {
    if (!hasUsableId(node)) continue;
    if (seen.has(node.id)) repairs.push({ path, id: newBlockId() });
    else seen.add(node.id);
  }
  if (repairs.length === 0) return 0;
  Editor.withoutNormalizing(editor, () => {
    for (const repair of repairs) Transforms.setNodes(editor, { id: repair.id }, { at: repair.path });
  });
  return repairs.length;
}
