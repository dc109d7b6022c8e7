/**
 * The 2-D grid behind a table's rows of spanning cells (after prosemirror-tables' TableMap).
 *
 * Cells are placed the way HTML does it: row by row, each cell at the first slot of its row not
 * already taken by a rowSpan from above, covering colSpan × rowSpan slots. Whatever does not fit
 * that picture is reported as a problem instead of being guessed at: two cells claiming one slot,
 * slots nobody covers, spans that run past the last row. normalizeTable() repairs them; every
 * operation in this folder returns tables whose map has no problems.
 */
import { cellText, type TableCellElement, type TableElement, type TableRect } from './table-types';

/** HTML caps colspan at 1000; a larger value is a broken file, not a table. */
export const MAX_COL_SPAN = 1000;

export interface MappedCell {
  cell: TableCellElement;
  /** Grid position of the cell's top-left slot. */
  row: number;
  col: number;
  /** Spans as placed: the stored ones, made positive integers and cut at the last row. */
  rowSpan: number;
  colSpan: number;
  /** The cell's index among its row element's children (its row element is `row`). */
  childIndex: number;
}

export type TableProblem =
  /** The cell wants a slot that an earlier cell already covers. */
  | { kind: 'overlap'; cellId: string; row: number; col: number }
  /** No cell covers this slot. */
  | { kind: 'hole'; row: number; col: number }
  /** rowSpan runs past the last row. */
  | { kind: 'span-overflow'; cellId: string }
  /** A span that is not a positive integer (or a colSpan over MAX_COL_SPAN). */
  | { kind: 'bad-span'; cellId: string }
  /** A row without cells of its own: Slate cannot hold an element without children. */
  | { kind: 'empty-row'; row: number };

export interface TableMap {
  width: number;
  height: number;
  /** `slots[row * width + col]` is the index in `cells` of the cell covering the slot, -1 for a hole. */
  slots: readonly number[];
  /** Cells in document order (row by row, left to right). */
  cells: readonly MappedCell[];
  /** Row element id of each grid row. */
  rowIds: readonly string[];
  problems: readonly TableProblem[];
  /** Cell id → index in `cells` (the first one, if ids repeat). */
  byId: ReadonlyMap<string, number>;
}

function placedSpan(value: number | undefined, max: number): { span: number; bad: boolean } {
  if (value === undefined) return { span: 1, bad: false };
  if (!Number.isInteger(value) || value < 1) return { span: Math.max(1, Math.min(max, Math.floor(Number.isFinite(value) ? value : 1))), bad: true };
  if (value > max) return { span: max, bad: true };
  return { span: value, bad: false };
}

const cache = new WeakMap<TableElement, TableMap>();

/**
 * The last table mapped under each table id, so the map of its next version (a keystroke in one
 * cell makes a new table object) is derived from it instead of recomputed: in a 2 000 × 12 table a
 * full map is 24 000 placements per keystroke. Bounded: only the most recent tables are kept.
 */
const latestById = new Map<string, { table: TableElement; map: TableMap }>();
const LATEST_KEPT = 32;
/** Index in `cells` of each row's first cell (cells are in document order). */
const rowStartsOf = new WeakMap<TableMap, number[]>();

export function buildTableMap(table: TableElement): TableMap {
  const cached = cache.get(table);
  if (cached !== undefined) return cached;
  const previous = typeof table.id === 'string' ? latestById.get(table.id) : undefined;
  const map = (previous && remapSameShape(previous.table, previous.map, table)) ?? computeTableMap(table);
  cache.set(table, map);
  if (typeof table.id === 'string') {
    latestById.delete(table.id);
    latestById.set(table.id, { table, map });
    if (latestById.size > LATEST_KEPT) latestById.delete(latestById.keys().next().value as string);
  }
  return map;
}

