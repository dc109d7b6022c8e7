import { cellIdAt, setCellText, setFormula } from '../../shared/tables/cell-props';
import { cellRef } from '../../shared/tables/formula-types';
import { attachGroupFormulas, detectGroups } from '../../shared/tables/group-detection';
import { fromPipeTable } from '../../shared/tables/pipe-table';
import { checkTable, type TableWarning } from '../../shared/tables/table-checks';
import type { TableElement } from '../../shared/tables/table-types';
import { recalculate } from '../../shared/tables/formulas';
import { FIXTURE_TABLES, fixture } from './fixture-tables';
import { tableFromSpec, tableToSpec } from './table-spec';

function load(key: string): TableElement {
  const { rows, caption } = fixture(key);
  return fromPipeTable(rows, caption);
}

/** The table with the cell at (row, col) retyped. */
function retype(table: TableElement, row: number, col: number, text: string): TableElement {
  return setCellText(table, cellIdAt(table, row, col) as string, text);
}

const kinds = (warnings: readonly TableWarning[]): string[] => warnings.map((w) => `${w.kind}@${w.row},${w.col}`);

describe('detectGroups on the fixture', () => {
  test('表 1-1: groups closed by 小计, 人数 counted, 占比 a share of 人数, no total row', () => {
    const detected = detectGroups(load('1-1'));
    expect(detected).toMatchObject({ labelCol: 1, totalRow: null, countCols: [2], shareCols: [{ col: 3, valueCol: 2 }] });
    expect(detected?.groups.map((g) => [g.label, g.rows.length, g.subtotalRow])).toEqual([
      ['机械工程系', 5, 6],
      ['智能技术系', 5, 12],
      ['工业与信息化系', 6, 19],
      ['经济管理工程系', 4, 24],
      ['工业技术系', 4, 29],
    ]);
  });

  test('表 1-2: one group of 28 provinces closed by the 总体 row', () => {
    const detected = detectGroups(load('1-2'));
    expect(detected).toMatchObject({ labelCol: 0, totalRow: 29, countCols: [1], shareCols: [{ col: 2, valueCol: 1 }] });
    expect(detected?.groups).toHaveLength(1);
  });

  test('表 1-4: a 落实率 column is a rate, neither counted nor a share', () => {
    expect(detectGroups(load('1-4'))).toMatchObject({ countCols: [], shareCols: [] });
  });

  test.each(['2-1', '2-2', '3-1', '4-1', '1-6'])('表 %s has no group structure', (key) => {
    expect(detectGroups(load(key))).toBeNull();
  });
});

describe('checkTable on the real numbers', () => {
  test('表 1-3 adds up: no warnings', () => {
    expect(checkTable(load('1-3'))).toEqual([]);
  });

  test('表 1-1 adds up (shares within ±0.1 point); only the shifted 院系 labels of the conversion are reported', () => {
    const warnings = checkTable(load('1-1'));
    expect(kinds(warnings)).toEqual(['group-label@19,0', 'group-label@24,0', 'group-label@29,0']);
    expect(warnings[0]?.message).toBe('第 20 行“小计”与本组（工业与信息化系）其他行不在同一个“院系”合并单元格中，院系等分组标签可能错位。');
  });

  test.each(Object.keys(FIXTURE_TABLES).filter((key) => key !== '1-1'))('表 %s: no warnings', (key) => {
    expect(checkTable(load(key))).toEqual([]);
  });
});

