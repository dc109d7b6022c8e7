/**
 * How a data-table cell is aligned when printed, the same in Word and PDF: its own alignment, else
 * (body rows) its column's, as shared/tables/cell-props.ts effectiveAlign defines it; otherwise
 * header cells are centred, a 序号 column's cells centred, and numbers (or cells with a number format)
 * right-aligned.
 */
import { isSequenceHeader } from '../tables/autofit-widths';
import { buildTableMap, cellAt } from '../tables/table-map';
import { parseCellNumber } from '../tables/number-format';
import type { MappedCell } from '../tables/table-map';
import type { CellAlign, TableElement } from '../tables/table-types';
import { cellText } from '../tables/table-types';

export function printedCellAlign(table: TableElement, mapped: MappedCell, header: boolean): CellAlign {
  const own = mapped.cell.align ?? (header ? undefined : table.columns[mapped.col]?.align);
  if (own !== undefined) return own;
  if (header) return 'center';
  if (isSequenceColumn(table, mapped.col)) return 'center';
  const format = mapped.cell.format ?? table.columns[mapped.col]?.format;
  return format !== undefined || parseCellNumber(cellText(mapped.cell)) !== null ? 'right' : 'left';
}

/** A column headed 序号/编号 in its last header row: its running numbers print centred. */
function isSequenceColumn(table: TableElement, col: number): boolean {
  if (table.headerRows < 1) return false;
  const head = cellAt(buildTableMap(table), table.headerRows - 1, col);
  return head !== undefined && head.colSpan === 1 && isSequenceHeader(cellText(head.cell));
}
