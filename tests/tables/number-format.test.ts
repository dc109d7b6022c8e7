import { formatCellNumber, inferNumberFormat, isBlankValue, parseCellNumber, type NumberFormat } from '../../shared/tables/number-format';

describe('parseCellNumber copes with real input', () => {
  test.each([
    // [typed, value, percent, decimals]
    ['3337', 3337, false, 0],
    ['1,106', 1106, false, 0],
    ['1，106', 1106, false, 0],
    ['3 336', 3336, false, 0],
    ['12 345 678', 12345678, false, 0],
    ['1,106.50', 1106.5, false, 2],
    ['36.36', 36.36, false, 2],
    ['1166.0', 1166, false, 1],
    ['11.21%', 0.1121, true, 2],
    ['33. 14%', 0.3314, true, 2], // stray space after the point (fixture 表 1-2)
    ['1 .32 %', 0.0132, true, 2],
    ['100.00%', 1, true, 2],
    ['０.５％', 0.005, true, 1],
    ['－5', -5, false, 0],
    ['−2.5', -2.5, false, 1],
    ['- 3', -3, false, 0],
    ['+7', 7, false, 0],
    ['１２３', 123, false, 0],
    ['１２３．４', 123.4, false, 1],
    ['  42  ', 42, false, 0],
    ['\u300042\u00a0', 42, false, 0],
    ['.5', 0.5, false, 1],
    ['5.', 5, false, 0],
    ['0', 0, false, 0],
  ])('%p → %p', (text, value, percent, decimals) => {
    const parsed = parseCellNumber(text);
    expect(parsed).not.toBeNull();
    expect(parsed?.value).toBeCloseTo(value, 12);
    expect(parsed?.percent).toBe(percent);
    expect(parsed?.decimals).toBe(decimals);
  });

  test.each(['', '   ', '—', '-', '–', '--', '/', '%', '.', '1 2', '2023 2024', '1,10', '1,1066', '12a', '约 30', '3337人', '1-2', '1.2.3', '(5)'])(
    '%p is not a number',
    (text) => {
      expect(parseCellNumber(text)).toBeNull();
    },
  );

  test('thousands separators are remembered (to write results the same way)', () => {
    expect(parseCellNumber('1,106')?.grouped).toBe(true);
    expect(parseCellNumber('1106')?.grouped).toBe(false);
  });

  test.each([
    ['', true],
    ['—', true],
    [' - ', true],
    ['／', true],
    ['0', false],
    ['无', false],
  ])('isBlankValue(%p) → %p', (text, expected) => {
    expect(isBlankValue(text)).toBe(expected);
  });
});

describe('formatCellNumber', () => {
  const integer: NumberFormat = { kind: 'integer' };
  test.each([
    [3337, integer, '3337'],
    [3336.5, integer, '3337'],
    [-2.5, integer, '-3'],
    [1106, { kind: 'thousands', decimals: 0 }, '1,106'],
    [1234567.891, { kind: 'thousands', decimals: 2 }, '1,234,567.89'],
    [-1234.5, { kind: 'thousands', decimals: 1 }, '-1,234.5'],
    [999, { kind: 'thousands', decimals: 0 }, '999'],
    [36.36, { kind: 'fixed', decimals: 2 }, '36.36'],
    [1.005, { kind: 'fixed', decimals: 2 }, '1.01'], // plain toFixed gives 1.00
    [2.5, { kind: 'fixed', decimals: 0 }, '3'],
    [939 / 3337, { kind: 'percent', decimals: 2 }, '28.14%'],
    [374 / 3337, { kind: 'percent', decimals: 2 }, '11.21%'],
    [1, { kind: 'percent', decimals: 2 }, '100.00%'],
    [0.2814, { kind: 'percent', decimals: 2 }, '28.14%'],
    [6.272, { kind: 'percent', decimals: 1 }, '627.2%'],
    [-0.00001, { kind: 'percent', decimals: 2 }, '0.00%'], // no "-0.00%"
    [-0.0001, { kind: 'percent', decimals: 2 }, '-0.01%'],
    [-0.00001, { kind: 'fixed', decimals: 2 }, '0.00'],
    [Number.NaN, integer, ''],
    [Number.POSITIVE_INFINITY, { kind: 'percent', decimals: 2 }, ''],
  ] as [number, NumberFormat, string][])('%p as %j → %p', (value, format, expected) => {
    expect(formatCellNumber(value, format)).toBe(expected);
  });

  test('decimals are clamped to 0..10', () => {
    expect(formatCellNumber(1.5, { kind: 'fixed', decimals: -2 })).toBe('2');
    expect(formatCellNumber(1 / 3, { kind: 'fixed', decimals: 50 })).toBe('0.3333333333');
  });
});

describe('inferNumberFormat → formatCellNumber reproduces typed text', () => {
  test.each(['3337', '1,106', '36.36', '1166.0', '11.21%', '0.03%', '100.00%', '-5', '1,234.50'])('%p', (text) => {
    const format = inferNumberFormat(text);
    const parsed = parseCellNumber(text);
    expect(format).not.toBeNull();
    expect(formatCellNumber(parsed?.value ?? Number.NaN, format as NumberFormat)).toBe(text);
  });

  test('stray spaces are not reproduced: the number is', () => {
    const format = inferNumberFormat('17. 11%') as NumberFormat;
    expect(formatCellNumber(parseCellNumber('17. 11%')?.value ?? 0, format)).toBe('17.11%');
  });

  test('not a number → null', () => {
    expect(inferNumberFormat('小计')).toBeNull();
  });
});