describe('checkTable finds altered numbers', () => {
  test('a 小计 that disagrees with its rows (表 1-3, 单位就业 2887 → 2888); its share no longer fits either', () => {
    const table = retype(load('1-3'), 4, 2, '2888');
    const warnings = checkTable(table);
    expect(kinds(warnings)).toEqual(['subtotal@4,2', 'share-of-total@4,3']);
    expect(warnings[0]?.message).toBe('第 5 行“小计”的“人数”为 2888，但本组各行之和为 2887。');
    expect(warnings[0]?.cellId).toBe(cellIdAt(table, 4, 2));
  });

  test('a row that no longer matches its 小计 and share (表 1-3, 签就业协议 2791 → 2719)', () => {
    const warnings = checkTable(retype(load('1-3'), 1, 2, '2719'));
    expect(kinds(warnings)).toEqual(['subtotal@4,2', 'share-of-total@1,3']);
    // The other shares agree with the total 3337 (the typed 小计 rows): only this row is reported.
    expect(warnings[1]?.message).toBe('第 2 行“签就业协议形式就业”的“占比”为 83.64%，按“人数”2719 ÷ 合计 3337 应为 81.48%。');
  });

  test('a group’s shares that do not add up to its 小计 share (表 1-1, 数控技术 7.07% → 7.70%)', () => {
    const warnings = checkTable(retype(load('1-1'), 2, 3, '7.70%'));
    expect(kinds(warnings).filter((k) => !k.startsWith('group-label'))).toEqual(['share-group@6,3', 'share-of-total@2,3']);
    expect(warnings.find((w) => w.kind === 'share-group')?.message).toBe(
      '第 7 行“小计”的“占比”为 28.14%，但本组各行占比之和为 28.77%（允许误差 ±0.1 个百分点）。',
    );
  });

  test('rounding within tolerance is accepted (表 1-3 单位就业 shares sum to 86.52% against 86.51%)', () => {
    // 83.64 + 1.86 + 1.02 = 86.52: the typed data itself, accepted above. Off by 0.2 it is not:
    const warnings = checkTable(retype(load('1-3'), 3, 3, '1.22%'));
    expect(kinds(warnings)).toEqual(['share-group@4,3', 'share-of-total@3,3']);
  });

  test('group shares that do not add up to 100 % (表 1-3, 待就业 小计 8.78% → 8.38%)', () => {
    const warnings = checkTable(retype(load('1-3'), 14, 3, '8.38%'));
    expect(kinds(warnings)).toEqual(['share-group@14,3', 'share-sum@0,3', 'share-of-total@14,3']);
    expect(warnings[1]?.message).toBe('“占比”列各组小计之和为 99.60%，应为 100%（允许误差 ±0.1 个百分点）。');
  });

  test('a total that disagrees with the rows, and a total share that is not 100 % (表 1-2)', () => {
    let table = retype(load('1-2'), 29, 1, '3338');
    table = retype(table, 29, 2, '99.00%');
    const warnings = checkTable(table);
    expect(kinds(warnings)).toEqual(['total@29,1', 'share-sum@29,2', 'share-of-total@29,2']);
    expect(warnings[0]?.message).toBe('第 30 行“总体”的“人数”为 3338，但各行之和为 3337。');
    expect(warnings[1]?.message).toBe('第 30 行“总体”的“占比”为 99.00%，应为 100%（允许误差 ±0.1 个百分点）。');
  });

  test('a 合计 checked against the 小计 rows', () => {
    const table = tableFromSpec(
      [
        ['系', '专业', '人数'],
        ['机械', '数控', '10'],
        ['^', '小计', '10'],
        ['智能', '大数据', '5'],
        ['^', '小计', '6'],
        ['合计', '<', '16'],
      ],
      { headerRows: 1 },
    );
    expect(detectGroups(table)).toMatchObject({ labelCol: 1, totalRow: 5, countCols: [2] });
    expect(detectGroups(table)?.groups.map((g) => g.label)).toEqual(['机械', '智能']);
    expect(kinds(checkTable(table))).toEqual(['subtotal@4,2']);
    expect(kinds(checkTable(retype(table, 5, 2, '15')))).toEqual(['subtotal@4,2', 'total@5,2']);
  });

  test('decimal counts are compared to the precision typed', () => {
    const table = tableFromSpec([['项目', '经费'], ['A', '2.57'], ['B', '36.36'], ['小计', '38.93']], { headerRows: 1 });
    expect(checkTable(table)).toEqual([]);
    expect(kinds(checkTable(retype(table, 3, 1, '38.99')))).toEqual(['subtotal@3,1']);
  });

  test('formula errors are listed', () => {
    const table = tableFromSpec([['人数', '占比'], ['0', '']], { headerRows: 1 });
    const broken = setFormula(table, 'c1_1', { kind: 'share', value: 'k0', total: cellRef('r1', 'k0') });
    const warnings = checkTable(broken);
    expect(kinds(warnings)).toEqual(['formula-error@1,1']);
    expect(warnings[0]?.message).toBe('第 2 行的公式无法计算：合计为 0，无法计算占比。');
  });
});

describe('attachGroupFormulas', () => {
  test('表 1-3: formulas reproduce every typed number exactly', () => {
    const table = load('1-3');
    const attached = attachGroupFormulas(table);
    expect(tableToSpec(attached)).toEqual(tableToSpec(table));
    const cells = attached.children.flatMap((r) => r.children);
    expect(cells.filter((c) => c.formula?.kind === 'sum')).toHaveLength(5);
    expect(cells.filter((c) => c.formula?.kind === 'share')).toHaveLength(14);
    expect(cells.filter((c) => c.formula !== undefined).every((c) => c.computed === true)).toBe(true);
    expect(checkTable(attached)).toEqual([]);
  });

  test('表 1-1: the same numbers, written without the stray spaces', () => {
    const table = load('1-1');
    const before = tableToSpec(table);
    const after = tableToSpec(attachGroupFormulas(table));
    const changed = before.flatMap((row, r) => row.map((text, c) => [text, after[r]?.[c]] as const)).filter(([a, b]) => a !== b);
    expect(changed).toEqual([
      ['1. 32%', '1.32%'],
      ['17. 11%', '17.11%'],
      ['4. 14%', '4.14%'],
      ['3. 96%', '3.96%'],
      ['2. 13%', '2.13%'],
      ['1. 77%', '1.77%'],
      ['11. 99%', '11.99%'],
    ]);
  });

  test('表 1-2: shares are of the 总体 cell; editing a count updates its share and the total', () => {
    const attached = attachGroupFormulas(load('1-2'));
    const edited = setCellText(attached, cellIdAt(attached, 1, 1) as string, '1206');
    const spec = tableToSpec(recalculate(edited));
    expect(spec[1]).toEqual(['河北省', '1206', '35.09%']);
    expect(spec[29]).toEqual(['总体', '3437', '100.00%']);
  });

  test('a typed 小计 that was wrong is corrected by the formula', () => {
    const wrong = retype(load('1-3'), 4, 2, '2888');
    expect(tableToSpec(attachGroupFormulas(wrong))[4]?.[2]).toBe('2887');
  });

  test('tables without structure are returned unchanged', () => {
    const table = load('3-1');
    expect(attachGroupFormulas(table)).toBe(table);
  });
});
