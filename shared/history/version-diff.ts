/**
 * What restoring a history version would change (issue 15): the section's current content against
 * the version's, block by block and word by word, for the preview before restoring. Tables (cell
 * by cell, rows added or removed), figure captions and case boxes are included.
 *
 * Reuses the merge's word diff (../merge/text-diff.ts: jsdiff's Myers diff over Intl.Segmenter
 * words) and jsdiff's `diffArrays` for the block sequence. Blocks are matched by their stable ids
 * first (an edited paragraph keeps its id); blocks that only look alike after an import gave them
 * new ids are matched by their text, and what is left of a changed stretch is paired by position
 * when the kinds agree, so a rewritten paragraph shows as words changed rather than a delete and
 * an insert.
 *
 * Direction: `current` is the text now, `target` the version; 'insert' is what restoring brings
 * back, 'delete' what it takes away.
 */
import { diffArrays } from 'diff';
import { canonicalJson } from '../merge/canonical-json';
import { inlineText, XREF_MARK } from '../merge/redlines';
import { tableShape } from '../merge/table-merge';
import { diffText } from '../merge/text-diff';
import type { TextSegment } from '../merge/merge-types';
import type { BlockElement, CaseChild, FigureElement, ListItemElement } from '../model/document';
import { cellText, type TableCellElement, type TableElement, type TableRowElement } from '../tables/table-types';

export type { TextSegment };
export type DiffOp = 'equal' | 'insert' | 'delete' | 'modify';

type Node = BlockElement | CaseChild | ListItemElement;

export interface CellDiff {
  readonly id: string;
  readonly colSpan: number;
  readonly rowSpan: number;
  readonly segments: readonly TextSegment[];
}

export interface RowDiff {
  readonly id: string;
  readonly op: DiffOp;
  readonly header: boolean;
  readonly cells: readonly CellDiff[];
}

export type BlockDiff =
  | {
      readonly kind: 'text';
      readonly op: DiffOp;
      readonly id: string;
      readonly blockType: 'paragraph' | 'heading' | 'list-item';
      readonly level?: number;
      readonly segments: readonly TextSegment[];
      /** The words are the same but bold/italic/alignment or the heading level changed. */
      readonly formatChanged?: true;
    }
  | {
      readonly kind: 'table';
      readonly op: DiffOp;
      readonly id: string;
      readonly caption: readonly TextSegment[];
      readonly source: readonly TextSegment[];
      readonly rows: readonly RowDiff[];
    }
  | {
      readonly kind: 'figure';
      readonly op: DiffOp;
      readonly id: string;
      readonly caption: readonly TextSegment[];
      /** Another picture, chart or width. */
      readonly pictureChanged: boolean;
      readonly chart: boolean;
    }
  | {
      readonly kind: 'container';
      readonly op: DiffOp;
      readonly id: string;
      readonly blockType: 'case' | 'bulleted-list' | 'numbered-list';
      readonly title: readonly TextSegment[];
      readonly children: readonly BlockDiff[];
    };

export interface SectionDiff {
  readonly blocks: readonly BlockDiff[];
  /** Runs of inserted and deleted text, rows and blocks, for the summary line. */
  readonly insertions: number;
  readonly deletions: number;
  readonly changed: boolean;
}

const same = (text: string): TextSegment[] => (text === '' ? [] : [{ op: 'equal', text }]);
const whole = (op: 'insert' | 'delete', text: string): TextSegment[] => (text === '' ? [] : [{ op, text }]);

function isText(node: Node): node is Extract<Node, { type: 'paragraph' | 'heading' | 'list-item' }> {
  return node.type === 'paragraph' || node.type === 'heading' || node.type === 'list-item';
}

function isContainer(node: Node): node is Extract<Node, { type: 'case' | 'bulleted-list' | 'numbered-list' }> {
  return node.type === 'case' || node.type === 'bulleted-list' || node.type === 'numbered-list';
}

/** The words a block reads as, nested blocks included (matching blocks whose ids changed). */
function plainText(node: Node): string {
  if (isText(node)) return inlineText(node.children);
  if (node.type === 'table') return [node.caption, ...node.children.flatMap((r) => r.children.map(cellText)), node.source].join('\u0001');
  if (node.type === 'figure') return `${node.caption}\u0001${node.asset ?? ''}`;
  return [node.type === 'case' ? node.title : '', ...(node.children as Node[]).map(plainText)].join('\u0002');
}

/** The node without ids anywhere, to tell "the same block under a new id" (after an import). */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) if (key !== 'id' && key !== 'target') out[key] = withoutIds(v);
    return out;
  }
  return value;
}

// ---- one block, shown on one side only or as it changed -------------------------------------

