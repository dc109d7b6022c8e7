/**
 * Content-following column widths (shared/tables/autofit-widths.ts), as data: each case is a table
 * spec, the room in em, and what must hold of the widths it gets.
 */
import { autofitWidths, isSequenceHeader, measureColumns, textEm } from '../../shared/tables/autofit-widths';
import { setColumnWidths } from '../../shared/tables/cell-props';
import { tableFromSpec, type Spec } from './table-spec';

const share = (widths: readonly number[], c: number): number => (widths[c] as number) / widths.reduce((a, b) => a + b, 0);

const EMPLOYMENT: Spec = [
  ['序号', '单位名称', '人数'],
  ['1', '天津市滨海新区智能制造产业园区管理委员会', '128'],
  ['2', '中国石油化工股份有限公司天津分公司', '96'],
  ['10', '天津港集团', '1,234'],
];

interface Case {
  readonly name: string;
  readonly spec: Spec;
  readonly em: number;
  readonly check: (widths: readonly number[]) => void;
}

const CASES: readonly Case[] = [
  {
    name: '序号 is narrow and the long name column gets most of the room',
    spec: EMPLOYMENT,
    em: 42,
    check: (w) => {
      expect(share(w, 0)).toBeLessThan(0.12);
      expect(share(w, 1)).toBeGreaterThan(0.5);
      expect(w[1]).toBeGreaterThan(w[2] as number);
      // 序号 keeps room for two CJK characters (its header) and padding.
      expect(w[0]).toBeGreaterThanOrEqual(2.8);
    },
  },
  {
    name: 'when everything fits, widths are the longest lines (no wrapping at all)',
    spec: [
      ['年度', '毕业生'],
      ['2023', '1200'],
      ['2024', '1350'],
    ],
    em: 42,
    check: (w) => {
      expect(w.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(42);
      expect(w[0]).toBeCloseTo(w[1] as number, 0);
    },
  },
  {
    name: 'a number is never broken: its column keeps at least the number’s width',
    spec: [
      ['项目', '金额（元）'],
      ['设备采购及安装调试与验收等全部费用合计（含税）'.repeat(3), '123,456,789.00'],
    ],
    em: 30,
    check: (w) => {
      const room = w.reduce((a, b) => a + b, 0);
      // 14 characters of digits at ~0.55 em each, plus padding, scaled to the room.
      expect(((w[1] as number) / room) * 30).toBeGreaterThanOrEqual(textEm('123,456,789.00'));
    },
  },
  {
    name: 'one very long column gives way until the others have their whole line',
    spec: [
      ['专业', '说明', '备注'],
      ['数控', '这是一段很长很长的说明文字，'.repeat(10), '校企合作订单班培养'],
    ],
    em: 42,
    check: (w) => {
      // 备注 gets its 9 characters on one line (+ padding) although 说明 alone could use all 42 em.
      expect(w[2]).toBeCloseTo(9.8, 1);
      expect(w[0]).toBeCloseTo(2.8, 1);
      expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(42, 0);
    },
  },
  {
    name: 'a long column takes at most half while the others still want room',
    spec: [
      ['专业', '说明', '备注'],
      ['数控', '这是一段很长很长的说明文字，'.repeat(10), '校企合作订单班培养，'.repeat(4)],
    ],
    em: 42,
    check: (w) => expect(share(w, 1)).toBeLessThanOrEqual(0.5 + 1e-6),
  },
  {
    name: 'a cell spanning columns does not widen the first of them',
    spec: [
      ['学院简介与专业布局总体情况说明（跨两列的表头）', '<'],
      ['机械', '12'],
    ],
    em: 42,
    check: (w) => expect(Math.abs((w[0] as number) - (w[1] as number))).toBeLessThan(2),
  },
];

test.each(CASES)('$name', ({ spec, em, check }) => {
  check(autofitWidths(tableFromSpec(spec, { headerRows: 1 }), em));
});

test('hand-set widths are kept as they are', () => {
  const table = setColumnWidths(tableFromSpec(EMPLOYMENT, { headerRows: 1 }), [5, 1, 1]);
  expect(autofitWidths(table, 42)).toEqual([5, 1, 1]);
});

test('negative control: with uniform stored widths the result is not uniform (the function does something)', () => {
  const table = tableFromSpec(EMPLOYMENT, { headerRows: 1 });
  expect(table.columns.map((c) => c.width)).toEqual([1, 1, 1]);
  expect(new Set(autofitWidths(table, 42)).size).toBe(3);
});

test('headers count at half their length (they may wrap to two lines), body lines in full', () => {
  const [head, body] = measureColumns(tableFromSpec([['毕业生去向落实率统计'], ['95%']], { headerRows: 1 }));
  expect(head?.max).toBeCloseTo(5 + 0.8, 5);
  expect(body).toBeUndefined();
});

test.each([
  ['序号', true],
  [' 编号 ', true],
  ['No.', true],
  ['序号及名称', false],
  ['专业', false],
])('isSequenceHeader(%p) is %p', (text, expected) => {
  expect(isSequenceHeader(text)).toBe(expected);
});
