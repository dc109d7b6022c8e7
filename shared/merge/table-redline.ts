/**
 * The redline of a table: the cells whose text changed (by cell id) with the labels of their row
 * and column, and whether rows, columns or spans changed, in which case the review shows the whole
 * table before and after.
 */
import { tableLabels, type TableLabels } from '../tables/cell-labels';
import { buildTableMap } from '../tables/table-map';
import { cellText, type TableCellElement, type TableElement } from '../tables/table-types';
import type { CellRedline, FieldRedline, Redline } from './merge-types';
import { tableShape } from './table-merge';
import { diffText } from './text-diff';

interface Placed {
  readonly cell: TableCellElement;
  readonly row: number;
  readonly column: number;
}

function placedCells(table: TableElement): Map<string, Placed> {
  const map = buildTableMap(table);
  const out = new Map<string, Placed>();
  for (const mapped of map.cells) out.set(mapped.cell.id, { cell: mapped.cell, row: mapped.row, column: mapped.col });
  return out;
}

function fieldRedlines(before: TableElement, after: TableElement): FieldRedline[] {
  const fields: FieldRedline[] = [];
  for (const name of ['caption', 'source'] as const) {
    if (before[name] !== after[name]) fields.push({ name, before: before[name], after: after[name], segments: diffText(before[name], after[name]) });
  }
  if (before.headerRows !== after.headerRows) {
    const [a, b] = [String(before.headerRows), String(after.headerRows)];
    fields.push({ name: 'headerRows', before: a, after: b, segments: diffText(a, b) });
  }
  return fields;
}

/** The row and column labels of a placed cell, in the table it was placed in. */
function labelsOf(table: TableElement, labels: TableLabels, placed: Placed): Pick<CellRedline, 'rowLabel' | 'columnLabel' | 'header'> {
  return { rowLabel: labels.rows[placed.row] ?? '', columnLabel: labels.columns[placed.column] ?? '', header: placed.row < table.headerRows };
}

/** `conflicting`: cell ids the office changed differently (marked in the redline). */
export function tableRedline(before: TableElement, after: TableElement, conflicting: ReadonlySet<string> = new Set()): Redline {
  const a = placedCells(before);
  const b = placedCells(after);
  // Cells are named as the office knows them (its version), new cells by the department's.
  const labelsBefore = tableLabels(before);
  const labelsAfter = tableLabels(after);
  const cells: CellRedline[] = [];
  for (const [id, placed] of b) {
    const old = a.get(id);
    const textAfter = cellText(placed.cell);
    const textBefore = old ? cellText(old.cell) : null;
    if (textBefore === textAfter && !conflicting.has(id)) continue;
    const redline: CellRedline = {
      cellId: id,
      row: placed.row,
      column: placed.column,
      before: textBefore,
      after: textAfter,
      segments: diffText(textBefore ?? '', textAfter),
      ...(old ? labelsOf(before, labelsBefore, old) : labelsOf(after, labelsAfter, placed)),
    };
    cells.push(conflicting.has(id) ? { ...redline, conflict: true } : redline);
  }
  for (const [id, placed] of a) {
    if (b.has(id)) continue;
    const text = cellText(placed.cell);
    cells.push({ cellId: id, row: placed.row, column: placed.column, before: text, after: null, segments: diffText(text, ''), ...labelsOf(before, labelsBefore, placed) });
  }
  return { kind: 'table', structural: tableShape(before) !== tableShape(after), cells, fields: fieldRedlines(before, after) };
}
