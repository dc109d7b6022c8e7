/**
 * The result of reading a sheet, and the steps every reader shares: trimming the empty border a
 * spreadsheet's "used range" often has (formatted but empty rows and columns), cutting to the
 * requested range, and checking the size against ./limits.ts.
 */
import type { SpreadsheetData, SpreadsheetMerge } from '../../shared/ipc/contract';
import { TABLE_MAX_CELLS, TABLE_MAX_ROWS, tableTooLarge } from './limits';
import { formatRange, intersect, type GridRect } from './sheet-range';

export interface ReadSheet {
  /** Display text of every cell, row by row (rows may be ragged). */
  readonly cells: readonly (readonly string[])[];
  /** Merged areas in sheet coordinates; only the top-left cell of each holds text. */
  readonly merges: readonly GridRect[];
  /** Relative column widths when the file has them (index = sheet column), else empty. */
  readonly columnWidths: readonly number[];
}

/** The smallest rectangle inside `area` holding every non-empty cell (merges count as non-empty). */
function usedRect(sheet: ReadSheet, area: GridRect): GridRect | null {
  let top = area.bottom;
  let bottom = area.top;
  let left = area.right;
  let right = area.left;
  for (let r = area.top; r < Math.min(area.bottom, sheet.cells.length); r++) {
    const row = sheet.cells[r] as readonly string[];
    for (let c = area.left; c < Math.min(area.right, row.length); c++) {
      if ((row[c] ?? '').trim() === '') continue;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r + 1);
      left = Math.min(left, c);
      right = Math.max(right, c + 1);
    }
  }
  for (const merge of sheet.merges) {
    const inside = intersect(merge, area);
    if (!inside) continue;
    top = Math.min(top, inside.top);
    bottom = Math.max(bottom, inside.bottom);
    left = Math.min(left, inside.left);
    right = Math.max(right, inside.right);
  }
  return top < bottom && left < right ? { top, left, bottom, right } : null;
}

/**
 * Cuts `sheet` to `range` (whole sheet when null), trims empty border rows and columns and returns
 * what the renderer turns into a table; throws IMPORT_FAILED when nothing is left or it is too big.
 */
export function toSpreadsheetData(sheet: ReadSheet, sheets: readonly string[], name: string, range: GridRect | null): SpreadsheetData {
  const width = sheet.cells.reduce((max, row) => Math.max(max, row.length), 0);
  const whole: GridRect = { top: 0, left: 0, bottom: sheet.cells.length, right: width };
  const used = usedRect(sheet, range ?? whole);
  if (!used) return { sheets, sheet: name, range: range ? formatRange(range) : '', grid: [], merges: [], columnWidths: [] };
  const rows = used.bottom - used.top;
  const cols = used.right - used.left;
  if (rows > TABLE_MAX_ROWS || rows * cols > TABLE_MAX_CELLS) throw tableTooLarge(rows, cols);

  const merges: SpreadsheetMerge[] = [];
  const covered = new Set<number>();
  for (const merge of sheet.merges) {
    const inside = intersect(merge, used);
    if (!inside) continue;
    const rect = { top: inside.top - used.top, left: inside.left - used.left, bottom: inside.bottom - used.top, right: inside.right - used.left };
    if (rect.bottom - rect.top > 1 || rect.right - rect.left > 1) merges.push(rect);
    for (let r = rect.top; r < rect.bottom; r++) for (let c = rect.left; c < rect.right; c++) if (r !== rect.top || c !== rect.left) covered.add(r * cols + c);
  }
  const grid: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const row = sheet.cells[used.top + r];
    const out: string[] = [];
    for (let c = 0; c < cols; c++) out.push(covered.has(r * cols + c) ? '' : (row?.[used.left + c] ?? ''));
    grid.push(out);
  }
  const widths = sheet.columnWidths.slice(used.left, used.right);
  const columnWidths = widths.length === cols && widths.every((w) => Number.isFinite(w) && w > 0) ? widths : [];
  return { sheets, sheet: name, range: formatRange(used), grid, merges, columnWidths };
}
