import { deleteColumn, deleteColumns, deleteRow, deleteRows, insertColumn, insertColumns, insertRow, insertRows } from '../../shared/tables/row-column-ops';
import type { TableElement } from '../../shared/tables/table-types';
import { expectNormal, idsByText, tableFromSpec, tableToSpec, type Spec } from './table-spec';

type Case = [name: string, input: Spec, op: (t: TableElement) => TableElement, expected: Spec];

/** 表 1-1 in small: 院系 merged over each group, a 小计 row per group. */
const GROUPED: Spec = [
  ['院系', '专业', '人数'],
  ['机械', '数控', '236'],
  ['^', '机电', '374'],
  ['^', '小计', '610'],
  ['智能', '大数据', '197'],
  ['^', '小计', '197'],
];

/** Two header rows with a year group spanning three columns (表 3-1 style). */
const YEARS: Spec = [
  ['指标', '年份', '<', '<'],
  ['^', '2023', '2024', '2025'],
  ['到款额', '2.57', '5', '36.36'],
];

const BLOCK: Spec = [
  ['A', 'B', 'C'],
  ['D', 'E', '<'],
  ['F', '^', '^'],
  ['G', 'H', 'I'],
];

function check(input: Spec, op: (t: TableElement) => TableElement, expected: Spec, headerRows = 0): TableElement {
  const before = tableFromSpec(input, { headerRows });
  const after = op(before);
  expectNormal(after);
  expect(tableToSpec(after)).toEqual(expected);
  // Every cell of the input that is still there (by text) kept its id.
  const old = idsByText(before);
  for (const [text, id] of idsByText(after)) if (text !== '' && old.has(text)) expect(id).toBe(old.get(text));
  return after;
}

describe('insertRow', () => {
  const cases: Case[] = [
    ['after a row inside a merged group: the group label grows', GROUPED, (t) => insertRow(t, 1, 'after'), [
      ['院系', '专业', '人数'], ['机械', '数控', '236'], ['^', '', ''], ['^', '机电', '374'], ['^', '小计', '610'], ['智能', '大数据', '197'], ['^', '小计', '197'],
    ]],
    ['before the first row of a group: outside the group', GROUPED, (t) => insertRow(t, 4, 'before'), [
      ['院系', '专业', '人数'], ['机械', '数控', '236'], ['^', '机电', '374'], ['^', '小计', '610'], ['', '', ''], ['智能', '大数据', '197'], ['^', '小计', '197'],
    ]],
    ['after the last row of a group: outside the group', GROUPED, (t) => insertRow(t, 3, 'after'), [
      ['院系', '专业', '人数'], ['机械', '数控', '236'], ['^', '机电', '374'], ['^', '小计', '610'], ['', '', ''], ['智能', '大数据', '197'], ['^', '小计', '197'],
    ]],
    ['at the very end', [['A', 'B']], (t) => insertRow(t, 0, 'after'), [['A', 'B'], ['', '']]],
    ['at the very top', [['A', 'B']], (t) => insertRow(t, 0, 'before'), [['', ''], ['A', 'B']]],
    ['through a 2×2 block', BLOCK, (t) => insertRow(t, 1, 'after'), [['A', 'B', 'C'], ['D', 'E', '<'], ['', '^', '^'], ['F', '^', '^'], ['G', 'H', 'I']]],
    ['three rows at once', [['A'], ['B']], (t) => insertRows(t, 0, 'after', 3), [['A'], [''], [''], [''], ['B']]],
    ['out-of-range index is clamped', [['A'], ['B']], (t) => insertRow(t, 99, 'after'), [['A'], ['B'], ['']]],
  ];
  test.each(cases)('%s', (_name, input, op, expected) => {
    check(input, op, expected);
  });

  test.each([
    ['before the first header row', 0, 'before', 3],
    ['between two header rows', 0, 'after', 3],
    ['after the last header row (first body row)', 1, 'after', 2],
    ['in the body', 2, 'after', 2],
  ] as const)('header rows: %s', (_name, at, side, headerRows) => {
    expect(insertRow(tableFromSpec(YEARS, { headerRows: 2 }), at, side).headerRows).toBe(headerRows);
  });

  test('new cells copy alignment and number format of the row they are inserted next to, not text', () => {
    const table = tableFromSpec([['A', '1']]);
    const styled: TableElement = {
      ...table,
      children: [{ ...table.children[0]!, children: table.children[0]!.children.map((c) => ({ ...c, align: 'right' as const, format: { kind: 'integer' as const } })) }],
    };
    const after = insertRow(styled, 0, 'after');
    expect(after.children[1]?.children.map((c) => [c.align, c.format, c.children])).toEqual([
      ['right', { kind: 'integer' }, [{ text: '' }]],
      ['right', { kind: 'integer' }, [{ text: '' }]],
    ]);
  });

  test('header cells are not templates for body rows', () => {
    const table = tableFromSpec([['H'], ['B']], { headerRows: 1 });
    const centered: TableElement = { ...table, children: [{ ...table.children[0]!, children: [{ ...table.children[0]!.children[0]!, align: 'center' }] }, table.children[1]!] };
    expect(insertRow(centered, 0, 'after').children[1]?.children[0]?.align).toBeUndefined();
  });
});

