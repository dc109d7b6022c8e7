/**
 * Where the preview's pages sit and how big, computed rather than measured: every page's size is
 * known from the PDF, so the scroll position of page n, the page under the viewport and the zoom
 * that fits the width are arithmetic, and pages that are not drawn still take their exact room.
 */
import type { PageSize } from './pdf-loader';

/** Padding around the column of pages, the room under each page for its label, the gap between pages (CSS px). */
export const PAD = 24;
export const LABEL_HEIGHT = 28;
export const GAP = 16;

export type Zoom =
  /** What the preview opens with: the width of the window, but never larger than print size. */
  | { readonly mode: 'auto' }
  | { readonly mode: 'fit' }
  | { readonly mode: 'fixed'; readonly scale: number };

export const MIN_SCALE = 0.25;
export const MAX_SCALE = 4;
const STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4];

const clamp = (scale: number): number => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/** The scale at which the widest page fills `viewportWidth` less the padding. */
export function fitScale(viewportWidth: number, sizes: readonly PageSize[]): number {
  const widest = Math.max(1, ...sizes.map((size) => size.width));
  return clamp((viewportWidth - 2 * PAD) / widest);
}

export function scaleOf(zoom: Zoom, viewportWidth: number, sizes: readonly PageSize[]): number {
  if (zoom.mode === 'fixed') return zoom.scale;
  const fit = fitScale(viewportWidth, sizes);
  return zoom.mode === 'fit' ? fit : Math.min(1, fit);
}

/** The next zoom step up or down from `scale` (which may lie between steps after 适合宽度). */
export function stepZoom(scale: number, direction: 1 | -1): number {
  const next = direction > 0 ? STEPS.find((step) => step > scale + 0.001) : [...STEPS].reverse().find((step) => step < scale - 0.001);
  return next ?? clamp(scale);
}

/** Top of each page's slot (page plus label) in the scrolling column. */
export function pageTops(sizes: readonly PageSize[], scale: number): number[] {
  const tops: number[] = [];
  let y = PAD;
  for (const size of sizes) {
    tops.push(y);
    y += Math.round(size.height * scale) + LABEL_HEIGHT + GAP;
  }
  return tops;
}

/** The page under a line a third down the viewport: the one being read. */
export function pageAt(tops: readonly number[], scrollTop: number, viewportHeight: number): number {
  const line = scrollTop + viewportHeight / 3;
  let low = 0;
  let high = tops.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((tops[mid] ?? 0) <= line) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

/** A page's label, as the PDF names it (封面, I, 1 …), or its position when the PDF names none. */
export function labelOf(labels: readonly string[] | null, index: number): string {
  const label = labels?.[index];
  return label === undefined || label === '' ? String(index + 1) : label;
}

/**
 * The page a user means by what they typed: a label first (so 12 is the page printed “— 12 —”, as in
 * Acrobat), matched regardless of case for roman numerals, then a plain position.
 */
export function findPage(labels: readonly string[] | null, typed: string, count: number): number | null {
  const wanted = typed.trim().toLowerCase();
  if (wanted === '') return null;
  const byLabel = labels?.findIndex((label) => label.toLowerCase() === wanted) ?? -1;
  if (byLabel >= 0) return byLabel;
  if (/^\d+$/.test(wanted)) {
    const position = Number(wanted);
    if (position >= 1 && position <= count) return position - 1;
  }
  return null;
}
