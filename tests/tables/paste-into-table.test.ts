import { gridFromStrings, gridToTable, createTable, type CellGrid } from '../../shared/tables/cell-grid';
import { setFormula } from '../../shared/tables/cell-props';
import { parseHtmlTable } from '../../shared/tables/paste-html';
import { pasteIntoTable, pastedRect } from '../../shared/tables/paste-into-table';
import { parseTabSeparated } from '../../shared/tables/paste-tsv';
import type { TableElement } from '../../shared/tables/table-types';
import { expectNormal, tableFromSpec, tableToSpec, type Spec } from './table-spec';

const BASE: Spec = [
  ['A', 'B', 'C'],
  ['D', 'E', 'F'],
  ['G', 'H', 'I'],
];

type Case = [name: string, input: Spec, grid: CellGrid, at: { row: number; col: number }, expected: Spec];

describe('pasteIntoTable', () => {
  const cases: Case[] = [
    ['overwrites from the anchor', BASE, parseTabSeparated('1\t2\r\n3\t4\r\n'), { row: 1, col: 1 }, [['A', 'B', 'C'], ['D', '1', '2'], ['G', '3', '4']]],
    ['grows rows and columns as needed', BASE, parseTabSeparated('1\t2\r\n3\t4\r\n'), { row: 2, col: 2 }, [['A', 'B', 'C', ''], ['D', 'E', 'F', ''], ['G', 'H', '1', '2'], ['', '', '3', '4']]],
    ['an anchor just past the last row appends', BASE, parseTabSeparated('x\ty\tz'), { row: 3, col: 0 }, [...BASE, ['x', 'y', 'z']]],
    ['splits a merged cell straddling the area', [['A', '<', 'C'], ['D', 'E', 'F']], parseTabSeparated('1\r\n2'), { row: 0, col: 1 }, [['A', '1', 'C'], ['D', '2', 'F']]],
    [
      'applies the pasted merges',
      BASE,
      parseHtmlTable('<table><tr><td rowspan=2>机械</td><td>374</td></tr><tr><td>236</td></tr></table>')!,
      { row: 0, col: 0 },
      [['机械', '374', 'C'], ['^', '236', 'F'], ['G', 'H', 'I']],
    ],
    [
      'a pasted merge over whole rows collapses them, and later merges still land right',
      [['A', 'B']],
      parseHtmlTable('<table><tr><td colspan=2 rowspan=2>标题</td></tr><tr></tr><tr><td rowspan=2>x</td><td>1</td></tr><tr><td>2</td></tr></table>')!,
      { row: 0, col: 0 },
      [['标题', '<'], ['x', '1'], ['^', '2']],
    ],
  ];
  test.each(cases)('%s', (_name, input, grid, at, expected) => {
    const after = pasteIntoTable(tableFromSpec(input), grid, at);
    expectNormal(after);
    expect(tableToSpec(after)).toEqual(expected);
  });

  test('overwritten cells keep id, alignment and format; their formulas go', () => {
    const base = tableFromSpec(BASE);
    const styled: TableElement = setFormula(
      { ...base, children: base.children.map((r) => ({ ...r, children: r.children.map((c) => (c.id === 'c1_1' ? { ...c, align: 'right' as const, format: { kind: 'integer' as const } } : c)) })) },
      'c1_1',
      { kind: 'yoy', prev: 'k0', curr: 'k2', mode: 'change' },
    );
    const cell = pasteIntoTable(styled, parseTabSeparated('99'), { row: 1, col: 1 }).children[1]?.children[1];
    expect(cell).toEqual({ type: 'table-cell', id: 'c1_1', align: 'right', format: { kind: 'integer' }, children: [{ text: '99' }] });
  });

  test('pasted alignment wins over the target cell’s', () => {
    const grid = parseHtmlTable('<table><tr><td align=center>x</td></tr></table>')!;
    expect(pasteIntoTable(tableFromSpec(BASE), grid, { row: 0, col: 0 }).children[0]?.children[0]?.align).toBe('center');
  });

  test('untouched cells keep their objects', () => {
    const base = tableFromSpec(BASE);
    const after = pasteIntoTable(base, parseTabSeparated('1'), { row: 0, col: 0 });
    expect(after.children[1]).toBe(base.children[1]);
    expect(after.children[0]?.children[1]).toBe(base.children[0]?.children[1]);
  });

  test('pastedRect tells the UI what to select', () => {
    expect(pastedRect(tableFromSpec(BASE), parseTabSeparated('1\t2\r\n3\t4'), { row: 2, col: 2 })).toEqual({ top: 2, left: 2, bottom: 4, right: 4 });
  });
});

describe('building tables from grids', () => {
  test('gridToTable: fresh ids, header rows, caption', () => {
    const table = gridToTable({ ...gridFromStrings([['a', 'b'], ['c']], 1), caption: '标题' });
    expectNormal(table);
    expect(tableToSpec(table)).toEqual([['a', 'b'], ['c', '']]);
    expect(table.headerRows).toBe(1);
    expect(table.caption).toBe('标题');
  });

  test.each([
    [3, 4, 1, 3, 4],
    [0, 0, 1, 1, 1],
    [Number.NaN, 2.7, 0, 1, 2],
  ])('createTable(%p, %p, %p) is %p×%p', (rows, cols, headerRows, height, width) => {
    const table = createTable(rows, cols, headerRows);
    expectNormal(table);
    expect([table.children.length, table.columns.length]).toEqual([height, width]);
  });
});
