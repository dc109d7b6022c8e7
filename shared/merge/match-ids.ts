/**
 * Gives a converted draft (a Word file) the block ids of the section it revises, so the three-way
 * merge sees edits instead of "everything deleted, everything inserted": each draft block is
 * matched to an unmatched block of the same kind in the office's version, first by identical text,
 * then by the most similar text (Dice coefficient over character bigrams ≥ {@link MIN_SIMILARITY},
 * ties going to the nearest position). Case boxes and lists match their children the same way;
 * tables of the same size take the office table's row, cell and column ids, so their changes show
 * cell by cell.
 *
 * A matched block whose text is unchanged keeps the office's block as it is: a Word round trip
 * loses cross-references (they come back as typed text such as “见表 1-1”) and sometimes formatting,
 * and neither should be proposed as a change. `labelOf` gives a cross-reference's printed label.
 */
import type { BlockElement, CaseChild, InlineNode, ListItemElement, TableElement } from '../model/document';
import { buildTableMap } from '../tables/table-map';
import { cellText } from '../tables/table-types';
import type { MergeNode } from './merge-types';

const MIN_SIMILARITY = 0.5;

export type LabelOf = (target: string) => string | null;

const squeeze = (text: string): string => text.replace(/\s+/g, '');

function inline(children: readonly InlineNode[], labelOf: LabelOf): string {
  return children.map((c) => ('text' in c ? c.text : (labelOf(c.target) ?? ''))).join('');
}

/** The text a block is compared by (captions and titles included, whitespace ignored). */
function textOf(node: MergeNode, labelOf: LabelOf): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'list-item':
      return squeeze(inline(node.children, labelOf));
    case 'figure':
      return squeeze(node.caption);
    case 'table':
      return squeeze(node.caption + node.children.map((r) => r.children.map(cellText).join('|')).join('/'));
    case 'case':
      return squeeze(node.title);
    default:
      return squeeze(node.children.map((i) => inline(i.children, labelOf)).join('/'));
  }
}