function rowStarts(map: TableMap): number[] {
  let starts = rowStartsOf.get(map);
  if (starts === undefined) {
    starts = new Array<number>(map.height + 1).fill(map.cells.length);
    for (let i = map.cells.length - 1; i >= 0; i--) starts[(map.cells[i] as MappedCell).row] = i;
    for (let r = map.height - 1; r >= 0; r--) starts[r] = Math.min(starts[r] as number, starts[r + 1] as number);
    rowStartsOf.set(map, starts);
  }
  return starts;
}

/**
 * The map of `next` from the map of `before` when they have the same shape: the same rows and, in
 * each row, cells with the same ids and spans (only texts or other cell properties changed). Null
 * otherwise. Placement depends on nothing else, so only the changed cells' entries are replaced.
 */
function remapSameShape(before: TableElement, map: TableMap, next: TableElement): TableMap | null {
  if (before.children.length !== next.children.length || map.height !== next.children.length) return null;
  const changed: number[] = [];
  for (let r = 0; r < next.children.length; r++) {
    const a = before.children[r];
    const b = next.children[r];
    if (a === b) continue;
    if (!a || !b || a.id !== b.id || a.children.length !== b.children.length) return null;
    for (let c = 0; c < b.children.length; c++) {
      const x = a.children[c];
      const y = b.children[c];
      if (x === y) continue;
      if (!x || !y || x.id !== y.id || x.rowSpan !== y.rowSpan || x.colSpan !== y.colSpan) return null;
    }
    changed.push(r);
  }
  const starts = rowStarts(map);
  const cells: MappedCell[] = map.cells.slice();
  for (const r of changed) {
    const row = next.children[r] as TableElement['children'][number];
    const start = starts[r] as number;
    for (let c = 0; c < row.children.length; c++) {
      const old = cells[start + c] as MappedCell;
      cells[start + c] = { ...old, cell: row.children[c] as TableCellElement };
    }
  }
  const remapped: TableMap = { ...map, cells };
  rowStartsOf.set(remapped, starts);
  return remapped;
}

function computeTableMap(table: TableElement): TableMap {
  const height = table.children.length;
  // Rows of owner indexes that grow to the right as cells are placed; the width is known at the end.
  const owners: number[][] = Array.from({ length: height }, () => []);
  const cells: MappedCell[] = [];
  const problems: TableProblem[] = [];
  const byId = new Map<string, number>();

  table.children.forEach((rowElement, r) => {
    const rowOwners = owners[r] as number[];
    let col = 0;
    rowElement.children.forEach((cell, childIndex) => {
      const colSpan = placedSpan(cell.colSpan, MAX_COL_SPAN);
      const wanted = placedSpan(cell.rowSpan, Number.MAX_SAFE_INTEGER);
      if (colSpan.bad || wanted.bad) problems.push({ kind: 'bad-span', cellId: cell.id });
      while (rowOwners[col] !== undefined) col++;
      const rowSpan = Math.min(wanted.span, height - r);
      if (wanted.span > rowSpan) problems.push({ kind: 'span-overflow', cellId: cell.id });
      const index = cells.length;
      let overlapped = false;
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = owners[r + dr] as number[];
        for (let dc = 0; dc < colSpan.span; dc++) {
          if (target[col + dc] === undefined) target[col + dc] = index;
          else if (!overlapped) {
            overlapped = true;
            problems.push({ kind: 'overlap', cellId: cell.id, row: r + dr, col: col + dc });
          }
        }
      }
      cells.push({ cell, row: r, col, rowSpan, colSpan: colSpan.span, childIndex });
      if (!byId.has(cell.id)) byId.set(cell.id, index);
      col += colSpan.span;
    });
    if (rowElement.children.length === 0) problems.push({ kind: 'empty-row', row: r });
  });

  const width = owners.reduce((max, row) => Math.max(max, row.length), 0);
  const slots: number[] = new Array<number>(width * height).fill(-1);
  for (let r = 0; r < height; r++) {
    const rowOwners = owners[r] as number[];
    for (let c = 0; c < width; c++) {
      const owner = rowOwners[c];
      if (owner === undefined) problems.push({ kind: 'hole', row: r, col: c });
      else slots[r * width + c] = owner;
    }
  }
  return { width, height, slots, cells, rowIds: table.children.map((row) => row.id), problems, byId };
}

