/** How rows and columns are named to a person (shared/tables/cell-labels.ts), as data. */
import { tableLabels } from '../../shared/tables/cell-labels';
import { tableFromSpec, type Spec } from './table-spec';

interface Row {
  readonly name: string;
  readonly spec: Spec;
  readonly headerRows: number;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
}

const ROWS: readonly Row[] = [
  {
    name: 'one label column, one header row',
    spec: [['专业', '就业率', '月收入'], ['计算机应用技术', '96.1%', '4500'], ['软件技术', '95.0%', '4800']],
    headerRows: 1,
    rows: ['', '计算机应用技术', '软件技术'],
    columns: ['专业', '就业率', '月收入'],
  },
  {
    name: 'a group label merged down: the row is named by its own label; each 小计 by its group',
    spec: [['院系', '专业', '人数'], ['机械工程系', '数控技术', '236'], ['^', '小计', '236'], ['智能技术系', '大数据技术', '197'], ['^', '小计', '197'], ['合计', '<', '433']],
    headerRows: 1,
    rows: ['', '数控技术', '机械工程系 小计', '大数据技术', '智能技术系 小计', '合计'],
    columns: ['院系', '专业', '人数'],
  },
  {
    name: 'two header rows: a title repeated under merged years is named with its year',
    spec: [['专业', '2024 届', '<', '2025 届', '<'], ['^', '人数', '就业率', '人数', '就业率'], ['数控技术', '120', '95%', '130', '96%']],
    headerRows: 2,
    rows: ['', '', '数控技术'],
    columns: ['专业', '2024 届 人数', '2024 届 就业率', '2025 届 人数', '2025 届 就业率'],
  },
  {
    name: 'a counting column (序号) does not end the row label',
    spec: [['序号', '专业', '人数'], ['1', '数控技术', '236'], ['2', '机电一体化技术', '374']],
    headerRows: 1,
    rows: ['', '数控技术', '机电一体化技术'],
    columns: ['序号', '专业', '人数'],
  },
  // Negative controls: nothing is guessed where no label names a row or column alone.
  {
    name: 'without header rows no column has a label',
    spec: [['数控技术', '236'], ['机电一体化技术', '374']],
    headerRows: 0,
    rows: ['数控技术', '机电一体化技术'],
    columns: ['', ''],
  },
  {
    name: 'rows that start with a number, and repeated labels, have none',
    spec: [['年份', '人数'], ['2024', '120'], ['2025', '130'], ['小计', '250'], ['小计', '250']],
    headerRows: 1,
    rows: ['', '', '', '', ''],
    columns: ['年份', '人数'],
  },
  {
    name: 'a header cell spanning two columns names neither',
    spec: [['专业', '人数', '<'], ['数控技术', '100', '120']],
    headerRows: 1,
    rows: ['', '数控技术'],
    columns: ['专业', '', ''],
  },
];

describe.each(ROWS)('$name', (row) => {
  test('labels', () => {
    const labels = tableLabels(tableFromSpec(row.spec, { headerRows: row.headerRows }));
    expect(labels.rows).toEqual(row.rows);
    expect(labels.columns).toEqual(row.columns);
  });
});
