/**
 * Where a query occurs in a section's content, and the content with every occurrence replaced.
 * One walk decides what find may see, for the editor (highlights, next/previous, replace) and for
 * main (counts and replace-all over stored sections), so both always agree:
 * - text in paragraphs, headings, list items and table cells, matched across formatting changes
 *   (“师资**队伍**” is one run of text) but never across a cross-reference, whose shown text
 *   (见表 1-1) is computed and not part of the content;
 * - the fields of structures: table and figure captions and source lines, case titles;
 * - never computed table cells (小计, 合计, 占比…: their text is a formula's result) nor heading,
 *   figure, table or case numbers (computed, never stored).
 * Matches come in reading order (a table's caption before its cells, its source line after).
 */
import type { BlockElement, CaseElement, FigureElement, FormattedText, InlineNode, ReportNode, SectionContent } from '../model/document';
import { recalculate } from '../tables/formulas';
import type { TableCellElement, TableElement } from '../tables/table-types';
import { findInText, replaceSpans, type FindOptions, type TextSpan } from './match-text';

/** The string fields of structures that find reads. */
export type FindField = 'caption' | 'source' | 'title';

export interface ContentPoint {
  /** Slate path of a text leaf, from the section's root. */
  readonly path: readonly number[];
  readonly offset: number;
}

export type ContentMatch =
  | { readonly kind: 'text'; readonly blockId: string; readonly anchor: ContentPoint; readonly focus: ContentPoint }
  | { readonly kind: 'field'; readonly blockId: string; readonly path: readonly number[]; readonly field: FindField; readonly start: number; readonly end: number };

interface Run {
  /** Indexes of consecutive text leaves in the block's children. */
  readonly leaves: readonly number[];
  readonly text: string;
}

function isText(node: InlineNode | ReportNode): node is FormattedText {
  return 'text' in node && typeof (node as FormattedText).text === 'string';
}

/** A block's text split at cross-references. */
function runsOf(children: readonly InlineNode[]): Run[] {
  const runs: Run[] = [];
  let leaves: number[] = [];
  let text = '';
  children.forEach((child, i) => {
    if (isText(child)) {
      leaves.push(i);
      text += child.text;
    } else {
      if (leaves.length > 0) runs.push({ leaves, text });
      leaves = [];
      text = '';
    }
  });
  if (leaves.length > 0) runs.push({ leaves, text });
  return runs;
}

/** The leaf point of `offset` in the run; a start lies in the leaf its first character is in, an end in the leaf its last character is in. */
function pointIn(children: readonly InlineNode[], run: Run, offset: number, edge: 'start' | 'end', blockPath: readonly number[]): ContentPoint {
  let before = 0;
  for (const index of run.leaves) {
    const length = (children[index] as FormattedText).text.length;
    const inside = edge === 'start' ? offset < before + length : offset <= before + length;
    if (inside) return { path: [...blockPath, index], offset: offset - before };
    before += length;
  }
  const last = run.leaves[run.leaves.length - 1] as number;
  return { path: [...blockPath, last], offset: (children[last] as FormattedText).text.length };
}

/** A cell whose text a formula writes: find leaves it alone. */
export function isComputedCell(cell: TableCellElement): boolean {
  return cell.formula !== undefined || cell.computed === true;
}

function textMatches(children: readonly InlineNode[], blockId: string, path: readonly number[], query: string, options: FindOptions, out: ContentMatch[]): void {
  for (const run of runsOf(children)) {
    for (const span of findInText(run.text, query, options)) {
      out.push({ kind: 'text', blockId, anchor: pointIn(children, run, span.start, 'start', path), focus: pointIn(children, run, span.end, 'end', path) });
    }
  }
}

function fieldMatches(value: string, blockId: string, path: readonly number[], field: FindField, query: string, options: FindOptions, out: ContentMatch[]): void {
  for (const span of findInText(value, query, options)) out.push({ kind: 'field', blockId, path, field, start: span.start, end: span.end });
}

function tableMatches(table: TableElement, path: readonly number[], query: string, options: FindOptions, out: ContentMatch[]): void {
  fieldMatches(table.caption, table.id, path, 'caption', query, options, out);
  table.children.forEach((row, r) =>
    row.children.forEach((cell, c) => {
      if (!isComputedCell(cell)) textMatches(cell.children, cell.id, [...path, r, c], query, options, out);
    }),
  );
  fieldMatches(table.source, table.id, path, 'source', query, options, out);
}

function blockMatches(block: BlockElement, path: readonly number[], query: string, options: FindOptions, out: ContentMatch[]): void {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      textMatches(block.children, block.id, path, query, options, out);
      return;
    case 'bulleted-list':
    case 'numbered-list':
      block.children.forEach((item, i) => textMatches(item.children, item.id, [...path, i], query, options, out));
      return;
    case 'table':
      tableMatches(block, path, query, options, out);
      return;
    case 'figure':
      fieldMatches(block.caption, block.id, path, 'caption', query, options, out);
      fieldMatches(block.source, block.id, path, 'source', query, options, out);
      return;
    case 'case':
      fieldMatches(block.title, block.id, path, 'title', query, options, out);
      block.children.forEach((child, i) => blockMatches(child, [...path, i], query, options, out));
      return;
  }
}

/** Every occurrence of `query` in the section, in reading order. */
export function findInContent(content: readonly BlockElement[], query: string, options: FindOptions = {}): ContentMatch[] {
  const out: ContentMatch[] = [];
  if (query.length === 0) return out;
  content.forEach((block, i) => blockMatches(block, [i], query, options, out));
  return out;
}

