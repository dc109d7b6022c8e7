/**
 * The redline of a table: the cells whose text changed (by cell id), and whether rows, columns or
 * spans changed, in which case the review shows the whole table before and after.
 */
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

/** `conflicting`: cell ids the office changed differently (marked in the redline). */
export function tableRedline(before: TableElement, after: TableElement, conflicting: ReadonlySet<string> = new Set()): Redline {
  const a = placedCells(before);
  const b = placedCells(after);
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
    };
    cells.push(conflicting.has(id) ? { ...redline, conflict: true } : redline);
  }
  for (const [id, placed] of a) {
    if (b.has(id)) continue;
    const text = cellText(placed.cell);
    cells.push({ cellId: id, row: placed.row, column: placed.column, before: text, after: null, segments: diffText(text, '') });
  }
  return { kind: 'table', structural: tableShape(before) !== tableShape(after), cells, fields: fieldRedlines(before, after) };
}
