/**
 * Inserting and deleting rows and columns through spanning cells (the rules Word and
 * prosemirror-tables follow):
 * - a new row (column) inside a merged cell's span makes that cell one longer, so a 院系 label
 *   merged over its group keeps covering the group when a 专业 row is added inside it;
 * - deleting a row (column) shortens every cell spanning over it; a spanning cell whose first row
 *   (column) is deleted moves down (right) with its text and id instead of disappearing.
 * Untouched cells keep their objects and ids. Deleting every row or column is refused (the table is
 * returned unchanged; deleting the table is the editor's business). All functions accept any table
 * and return a normal one.
 */
import { newBlockId } from '../ids/block-id';
import { normalizeTable } from './normalize-table';
import { emptyCell, emptyRow, fromPlaced, toPlaced, type PlacedCell } from './placed-table';
import { buildTableMap, cellAt } from './table-map';
import type { TableColumn, TableElement } from './table-types';

export type InsertSide = 'before' | 'after';

function clampIndex(index: number, size: number): number {
  return Math.max(0, Math.min(size - 1, Math.floor(index)));
}

/** Inserts `count` empty rows before or after grid row `at`. */
export function insertRows(table: TableElement, at: number, side: InsertSide = 'after', count = 1): TableElement {
  const before = normalizeTable(table);
  if (count < 1) return before;
  const map = buildTableMap(before);
  const ref = clampIndex(at, map.height);
  const line = side === 'before' ? ref : ref + 1;
  const placed = toPlaced(before);
  const crossing = new Set<number>();
  const cells: PlacedCell[] = placed.cells.map((c) => {
    if (c.row >= line) return { ...c, row: c.row + count };
    if (c.row + c.rowSpan > line) {
      for (let col = c.col; col < c.col + c.colSpan; col++) crossing.add(col);
      return { ...c, rowSpan: c.rowSpan + count };
    }
    return c;
  });
  const headerRows = line < before.headerRows ? before.headerRows + count : before.headerRows;
  // New cells look like the row they were inserted next to (alignment, number format), but only
  // when both are body rows or both header rows.
  const sameKind = (ref < before.headerRows) === (line < headerRows);
  for (let i = 0; i < count; i++) {
    for (let col = 0; col < map.width; col++) {
      if (crossing.has(col)) continue;
      const template = sameKind ? cellAt(map, ref, col)?.cell : undefined;
      cells.push({ cell: emptyCell(template), row: line + i, col, rowSpan: 1, colSpan: 1 });
    }
  }
  const rows = [...placed.rows];
  rows.splice(line, 0, ...Array.from({ length: count }, emptyRow));
  return fromPlaced({ ...placed, rows, cells, headerRows });
}

export function insertRow(table: TableElement, at: number, side: InsertSide = 'after'): TableElement {
  return insertRows(table, at, side, 1);
}

/** Deletes grid rows first..last (inclusive, in either order). */
export function deleteRows(table: TableElement, first: number, last: number = first): TableElement {
  const before = normalizeTable(table);
  const map = buildTableMap(before);
  const top = clampIndex(Math.min(first, last), map.height);
  const bottom = clampIndex(Math.max(first, last), map.height) + 1;
  const count = bottom - top;
  if (count >= map.height) return before;
  const placed = toPlaced(before);
  const cells: PlacedCell[] = [];
  for (const c of placed.cells) {
    const removed = Math.max(0, Math.min(c.row + c.rowSpan, bottom) - Math.max(c.row, top));
    if (removed === c.rowSpan) continue;
    const row = c.row < top ? c.row : c.row >= bottom ? c.row - count : top;
    cells.push({ ...c, row, rowSpan: c.rowSpan - removed });
  }
  const rows = placed.rows.filter((_, r) => r < top || r >= bottom);
  const headerRows = before.headerRows - Math.max(0, Math.min(bottom, before.headerRows) - top);
  return fromPlaced({ ...placed, rows, cells, headerRows });
}

export function deleteRow(table: TableElement, at: number): TableElement {
  return deleteRows(table, at, at);
}

/** Inserts `count` empty columns before or after grid column `at`; they copy its width and defaults. */
export function insertColumns(table: TableElement, at: number, side: InsertSide = 'after', count = 1): TableElement {
  const before = normalizeTable(table);
  if (count < 1) return before;
  const map = buildTableMap(before);
  const ref = clampIndex(at, map.width);
  const line = side === 'before' ? ref : ref + 1;
  const placed = toPlaced(before);
  const crossing = new Set<number>();
  const cells: PlacedCell[] = placed.cells.map((c) => {
    if (c.col >= line) return { ...c, col: c.col + count };
    if (c.col + c.colSpan > line) {
      for (let row = c.row; row < c.row + c.rowSpan; row++) crossing.add(row);
      return { ...c, colSpan: c.colSpan + count };
    }
    return c;
  });
  for (let i = 0; i < count; i++) {
    for (let row = 0; row < map.height; row++) {
      if (crossing.has(row)) continue;
      cells.push({ cell: emptyCell(cellAt(map, row, ref)?.cell), row, col: line + i, rowSpan: 1, colSpan: 1 });
    }
  }
  const template = before.columns[ref] as TableColumn;
  const added = Array.from({ length: count }, (): TableColumn => {
    const column: TableColumn = { id: newBlockId(), width: template.width };
    if (template.format !== undefined) column.format = { ...template.format };
    if (template.align !== undefined) column.align = template.align;
    return column;
  });
  const columns = [...placed.columns];
  columns.splice(line, 0, ...added);
  return fromPlaced({ ...placed, columns, cells });
}

export function insertColumn(table: TableElement, at: number, side: InsertSide = 'after'): TableElement {
  return insertColumns(table, at, side, 1);
}

/** Deletes grid columns first..last (inclusive, in either order). */
export function deleteColumns(table: TableElement, first: number, last: number = first): TableElement {
  const before = normalizeTable(table);
  const map = buildTableMap(before);
  const left = clampIndex(Math.min(first, last), map.width);
  const right = clampIndex(Math.max(first, last), map.width) + 1;
  const count = right - left;
  if (count >= map.width) return before;
  const placed = toPlaced(before);
  const cells: PlacedCell[] = [];
  for (const c of placed.cells) {
    const removed = Math.max(0, Math.min(c.col + c.colSpan, right) - Math.max(c.col, left));
    if (removed === c.colSpan) continue;
    const col = c.col < left ? c.col : c.col >= right ? c.col - count : left;
    cells.push({ ...c, col, colSpan: c.colSpan - removed });
  }
  const columns = placed.columns.filter((_, c) => c < left || c >= right);
  return fromPlaced({ ...placed, columns, cells });
}

export function deleteColumn(table: TableElement, at: number): TableElement {
  return deleteColumns(table, at, at);
}
