import { canMergeCells, canSplitCell, mergeCells, splitCell } from '../../shared/tables/merge-split';
import type { TableElement, TableRect } from '../../shared/tables/table-types';
import { expectNormal, tableFromSpec, tableToSpec, type Spec } from './table-spec';

const rect = (top: number, left: number, bottom: number, right: number): TableRect => ({ top, left, bottom, right });

const GRID: Spec = [
  ['A', 'B', 'C'],
  ['D', '', 'F'],
  ['G', 'H', 'I'],
];

describe('mergeCells', () => {
  const cases: [string, Spec, TableRect, Spec][] = [
    ['a label over empty cells below (the 院系 column)', [['机械', '数控'], ['', '机电'], ['', '小计']], rect(0, 0, 3, 1), [['机械', '数控'], ['^', '机电'], ['^', '小计']]],
    ['texts are joined one per line, empty ones skipped', GRID, rect(0, 0, 2, 2), [['A\nB\nD', '<', 'C'], ['^', '^', 'F'], ['G', 'H', 'I']]],
    ['a horizontal pair', GRID, rect(2, 1, 3, 3), [['A', 'B', 'C'], ['D', '', 'F'], ['G', 'H\nI', '<']]],
    ['whole rows collapse into one row', GRID, rect(1, 0, 3, 3), [['A', 'B', 'C'], ['D\nF\nG\nH\nI', '<', '<']]],
    ['a merged cell with its neighbour', [['A', '<', 'B'], ['C', 'D', 'E']], rect(0, 0, 1, 3), [['A\nB', '<', '<'], ['C', 'D', 'E']]],
    // Same text in every merged cell (a label repeated down an Excel column): kept once.
    ['a label repeated down three rows is kept once', [['信息工程学院', '计算机应用技术'], ['信息工程学院', '软件技术'], ['信息工程学院', '大数据技术']], rect(0, 0, 3, 1), [['信息工程学院', '计算机应用技术'], ['^', '软件技术'], ['^', '大数据技术']]],
    ['repeats count despite outer and doubled spaces', [['信息 工程', ' 信息  工程 '], ['信息\u3000工程', 'x']], rect(0, 0, 2, 1), [['信息 工程', ' 信息  工程 '], ['^', 'x']]],
    ['a repeated label across a horizontal pair', [['合计', '合计'], ['1', '2']], rect(0, 0, 1, 2), [['合计', '<'], ['1', '2']]],
    ['repeats between empty cells, each distinct text once in reading order', [['A', 'B', '1'], ['', 'A', '2'], ['B', 'C', '3']], rect(0, 0, 3, 2), [['A\nB\nC', '<', '1'], ['^', '^', '2'], ['^', '^', '3']]],
    // Negative controls: texts that only look alike still join.
    ['different texts still join, one per line', [['信息工程学院', '1'], ['信息工程学院 ', '2'], ['机电工程学院', '3']], rect(0, 0, 3, 1), [['信息工程学院\n机电工程学院', '1'], ['^', '2'], ['^', '3']]],
    ['a text inside another is not a repeat', [['工程学院', '1'], ['信息工程学院', '2']], rect(0, 0, 2, 1), [['工程学院\n信息工程学院', '1'], ['^', '2']]],
  ];
  test.each(cases)('%s', (_name, input, r, expected) => {
    const before = tableFromSpec(input);
    const after = mergeCells(before, r);
    expectNormal(after);
    expect(tableToSpec(after)).toEqual(expected);
    // The top-left cell keeps its id.
    expect(after.children[r.top]?.children.find((c) => c.id === `c${r.top}_${r.left}`)).toBeDefined();
  });

  test.each([
    ['cuts a merged cell', [['A', '<', 'B'], ['C', 'D', 'E']] as Spec, rect(0, 1, 1, 3)],
    ['a single cell', GRID, rect(1, 1, 2, 2)],
    ['outside the grid', GRID, rect(2, 2, 4, 4)],
    ['an empty rectangle', GRID, rect(1, 1, 1, 2)],
  ])('refused: %s (same object back)', (_name, input, r) => {
    const before = tableFromSpec(input);
    expect(canMergeCells(before, r)).toBe(false);
    expect(mergeCells(before, r)).toBe(before);
  });

  test('header and body rows cannot be merged together', () => {
    const table = tableFromSpec(GRID, { headerRows: 1 });
    expect(canMergeCells(table, rect(0, 0, 2, 1))).toBe(false);
    expect(canMergeCells(table, rect(1, 0, 3, 1))).toBe(true);
  });

  test('collapsing header rows keeps headerRows consistent', () => {
    const table = tableFromSpec(GRID, { headerRows: 2 });
    const after = mergeCells(table, rect(0, 0, 2, 3));
    expect(tableToSpec(after)).toEqual([['A\nB\nC\nD\nF', '<', '<'], ['G', 'H', 'I']]);
    expect(after.headerRows).toBe(1);
  });

  test('marks survive the join', () => {
    const table = tableFromSpec([['A', 'B']]);
    const bold: TableElement = { ...table, children: [{ ...table.children[0]!, children: table.children[0]!.children.map((c) => ({ ...c, children: [{ text: c.children[0]!.text, bold: true as const }] })) }] };
    expect(mergeCells(bold, rect(0, 0, 1, 2)).children[0]?.children[0]?.children).toEqual([{ text: 'A', bold: true }, { text: '\n' }, { text: 'B', bold: true }]);
  });

  test('a repeated text keeps the first cell\'s marks', () => {
    const table = tableFromSpec([['A', '1'], ['A', '2']]);
    const rows = table.children.map((row, r) => ({ ...row, children: row.children.map((c) => (c.id.endsWith('_0') ? { ...c, children: [{ text: 'A', ...(r === 0 ? { bold: true as const } : {}) }] } : c)) }));
    expect(mergeCells({ ...table, children: rows }, rect(0, 0, 2, 1)).children[0]?.children[0]?.children).toEqual([{ text: 'A', bold: true }]);
  });

  test('a computed cell over cells repeating its own value stays computed; other text ends it', () => {
    const table = tableFromSpec([['12', 'x'], ['12', '13']]);
    const withFormula: TableElement = {
      ...table,
      children: table.children.map((row, r) => ({
        ...row,
        children: row.children.map((c) => (r === 0 && c.id === 'c0_0' ? { ...c, formula: { kind: 'yoy' as const, prev: 'k0', curr: 'k1', mode: 'change' as const } } : c)),
      })),
    };
    expect(mergeCells(withFormula, rect(0, 0, 2, 1)).children[0]?.children[0]?.formula).toBeDefined();
    expect(mergeCells(withFormula, rect(0, 0, 1, 2)).children[0]?.children[0]?.formula).toBeUndefined();
  });

  test('a computed cell that receives other text stops being computed; over empty cells it stays computed', () => {
    const table = tableFromSpec([['', 'x'], ['', '']]);
    const withFormula: TableElement = {
      ...table,
      children: table.children.map((row, r) => ({
        ...row,
        children: row.children.map((c) => (r === 0 && c.id === 'c0_0' ? { ...c, formula: { kind: 'yoy' as const, prev: 'k0', curr: 'k1', mode: 'change' as const } } : c)),
      })),
    };
    expect(mergeCells(withFormula, rect(0, 0, 2, 1)).children[0]?.children[0]?.formula).toBeDefined();
    expect(mergeCells(withFormula, rect(0, 0, 1, 2)).children[0]?.children[0]?.formula).toBeUndefined();
  });
});

