/**
 * Pasting a block of cells (from Excel, WPS, a web page) into an existing table, as spreadsheets do:
 * the block's top-left lands on the anchor slot, its cells overwrite what is there, and the table
 * grows by rows at the bottom and columns at the right when the block does not fit.
 *
 * Merged cells of the table that straddle the pasted area are split first (a paste cannot write
 * half a cell), then the block's own merges are applied. Overwritten cells keep their id, alignment
 * and number format, but lose any formula: pasted values are typed values.
 */
import { gridToTable, type CellGrid } from './cell-grid';
import { normalizeChildren } from './cell-text';
import { updateCells } from './cell-props';
import { mergeCells, splitCell } from './merge-split';
import { normalizeTable } from './normalize-table';
import { insertColumns, insertRows } from './row-column-ops';
import { buildTableMap, cellAt, cellsInRect, type TableMap } from './table-map';
import type { CellAlign, TableElement, TableRect } from './table-types';
import type { FormattedText } from '../model/document';

export interface GridAnchor {
  row: number;
  col: number;
}

function anchoredRect(target: TableMap, source: TableMap, at: GridAnchor): TableRect {
  const top = Math.max(0, Math.min(target.height, Math.floor(at.row)));
  const left = Math.max(0, Math.min(target.width, Math.floor(at.col)));
  return { top, left, bottom: top + source.height, right: left + source.width };
}

/** The grid rectangle a paste at `at` writes to (the anchor may be just past the last row or column). */
export function pastedRect(table: TableElement, grid: CellGrid, at: GridAnchor): TableRect {
  return anchoredRect(buildTableMap(normalizeTable(table)), buildTableMap(gridToTable(grid)), at);
}

export function pasteIntoTable(table: TableElement, grid: CellGrid, at: GridAnchor): TableElement {
  let result = normalizeTable(table);
  const source = buildTableMap(gridToTable(grid));
  const rect = anchoredRect(buildTableMap(result), source, at);

  const start = buildTableMap(result);
  if (rect.bottom > start.height) result = insertRows(result, start.height - 1, 'after', rect.bottom - start.height);
  if (rect.right > start.width) result = insertColumns(result, start.width - 1, 'after', rect.right - start.width);

  for (const straddling of cellsInRect(buildTableMap(result), rect)) {
    if (straddling.rowSpan > 1 || straddling.colSpan > 1) result = splitCell(result, straddling.cell.id);
  }

  // Every slot of the area is now its own cell: write the block's text slot by slot (slots covered
  // by a merged source cell get empty text, and the merge below brings them together again).
  const map = buildTableMap(result);
  const contents = new Map<string, { children: FormattedText[]; align: CellAlign | undefined }>();
  for (let r = 0; r < source.height; r++) {
    for (let c = 0; c < source.width; c++) {
      const from = cellAt(source, r, c);
      const to = cellAt(map, rect.top + r, rect.left + c);
      if (from === undefined || to === undefined) continue;
      const isOrigin = from.row === r && from.col === c;
      contents.set(to.cell.id, { children: isOrigin ? from.cell.children : [{ text: '' }], align: from.cell.align });
    }
  }
  result = updateCells(result, [...contents.keys()], (cell) => {
    const pasted = contents.get(cell.id);
    if (pasted === undefined) return cell;
    const { formula: _formula, computed: _computed, formulaError: _error, ...plain } = cell;
    return { ...plain, ...(pasted.align !== undefined ? { align: pasted.align } : {}), children: normalizeChildren(pasted.children) };
  });

  // Bottom-up: merging whole rows collapses them (./placed-table.ts), which shifts only the rows
  // below the merged cell, so merges still to do (higher up) keep their coordinates.
  const merges = source.cells.filter((c) => c.rowSpan > 1 || c.colSpan > 1).sort((a, b) => b.row - a.row);
  for (const merged of merges) {
    const top = rect.top + merged.row;
    const left = rect.left + merged.col;
    result = mergeCells(result, { top, left, bottom: top + merged.rowSpan, right: left + merged.colSpan });
  }
  return result;
}
