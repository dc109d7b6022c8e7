/**
 * Merging a rectangle of cells into one, and splitting a merged cell back into 1×1 cells.
 *
 * Merge rules: the rectangle must be tiled exactly by whole cells (a drag selection is first grown
 * with expandRectToCells) and may not mix header and body rows (Word repeats header rows on every
 * page, which a cell reaching into the body would break). The top-left cell keeps its id and
 * properties; the distinct non-empty texts of all merged cells are joined, one per line, as Word
 * does, and a text repeated in several cells is kept once (./cell-text.ts). A merged cell that
 * received other cells' text stops being computed. Merging whole rows collapses
 * them into one row (see ./placed-table.ts).
 *
 * Invalid requests return the table unchanged (same object), so the UI can compare with `===`;
 * canMergeCells / canSplitCell let it disable the commands instead.
 */
import { comparableCellText, joinChildren } from './cell-text';
import { normalizeTable } from './normalize-table';
import { emptyCell, fromPlaced, toPlaced, type PlacedCell } from './placed-table';
import { buildTableMap, cellsInRect, findCell, isRectExactlyCovered } from './table-map';
import { type TableCellElement, type TableElement, type TableRect } from './table-types';

export function canMergeCells(table: TableElement, rect: TableRect): boolean {
  const normal = normalizeTable(table);
  const map = buildTableMap(normal);
  if (!isRectExactlyCovered(map, rect)) return false;
  if (rect.top < normal.headerRows && rect.bottom > normal.headerRows) return false;
  return cellsInRect(map, rect).length > 1;
}

export function mergeCells(table: TableElement, rect: TableRect): TableElement {
  const before = normalizeTable(table);
  if (!canMergeCells(before, rect)) return before;
  const merged = cellsInRect(buildTableMap(before), rect);
  const first = merged[0];
  if (first === undefined) return before;
  const others = merged.slice(1);
  const own = comparableCellText(first.cell.children);
  const receivesText = others.some((c) => {
    const text = comparableCellText(c.cell.children);
    return text !== '' && text !== own;
  });
  const { formula: _formula, computed: _computed, formulaError: _error, ...plain } = first.cell;
  const target: TableCellElement = {
    ...(receivesText ? plain : first.cell),
    children: joinChildren(merged.map((c) => c.cell.children)),
  };
  const gone = new Set(others.map((c) => c.cell.id));
  const placed = toPlaced(before);
  const cells: PlacedCell[] = placed.cells
    .filter((c) => !gone.has(c.cell.id))
    .map((c) =>
      c.cell.id === first.cell.id ? { cell: target, row: rect.top, col: rect.left, rowSpan: rect.bottom - rect.top, colSpan: rect.right - rect.left } : c,
    );
  return fromPlaced({ ...placed, cells });
}

export function canSplitCell(table: TableElement, cellId: string): boolean {
  const found = findCell(buildTableMap(normalizeTable(table)), cellId);
  return found !== undefined && (found.rowSpan > 1 || found.colSpan > 1);
}

/**
 * Splits a merged cell into 1×1 cells: the cell keeps its id and content in its top-left slot, the
 * new cells (fresh ids) are empty and take its alignment and number format.
 */
export function splitCell(table: TableElement, cellId: string): TableElement {
  const before = normalizeTable(table);
  if (!canSplitCell(before, cellId)) return before;
  const placed = toPlaced(before);
  const cells: PlacedCell[] = [];
  for (const c of placed.cells) {
    if (c.cell.id !== cellId) {
      cells.push(c);
      continue;
    }
    cells.push({ ...c, rowSpan: 1, colSpan: 1 });
    for (let r = c.row; r < c.row + c.rowSpan; r++) {
      for (let col = c.col; col < c.col + c.colSpan; col++) {
        if (r !== c.row || col !== c.col) cells.push({ cell: emptyCell(c.cell), row: r, col, rowSpan: 1, colSpan: 1 });
      }
    }
  }
  return fromPlaced({ ...placed, cells });
}
