/**
 * A sheet read by main (table.readSpreadsheet) as the cell grid the table model builds tables from:
 * merged areas become spans on their top-left cell and the cells they cover are left out, exactly
 * as table rows store them.
 */
import type { SpreadsheetData } from '../../../../shared/ipc/contract';
import type { CellGrid, GridCell } from '../../../../shared/tables/cell-grid';

export function spreadsheetToGrid(data: SpreadsheetData, headerRows: number): CellGrid {
  const height = data.grid.length;
  const width = data.grid.reduce((max, row) => Math.max(max, row.length), 0);
  const origin = new Map<number, { rowSpan: number; colSpan: number }>();
  const covered = new Set<number>();
  for (const merge of data.merges) {
    origin.set(merge.top * width + merge.left, { rowSpan: merge.bottom - merge.top, colSpan: merge.right - merge.left });
    for (let r = merge.top; r < merge.bottom; r++) {
      for (let c = merge.left; c < merge.right; c++) if (r !== merge.top || c !== merge.left) covered.add(r * width + c);
    }
  }
  const rows: GridCell[][] = [];
  for (let r = 0; r < height; r++) {
    const row: GridCell[] = [];
    for (let c = 0; c < width; c++) {
      const slot = r * width + c;
      if (covered.has(slot)) continue;
      const span = origin.get(slot);
      const cell: GridCell = { content: data.grid[r]?.[c] ?? '' };
      if (span && span.rowSpan > 1) cell.rowSpan = span.rowSpan;
      if (span && span.colSpan > 1) cell.colSpan = span.colSpan;
      row.push(cell);
    }
    rows.push(row);
  }
  return { rows, headerRows: Math.max(0, Math.min(headerRows, height)), columnWidths: [...data.columnWidths], caption: '' };
}