// ---- replacing -------------------------------------------------------------------------------

interface Replacing {
  readonly query: string;
  readonly replacement: string;
  readonly options: FindOptions;
  count: number;
}

/**
 * The run's leaves with every span replaced. The replacement takes the formatting of the leaf the
 * match starts in (as typing over a selection does); leaves emptied by a replacement are dropped,
 * but a run never loses all its leaves (a cross-reference needs text on both sides).
 */
function replaceRun(children: readonly InlineNode[], run: Run, spans: readonly TextSpan[], replacement: string): FormattedText[] {
  const out: FormattedText[] = [];
  let before = 0;
  for (const index of run.leaves) {
    const leaf = children[index] as FormattedText;
    const start = before;
    const end = before + leaf.text.length;
    let text = '';
    let at = start;
    for (const span of spans) {
      if (span.end <= start || span.start >= end) {
        // A span wholly before or after this leaf: nothing here (but a span starting at the very end of an empty leaf is not ours either).
        continue;
      }
      if (span.start >= at) text += leaf.text.slice(at - start, span.start - start);
      if (span.start >= start) text += replacement;
      at = Math.min(span.end, end);
    }
    text += leaf.text.slice(at - start);
    before = end;
    if (text !== leaf.text) out.push({ ...leaf, text });
    else out.push(leaf);
  }
  const kept = out.filter((leaf) => leaf.text.length > 0);
  return kept.length > 0 ? kept : [{ ...(out[0] as FormattedText), text: '' }];
}

function replaceInChildren<T extends InlineNode>(children: readonly T[], r: Replacing): T[] {
  const runs = runsOf(children);
  let changed = false;
  const replacedRuns = new Map<number, FormattedText[]>();
  for (const run of runs) {
    const spans = findInText(run.text, r.query, r.options);
    if (spans.length === 0) continue;
    r.count += spans.length;
    changed = true;
    replacedRuns.set(run.leaves[0] as number, replaceRun(children, run, spans, r.replacement));
  }
  if (!changed) return children as T[];
  const out: InlineNode[] = [];
  const skip = new Set<number>();
  for (const run of runs) if (replacedRuns.has(run.leaves[0] as number)) run.leaves.forEach((i) => skip.add(i));
  children.forEach((child, i) => {
    const replaced = replacedRuns.get(i);
    if (replaced) out.push(...replaced);
    else if (!skip.has(i)) out.push(child);
  });
  return out as T[];
}

function replaceField(value: string, r: Replacing): string {
  const spans = findInText(value, r.query, r.options);
  r.count += spans.length;
  return spans.length === 0 ? value : replaceSpans(value, spans, r.replacement);
}

function replaceTable(table: TableElement, r: Replacing): TableElement {
  const caption = replaceField(table.caption, r);
  const children = table.children.map((row) => {
    const cells = row.children.map((cell) => {
      if (isComputedCell(cell)) return cell;
      const next = replaceInChildren(cell.children, r);
      return next === cell.children ? cell : { ...cell, children: next };
    });
    return cells.every((cell, i) => cell === row.children[i]) ? row : { ...row, children: cells };
  });
  const source = replaceField(table.source, r);
  const cellsSame = children.every((row, i) => row === table.children[i]);
  if (cellsSame && caption === table.caption && source === table.source) return table;
  const next = { ...table, caption, source, children };
  // A number replaced in a cell moves the 小计 and 合计 that read it, as typing would.
  return cellsSame ? next : recalculate(next);
}

function replaceFigure(figure: FigureElement, r: Replacing): FigureElement {
  const caption = replaceField(figure.caption, r);
  const source = replaceField(figure.source, r);
  return caption === figure.caption && source === figure.source ? figure : { ...figure, caption, source };
}

function replaceCase(box: CaseElement, r: Replacing): CaseElement {
  const title = replaceField(box.title, r);
  const children = box.children.map((child) => replaceBlock(child, r)) as CaseElement['children'];
  const same = title === box.title && children.every((child, i) => child === box.children[i]);
  return same ? box : { ...box, title, children };
}

function replaceBlock(block: BlockElement, r: Replacing): BlockElement {
  switch (block.type) {
    case 'paragraph': {
      const children = replaceInChildren(block.children, r);
      return children === block.children ? block : { ...block, children };
    }
    case 'heading': {
      const children = replaceInChildren(block.children, r);
      return children === block.children ? block : { ...block, children };
    }
    case 'bulleted-list':
    case 'numbered-list': {
      const items = block.children.map((item) => {
        const children = replaceInChildren(item.children, r);
        return children === item.children ? item : { ...item, children };
      });
      return items.every((item, i) => item === block.children[i]) ? block : { ...block, children: items };
    }
    case 'table':
      return replaceTable(block, r);
    case 'figure':
      return replaceFigure(block, r);
    case 'case':
      return replaceCase(block, r);
  }
}

/**
 * The section with every occurrence replaced (a new value; untouched blocks are the same objects)
 * and how many were. Computed cells are never replaced in; they are recalculated from the cells
 * they read when those changed.
 */
export function replaceInContent(content: SectionContent, query: string, replacement: string, options: FindOptions = {}): { content: SectionContent; count: number } {
  if (query.length === 0) return { content, count: 0 };
  const r: Replacing = { query, replacement, options, count: 0 };
  const next = content.map((block) => replaceBlock(block, r));
  return { content: r.count === 0 ? content : next, count: r.count };
}
