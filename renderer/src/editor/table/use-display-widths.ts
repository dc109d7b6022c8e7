/**
 * The column widths a table is drawn with: the author's when set, else widths that follow the
 * content (shared/tables/autofit-widths.ts), the very proportions the Word and PDF exports print.
 *
 * Before, the editor drew a table whose author never set widths with equal columns: twelve columns
 * pasted from Excel (whose clipboard gives every column the same 72 px) came out two characters
 * wide, a 序号 column as wide as a company name. Measuring reads every cell, so for a long table it
 * runs a moment after typing pauses (as the table checks do), never on the keystroke.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { autofitWidths, hasUniformWidths } from '../../../../shared/tables/autofit-widths';
import type { TableElement } from '../../../../shared/tables/table-types';

/** Cells up to which widths follow every keystroke; above it they follow after a pause. */
const LIVE_CELLS = 2000;
const PAUSE_MS = 400;
/** About the text width of an A4 page in em of the 10.5 pt table font, until the page is measured. */
const DEFAULT_EM = 38;
/** Screen width of Latin text relative to what autofit-widths.ts assumes (see the measuring below). */
const SCREEN_LATIN_SCALE = 1.12;

function cellCount(table: TableElement): number {
  let n = 0;
  for (const row of table.children) n += row.children.length;
  return n;
}

function widthsOf(table: TableElement, em: number): readonly number[] {
  return hasUniformWidths(table) ? autofitWidths(table, em) : table.columns.map((c) => c.width);
}

function sameWidths(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

export function useDisplayWidths(table: TableElement, frame: HTMLElement | null): readonly number[] {
  const [em, setEm] = useState(DEFAULT_EM);
  const live = !hasUniformWidths(table) || cellCount(table) <= LIVE_CELLS;
  const [delayed, setDelayed] = useState<readonly number[]>(() => (live ? [] : widthsOf(table, em)));

  useLayoutEffect(() => {
    if (!frame) return;
    const grid = frame.querySelector('table') ?? frame;
    const fontPx = Number.parseFloat(window.getComputedStyle(grid).fontSize) || 14;
    // The measure counts a Latin letter or digit as 0.55 em (print fonts); the screen's RW Latin
    // draws digits about 0.61 em wide, so the room is counted in slightly larger ems: a number the
    // measure makes room for then fits on one line on screen too.
    const next = frame.clientWidth > 0 ? frame.clientWidth / (fontPx * SCREEN_LATIN_SCALE) : DEFAULT_EM;
    setEm((old) => (Math.abs(old - next) < 0.5 ? old : next));
  }, [frame]);

  useEffect(() => {
    if (live) return undefined;
    const timer = window.setTimeout(() => {
      const next = widthsOf(table, em);
      setDelayed((old) => (sameWidths(old, next) ? old : next));
    }, PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [live, table, em]);

  const liveWidths = useMemo(() => (live ? widthsOf(table, em) : null), [live, table, em]);
  if (liveWidths) return liveWidths;
  // A column added or removed since the last measure: the table's own weights until the pause.
  return delayed.length === table.columns.length ? delayed : table.columns.map((c) => c.width);
}
