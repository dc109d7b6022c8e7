/**
 * The data-table content model: Slate-compatible element shapes (table → rows → cells → text).
 *
 * Design choices, and why:
 * - The grid is stored the way HTML and Word store it: a row lists only the cells whose top-left
 *   corner ("origin") lies in that row; a cell with `rowSpan`/`colSpan` covers the slots below and
 *   to the right of it, and covered slots have no element at all. Slate sees a plain tree, export
 *   maps 1:1 to `<td rowspan>` and Word's vMerge/gridSpan, and ./table-map.ts recovers the 2-D grid.
 * - A cell holds formatted text children directly (no paragraph inside). That is the simplest shape
 *   for Slate (a cell is then an ordinary text block) and for export. A line break inside a cell is
 *   a "\n" in the text (rendered with `white-space: pre-wrap`, exported as a Word `<w:br/>`).
 * - Caption and source line are plain string properties of the table, not sibling blocks: the
 *   table is then one block to move, number and export, nothing has to keep a caption glued to its
 *   table, and the number ("表 1-1") is computed like heading numbers, never typed. The caption is
 *   edited in a small form above the grid.
 * - Columns are objects with their own table-local `id` (instead of parallel `colWidths` /
 *   `columnFormats` arrays): one array to keep in step with the grid, and formulas can name a column
 *   by id, so a reference survives inserting or deleting other columns with no rewriting.
 *   Rows are referred to by their element id for the same reason (see ./formula-types.ts).
 * - Column widths are relative weights (any positive numbers; only ratios matter). Export turns them
 *   into shares of the text width of the page preset in use, so changing margins or paper never
 *   requires touching the table.
 * - Header rows are a count (`headerRows`) of leading rows: they repeat on every page in Word and PDF
 *   and are what the checks read column titles from.
 *
 * Tables are immutable values (Slate nodes are): every function in this folder returns new objects
 * and never mutates its input, which also lets ./table-map.ts cache maps per table object.
 */
import type { FormattedText } from '../model/document';
import type { CellFormula } from './formula-types';
import type { NumberFormat } from './number-format';

export type CellAlign = 'left' | 'center' | 'right';

export interface TableColumn {
  /** Table-local id (not an element id): formulas refer to columns by it. */
  id: string;
  /** Relative width weight, > 0. */
  width: number;
  /** Default number format for the column's cells (a cell's own `format` wins). */
  format?: NumberFormat;
  /** Default alignment for the column's body cells (a cell's own `align` wins). */
  align?: CellAlign;
}

export interface TableCellElement {
  type: 'table-cell';
  id: string;
  /** Omitted means 1 (the normal form never stores 1). */
  colSpan?: number;
  /** Omitted means 1 (the normal form never stores 1). */
  rowSpan?: number;
  align?: CellAlign;
  format?: NumberFormat;
  /** A computed cell (小计, 合计, 占比, 增长率); its text is written by recalculate() in ./formulas.ts. */
  formula?: CellFormula;
  /** Set by recalculate(): the text is the formula's current result (the UI shows it as computed). */
  computed?: true;
  /** Set by recalculate() when the formula cannot be evaluated; the text is then empty. */
  formulaError?: string;
  children: FormattedText[];
}

export interface TableRowElement {
  type: 'table-row';
  id: string;
  children: TableCellElement[];
}

export interface TableElement {
  type: 'table';
  id: string;
  /** Caption without its number: "2025 届毕业生的院系与专业分布" (the "表 1-1" is computed). */
  caption: string;
  /** The 数据来源 line without its label: "全国高校毕业生就业管理系统". Empty when there is none. */
  source: string;
  /** Number of leading rows that form the header, 0..rows. */
  headerRows: number;
  /** One entry per grid column, in order. */
  columns: TableColumn[];
  children: TableRowElement[];
}

export type TableNode = TableElement | TableRowElement | TableCellElement;

/** What a cell's content may be given as: plain text or already formatted runs. */
export type CellContent = string | readonly FormattedText[];

/**
 * A rectangle of grid slots. `top`/`left` are inclusive and `bottom`/`right` exclusive (as in
 * prosemirror-tables), so the rectangle of a 1×1 cell at (r, c) is {top: r, left: c, bottom: r+1, right: c+1}.
 */
export interface TableRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Cells named either by a grid rectangle or by their ids. */
export type CellTarget = TableRect | readonly string[];

export function isTableElement(value: unknown): value is TableElement {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'table';
}

/** Plain text of a cell: its text runs concatenated. */
export function cellText(cell: TableCellElement): string {
  let text = '';
  for (const child of cell.children) text += child.text;
  return text;
}

export function contentToChildren(content: CellContent): FormattedText[] {
  if (typeof content === 'string') return [{ text: content }];
  const runs = content.map((run) => ({ ...run }));
  return runs.length > 0 ? runs : [{ text: '' }];
}

export function contentText(content: CellContent): string {
  return typeof content === 'string' ? content : content.map((run) => run.text).join('');
}

export function isRectTarget(target: CellTarget): target is TableRect {
  return !Array.isArray(target);
}
