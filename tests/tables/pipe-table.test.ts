import { fromPipeTable, parseSourceLine, splitCaptionNumber } from '../../shared/tables/pipe-table';
import { buildTableMap } from '../../shared/tables/table-map';
import { FIXTURE_TABLES, fixture } from './fixture-tables';
import { expectNormal, tableToSpec, type Spec } from './table-spec';

describe('fromPipeTable: empty leading cells become rowSpans', () => {
  const cases: [string, string[][], Spec][] = [
    [
      'first column label over its group, 小计 included',
      [['院系', '专业', '人数'], ['机械', '数控', '236'], ['', '机电', '374'], ['', '小计', '610'], ['智能', '大数据', '197']],
      [['院系', '专业', '人数'], ['机械', '数控', '236'], ['^', '机电', '374'], ['^', '小计', '610'], ['智能', '大数据', '197']],
    ],
    [
      'nested labels: column 1 merges only inside a merged column 0',
      [['系', '专业', '年级', '人数'], ['机械', '数控', '一年级', '10'], ['', '', '二年级', '12'], ['', '机电', '一年级', '8'], ['智能', '', '一年级', '5']],
      [['系', '专业', '年级', '人数'], ['机械', '数控', '一年级', '10'], ['^', '^', '二年级', '12'], ['^', '机电', '一年级', '8'], ['智能', '', '一年级', '5']],
    ],
    [
      'an empty data cell is a missing value, never merged',
      [['指标', '2024', '2025'], ['经费', '5', ''], ['学时', '', '3717']],
      [['指标', '2024', '2025'], ['经费', '5', ''], ['学时', '', '3717']],
    ],
    [
      'an empty cell under a number is not merged (a numeric first column)',
      [['年份', '人数'], ['2024', '5'], ['', '7']],
      [['年份', '人数'], ['2024', '5'], ['', '7']],
    ],
    [
      'a total row does not join the group above',
      [['院系', '专业', '人数'], ['机械', '数控', '236'], ['', '合计', '236']],
      [['院系', '专业', '人数'], ['机械', '数控', '236'], ['', '合计', '236']],
    ],
    [
      'the header never starts a span; an empty first body cell stays empty',
      [['院系', '人数'], ['', '5'], ['', '6']],
      [['院系', '人数'], ['', '5'], ['', '6']],
    ],
    [
      'ragged rows are padded',
      [['A', 'B', 'C'], ['x'], ['y', 'z']],
      [['A', 'B', 'C'], ['x', '', ''], ['y', 'z', '']],
    ],
    [
      'a header repeated mid-table (page break) is dropped, even with different stray spaces',
      [['院系', '单位就 业'], ['机械', '91.95%'], ['院系', '单位就业'], ['智能', '88.73%']],
      [['院系', '单位就业'], ['机械', '91.95%'], ['智能', '88.73%']],
    ],
  ];
  test.each(cases)('%s', (_name, rows, expected) => {
    const table = fromPipeTable(rows, null);
    expectNormal(table);
    expect(tableToSpec(table)).toEqual(expected);
    expect(table.headerRows).toBe(1);
  });

  test('whitespace between CJK characters is a wrap artefact and goes; next to digits it stays', () => {
    const table = fromPipeTable([['院系', '说明'], ['机械工 程系', '2025 届 毕业生']], null);
    expect(tableToSpec(table)).toEqual([['院系', '说明'], ['机械工程系', '2025 届毕业生']]);
    const kept = fromPipeTable([['院系'], ['机械工 程系']], null, { joinCjkSpaces: false });
    expect(tableToSpec(kept)[1]).toEqual(['机械工 程系']);
  });

  test('numbers are kept as typed', () => {
    expect(tableToSpec(fromPipeTable([['占比'], ['33. 14%']], null))[1]).toEqual(['33. 14%']);
  });

  test('delimiter-row alignment becomes the column default', () => {
    const table = fromPipeTable([['A', 'B'], ['x', '1']], null, { aligns: [null, 'right'] });
    expect(table.columns.map((c) => c.align)).toEqual([undefined, 'right']);
  });

  test('formatted runs are accepted as cell content', () => {
    const table = fromPipeTable([['项目', '人数'], ['订单培养', [{ text: '650', bold: true }]]], null);
    expect(table.children[1]?.children[1]?.children).toEqual([{ text: '650', bold: true }]);
  });
});

