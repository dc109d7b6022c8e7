import { cellIdAt, setCellText, setFormat, setFormula } from '../../shared/tables/cell-props';
import { renewTableIds } from '../../shared/tables/formula-refs';
import { cellRef, rangeRef, type CellFormula, type CellRef } from '../../shared/tables/formula-types';
import { recalculate } from '../../shared/tables/formulas';
import { mergeCells } from '../../shared/tables/merge-split';
import { deleteColumn, deleteRow, deleteRows, insertColumn, insertRow } from '../../shared/tables/row-column-ops';
import { cellText, type TableCellElement, type TableElement } from '../../shared/tables/table-types';
import { addYoyColumn, detectYearColumns } from '../../shared/tables/year-comparison';
import { expectNormal, tableFromSpec, tableToSpec } from './table-spec';

/** Attaches formulas to cells named by id. */
function withFormulas(table: TableElement, formulas: Record<string, CellFormula>): TableElement {
  return Object.entries(formulas).reduce((t, [id, formula]) => setFormula(t, id, formula), table);
}

function cellById(table: TableElement, id: string): TableCellElement {
  const found = table.children.flatMap((r) => r.children).find((c) => c.id === id);
  if (found === undefined) throw new Error(`no cell ${id}`);
  return found;
}

const text = (table: TableElement, id: string): string => cellText(cellById(table, id));

/** 表 1-3 in small: counts, 小计 per group, 合计, 占比. */
const GROUPS = tableFromSpec(
  [
    ['去向', '明细', '人数', '占比'],
    ['单位就业', '签协议', '2791', ''],
    ['^', '应征入伍', '62', ''],
    ['^', '小计', '', ''],
    ['升学', '境内', '144', ''],
    ['^', '境外', '1', ''],
    ['^', '小计', '', ''],
    ['合计', '<', '', ''],
  ],
  { headerRows: 1 },
);
const sum = (from: string, to: string, col = 'k2'): CellFormula => ({ kind: 'sum', range: rangeRef({ from, to }, { from: col, to: col }) });
const share = (total: CellRef): CellFormula => ({ kind: 'share', value: 'k2', total });

const COMPUTED = withFormulas(GROUPS, {
  c3_2: sum('r1', 'r3'),
  c6_2: sum('r4', 'r6'),
  c7_2: sum('r1', 'r7'),
  c1_3: share(cellRef('r7', 'k2')),
  c2_3: share(cellRef('r7', 'k2')),
  c3_3: share(cellRef('r7', 'k2')),
  c4_3: share(cellRef('r7', 'k2')),
  c5_3: share(cellRef('r7', 'k2')),
  c6_3: share(cellRef('r7', 'k2')),
  c7_3: share(cellRef('r7', 'k2')),
});