function oneSide(node: Node, op: 'insert' | 'delete' | 'equal'): BlockDiff {
  const seg = (text: string): TextSegment[] => (op === 'equal' ? same(text) : whole(op, text));
  if (isText(node)) {
    return { kind: 'text', op, id: node.id, blockType: node.type, ...(node.type === 'heading' ? { level: node.level } : {}), segments: seg(inlineText(node.children)) };
  }
  if (node.type === 'table') {
    return { kind: 'table', op, id: node.id, caption: seg(node.caption), source: seg(node.source), rows: node.children.map((row, i) => rowOneSide(row, op, i < node.headerRows)) };
  }
  if (node.type === 'figure') return { kind: 'figure', op, id: node.id, caption: seg(node.caption), pictureChanged: false, chart: node.chart !== undefined };
  return {
    kind: 'container',
    op,
    id: node.id,
    blockType: node.type,
    title: node.type === 'case' ? seg(node.title) : [],
    children: (node.children as Node[]).map((child) => oneSide(child, op)),
  };
}

function cellOf(cell: TableCellElement, segments: TextSegment[]): CellDiff {
  return { id: cell.id, colSpan: cell.colSpan ?? 1, rowSpan: cell.rowSpan ?? 1, segments };
}

function rowOneSide(row: TableRowElement, op: 'insert' | 'delete' | 'equal', header: boolean): RowDiff {
  return { id: row.id, op, header, cells: row.children.map((cell) => cellOf(cell, op === 'equal' ? same(cellText(cell)) : whole(op, cellText(cell)))) };
}

function segmentsChanged(segments: readonly TextSegment[]): boolean {
  return segments.some((s) => s.op !== 'equal');
}

/** A table that exists on both sides: cell by cell when the columns agree, rows matched by id. */
function tableDiff(before: TableElement, after: TableElement): BlockDiff[] {
  const caption = diffText(before.caption, after.caption);
  const source = diffText(before.source, after.source);
  const columnsAgree = canonicalJson(before.columns.map((c) => c.id)) === canonicalJson(after.columns.map((c) => c.id));
  if (!columnsAgree) {
    // Columns added or removed: the table is shown whole, as it is and as it would be.
    return [oneSide(before, 'delete'), oneSide(after, 'insert')];
  }
  const rows: RowDiff[] = [];
  const beforeRows = new Map(before.children.map((r, i) => [r.id, { row: r, index: i }]));
  const parts = diffArrays(
    before.children.map((r) => r.id),
    after.children.map((r) => r.id),
  );
  let afterIndex = 0;
  for (const part of parts) {
    for (const id of part.value) {
      const old = beforeRows.get(id);
      if (part.removed) {
        if (old) rows.push(rowOneSide(old.row, 'delete', old.index < before.headerRows));
        continue;
      }
      const row = after.children[afterIndex] as TableRowElement;
      const header = afterIndex < after.headerRows;
      afterIndex += 1;
      if (part.added || !old) {
        rows.push(rowOneSide(row, 'insert', header));
        continue;
      }
      const oldCells = new Map(old.row.children.map((c) => [c.id, c]));
      const cells = row.children.map((cell, i) => {
        const was = oldCells.get(cell.id) ?? old.row.children[i];
        return cellOf(cell, was ? diffText(cellText(was), cellText(cell)) : whole('insert', cellText(cell)));
      });
      const changed = cells.some((c) => segmentsChanged(c.segments)) || canonicalJson(old.row) !== canonicalJson(row);
      rows.push({ id: row.id, op: changed ? 'modify' : 'equal', header, cells });
    }
  }
  const changed = segmentsChanged(caption) || segmentsChanged(source) || rows.some((r) => r.op !== 'equal') || tableShape(before) !== tableShape(after) || before.headerRows !== after.headerRows;
  return [{ kind: 'table', op: changed ? 'modify' : 'equal', id: after.id, caption, source, rows }];
}

function figureDiff(before: FigureElement, after: FigureElement): BlockDiff {
  const caption = diffText(before.caption, after.caption);
  const pictureChanged = before.asset !== after.asset || before.width !== after.width || canonicalJson(before.chart ?? null) !== canonicalJson(after.chart ?? null);
  const changed = pictureChanged || segmentsChanged(caption) || before.source !== after.source;
  return { kind: 'figure', op: changed ? 'modify' : 'equal', id: after.id, caption, pictureChanged, chart: after.chart !== undefined };
}

