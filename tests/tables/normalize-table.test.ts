import { normalizeTable, isNormalTable } from '../../shared/tables/normalize-table';
import type { TableElement } from '../../shared/tables/table-types';
import { expectNormal, rawTable, tableFromSpec, tableToSpec, type RawCell, type Spec } from './table-spec';

describe('normalizeTable repairs the grid and keeps content', () => {
  const cases: [string, RawCell[][], Spec][] = [
    ['short rows are padded with empty cells', [['A', 'B', 'C'], ['D'], ['E', 'F']], [['A', 'B', 'C'], ['D', '', ''], ['E', 'F', '']]],
    ['rowSpan off the bottom is cut at the last row', [[{ text: 'A', rowSpan: 5 }, 'B'], ['C']], [['A', 'B'], ['^', 'C']]],
    ['colSpan into a rowSpan from above shrinks to the free slots', [['A', { text: 'B', rowSpan: 2 }], [{ text: 'C', colSpan: 2 }]], [['A', 'B'], ['C', '^']]],
    [
      'a cell after rowSpans lands in the next free slot, as in HTML',
      [[{ text: 'A', rowSpan: 3 }, 'B'], [{ text: 'C', colSpan: 2, rowSpan: 2 }], ['D']],
      [['A', 'B', '', ''], ['^', 'C', '<', ''], ['^', '^', '^', 'D']],
    ],
    ['a colSpan cut by a rowSpan keeps its rowSpan', [['X', { text: 'Y', rowSpan: 3 }], [{ text: 'Z', rowSpan: 2, colSpan: 2 }], ['W']], [['X', 'Y', ''], ['Z', '^', ''], ['^', '^', 'W']]],
    ['zero, negative and fractional spans become 1', [[{ text: 'A', colSpan: 0 }, { text: 'B', rowSpan: -2 }, { text: 'C', colSpan: 1.5 }]], [['A', 'B', 'C']]],
    ['a row without cells under full-width rowSpans is removed', [[{ text: 'A', rowSpan: 2 }, { text: 'B', rowSpan: 2 }], [], ['C', 'D']], [['A', 'B'], ['C', 'D']]],
    ['an empty row not covered by anything gets cells', [['A', 'B'], [], ['C', 'D']], [['A', 'B'], ['', ''], ['C', 'D']]],
    ['no rows at all → one empty cell', [], [['']]],
    ['rows without cells only → one cell per row', [[], []], [[''], ['']]],
  ];
  test.each(cases)('%s', (_name, rows, expected) => {
    const normal = normalizeTable(rawTable(rows, { columns: 1 }));
    expectNormal(normal);
    expect(tableToSpec(normal)).toEqual(expected);
    // Idempotent: normalizing again changes nothing, and returns the very same object.
    expect(normalizeTable(normal)).toBe(normal);
  });

  test('cells that survive keep their ids; new cells get fresh unique ones', () => {
    const normal = normalizeTable(rawTable([['A', 'B', 'C'], ['D']]));
    const ids = normal.children.flatMap((row) => row.children.map((cell) => cell.id));
    expect(ids.slice(0, 4)).toEqual(['x0_0', 'x0_1', 'x0_2', 'x1_0']);
    expect(ids.slice(4).every((id) => /^b[0-9a-z]{9}$/.test(id))).toBe(true);
  });
});

