/**
 * The DOM side of row windowing (the rules are in row-window.ts): follows scrolling, measures the
 * rows it draws, and keeps the rows holding the selection's ends drawn.
 *
 * The rows in view are read after layout (a scroll event, a resize, a change of the table) in one
 * animation frame; the selection's rows come from a Slate selector, so when the caret moves into a
 * row that is not drawn (Tab, ↓, a warning's link, undo), that row is drawn in the same commit
 * that moves the selection, before slate-react maps the selection to the DOM.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Editor, type BasePoint } from 'slate';
import { useSlateSelector } from 'slate-react';
import { isTable } from '../../../../shared/editor/table-location';
import { buildTableMap } from '../../../../shared/tables/table-map';
import type { TableElement } from '../../../../shared/tables/table-types';
import { covers, rowCuts, rowHeights, segmentsFor, visibleRows, WINDOW_MIN_ROWS, type RowSegment } from './row-window';
import { useRowReveal } from './row-reveal';

/** Rows drawn at first, before the first measurement (about a screenful). */
const FIRST_ROWS = 40;
/**
 * Drawn beyond the visible part, above and below, in viewport heights; the window moves when less
 * than MARGIN is left. Every drawn row costs layout on each keystroke (a table is laid out as a
 * whole), so the overscan stays small: scrolling a screen at a time still meets drawn rows.
 */
const OVERSCAN = 0.5;
const MARGIN = 0.2;

/** The row (index in the table) holding `point`, when it lies in the table with id `tableId`. */
function rowOf(editor: Editor, point: BasePoint, tableId: string): number | null {
  const entry = Editor.above(editor, { at: point.path, match: (n) => isTable(n), mode: 'lowest' });
  if (!entry || (entry[0] as TableElement).id !== tableId) return null;
  const row = point.path[entry[1].length];
  return typeof row === 'number' ? row : null;
}

function selectionRowsKey(editor: Editor, tableId: string): string {
  const { selection } = editor;
  if (!selection) return '';
  const anchor = rowOf(editor, selection.anchor, tableId);
  const focus = rowOf(editor, selection.focus, tableId);
  return `${anchor ?? ''},${focus ?? ''}`;
}

/** Offsets of each row's top, and the total height last. */
function prefixSums(heights: readonly number[]): number[] {
  const out = new Array<number>(heights.length + 1);
  out[0] = 0;
  for (let i = 0; i < heights.length; i++) out[i + 1] = (out[i] as number) + (heights[i] ?? 0);
  return out;
}

/** The row at viewport height `y`: a drawn row, or the row a placeholder stands for there. */
function locateRow(trs: readonly HTMLTableRowElement[], y: number, index: ReadonlyMap<string, number>, count: number): number {
  let last = 0;
  for (const tr of trs) {
    const box = tr.getBoundingClientRect();
    const gap = tr.dataset.gapRows;
    const id = tr.dataset.blockId;
    const at = id !== undefined ? index.get(id) : undefined;
    if (gap) {
      const [start = 0, end = 0] = gap.split('-').map(Number);
      if (y < box.bottom) return Math.max(start, Math.min(end - 1, start + Math.floor(((y - box.top) / Math.max(1, box.height)) * (end - start))));
      last = end - 1;
    } else if (at !== undefined) {
      if (y < box.bottom) return at;
      last = at;
    }
  }
  return Math.max(0, Math.min(count - 1, last));
}

export interface RowWindow {
  /** null: draw every row (a short table). */
  readonly segments: readonly RowSegment[] | null;
  /** Ref for the <tbody>. */
  readonly bodyRef: (element: HTMLTableSectionElement | null) => void;
}

