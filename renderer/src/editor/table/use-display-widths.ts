/**
 * The column widths a table is drawn with: the author's when set, else widths that follow the
 * content (shared/tables/autofit-widths.ts), the very proportions the Word and PDF exports print.
 *
 * Before, the editor drew a table whose author never set widths with equal columns: twelve columns
 * pasted from Excel (whose clipboard gives every column the same 72 px) came out two characters
 * wide, a 序号 column as wide as a company name, numbers broken across lines. Measuring reads
 * every cell, so it runs a moment after typing pauses (as the table checks do), never on the
 * keystroke.
 */
import { useEffect, useLayoutEffect, useState } from 'react';
import { autofitWidths, hasUniformWidths } from '../../../../shared/tables/autofit-widths';
import type { TableElement } from '../../../../shared/tables/table-types';

/** Widths follow the content this long after typing pauses (never on the keystroke). */
const PAUSE_MS = 400;
/** About the text width of an A4 page in screen ems of the 10.5 pt table font, until measured. */
const DEFAULT_EM = 38;
/** Screen width of Latin text relative to what autofit-widths.ts assumes (see the measuring below). */
const SCREEN_LATIN_SCALE = 1.12;

function widthsOf(table: TableElement, em: number): readonly number[] {
  return hasUniformWidths(table) ? autofitWidths(table, em) : table.columns.map((c) => c.width);
}

function sameWidths(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/**
 * Recomputed at once when the columns change (added, removed, resized) or the page width does;
 * after a pause when only cell texts changed: widths moving on every keystroke would make the
 * table jump under the caret and lay the whole table out again each time.
 */
export function useDisplayWidths(table: TableElement, frame: HTMLElement | null): readonly number[] {
  const [em, setEm] = useState(DEFAULT_EM);
  const shape = `${em}|${table.columns.map((c) => `${c.id}:${c.width}`).join(',')}`;
  const [measured, setMeasured] = useState(() => ({ shape, widths: widthsOf(table, em) }));
  let current = measured;
  if (measured.shape !== shape) {
    current = { shape, widths: widthsOf(table, em) };
    setMeasured(current);
  }

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
    const timer = window.setTimeout(() => {
      const widths = widthsOf(table, em);
      setMeasured((old) => (old.shape === shape && sameWidths(old.widths, widths) ? old : { shape, widths }));
    }, PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [table, em, shape]);

  return current.widths;
}
