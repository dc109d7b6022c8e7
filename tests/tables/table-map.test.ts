import { buildTableMap, cellAt, cellsInRect, expandRectToCells, findCell, isRectExactlyCovered, type TableProblem } from '../../shared/tables/table-map';
import type { TableRect } from '../../shared/tables/table-types';
import { rawTable, tableFromSpec, tableToSpec, type RawCell, type Spec } from './table-spec';

describe('buildTableMap on well-formed tables', () => {
  const specs: [string, Spec, number, number][] = [
    ['one cell', [['A']], 1, 1],
    ['plain 2×3', [['A', 'B', 'C'], ['D', 'E', 'F']], 3, 2],
    ['first column merged over a group (表 1-1)', [['院系', '专业', '人数'], ['机械', '数控', '236'], ['^', '机电', '374'], ['^', '小计', '610']], 3, 4],
    ['header spanning year columns (表 3-1)', [['指标', '年份', '<', '<'], ['^', '2023', '2024', '2025']], 4, 2],
    ['2×2 block in the middle', [['A', 'B', 'C', 'D'], ['E', 'F', '<', 'G'], ['H', '^', '^', 'I']], 4, 3],
  ];
  test.each(specs)('%s: size, no problems, spec round trip', (_name, spec, width, height) => {
    const map = buildTableMap(tableFromSpec(spec));
    expect([map.width, map.height]).toEqual([width, height]);
    expect(map.problems).toEqual([]);
    expect(tableToSpec(tableFromSpec(spec))).toEqual(spec);
  });

  test('every slot resolves to the cell covering it', () => {
    const table = tableFromSpec([['A', 'B', 'C'], ['^', 'D', '<'], ['E', '^', '^']]);
    const map = buildTableMap(table);
    const owner = (r: number, c: number): string | undefined => cellAt(map, r, c)?.cell.id;
    expect([owner(0, 0), owner(1, 0), owner(2, 0)]).toEqual(['c0_0', 'c0_0', 'c2_0']);
    expect([owner(1, 1), owner(1, 2), owner(2, 1), owner(2, 2)]).toEqual(['c1_1', 'c1_1', 'c1_1', 'c1_1']);
    expect(owner(3, 0)).toBeUndefined();
    expect(owner(0, -1)).toBeUndefined();
    expect(findCell(map, 'c1_1')).toMatchObject({ row: 1, col: 1, rowSpan: 2, colSpan: 2 });
  });

  test('maps are cached per table object (tables are immutable)', () => {
    const table = tableFromSpec([['A']]);
    expect(buildTableMap(table)).toBe(buildTableMap(table));
    expect(buildTableMap({ ...table })).not.toBe(buildTableMap(table));
  });
});

describe('buildTableMap reports what does not fit', () => {
  const cases: [string, RawCell[][], number, number, TableProblem['kind'][]][] = [
    ['short row leaves a hole', [['A', 'B'], ['C']], 2, 2, ['hole']],
    ['rowSpan running off the bottom', [[{ text: 'A', rowSpan: 3 }, 'B'], ['C']], 2, 2, ['span-overflow']],
    ['colSpan colliding with a rowSpan from above', [['A', { text: 'B', rowSpan: 2 }], [{ text: 'C', colSpan: 2 }]], 2, 2, ['overlap']],
    ['zero and fractional spans', [[{ text: 'A', colSpan: 0 }, { text: 'B', rowSpan: 1.5 }]], 2, 1, ['bad-span', 'bad-span']],
    ['row without cells', [['A', 'B'], []], 2, 2, ['empty-row', 'hole', 'hole']],
    ['row fully covered from above but holding no cells', [[{ text: 'A', rowSpan: 2 }, { text: 'B', rowSpan: 2 }], []], 2, 2, ['empty-row']],
    ['no rows at all', [], 0, 0, []],
  ];
  test.each(cases)('%s', (_name, rows, width, height, kinds) => {
    const map = buildTableMap(rawTable(rows));
    expect([map.width, map.height]).toEqual([width, height]);
    expect(map.problems.map((p) => p.kind)).toEqual(kinds);
  });
});

describe('rectangles', () => {
  const table = tableFromSpec([
    ['A', 'B', 'C', 'D'],
    ['E', 'F', '<', 'G'],
    ['H', '^', '^', 'I'],
  ]);
  const map = buildTableMap(table);
  const rect = (top: number, left: number, bottom: number, right: number): TableRect => ({ top, left, bottom, right });

  test.each([
    ['whole table', rect(0, 0, 3, 4), true],
    ['exactly the 2×2 block', rect(1, 1, 3, 3), true],
    ['cuts the block', rect(1, 1, 2, 3), false],
    ['half of the block plus its left neighbour', rect(1, 0, 3, 2), false],
    ['single plain cell', rect(0, 3, 1, 4), true],
    ['outside the grid', rect(2, 3, 4, 4), false],
    ['empty', rect(1, 1, 1, 2), false],
  ])('isRectExactlyCovered: %s %j → %p', (_name, r, expected) => {
    expect(isRectExactlyCovered(map, r)).toBe(expected);
  });

  test('cellsInRect lists each touched cell once, in document order', () => {
    expect(cellsInRect(map, rect(0, 1, 3, 3)).map((c) => c.cell.id)).toEqual(['c0_1', 'c0_2', 'c1_1']);
  });

  test.each([
    [rect(1, 2, 2, 3), rect(1, 1, 3, 3)],
    [rect(0, 0, 2, 2), rect(0, 0, 3, 3)],
    [rect(0, 3, 1, 4), rect(0, 3, 1, 4)],
    [rect(-5, -5, 99, 99), rect(0, 0, 3, 4)],
  ])('expandRectToCells %p → %p', (input, expected) => {
    expect(expandRectToCells(map, input)).toEqual(expected);
    expect(isRectExactlyCovered(map, expandRectToCells(map, input))).toBe(true);
  });
});