describe('recalculate', () => {
  const result = recalculate(COMPUTED);

  test.each([
    ['c3_2', '2853'],
    ['c6_2', '145'],
    ['c7_2', '2998'], // the 合计 skips the 小计 rows (SUBTOTAL semantics): 2791+62+144+1
    ['c1_3', '93.10%'],
    ['c3_3', '95.16%'],
    ['c7_3', '100.00%'],
  ])('%s → %p', (id, expected) => {
    expect(text(result, id)).toBe(expected);
    expect(cellById(result, id).computed).toBe(true);
  });

  test('is idempotent and returns the same object when nothing changes', () => {
    expect(recalculate(result)).toBe(result);
    expect(result.children[0]).toBe(COMPUTED.children[0]);
  });

  test('a typed change flows into 小计, 合计 and every share', () => {
    const edited = recalculate(setCellText(result, 'c2_2', '162'));
    expect([text(edited, 'c3_2'), text(edited, 'c7_2'), text(edited, 'c2_3')]).toEqual(['2953', '3098', '5.23%']);
  });

  test('typed blanks and placeholders count as no value', () => {
    const edited = recalculate(setCellText(result, 'c5_2', '—'));
    expect(text(edited, 'c6_2')).toBe('144');
    expect(cellById(edited, 'c5_3').formulaError).toBe('本行“人数”没有数值');
    expect(text(edited, 'c5_3')).toBe('');
  });

  test('results use the cell format, else the column format, else the inputs’ style', () => {
    const grouped = recalculate(setCellText(COMPUTED, 'c1_2', '2,791'));
    expect(text(grouped, 'c3_2')).toBe('2,853');
    const fixed = recalculate({ ...COMPUTED, columns: COMPUTED.columns.map((c) => (c.id === 'k3' ? { ...c, format: { kind: 'percent' as const, decimals: 1 } } : c)) });
    expect(text(fixed, 'c1_3')).toBe('93.1%');
    const cellFormat = recalculate(setFormat(COMPUTED, ['c7_2'], { kind: 'fixed', decimals: 1 }));
    expect(text(cellFormat, 'c7_2')).toBe('2998.0');
  });

  test('the first run’s marks are kept (a bold 合计 row stays bold)', () => {
    const bold = { ...COMPUTED, children: COMPUTED.children.map((r) => ({ ...r, children: r.children.map((c) => (c.id === 'c7_2' ? { ...c, children: [{ text: 'old', bold: true as const }] } : c)) })) };
    expect(cellById(recalculate(bold), 'c7_2').children).toEqual([{ text: '2998', bold: true }]);
  });

  test('cells without formula lose stale computed flags', () => {
    const stale = { ...GROUPS, children: GROUPS.children.map((r) => ({ ...r, children: r.children.map((c) => (c.id === 'c1_2' ? { ...c, computed: true as const } : c)) })) };
    expect(cellById(recalculate(stale), 'c1_2').computed).toBeUndefined();
  });
});

describe('references survive structural edits', () => {
  test('a row inserted inside a group (above its 小计) is summed', () => {
    let table = insertRow(COMPUTED, 2, 'after');
    table = setCellText(table, cellIdAt(table, 3, 2) as string, '34');
    table = recalculate(table);
    expect(tableToSpec(table).map((r) => r[2])).toEqual(['人数', '2791', '62', '34', '2887', '144', '1', '145', '3032']);
    expectNormal(table);
  });

  test('deleting the first row of a group moves the range end down instead of breaking it', () => {
    const table = recalculate(deleteRow(COMPUTED, 1));
    expect(tableToSpec(table).map((r) => r[2])).toEqual(['人数', '62', '62', '144', '1', '145', '207']);
    expect(table.children.flatMap((r) => r.children).filter((c) => c.formulaError !== undefined)).toEqual([]);
  });

  test('deleting a whole group leaves the 合计 consistent', () => {
    const table = recalculate(deleteRows(COMPUTED, 1, 3));
    expect(tableToSpec(table).map((r) => r[2])).toEqual(['人数', '144', '1', '145', '145']);
  });

  test('inserting and deleting other columns changes nothing', () => {
    const before = recalculate(COMPUTED);
    // A column before everything, one between 人数 and 占比, then the first one deleted again.
    const after = recalculate(deleteColumn(insertColumn(insertColumn(before, 0, 'before'), 3, 'after'), 0));
    expect(tableToSpec(after).map((r) => r.filter((_, c) => c !== 3))).toEqual(tableToSpec(before));
  });

  test('deleting the total row breaks the shares, and says so', () => {
    const table = recalculate(deleteRow(COMPUTED, 7));
    expect(cellById(table, 'c1_3')).toMatchObject({ formulaError: '引用的行已被删除', children: [{ text: '' }] });
    expect(cellById(table, 'c1_3').computed).toBeUndefined();
  });

  test('deleting the value column breaks the shares', () => {
    expect(cellById(recalculate(deleteColumn(COMPUTED, 2)), 'c1_3').formulaError).toBe('引用的列已被删除');
  });

  test('a range end row collapsed by a merge moves to the nearest surviving row', () => {
    // Merging 境内/境外 across columns 1..3 leaves row 5 without a cell of its own: it collapses.
    const table = setFormula(COMPUTED, 'c6_2', sum('r5', 'r6'));
    const merged = mergeCells(table, { top: 4, left: 1, bottom: 6, right: 4 });
    expectNormal(merged);
    expect(merged.children.map((r) => r.id)).not.toContain('r5');
    expect(cellById(merged, 'c6_2').formula).toEqual(sum('r6', 'r6'));
    expect(cellById(merged, 'c7_2').formula).toEqual(sum('r1', 'r7'));
  });

  test('renewTableIds gives fresh ids everywhere and rewrites the formulas to match', () => {
    const copy = renewTableIds(COMPUTED);
    const ids = new Set([COMPUTED.id, ...COMPUTED.children.flatMap((r) => [r.id, ...r.children.map((c) => c.id)]), ...COMPUTED.columns.map((c) => c.id)]);
    const copyIds = [copy.id, ...copy.children.flatMap((r) => [r.id, ...r.children.map((c) => c.id)]), ...copy.columns.map((c) => c.id)];
    expect(copyIds.filter((id) => ids.has(id))).toEqual([]);
    expect(tableToSpec(recalculate(copy))).toEqual(tableToSpec(recalculate(COMPUTED)));
  });
});

