/**
 * The hand-written check of a stored chart (`isChartSpec`): content validation runs it on every
 * section main accepts, so it must refuse anything our editor would not have written. Cases as data:
 * each refused case changes ONE thing of a spec that is accepted (the first rows prove that).
 */
import { chartSpec, isChartData, isChartSpec, type ChartData } from '../../shared/charts/chart-spec';

const data: ChartData = {
  categories: ['计算机应用技术', '软件技术'],
  series: [{ name: '人数', values: [120, null], percent: false, secondary: false }],
};
const good = chartSpec('t1', 'combo', { series: ['人数'], secondary: ['占比'], unit: '人', snapshot: data });

describe('isChartSpec', () => {
  test.each([
    ['the defaults', chartSpec('t1', 'column')],
    ['every field set, with a snapshot', good],
    ['a pie by row', chartSpec('t1', 'pie', { by: 'row', legend: 'none' })],
  ])('accepts %s', (_name, spec) => {
    expect(isChartSpec(spec)).toBe(true);
  });

  const long = 'x'.repeat(201);
  test.each<[string, unknown]>([
    ['null', null],
    ['an array', [good]],
    ['a string', 'column'],
    ['an unknown type', { ...good, type: 'radar' }],
    ['an unknown direction', { ...good, by: 'diagonal' }],
    ['an empty table id', { ...good, table: '' }],
    ['a table id too long', { ...good, table: 't'.repeat(65) }],
    ['a label too long', { ...good, category: long }],
    ['a series that is not text', { ...good, series: [1] }],
    ['too many series', { ...good, series: Array.from({ length: 51 }, (_, i) => `列${i}`) }],
    ['labels as a string', { ...good, labels: 'true' }],
    ['a unit too long', { ...good, unit: '人'.repeat(21) }],
    ['an unknown legend', { ...good, legend: 'left' }],
    ['a missing field', (({ legend: _legend, ...rest }) => rest)(good)],
    ['a foreign property', { ...good, svg: '<script/>' }],
    ['a foreign property in the snapshot', { ...good, snapshot: { ...data, html: '<b>' } }],
    ['an infinite value', { ...good, snapshot: { ...data, series: [{ ...data.series[0], values: [Infinity] }] } }],
    ['a text value', { ...good, snapshot: { ...data, series: [{ ...data.series[0], values: ['120'] }] } }],
    ['a series without its flags', { ...good, snapshot: { ...data, series: [{ name: '人数', values: [1] }] } }],
  ])('refuses %s', (_name, spec) => {
    expect(isChartSpec(spec)).toBe(false);
  });
});

describe('isChartData', () => {
  test('accepts resolved data and refuses too many categories', () => {
    expect(isChartData(data)).toBe(true);
    expect(isChartData({ ...data, categories: Array.from({ length: 1001 }, String) })).toBe(false);
  });
});
