/**
 * The map of a table's next version (a keystroke in one cell makes a new table object) is derived
 * from the previous version's map when only cells' contents changed (shared/tables/table-map.ts):
 * it must equal a map computed from scratch, and anything that changes the shape (a span, a cell
 * added or removed, a row moved) must be computed from scratch.
 */
import { buildTableMap, type TableMap } from '../../shared/tables/table-map';
import type { TableCellElement, TableElement } from '../../shared/tables/table-types';
import { tableFromSpec } from './table-spec';

/** A deep copy under another id: its map can only be computed from scratch. */
function fresh(table: TableElement): TableMap {
  return buildTableMap({ ...JSON.parse(JSON.stringify(table)), id: `${table.id}-fresh-${Math.random()}` } as TableElement);
}

function comparable(map: TableMap) {
  return {
    width: map.width,
    height: map.height,
    slots: [...map.slots],
    cells: map.cells.map((c) => ({ id: c.cell.id, text: JSON.stringify(c.cell.children), row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan, childIndex: c.childIndex })),
    rowIds: [...map.rowIds],
    problems: [...map.problems],
    byId: [...map.byId],
  };
}

function withCell(table: TableElement, row: number, col: number, change: (cell: TableCellElement) => TableCellElement): TableElement {
  return {
    ...table,
    children: table.children.map((r, i) => (i !== row ? r : { ...r, children: r.children.map((c, j) => (j === col ? change(c) : c)) })),
  };
}

const typed = (text: string) => (cell: TableCellElement): TableCellElement => ({ ...cell, children: [{ text }] });

const base = tableFromSpec([
  ['院系', '专业', '人数'],
  ['机械', '数控', '10'],
  ['^', '机电', '20'],
  ['电气', '<', '30'],
  ['合计', '<', '60'],
]);

test('a text edit gives the same map as computing it again, with the new cell in it', () => {
  const before = buildTableMap(base);
  const next = withCell(base, 2, 0, typed('机电一体化'));
  const map = buildTableMap(next);
  expect(comparable(map)).toEqual(comparable(fresh(next)));
  expect(map.cells.find((c) => c.cell.id === 'c2_1')?.cell).toBe(next.children[2]?.children[0]);
  // Rows that did not change keep their entries (the same objects as before).
  expect(map.cells[0]).toBe(before.cells[0]);
});

test('a chain of edits in several rows stays equal to maps computed from scratch', () => {
  let table = base;
  buildTableMap(table);
  for (let i = 0; i < 20; i++) {
    const row = i % table.children.length;
    table = withCell(table, row, 0, typed(`值${i}`));
    expect(comparable(buildTableMap(table))).toEqual(comparable(fresh(table)));
  }
});

test.each<[string, (t: TableElement) => TableElement]>([
  ['a span changed', (t) => withCell(t, 3, 0, (c) => ({ ...c, colSpan: undefined }))],
  ['a cell added', (t) => ({ ...t, children: t.children.map((r, i) => (i === 1 ? { ...r, children: [...r.children, { type: 'table-cell', id: 'new', children: [{ text: '' }] }] } : r)) })],
  ['rows swapped', (t) => ({ ...t, children: [t.children[0], t.children[3], t.children[2], t.children[1], t.children[4]] as TableElement['children'] })],
  ['a row removed', (t) => ({ ...t, children: t.children.slice(0, 4) })],
  ['a cell id changed', (t) => withCell(t, 1, 2, (c) => ({ ...c, id: 'other' }))],
])('%s: the map is computed from scratch (and is right)', (_name, change) => {
  buildTableMap(base);
  const next = change(base);
  expect(comparable(buildTableMap(next))).toEqual(comparable(fresh(next)));
});