describe('formula errors', () => {
  test('a cycle is reported, not looped', () => {
    const table = tableFromSpec([['1', '', '']]);
    const cyclic = withFormulas(table, {
      c0_1: { kind: 'yoy', prev: 'k0', curr: 'k2', mode: 'change' },
      c0_2: { kind: 'yoy', prev: 'k0', curr: 'k1', mode: 'change' },
    });
    const result = recalculate(cyclic);
    expect(cellById(result, 'c0_1').formulaError).toBeDefined();
    expect(cellById(result, 'c0_2').formulaError).toBeDefined();
  });

  test('a share of zero', () => {
    const table = withFormulas(tableFromSpec([['0', '']]), { c0_1: { kind: 'share', value: 'k0', total: cellRef('r0', 'k0') } });
    expect(cellById(recalculate(table), 'c0_1').formulaError).toBe('合计为 0，无法计算占比');
  });

  test('an error fixed by an edit clears the flag', () => {
    const broken = recalculate(withFormulas(tableFromSpec([['0', '']]), { c0_1: { kind: 'share', value: 'k0', total: cellRef('r0', 'k0') } }));
    const fixed = recalculate(setCellText(broken, 'c0_0', '5'));
    expect(cellById(fixed, 'c0_1')).toMatchObject({ computed: true, children: [{ text: '100.00%' }] });
    expect(cellById(fixed, 'c0_1').formulaError).toBeUndefined();
  });
});

describe('year-over-year (表 3-1)', () => {
  const YEARS = tableFromSpec(
    [
      ['指标', '单位', '2023 年', '2024 年', '2025 年'],
      ['横向技术服务到款额', '万元', '2.57', '5', '36.36'],
      ['纵向科研经费到款额*', '万元', '0', '4.8', '3'],
      ['非学历培训项目数*', '项', '8', '34', '130'],
      ['备注', '', '', '', '—'],
    ],
    { headerRows: 1 },
  );

  test('year columns are found by their titles', () => {
    expect(detectYearColumns(YEARS)).toEqual([
      { col: 2, year: 2023 },
      { col: 3, year: 2024 },
      { col: 4, year: 2025 },
    ]);
  });

  test('growth column: rates, a zero base reported, rows without numbers left alone', () => {
    const table = addYoyColumn(YEARS, 3, 4, 'growth');
    expectNormal(table);
    expect(tableToSpec(table).map((r) => r[5])).toEqual(['2025 年比 2024 年增长', '627.20%', '-37.50%', '282.35%', '']);
    expect(cellById(table, cellIdAt(table, 4, 5) as string).formula).toBeUndefined();
    const fromZero = addYoyColumn(YEARS, 2, 3, 'growth');
    expect(cellById(fromZero, cellIdAt(fromZero, 2, 4) as string).formulaError).toBe('上一年为 0，无法计算增长率');
  });

  test('change column: differences in the inputs’ precision', () => {
    const table = addYoyColumn(YEARS, 2, 4, 'change');
    expect(tableToSpec(table).map((r) => r[5])).toEqual(['2025 年比 2023 年增减', '33.79', '3', '122', '']);
  });

  test('bad columns leave the table alone', () => {
    expect(addYoyColumn(YEARS, 4, 4)).toBe(YEARS);
    expect(addYoyColumn(YEARS, 2, 9)).toBe(YEARS);
  });
});
