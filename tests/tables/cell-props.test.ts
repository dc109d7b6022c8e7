import {
  cellIdAt,
  effectiveAlign,
  effectiveFormat,
  locateCell,
  setAlign,
  setCellText,
  setColumnAlign,
  setColumnFormat,
  setColumnWidth,
  setColumnWidths,
  setFormat,
  setFormula,
  setHeaderRows,
} from '../../shared/tables/cell-props';
import { cellText } from '../../shared/tables/table-types';
import { expectNormal, tableFromSpec } from './table-spec';

const TABLE = tableFromSpec(
  [
    ['院系', '专业', '人数'],
    ['机械', '数控', '236'],
    ['^', '机电', '374'],
  ],
  { headerRows: 1 },
);

describe('addressing', () => {
  test.each([
    [0, 0, 'c0_0'],
    [2, 0, 'c1_0'],
    [2, 2, 'c2_2'],
    [3, 0, null],
  ])('cellIdAt(%p, %p) → %p', (row, col, id) => {
    expect(cellIdAt(TABLE, row, col)).toBe(id);
  });

  test('locateCell gives origin and spans', () => {
    expect(locateCell(TABLE, 'c1_0')).toEqual({ id: 'c1_0', row: 1, col: 0, rowSpan: 2, colSpan: 1 });
    expect(locateCell(TABLE, 'missing')).toBeNull();
  });
});

describe('cell properties', () => {
  test('setAlign by rectangle touches every cell the rectangle touches', () => {
    const after = setAlign(TABLE, { top: 2, left: 0, bottom: 3, right: 2 }, 'center');
    const aligned = after.children.flatMap((r) => r.children).filter((c) => c.align === 'center').map((c) => c.id);
    expect(aligned).toEqual(['c1_0', 'c2_1']);
    expectNormal(after);
  });

  test('setAlign by ids, then clearing it; unchanged requests return the same object', () => {
    const right = setAlign(TABLE, ['c1_2', 'c2_2'], 'right');
    expect(right.children[1]?.children[2]?.align).toBe('right');
    expect(setAlign(right, ['c1_2', 'c2_2'], 'right')).toBe(right);
    const cleared = setAlign(right, ['c1_2'], undefined);
    expect('align' in (cleared.children[1]?.children[2] ?? {})).toBe(false);
    expect(cleared.children[0]).toBe(right.children[0]);
    expect(setAlign(TABLE, ['c1_2'], undefined)).toBe(TABLE);
  });

  test('setFormat and effectiveFormat (cell over column)', () => {
    const withColumn = setColumnFormat(TABLE, 2, { kind: 'integer' });
    expect(effectiveFormat(withColumn, 'c1_2')).toEqual({ kind: 'integer' });
    const withCell = setFormat(withColumn, ['c1_2'], { kind: 'thousands', decimals: 0 });
    expect(effectiveFormat(withCell, 'c1_2')).toEqual({ kind: 'thousands', decimals: 0 });
    expect(effectiveFormat(withCell, 'c2_2')).toEqual({ kind: 'integer' });
    expect(setColumnFormat(withColumn, 2, { kind: 'integer' })).toBe(withColumn);
    expect(setColumnFormat(withColumn, 2, undefined).columns[2]).toEqual({ id: 'k2', width: 1 });
  });

  test('effectiveAlign: column alignment applies to body cells only', () => {
    const after = setColumnAlign(TABLE, 2, 'right');
    expect(effectiveAlign(after, 'c1_2')).toBe('right');
    expect(effectiveAlign(after, 'c0_2')).toBeUndefined();
  });

  test('setCellText replaces the text and drops a formula', () => {
    const computed = setFormula(TABLE, 'c2_2', { kind: 'yoy', prev: 'k1', curr: 'k2', mode: 'change' });
    expect(computed.children[2]?.children[1]?.formula).toBeDefined();
    const typed = setCellText(computed, 'c2_2', '375');
    const cell = typed.children[2]?.children[1];
    expect(cell && cellText(cell)).toBe('375');
    expect(cell?.formula).toBeUndefined();
    expect(setCellText(typed, 'c2_2', '375')).toBe(typed);
    expect(setCellText(typed, 'c2_2', [{ text: '37', bold: true }, { text: '5', bold: true }]).children[2]?.children[1]?.children).toEqual([{ text: '375', bold: true }]);
  });

  test('setFormula(undefined) removes formula and result flags', () => {
    const computed = setFormula(TABLE, 'c2_2', { kind: 'yoy', prev: 'k1', curr: 'k2', mode: 'change' });
    const flagged = { ...computed, children: computed.children.map((r) => ({ ...r, children: r.children.map((c) => (c.id === 'c2_2' ? { ...c, computed: true as const } : c)) })) };
    const plain = setFormula(flagged, 'c2_2', undefined).children[2]?.children[1];
    expect(plain).toEqual({ type: 'table-cell', id: 'c2_2', children: [{ text: '374' }] });
  });
});

describe('table properties', () => {
  test.each([
    [0, 0],
    [2, 2],
    [9, 3],
    [-1, 0],
    [Number.NaN, 0],
  ])('setHeaderRows(%p) → %p', (n, expected) => {
    expect(setHeaderRows(TABLE, n).headerRows).toBe(expected);
  });

  test('setHeaderRows to the current value returns the same object', () => {
    expect(setHeaderRows(TABLE, 1)).toBe(TABLE);
  });

  test.each([
    [1, 2.5, [1, 2.5, 1]],
    [0, 0, [1, 1, 1]],
    [0, -3, [1, 1, 1]],
    [0, Number.POSITIVE_INFINITY, [1, 1, 1]],
    [7, 2, [1, 1, 1]],
  ])('setColumnWidth(%p, %p)', (col, width, expected) => {
    expect(setColumnWidth(TABLE, col, width).columns.map((c) => c.width)).toEqual(expected);
  });

  test('setColumnWidths needs one positive width per column', () => {
    expect(setColumnWidths(TABLE, [2, 5, 1]).columns.map((c) => c.width)).toEqual([2, 5, 1]);
    expect(setColumnWidths(TABLE, [2, 5])).toBe(TABLE);
    expect(setColumnWidths(TABLE, [2, 0, 1])).toBe(TABLE);
  });
});
