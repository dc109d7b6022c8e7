/**
 * Tables written as ASCII grids for data-driven tests: each string is a slot; '<' means "covered by
 * the cell to the left", '^' "covered by the cell above", anything else starts a cell with that text.
 *
 *   [['院系', '专业'],
 *    ['机械', '数控'],
 *    ['^',    '机电']]      → '机械' has rowSpan 2
 *
 * Ids are deterministic so expectations can name them: row r is `r<r>`, the cell starting at (r, c)
 * is `c<r>_<c>`, column c is `k<c>`.
 */
import { buildTableMap } from '../../shared/tables/table-map';
import { isNormalTable } from '../../shared/tables/normalize-table';
import { cellText, type TableCellElement, type TableElement } from '../../shared/tables/table-types';

export type Spec = readonly (readonly string[])[];

export interface SpecOptions {
  headerRows?: number;
  caption?: string;
}

export function tableFromSpec(spec: Spec, options: SpecOptions = {}): TableElement {
  const owners: number[][] = [];
  const starts: { text: string; row: number; col: number }[] = [];
  spec.forEach((line, r) => {
    owners.push([]);
    line.forEach((slot, c) => {
      let owner: number | undefined;
      if (slot === '<') owner = owners[r]?.[c - 1];
      else if (slot === '^') owner = owners[r - 1]?.[c];
      else {
        owner = starts.length;
        starts.push({ text: slot, row: r, col: c });
      }
      if (owner === undefined) throw new Error(`spec: nothing to extend at (${r}, ${c})`);
      (owners[r] as number[])[c] = owner;
    });
  });
  const cells = starts.map((start, index) => {
    let bottom = start.row;
    let right = start.col;
    owners.forEach((line, r) =>
      line.forEach((owner, c) => {
        if (owner !== index) return;
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }),
    );
    for (let r = start.row; r <= bottom; r++) {
      for (let c = start.col; c <= right; c++) {
        if (owners[r]?.[c] !== index) throw new Error(`spec: cell "${start.text}" is not a rectangle`);
      }
    }
    const cell: TableCellElement = { type: 'table-cell', id: `c${start.row}_${start.col}`, children: [{ text: start.text }] };
    if (bottom > start.row) cell.rowSpan = bottom - start.row + 1;
    if (right > start.col) cell.colSpan = right - start.col + 1;
    return { cell, row: start.row };
  });
  const width = spec.reduce((max, line) => Math.max(max, line.length), 0);
  return {
    type: 'table',
    id: 't',
    caption: options.caption ?? '',
    source: '',
    headerRows: options.headerRows ?? 0,
    columns: Array.from({ length: width }, (_, c) => ({ id: `k${c}`, width: 1 })),
    children: spec.map((_, r) => ({ type: 'table-row', id: `r${r}`, children: cells.filter((c) => c.row === r).map((c) => c.cell) })),
  };
}

export function tableToSpec(table: TableElement): string[][] {
  const map = buildTableMap(table);
  return Array.from({ length: map.height }, (_, r) =>
    Array.from({ length: map.width }, (_, c) => {
      const index = map.slots[r * map.width + c] ?? -1;
      const mapped = map.cells[index];
      if (mapped === undefined) return '?';
      if (mapped.row === r && mapped.col === c) return cellText(mapped.cell);
      return mapped.row === r ? '<' : '^';
    }),
  );
}

/** Every element id of the table (table, rows, cells), in order. */
export function elementIds(table: TableElement): string[] {
  return [table.id, ...table.children.flatMap((row) => [row.id, ...row.children.map((cell) => cell.id)])];
}

/** Asserts the invariants every operation promises: rectangular grid, normal form, unique ids. */
export function expectNormal(table: TableElement): void {
  const map = buildTableMap(table);
  expect(map.problems).toEqual([]);
  expect(map.width).toBeGreaterThan(0);
  expect(table.columns).toHaveLength(map.width);
  const ids = elementIds(table);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(table.columns.map((c) => c.id)).size).toBe(table.columns.length);
  expect(table.headerRows).toBeGreaterThanOrEqual(0);
  expect(table.headerRows).toBeLessThanOrEqual(map.height);
  expect(isNormalTable(table)).toBe(true);
}

/** Id of the (first) cell whose text is `text`. */
export function idOf(table: TableElement, text: string): string {
  for (const row of table.children) for (const cell of row.children) if (cellText(cell) === text) return cell.id;
  throw new Error(`no cell "${text}"`);
}

/** Text → id of every cell, to check which ids an operation kept. */
export function idsByText(table: TableElement): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of table.children) for (const cell of row.children) out.set(cellText(cell), cell.id);
  return out;
}

/** A cell of a hand-built (possibly broken) table: text, or text with spans. */
export type RawCell = string | { text: string; rowSpan?: number; colSpan?: number };

/**
 * A table exactly as written, row by row, HTML style, without any checks: for inputs with holes,
 * overlaps and bad spans. Cell ids are `x<r>_<i>` (row, index in row); `columns` defaults to none.
 */
export function rawTable(rows: readonly (readonly RawCell[])[], options: SpecOptions & { columns?: number } = {}): TableElement {
  return {
    type: 'table',
    id: 't',
    caption: options.caption ?? '',
    source: '',
    headerRows: options.headerRows ?? 0,
    columns: Array.from({ length: options.columns ?? 0 }, (_, c) => ({ id: `k${c}`, width: 1 })),
    children: rows.map((row, r) => ({
      type: 'table-row',
      id: `r${r}`,
      children: row.map((raw, i): TableCellElement => {
        const spec = typeof raw === 'string' ? { text: raw } : raw;
        const cell: TableCellElement = { type: 'table-cell', id: `x${r}_${i}`, children: [{ text: spec.text }] };
        if (spec.rowSpan !== undefined) cell.rowSpan = spec.rowSpan;
        if (spec.colSpan !== undefined) cell.colSpan = spec.colSpan;
        return cell;
      }),
    })),
  };
}