describe('captions and source lines', () => {
  test.each([
    ['表 1-1 2025 届毕业生的院系与专业分布', '1-1', '2025 届毕业生的院系与专业分布'],
    ['表1-4 2025届毕业生各院系/专业毕业去向落实率', '1-4', '2025届毕业生各院系/专业毕业去向落实率'],
    ['表 3 服务贡献表', '3', '服务贡献表'],
    ['表 2.1：专业开设基本情况', '2.1', '专业开设基本情况'],
    ['表１－２ 生源', '１－２', '生源'],
    ['服务贡献表', null, '服务贡献表'],
  ])('%p', (caption, label, text) => {
    expect(splitCaptionNumber(caption)).toEqual({ label, text });
  });

  test.each([
    ['数据来源：全国高校毕业生就业管理系统。', '全国高校毕业生就业管理系统。'],
    ['数据来源: 高职状态数据采集与管理平台', '高职状态数据采集与管理平台'],
    ['**数据来源**：学院数据平台核心指标', '学院数据平台核心指标'],
    ['资料来源：教务处', '教务处'],
    ['从上表 3-1 可见，数据来源于平台', null],
  ])('parseSourceLine(%p)', (line, expected) => {
    expect(parseSourceLine(line)).toBe(expected);
  });
});

describe('the fixture tables', () => {
  test.each(Object.keys(FIXTURE_TABLES))('表 %s imports as a normal table with caption and source', (key) => {
    const { rows, caption, source } = fixture(key);
    const table = fromPipeTable(rows, caption, { source: source === null ? '' : (parseSourceLine(source) ?? '') });
    expectNormal(table);
    expect(table.caption).not.toMatch(/^表/);
    expect(table.caption.length).toBeGreaterThan(0);
    expect(table.source.length).toBeGreaterThan(0);
  });

  test('表 1-1: five 院系 labels merged down to the next label, 24 专业 + 5 小计 rows', () => {
    const { rows, caption } = fixture('1-1');
    const table = fromPipeTable(rows, caption);
    const map = buildTableMap(table);
    expect([map.width, map.height]).toEqual([4, 30]);
    const labels = map.cells.filter((c) => c.col === 0 && c.row > 0).map((c) => [c.row, c.rowSpan]);
    // As converted: 经济管理工程系 and 工业技术系 start one row early (on the previous group's last row).
    expect(labels).toEqual([
      [1, 6],
      [7, 6],
      [13, 6],
      [19, 4],
      [23, 7],
    ]);
    expect(table.caption).toBe('2025 届毕业生的院系与专业分布');
  });

  test('表 1-5: the repeated header is dropped and 院系 labels are joined ("机械工 程系" → "机械工程系")', () => {
    const { rows, caption } = fixture('1-5');
    const spec = tableToSpec(fromPipeTable(rows, caption));
    expect(spec.filter((row) => row[0] === '院系')).toHaveLength(1);
    expect(spec.map((row) => row[0]).filter((label) => label !== '^')).toEqual(['院系', '机械工程系', '工业与信息化系', '智能技术系', '经济管理工程系', '工业技术系']);
    expect(spec[0]).toEqual(['院系', '专业', '单位就业', '自主创业', '自由职业', '升学', '待就业', '暂不就业']);
  });

  test('表 2-2 (two key–value pairs per row) has no merges', () => {
    const { rows, caption } = fixture('2-2');
    expect(buildTableMap(fromPipeTable(rows, caption)).cells.every((c) => c.rowSpan === 1 && c.colSpan === 1)).toBe(true);
  });
});