describe('deleteRow', () => {
  const cases: Case[] = [
    ['a row in the middle of a merged group: the label shrinks', GROUPED, (t) => deleteRow(t, 2), [
      ['院系', '专业', '人数'], ['机械', '数控', '236'], ['^', '小计', '610'], ['智能', '大数据', '197'], ['^', '小计', '197'],
    ]],
    ['the first row of a merged group: the label moves down with its id', GROUPED, (t) => deleteRow(t, 1), [
      ['院系', '专业', '人数'], ['机械', '机电', '374'], ['^', '小计', '610'], ['智能', '大数据', '197'], ['^', '小计', '197'],
    ]],
    ['a whole group', GROUPED, (t) => deleteRows(t, 1, 3), [['院系', '专业', '人数'], ['智能', '大数据', '197'], ['^', '小计', '197']]],
    ['range given backwards', GROUPED, (t) => deleteRows(t, 3, 1), [['院系', '专业', '人数'], ['智能', '大数据', '197'], ['^', '小计', '197']]],
    ['the top row of a 2×2 block', BLOCK, (t) => deleteRow(t, 1), [['A', 'B', 'C'], ['F', 'E', '<'], ['G', 'H', 'I']]],
    ['the bottom row of a 2×2 block', BLOCK, (t) => deleteRow(t, 2), [['A', 'B', 'C'], ['D', 'E', '<'], ['G', 'H', 'I']]],
    ['a header row that a cell spans from', YEARS, (t) => deleteRow(t, 0), [['指标', '2023', '2024', '2025'], ['到款额', '2.57', '5', '36.36']]],
    ['every row: refused, table unchanged', [['A'], ['B']], (t) => deleteRows(t, 0, 1), [['A'], ['B']]],
    ['the only row: refused', [['A', 'B']], (t) => deleteRow(t, 0), [['A', 'B']]],
  ];
  test.each(cases)('%s', (_name, input, op, expected) => {
    check(input, op, expected);
  });

  test('the moved label keeps its id, and untouched rows keep theirs', () => {
    const before = tableFromSpec(GROUPED, { headerRows: 1 });
    const after = deleteRow(before, 1);
    expect(after.children[1]?.children[0]?.id).toBe('c1_0');
    expect(after.children.map((r) => r.id)).toEqual(['r0', 'r2', 'r3', 'r4', 'r5']);
  });

  test.each([
    [0, 1],
    [1, 1],
    [2, 2],
  ])('deleting row %p of a table with 2 header rows leaves %p', (row, headerRows) => {
    expect(deleteRow(tableFromSpec([['a'], ['b'], ['c'], ['d']], { headerRows: 2 }), row).headerRows).toBe(headerRows);
  });

  test('a refused delete returns the same object', () => {
    const table = tableFromSpec([['A']]);
    expect(deleteRow(table, 0)).toBe(table);
  });
});

