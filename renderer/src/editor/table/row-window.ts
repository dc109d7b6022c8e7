/**
 * Which rows of a long table the editor draws (pure; see table-view.tsx for the DOM side).
 *
 * A pasted 2 000 × 12 table is 24 000 editable cells: drawing them all makes every keystroke walk
 * them (React's context propagation, style and layout) and opening the section take seconds. So a
 * long table draws the rows near the viewport and, for each run of rows out of view, one empty
 * placeholder row of the height those rows would take (measured when they were last drawn, else
 * estimated). The rows holding the selection's ends are always drawn, so Slate can always map its
 * selection to the DOM (slate-react drops a DOM selection it cannot resolve).
 *
 * A window never cuts through a merged cell: it starts and ends only where no cell spans across
 * (see rowCuts), otherwise the drawn half of a merged cell would shift its row's other cells.
 */
import type { TableMap } from '../../../../shared/tables/table-map';

/** Tables with more rows than this are windowed; smaller ones are drawn whole, as before. */
export const WINDOW_MIN_ROWS = 120;
/** Height of a row never drawn yet, until drawn rows give an average (one line of 10.5 pt text). */
export const DEFAULT_ROW_PX = 28;

export type RowSegment =
  | { readonly kind: 'rows'; readonly start: number; readonly end: number }
  | { readonly kind: 'gap'; readonly start: number; readonly end: number; readonly height: number };

/**
 * `cuts[r]` (0 ≤ r ≤ height) is true when rows may be split between row r − 1 and row r: no cell
 * starting above r reaches down to r. `cuts[0]` and `cuts[height]` are always true.
 */
export function rowCuts(map: Pick<TableMap, 'height' | 'cells'>): boolean[] {
  const cuts = new Array<boolean>(map.height + 1).fill(true);
  for (const cell of map.cells) for (let r = cell.row + 1; r < cell.row + cell.rowSpan && r < map.height; r++) cuts[r] = false;
  return cuts;
}

/** Row heights in px: the measured ones; `estimate` (else the average of those) for the others. */
export function rowHeights(count: number, measured: (row: number) => number | undefined, estimate?: number): number[] {
  const known: number[] = [];
  let sum = 0;
  const heights = new Array<number>(count);
  for (let r = 0; r < count; r++) {
    const h = measured(r);
    if (h !== undefined && h > 0) {
      heights[r] = h;
      sum += h;
      known.push(r);
    }
  }
  const fill = estimate ?? (known.length > 0 ? sum / known.length : DEFAULT_ROW_PX);
  for (let r = 0; r < count; r++) if (heights[r] === undefined) heights[r] = fill;
  return heights;
}

export interface WindowRequest {
  /** Height of every row in px (rowHeights). */
  readonly heights: readonly number[];
  /** Where the rows are allowed to be split (rowCuts); length heights.length + 1. */
  readonly cuts: readonly boolean[];
  /** The visible part of the table's rows, in px from the top of the first row. */
  readonly viewTop: number;
  readonly viewBottom: number;
  /** Extra px drawn above and below the visible part, so scrolling shows drawn rows. */
  readonly overscan: number;
  /** Rows that must be drawn wherever they are (the selection's ends). */
  readonly pinned: readonly number[];
}

/** The half-open row range [start, end) covering the px range, widened to the nearest cuts. */
function rowsForPixels(heights: readonly number[], cuts: readonly boolean[], top: number, bottom: number): [number, number] {
  const count = heights.length;
  let y = 0;
  let start = count;
  let end = count;
  for (let r = 0; r < count; r++) {
    const h = heights[r] ?? 0;
    if (start === count && y + h > top) start = r;
    if (y >= bottom) {
      end = r;
      break;
    }
    y += h;
  }
  if (start === count) start = Math.max(0, count - 1);
  if (end <= start) end = Math.min(count, start + 1);
  return widen(cuts, start, end);
}

function widen(cuts: readonly boolean[], start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s > 0 && cuts[s] !== true) s--;
  while (e < cuts.length - 1 && cuts[e] !== true) e++;
  return [s, e];
}

/** The rows in view (plus overscan) as a half-open range widened to cuts: [start, end). */
export function visibleRows(heights: readonly number[], cuts: readonly boolean[], top: number, bottom: number): [number, number] {
  if (heights.length === 0) return [0, 0];
  return rowsForPixels(heights, cuts, top, bottom);
}

/**
 * The rows to draw (`base`, the rows in view, and each pinned row) and the gaps between them, in
 * order, covering every row exactly once. Ranges that touch are joined: a gap is never empty.
 */
export function segmentsFor(heights: readonly number[], cuts: readonly boolean[], base: readonly [number, number], pinned: readonly number[]): RowSegment[] {
  const count = heights.length;
  if (count === 0) return [];
  const ranges: [number, number][] = [];
  const clampedStart = Math.max(0, Math.min(count, base[0]));
  const clampedEnd = Math.max(clampedStart, Math.min(count, base[1]));
  if (clampedEnd > clampedStart) ranges.push(widen(cuts, clampedStart, clampedEnd));
  for (const row of pinned) if (Number.isInteger(row) && row >= 0 && row < count) ranges.push(widen(cuts, row, row + 1));
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  const segments: RowSegment[] = [];
  let next = 0;
  const gap = (start: number, end: number): void => {
    let height = 0;
    for (let r = start; r < end; r++) height += heights[r] ?? 0;
    segments.push({ kind: 'gap', start, end, height });
  };
  for (const [start, end] of merged) {
    if (start > next) gap(next, start);
    segments.push({ kind: 'rows', start, end });
    next = end;
  }
  if (next < count) gap(next, count);
  return segments;
}

/** visibleRows and segmentsFor in one step. */
export function rowWindow(request: WindowRequest): RowSegment[] {
  const base = visibleRows(request.heights, request.cuts, request.viewTop - request.overscan, request.viewBottom + request.overscan);
  return segmentsFor(request.heights, request.cuts, base, request.pinned);
}

/** Whether the drawn range `base` holds every row of `needed` (then scrolling needs no new window). */
export function covers(base: readonly [number, number], needed: readonly [number, number]): boolean {
  return base[0] <= needed[0] && base[1] >= needed[1];
}