describe('normalizeTable fixes properties', () => {
  test('a normal table is returned as is', () => {
    const table = tableFromSpec([['A', 'B'], ['^', 'C']], { headerRows: 1 });
    expect(isNormalTable(table)).toBe(true);
    expect(normalizeTable(table)).toBe(table);
  });

  test('columns are cut or padded to the grid width; new ones get the average width', () => {
    const wide = { ...tableFromSpec([['A', 'B']]), columns: [{ id: 'k0', width: 2 }, { id: 'k1', width: 4 }, { id: 'k2', width: 9 }] };
    expect(normalizeTable(wide).columns).toEqual([{ id: 'k0', width: 2 }, { id: 'k1', width: 4 }]);
    const narrow = { ...tableFromSpec([['A', 'B', 'C']]), columns: [{ id: 'k0', width: 2 }, { id: 'k1', width: 4 }] };
    const fitted = normalizeTable(narrow).columns;
    expect(fitted.slice(0, 2)).toEqual([{ id: 'k0', width: 2 }, { id: 'k1', width: 4 }]);
    expect(fitted[2]?.width).toBe(3);
  });

  test.each([
    ['too many header rows', 5, 2],
    ['negative', -1, 0],
    ['fractional', 1.5, 0],
  ])('headerRows %s (%p) → %p', (_name, headerRows, expected) => {
    const table = { ...tableFromSpec([['A'], ['B']]), headerRows };
    expect(normalizeTable(table).headerRows).toBe(expected);
  });

  test('header rows above a removed empty row still count right', () => {
    const table = rawTable([['H1', 'H2'], [{ text: 'A', rowSpan: 2 }, { text: 'B', rowSpan: 2 }], [], ['C', 'D']], { headerRows: 1 });
    const normal = normalizeTable(table);
    expect(tableToSpec(normal)).toEqual([['H1', 'H2'], ['A', 'B'], ['C', 'D']]);
    expect(normal.headerRows).toBe(1);
  });

  test('duplicate and missing ids are replaced, the first holder keeps its id', () => {
    const table = tableFromSpec([['A', 'B'], ['C', 'D']]);
    const broken: TableElement = {
      ...table,
      children: table.children.map((row, r) => ({ ...row, id: r === 1 ? 'r0' : row.id, children: row.children.map((cell) => ({ ...cell, id: r === 1 ? 'c0_0' : cell.id })) })),
    };
    const normal = normalizeTable(broken);
    expectNormal(normal);
    expect(normal.children[0]?.id).toBe('r0');
    expect(normal.children[0]?.children[0]?.id).toBe('c0_0');
    expect(normal.children[1]?.id).not.toBe('r0');
  });

  test('spans of 1 are not stored', () => {
    const table = rawTable([[{ text: 'A', colSpan: 1, rowSpan: 1 }]], { columns: 1 });
    expect(isNormalTable(table)).toBe(false);
    const cell = normalizeTable(table).children[0]?.children[0];
    expect(cell).toEqual({ type: 'table-cell', id: 'x0_0', children: [{ text: 'A' }] });
  });

  test.each([
    ['empty children', [], [{ text: '' }]],
    ['equal marks merged', [{ text: 'a', bold: true }, { text: 'b', bold: true }, { text: 'c' }], [{ text: 'ab', bold: true }, { text: 'c' }]],
    ['empty runs dropped', [{ text: '' }, { text: 'a', italic: true }, { text: '' }], [{ text: 'a', italic: true }]],
    ['a pasted paragraph flattened to its text', [{ type: 'paragraph', children: [{ text: '机械' }, { text: '工程' }] }], [{ text: '机械工程' }]],
  ])('cell children: %s', (_name, children, expected) => {
    const table = tableFromSpec([['x']]);
    const broken = { ...table, children: [{ ...table.children[0], children: [{ ...table.children[0]?.children[0], children }] }] } as unknown as TableElement;
    expect(normalizeTable(broken).children[0]?.children[0]?.children).toEqual(expected);
  });

  test('malformed formats and formulas (a damaged file) are dropped, valid ones kept', () => {
    const table = tableFromSpec([['1', '2', '3']]);
    const cells = [
      { ...table.children[0]!.children[0]!, format: { kind: 'percent' } },
      { ...table.children[0]!.children[1]!, formula: { kind: 'sum', range: { rows: { from: 'r0' } } } },
      { ...table.children[0]!.children[2]!, formula: { kind: 'yoy', prev: 'k0', curr: 'k1', mode: 'growth' }, format: { kind: 'integer' } },
    ];
    const damaged = { ...table, children: [{ ...table.children[0]!, children: cells }] } as unknown as TableElement;
    const normal = normalizeTable(damaged);
    expect(normal.children[0]?.children.map((c) => [c.format, c.formula?.kind])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      [{ kind: 'integer' }, 'yoy'],
    ]);
  });

  test('missing caption and source become empty strings', () => {
    const broken = { ...tableFromSpec([['A']]), caption: undefined, source: 3 } as unknown as TableElement;
    expect(normalizeTable(broken)).toMatchObject({ caption: '', source: '' });
  });
});