describe('insertColumn', () => {
  const cases: Case[] = [
    ['inside a header span: the span grows', YEARS, (t) => insertColumn(t, 1, 'after'), [
      ['指标', '年份', '<', '<', '<'], ['^', '2023', '', '2024', '2025'], ['到款额', '2.57', '', '5', '36.36'],
    ]],
    ['after the last year: outside the span', YEARS, (t) => insertColumn(t, 3, 'after'), [
      ['指标', '年份', '<', '<', ''], ['^', '2023', '2024', '2025', ''], ['到款额', '2.57', '5', '36.36', ''],
    ]],
    ['next to a rowSpan label: the label does not grow sideways', YEARS, (t) => insertColumn(t, 0, 'after'), [
      ['指标', '', '年份', '<', '<'], ['^', '', '2023', '2024', '2025'], ['到款额', '', '2.57', '5', '36.36'],
    ]],
    ['through a 2×2 block', BLOCK, (t) => insertColumn(t, 1, 'after'), [['A', 'B', '', 'C'], ['D', 'E', '<', '<'], ['F', '^', '^', '^'], ['G', 'H', '', 'I']]],
    ['at the left edge', [['A']], (t) => insertColumn(t, 0, 'before'), [['', 'A']]],
    ['two at once', [['A', 'B']], (t) => insertColumns(t, 0, 'after', 2), [['A', '', '', 'B']]],
  ];
  test.each(cases)('%s', (_name, input, op, expected) => {
    check(input, op, expected);
  });

  test('the new column copies the reference column width, format and alignment, with a fresh id', () => {
    const table = tableFromSpec([['A', 'B']]);
    const styled: TableElement = { ...table, columns: [{ id: 'k0', width: 3, format: { kind: 'percent', decimals: 2 }, align: 'right' }, { id: 'k1', width: 1 }] };
    const after = insertColumn(styled, 0, 'after');
    expect(after.columns.map((c) => c.width)).toEqual([3, 3, 1]);
    expect(after.columns[1]).toMatchObject({ format: { kind: 'percent', decimals: 2 }, align: 'right' });
    expect(new Set(after.columns.map((c) => c.id)).size).toBe(3);
    expect(after.columns[0]?.id).toBe('k0');
    expect(after.columns[2]?.id).toBe('k1');
  });
});

describe('deleteColumn', () => {
  const cases: Case[] = [
    ['inside a header span: the span shrinks', YEARS, (t) => deleteColumn(t, 2), [['指标', '年份', '<'], ['^', '2023', '2025'], ['到款额', '2.57', '36.36']]],
    ['the first column of a span: the span moves right with its text', YEARS, (t) => deleteColumn(t, 1), [['指标', '年份', '<'], ['^', '2024', '2025'], ['到款额', '5', '36.36']]],
    ['the left column of a 2×2 block', BLOCK, (t) => deleteColumn(t, 1), [['A', 'C'], ['D', 'E'], ['F', '^'], ['G', 'I']]],
    ['two columns', YEARS, (t) => deleteColumns(t, 1, 2), [['指标', '年份'], ['^', '2025'], ['到款额', '36.36']]],
    ['every column: refused', [['A', 'B']], (t) => deleteColumns(t, 0, 1), [['A', 'B']]],
  ];
  test.each(cases)('%s', (_name, input, op, expected) => {
    check(input, op, expected);
  });

  test('a row left with no cell of its own is removed (a row only made of rowSpans from above)', () => {
    // Deleting column 1 removes C, the only cell starting in row 1.
    check([['A', 'B'], ['^', 'C'], ['D', 'E']], (t) => deleteColumn(t, 1), [['A'], ['D']]);
  });

  test('columns array follows', () => {
    const after = deleteColumn(tableFromSpec(YEARS), 2);
    expect(after.columns.map((c) => c.id)).toEqual(['k0', 'k1', 'k3']);
  });
});