function bigrams(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const chars = Array.from(text);
  for (let i = 0; i < chars.length - 1; i += 1) {
    const key = (chars[i] as string) + (chars[i + 1] as string);
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

function dice(a: Map<string, number>, b: Map<string, number>, sizeA: number, sizeB: number): number {
  if (sizeA + sizeB === 0) return 0;
  let shared = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const [key, count] of small) shared += Math.min(count, large.get(key) ?? 0);
  return (2 * shared) / (sizeA + sizeB);
}

/** Kinds that can stand for one another (a paragraph the author turned into a heading). */
function family(node: MergeNode): string {
  return node.type === 'paragraph' || node.type === 'heading' ? 'text' : node.type === 'numbered-list' ? 'bulleted-list' : node.type;
}

interface Candidate {
  readonly node: MergeNode;
  readonly index: number;
  readonly text: string;
  readonly grams: Map<string, number>;
  readonly size: number;
}

function candidates(nodes: readonly MergeNode[], labelOf: LabelOf): Candidate[] {
  return nodes.map((node, index) => {
    const text = textOf(node, labelOf);
    return { node, index, text, grams: bigrams(text), size: Math.max(0, Array.from(text).length - 1) };
  });
}

/** Pairs draft nodes with office nodes: draft index → office node. */
function pair(ours: readonly MergeNode[], draft: readonly MergeNode[], labelOf: LabelOf): Map<number, MergeNode> {
  const mine = candidates(ours, labelOf);
  const theirs = candidates(draft, labelOf);
  const used = new Set<number>();
  const result = new Map<number, MergeNode>();
  // Identical text first, in order, so repeated short lines pair up in sequence.
  for (const t of theirs) {
    const same = mine.find((m) => !used.has(m.index) && family(m.node) === family(t.node) && m.text === t.text && (m.text !== '' || m.node.type === t.node.type));
    if (same && t.text !== '') {
      used.add(same.index);
      result.set(t.index, same.node);
    }
  }
  for (const t of theirs) {
    if (result.has(t.index) || t.text === '') continue;
    let best: Candidate | null = null;
    let bestScore = MIN_SIMILARITY;
    for (const m of mine) {
      if (used.has(m.index) || family(m.node) !== family(t.node)) continue;
      const score = dice(t.grams, m.grams, t.size, m.size) - Math.abs(m.index / Math.max(1, mine.length) - t.index / Math.max(1, theirs.length)) * 0.05;
      if (score > bestScore) {
        best = m;
        bestScore = score;
      }
    }
    if (best) {
      used.add(best.index);
      result.set(t.index, best.node);
    }
  }
  return result;
}

function adoptTable(office: TableElement, draft: TableElement): TableElement {
  const a = buildTableMap(office);
  const b = buildTableMap(draft);
  const caption = draft.caption === '' ? office.caption : draft.caption;
  const source = draft.source === '' ? office.source : draft.source;
  const sameShape =
    a.width === b.width &&
    a.height === b.height &&
    a.cells.length === b.cells.length &&
    a.cells.every((cell, i) => cell.row === b.cells[i]?.row && cell.col === b.cells[i]?.col && cell.rowSpan === b.cells[i]?.rowSpan && cell.colSpan === b.cells[i]?.colSpan);
  if (!sameShape) return { ...draft, id: office.id, caption, source };
  // Same grid: the office's table with the draft's texts, so unchanged cells (formulas, formats) stay as they are.
  const texts = new Map(a.cells.map((cell, i) => [cell.cell.id, b.cells[i] ? cellText(b.cells[i].cell) : '']));
  return {
    ...office,
    caption,
    source,
    children: office.children.map((row) => ({
      ...row,
      children: row.children.map((cell) => {
        const text = texts.get(cell.id) ?? cellText(cell);
        if (squeeze(text) === squeeze(cellText(cell)) || cell.formula !== undefined) return cell;
        return { ...cell, children: [{ text }] };
      }),
    })),
  };
}

function adopt(office: MergeNode, draft: MergeNode, labelOf: LabelOf): MergeNode {
  if (office.type === draft.type && textOf(office, labelOf) === textOf(draft, labelOf) && office.type !== 'case' && office.type !== 'table' && office.type !== 'bulleted-list' && office.type !== 'numbered-list') {
    // A figure under the same caption keeps the office's image: Word re-encodes pictures, so their
    // bytes differ even when the photo is the same (a photo swapped under an unchanged caption is
    // therefore not proposed — the reviewer sees captions, not pixels).
    return office;
  }
  if (office.type === 'table' && draft.type === 'table') return adoptTable(office, draft);
  if (office.type === 'case' && draft.type === 'case') {
    return { ...office, title: draft.title === '' ? office.title : draft.title, children: adoptAll(office.children, draft.children, labelOf) as CaseChild[] };
  }
  if ((office.type === 'bulleted-list' || office.type === 'numbered-list') && (draft.type === 'bulleted-list' || draft.type === 'numbered-list')) {
    return { ...draft, id: office.id, children: adoptAll(office.children, draft.children, labelOf) as ListItemElement[] };
  }
  return { ...draft, id: office.id } as MergeNode;
}

function adoptAll(ours: readonly MergeNode[], draft: readonly MergeNode[], labelOf: LabelOf): MergeNode[] {
  const pairs = pair(ours, draft, labelOf);
  return draft.map((node, index) => {
    const match = pairs.get(index);
    return match ? adopt(match, node, labelOf) : node;
  });
}

/** The draft with the office's ids wherever a block corresponds (see the module comment). */
export function adoptBlockIds(ours: readonly BlockElement[], draft: readonly BlockElement[], labelOf: LabelOf = () => null): BlockElement[] {
  return adoptAll(ours, draft, labelOf) as BlockElement[];
}

/**
 * Draft block id → the id it adopted, for the blocks cross-references can point at (tables, figures,
 * cases, headings; cases' children too). adoptBlockIds keeps the draft's order, so the two lists
 * run side by side.
 */
export function adoptedIds(draft: readonly BlockElement[], adopted: readonly BlockElement[]): Map<string, string> {
  const ids = new Map<string, string>();
  const walk = (a: readonly BlockElement[] | readonly CaseChild[], b: readonly BlockElement[] | readonly CaseChild[]): void => {
    a.forEach((block, i) => {
      const other = b[i];
      if (other === undefined) return;
      if (block.id !== other.id) ids.set(block.id, other.id);
      if (block.type === 'case' && other.type === 'case') walk(block.children, other.children);
    });
  };
  walk(draft, adopted);
  return ids;
}

/** The blocks with every cross-reference to a renamed id pointing at its new id. */
export function retargetXrefs(blocks: readonly BlockElement[], ids: ReadonlyMap<string, string>): BlockElement[] {
  if (ids.size === 0) return blocks.slice();
  const inlines = (children: readonly InlineNode[]): InlineNode[] =>
    children.map((c) => ('type' in c && c.type === 'xref' && ids.has(c.target) ? { ...c, target: ids.get(c.target) as string } : c));
  const fix = <T extends BlockElement | CaseChild>(block: T): T => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return { ...block, children: inlines(block.children) } as T;
      case 'case':
        return { ...block, children: block.children.map(fix) } as T;
      case 'bulleted-list':
      case 'numbered-list':
        return { ...block, children: block.children.map((item) => ({ ...item, children: inlines(item.children) })) } as T;
      default:
        return block;
    }
  };
  return blocks.map(fix);
}