export function useRowWindow(table: TableElement): RowWindow {
  const count = table.children.length;
  const windowed = count > WINDOW_MIN_ROWS;
  const key = useSlateSelector((editor) => (windowed ? selectionRowsKey(editor, table.id) : ''));
  const latest = useRef(table);
  latest.current = table;
  const revealed = useRowReveal(table.id, windowed, (row) => latest.current.children[row]?.id);
  const [base, setBase] = useState<readonly [number, number]>(() => [0, Math.min(count, FIRST_ROWS)]);
  const body = useRef<HTMLTableSectionElement | null>(null);
  const measured = useRef(new Map<string, number>());
  const frame = useRef<number | null>(null);

  const cuts = useMemo(() => (windowed ? rowCuts(buildTableMap(table)) : []), [table, windowed]);
  const cutsRef = useRef(cuts);
  cutsRef.current = cuts;

  /**
   * Height of rows never drawn: fixed at the average of the first rows drawn, so placeholders
   * drawn earlier and the positions computed now agree (a changing estimate would move the rows
   * away from where the window was computed for).
   */
  const estimate = useRef<number | null>(null);

  const heightsNow = useCallback((): number[] => {
    const rows = latest.current.children;
    return rowHeights(rows.length, (r) => measured.current.get(rows[r]?.id ?? ''), estimate.current ?? undefined);
  }, []);

  /** Measures the drawn rows and moves the window when the rows in view are not all drawn. */
  const update = useCallback(() => {
    frame.current = null;
    const tbody = body.current;
    if (!tbody || !tbody.isConnected) return;
    const trs = Array.from(tbody.rows);
    let sum = 0;
    let n = 0;
    for (const tr of trs) {
      const id = tr.dataset.blockId;
      if (!id) continue;
      const h = tr.getBoundingClientRect().height;
      measured.current.set(id, h);
      sum += h;
      n++;
    }
    const first = estimate.current === null && n > 0;
    if (first) estimate.current = sum / n;
    const rect = tbody.getBoundingClientRect();
    const viewport = window.innerHeight;
    // Nothing of the table is near the screen (another section of 全文, a hidden view): keep it.
    if (rect.bottom < -viewport * 2 || rect.top > viewport * 3) return;
    // Where the screen is, read from the rows and placeholders as laid out (a placeholder stands
    // for its rows in proportion), then widened by the rows' heights.
    const rows = latest.current.children;
    const index = new Map(rows.map((row, i) => [row.id, i]));
    const rowAt = (y: number): number => locateRow(trs, y, index, rows.length);
    const heights = heightsNow();
    const offsets = prefixSums(heights);
    const top = offsets[rowAt(0)] ?? 0;
    const bottom = offsets[rowAt(viewport) + 1] ?? offsets[offsets.length - 1] ?? 0;
    const needed = visibleRows(heights, cutsRef.current, top - viewport * MARGIN, bottom + viewport * MARGIN);
    setBase((old) => {
      if (covers(old, needed) && !first) return old;
      return visibleRows(heights, cutsRef.current, top - viewport * OVERSCAN, bottom + viewport * OVERSCAN);
    });
  }, [heightsNow]);

  const schedule = useCallback(() => {
    if (frame.current === null) frame.current = requestAnimationFrame(update);
  }, [update]);

  useEffect(() => {
    if (!windowed) return undefined;
    // Scroll events do not bubble: a capturing listener on the document hears every scroller.
    document.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      document.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
    };
  }, [windowed, schedule]);

  // The first window is computed before the first paint; later changes of the row count (rows
  // inserted or deleted) are looked at in the next frame.
  useLayoutEffect(() => {
    if (windowed) update();
  }, [windowed, update]);
  useEffect(() => {
    if (windowed) schedule();
  }, [windowed, count, schedule]);

  const bodyRef = useCallback((element: HTMLTableSectionElement | null) => {
    body.current = element;
  }, []);

  const segments = useMemo(() => {
    if (!windowed) return null;
    const pinned = key
      .split(',')
      .filter((part) => part !== '')
      .map(Number);
    if (revealed !== null) pinned.push(revealed);
    // Gap heights follow the rows' ids (measured per row id), so they are read for this table.
    const rows = table.children;
    const heights = rowHeights(rows.length, (r) => measured.current.get(rows[r]?.id ?? ''), estimate.current ?? undefined);
    return segmentsFor(heights, cuts, base, pinned);
  }, [windowed, key, revealed, cuts, base, table]);

  return { segments, bodyRef };
}