describe('splitCell', () => {
  const cases: [string, Spec, string, Spec][] = [
    ['a rowSpan label', [['机械', '数控'], ['^', '机电']], 'c0_0', [['机械', '数控'], ['', '机电']]],
    ['a 2×2 block', [['A', '<', 'B'], ['^', '^', 'C']], 'c0_0', [['A', '', 'B'], ['', '', 'C']]],
    ['a header span', [['年份', '<', '<'], ['2023', '2024', '2025']], 'c0_0', [['年份', '', ''], ['2023', '2024', '2025']]],
  ];
  test.each(cases)('%s', (_name, input, id, expected) => {
    const before = tableFromSpec(input);
    const after = splitCell(before, id);
    expectNormal(after);
    expect(tableToSpec(after)).toEqual(expected);
    const kept = after.children.flatMap((r) => r.children).find((c) => c.id === id);
    expect(kept).toBeDefined();
    expect([kept?.rowSpan, kept?.colSpan]).toEqual([undefined, undefined]);
  });

  test('new cells take alignment and format but not text or id', () => {
    const table = tableFromSpec([['A', '<']]);
    const styled: TableElement = { ...table, children: [{ ...table.children[0]!, children: [{ ...table.children[0]!.children[0]!, align: 'center', format: { kind: 'fixed', decimals: 1 } }] }] };
    const [first, second] = splitCell(styled, 'c0_0').children[0]!.children;
    expect(second).toMatchObject({ align: 'center', format: { kind: 'fixed', decimals: 1 }, children: [{ text: '' }] });
    expect(second?.id).not.toBe(first?.id);
  });

  test.each([
    ['a 1×1 cell', 'c0_1'],
    ['an unknown id', 'nope'],
  ])('refused: %s', (_name, id) => {
    const table = tableFromSpec([['A', 'B'], ['^', 'C']]);
    expect(canSplitCell(table, id)).toBe(false);
    expect(splitCell(table, id)).toBe(table);
  });

  test('merge then split gives back the grid (texts joined in the first cell)', () => {
    const table = tableFromSpec(GRID);
    const after = splitCell(mergeCells(table, rect(0, 1, 2, 3)), 'c0_1');
    expect(tableToSpec(after)).toEqual([['A', 'B\nC\nF', ''], ['D', '', ''], ['G', 'H', 'I']]);
  });
});