/** Two blocks of the same kind, the one becoming the other. */
function modified(before: Node, after: Node): BlockDiff[] {
  if (isText(before) && isText(after)) {
    const segments = diffText(inlineText(before.children), inlineText(after.children));
    const textChanged = segmentsChanged(segments);
    const formatChanged = !textChanged && canonicalJson(withoutIds(before)) !== canonicalJson(withoutIds(after));
    return [
      {
        kind: 'text',
        op: textChanged || formatChanged ? 'modify' : 'equal',
        id: after.id,
        blockType: after.type,
        ...(after.type === 'heading' ? { level: after.level } : {}),
        segments,
        ...(formatChanged ? { formatChanged: true as const } : {}),
      },
    ];
  }
  if (before.type === 'table' && after.type === 'table') return tableDiff(before, after);
  if (before.type === 'figure' && after.type === 'figure') return [figureDiff(before, after)];
  if (isContainer(before) && isContainer(after) && before.type === after.type) {
    const title = before.type === 'case' && after.type === 'case' ? diffText(before.title, after.title) : [];
    const children = diffBlocks(before.children as Node[], after.children as Node[]);
    const changed = segmentsChanged(title) || children.some((c) => c.op !== 'equal') || (before.type === 'case' && after.type === 'case' && before.classic !== after.classic);
    return [{ kind: 'container', op: changed ? 'modify' : 'equal', id: after.id, blockType: after.type, title, children }];
  }
  return [oneSide(before, 'delete'), oneSide(after, 'insert')];
}

const sameKind = (a: Node, b: Node): boolean => a.type === b.type;

/** A changed stretch: blocks that read the same are matched, the rest paired by position or shown whole. */
function changedStretch(removed: readonly Node[], added: readonly Node[]): BlockDiff[] {
  const out: BlockDiff[] = [];
  const parts = diffArrays(removed as Node[], added as Node[], { comparator: (a, b) => a.type === b.type && plainText(a) === plainText(b) });
  let pendingRemoved: Node[] = [];
  const flush = (adds: readonly Node[]): void => {
    const pairs = Math.min(pendingRemoved.length, adds.length);
    for (let i = 0; i < pairs; i += 1) {
      const a = pendingRemoved[i] as Node;
      const b = adds[i] as Node;
      if (sameKind(a, b)) out.push(...modified(a, b));
      else out.push(oneSide(a, 'delete'), oneSide(b, 'insert'));
    }
    for (const a of pendingRemoved.slice(pairs)) out.push(oneSide(a, 'delete'));
    for (const b of adds.slice(pairs)) out.push(oneSide(b, 'insert'));
    pendingRemoved = [];
  };
  let removedIndex = 0;
  for (const part of parts) {
    if (part.removed) {
      pendingRemoved.push(...part.value);
      removedIndex += part.value.length;
    } else if (part.added) {
      flush(part.value);
    } else {
      flush([]);
      part.value.forEach((b, i) => out.push(...modified(removed[removedIndex + i] as Node, b)));
      removedIndex += part.value.length;
    }
  }
  flush([]);
  return out;
}

function diffBlocks(current: readonly Node[], target: readonly Node[]): BlockDiff[] {
  const byId = new Map(current.map((n) => [n.id, n]));
  const parts = diffArrays(
    current.map((n) => n.id),
    target.map((n) => n.id),
  );
  const out: BlockDiff[] = [];
  let removed: Node[] = [];
  let added: Node[] = [];
  let targetIndex = 0;
  const settle = (): void => {
    if (removed.length > 0 || added.length > 0) out.push(...changedStretch(removed, added));
    removed = [];
    added = [];
  };
  for (const part of parts) {
    if (part.removed) {
      for (const id of part.value) removed.push(byId.get(id) as Node);
      continue;
    }
    const nodes = target.slice(targetIndex, targetIndex + part.value.length);
    targetIndex += part.value.length;
    if (part.added) {
      added.push(...nodes);
      continue;
    }
    settle();
    for (const node of nodes) out.push(...modified(byId.get(node.id) as Node, node));
  }
  settle();
  return out;
}

function count(blocks: readonly BlockDiff[], op: 'insert' | 'delete'): number {
  let n = 0;
  const runs = (segments: readonly TextSegment[]): number => segments.filter((s) => s.op === op).length;
  for (const block of blocks) {
    if (block.op === op) {
      n += 1;
      continue;
    }
    if (block.op !== 'modify') continue;
    if (block.kind === 'text') n += runs(block.segments);
    else if (block.kind === 'figure') n += runs(block.caption) + (block.pictureChanged && op === 'insert' ? 1 : 0);
    else if (block.kind === 'table') {
      n += runs(block.caption) + runs(block.source);
      for (const row of block.rows) n += row.op === op ? 1 : row.op === 'modify' ? row.cells.reduce((sum, c) => sum + runs(c.segments), 0) : 0;
    } else n += runs(block.title) + count(block.children, op);
  }
  return n;
}

/** What restoring `target` over `current` would change. */
export function diffSections(current: readonly BlockElement[], target: readonly BlockElement[]): SectionDiff {
  const blocks = diffBlocks(current, target);
  const changed = blocks.some((b) => b.op !== 'equal');
  return { blocks, insertions: count(blocks, 'insert'), deletions: count(blocks, 'delete'), changed };
}

export { XREF_MARK };
