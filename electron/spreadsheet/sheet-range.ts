/**
 * A1-style ranges ("A1:D20", "$B$3", "c5:f9") and cutting a read sheet down to one.
 * Rows and columns here are 0-based; `bottom` and `right` are exclusive, as in ../../shared/tables.
 */
import { AppError } from '../errors/app-error';

export interface GridRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "A" → 0, "Z" → 25, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function parseCell(text: string): { row: number; col: number } | null {
  const match = CELL.exec(text.trim());
  if (!match) return null;
  const row = Number(match[2]) - 1;
  return row < 0 ? null : { row, col: columnIndex(match[1] as string) };
}

/** Parses "A1:D20" (either corner order) or a single cell; throws IMPORT_FAILED when malformed. */
export function parseRange(text: string): GridRect {
  const [first = '', second, extra] = text.split(':');
  const a = parseCell(first);
  const b = second === undefined ? a : parseCell(second);
  if (!a || !b || extra !== undefined) throw new AppError('IMPORT_FAILED', { detail: `区域“${text}”无法识别，请写成 A1:D20 的形式` });
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row) + 1, right: Math.max(a.col, b.col) + 1 };
}

export function formatRange(rect: GridRect): string {
  const start = `${columnLetters(rect.left)}${rect.top + 1}`;
  const end = `${columnLetters(rect.right - 1)}${rect.bottom}`;
  return start === end ? start : `${start}:${end}`;
}

export function intersect(a: GridRect, b: GridRect): GridRect | null {
  const rect = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return rect.top < rect.bottom && rect.left < rect.right ? rect : null;
}