/** True when every slot is covered by exactly one cell and every row has cells of its own. */
export function isRectangular(map: TableMap): boolean {
  return map.problems.length === 0;
}

export function cellIndexAt(map: TableMap, row: number, col: number): number {
  if (row < 0 || col < 0 || row >= map.height || col >= map.width) return -1;
  return map.slots[row * map.width + col] ?? -1;
}

/** The cell covering slot (row, col), whether it starts there or spans over it. */
export function cellAt(map: TableMap, row: number, col: number): MappedCell | undefined {
  const index = cellIndexAt(map, row, col);
  return index < 0 ? undefined : map.cells[index];
}

export function findCell(map: TableMap, cellId: string): MappedCell | undefined {
  const index = map.byId.get(cellId);
  return index === undefined ? undefined : map.cells[index];
}

export function cellRect(cell: MappedCell): TableRect {
  return { top: cell.row, left: cell.col, bottom: cell.row + cell.rowSpan, right: cell.col + cell.colSpan };
}

export function isRectInGrid(map: TableMap, rect: TableRect): boolean {
  return rect.top >= 0 && rect.left >= 0 && rect.top < rect.bottom && rect.left < rect.right && rect.bottom <= map.height && rect.right <= map.width;
}

/** Each cell covering at least one slot of `rect`, once, in document order. */
export function cellsInRect(map: TableMap, rect: TableRect): MappedCell[] {
  const seen = new Set<number>();
  for (let r = Math.max(0, rect.top); r < Math.min(rect.bottom, map.height); r++) {
    for (let c = Math.max(0, rect.left); c < Math.min(rect.right, map.width); c++) {
      const index = cellIndexAt(map, r, c);
      if (index >= 0) seen.add(index);
    }
  }
  return [...seen].sort((a, b) => a - b).map((index) => map.cells[index] as MappedCell);
}

/** True when `rect` lies in the grid and no cell straddles its border (it is exactly tiled by cells). */
export function isRectExactlyCovered(map: TableMap, rect: TableRect): boolean {
  if (!isRectInGrid(map, rect)) return false;
  return cellsInRect(map, rect).every((c) => c.row >= rect.top && c.col >= rect.left && c.row + c.rowSpan <= rect.bottom && c.col + c.colSpan <= rect.right);
}

/** Smallest rectangle that contains `rect` and cuts no cell (what a drag selection grows to). */
export function expandRectToCells(map: TableMap, rect: TableRect): TableRect {
  const clamp = (value: number, low: number, high: number): number => Math.max(low, Math.min(high, value));
  const top = clamp(rect.top, 0, map.height - 1);
  const left = clamp(rect.left, 0, map.width - 1);
  let current: TableRect = { top, left, bottom: clamp(rect.bottom, top + 1, map.height), right: clamp(rect.right, left + 1, map.width) };
  for (;;) {
    let next = { ...current };
    for (const cell of cellsInRect(map, current)) {
      next = {
        top: Math.min(next.top, cell.row),
        left: Math.min(next.left, cell.col),
        bottom: Math.max(next.bottom, cell.row + cell.rowSpan),
        right: Math.max(next.right, cell.col + cell.colSpan),
      };
    }
    if (next.top === current.top && next.left === current.left && next.bottom === current.bottom && next.right === current.right) return next;
    current = next;
  }
}

/** The cell that starts exactly at slot (row, col), i.e. the one holding that row's value. */
export function cellStartingAt(map: TableMap, row: number, col: number): MappedCell | undefined {
  const found = cellAt(map, row, col);
  return found !== undefined && found.row === row && found.col === col ? found : undefined;
}

/** Column title: the lowest non-empty header cell over the column. */
export function columnTitle(table: TableElement, map: TableMap, col: number): string {
  for (let r = table.headerRows - 1; r >= 0; r--) {
    const cell = cellAt(map, r, col);
    const text = cell === undefined ? '' : cellText(cell.cell).trim();
    if (text !== '') return text;
  }
  return '';
}
