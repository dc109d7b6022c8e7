/**
 * Property edits that leave the grid alone: header rows, column widths and defaults, cell alignment,
 * number format, text and formula; plus addressing cells by id or grid position.
 *
 * Cells are targeted by a grid rectangle (every cell touching it, as a selection does) or by ids.
 * Each function returns the same object when nothing changes.
 */
import { contentToChildren, isRectTarget, type CellAlign, type CellContent, type CellTarget, type TableCellElement, type TableColumn, type TableElement, type TableRect } from './table-types';
import type { CellFormula } from './formula-types';
import { normalizeChildren } from './cell-text';
import { normalizeTable } from './normalize-table';
import { buildTableMap, cellAt, cellRect, cellsInRect, findCell } from './table-map';
import type { NumberFormat } from './number-format';

export interface CellLocation {
  id: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/** Where a cell is in the grid (its top-left slot and spans), or null if no cell has that id. */
export function locateCell(table: TableElement, cellId: string): CellLocation | null {
  const found = findCell(buildTableMap(normalizeTable(table)), cellId);
  return found === undefined ? null : { id: found.cell.id, row: found.row, col: found.col, rowSpan: found.rowSpan, colSpan: found.colSpan };
}

/** Id of the cell covering grid slot (row, col), or null outside the grid. */
export function cellIdAt(table: TableElement, row: number, col: number): string | null {
  return cellAt(buildTableMap(normalizeTable(table)), row, col)?.cell.id ?? null;
}

export function cellRectById(table: TableElement, cellId: string): TableRect | null {
  const found = findCell(buildTableMap(normalizeTable(table)), cellId);
  return found === undefined ? null : cellRect(found);
}

function targetIds(table: TableElement, target: CellTarget): Set<string> {
  if (isRectTarget(target)) return new Set(cellsInRect(buildTableMap(table), target).map((c) => c.cell.id));
  return new Set(target);
}

/** Applies `change` to the targeted cells; unchanged cells, rows and tables keep their objects. */
export function updateCells(table: TableElement, target: CellTarget, change: (cell: TableCellElement) => TableCellElement): TableElement {
  const normal = normalizeTable(table);
  const ids = targetIds(normal, target);
  let changed = false;
  const children = normal.children.map((row) => {
    let rowChanged = false;
    const cells = row.children.map((cell) => {
      if (!ids.has(cell.id)) return cell;
      const next = change(cell);
      if (next !== cell) rowChanged = true;
      return next;
    });
    if (!rowChanged) return row;
    changed = true;
    return { ...row, children: cells };
  });
  return changed ? { ...normal, children } : normal;
}

function withOptional<K extends 'align' | 'format'>(cell: TableCellElement, key: K, value: TableCellElement[K] | undefined): TableCellElement {
  if (value === undefined) {
    if (cell[key] === undefined) return cell;
    const next = { ...cell };
    delete next[key];
    return next;
  }
  if (JSON.stringify(cell[key]) === JSON.stringify(value)) return cell;
  return { ...cell, [key]: value };
}

/** Sets (or with undefined clears) the alignment of the targeted cells. */
export function setAlign(table: TableElement, target: CellTarget, align: CellAlign | undefined): TableElement {
  return updateCells(table, target, (cell) => withOptional(cell, 'align', align));
}

/** Sets (or with undefined clears) the number format of the targeted cells. */
export function setFormat(table: TableElement, target: CellTarget, format: NumberFormat | undefined): TableElement {
  return updateCells(table, target, (cell) => withOptional(cell, 'format', format));
}

/** Replaces a cell's content. Typing over a computed cell turns it into a plain one. */
export function setCellText(table: TableElement, cellId: string, content: CellContent): TableElement {
  return updateCells(table, [cellId], (cell) => {
    const children = normalizeChildren(contentToChildren(content));
    if (cell.formula === undefined && JSON.stringify(children) === JSON.stringify(cell.children)) return cell;
    const { formula: _formula, computed: _computed, formulaError: _error, ...plain } = cell;
    return { ...plain, children };
  });
}

/** Attaches (or with undefined removes) a formula; recalculate() fills in the text. */
export function setFormula(table: TableElement, cellId: string, formula: CellFormula | undefined): TableElement {
  return updateCells(table, [cellId], (cell) => {
    const { formula: _formula, computed: _computed, formulaError: _error, ...plain } = cell;
    return formula === undefined ? (cell.formula === undefined ? cell : plain) : { ...plain, formula };
  });
}

export function setHeaderRows(table: TableElement, headerRows: number): TableElement {
  const normal = normalizeTable(table);
  const clamped = Math.max(0, Math.min(normal.children.length, Math.floor(Number.isFinite(headerRows) ? headerRows : 0)));
  return clamped === normal.headerRows ? normal : { ...normal, headerRows: clamped };
}

function updateColumn(table: TableElement, col: number, change: (column: TableColumn) => TableColumn): TableElement {
  const normal = normalizeTable(table);
  const column = normal.columns[col];
  if (column === undefined) return normal;
  const next = change(column);
  if (next === column) return normal;
  const columns = [...normal.columns];
  columns[col] = next;
  return { ...normal, columns };
}

/** Sets a column's relative width; non-positive or non-finite widths are ignored. */
export function setColumnWidth(table: TableElement, col: number, width: number): TableElement {
  if (!Number.isFinite(width) || width <= 0) return normalizeTable(table);
  return updateColumn(table, col, (column) => (column.width === width ? column : { ...column, width }));
}

/** Sets all relative widths at once (a column-resize drag changes two); wrong lengths are ignored. */
export function setColumnWidths(table: TableElement, widths: readonly number[]): TableElement {
  const normal = normalizeTable(table);
  if (widths.length !== normal.columns.length || !widths.every((w) => Number.isFinite(w) && w > 0)) return normal;
  if (widths.every((w, i) => normal.columns[i]?.width === w)) return normal;
  return { ...normal, columns: normal.columns.map((column, i) => ({ ...column, width: widths[i] as number })) };
}

export function setColumnFormat(table: TableElement, col: number, format: NumberFormat | undefined): TableElement {
  return updateColumn(table, col, (column) => {
    if (JSON.stringify(column.format) === JSON.stringify(format)) return column;
    const { format: _format, ...rest } = column;
    return format === undefined ? rest : { ...rest, format };
  });
}

export function setColumnAlign(table: TableElement, col: number, align: CellAlign | undefined): TableElement {
  return updateColumn(table, col, (column) => {
    if (column.align === align) return column;
    const { align: _align, ...rest } = column;
    return align === undefined ? rest : { ...rest, align };
  });
}

/** The number format that applies to a cell: its own, else its column's. */
export function effectiveFormat(table: TableElement, cellId: string): NumberFormat | undefined {
  const normal = normalizeTable(table);
  const found = findCell(buildTableMap(normal), cellId);
  if (found === undefined) return undefined;
  return found.cell.format ?? normal.columns[found.col]?.format;
}

/** The alignment that applies to a cell: its own, else (body rows only) its column's. */
export function effectiveAlign(table: TableElement, cellId: string): CellAlign | undefined {
  const normal = normalizeTable(table);
  const found = findCell(buildTableMap(normal), cellId);
  if (found === undefined) return undefined;
  if (found.cell.align !== undefined) return found.cell.align;
  return found.row >= normal.headerRows ? normal.columns[found.col]?.align : undefined;
}
