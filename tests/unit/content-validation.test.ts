import { chartSpec } from '../../shared/charts/chart-spec';
import { validateSectionContent } from '../../shared/model/content-validation';

const text = (t: string) => ({ text: t });
const para = (id: string, ...children: unknown[]) => ({ type: 'paragraph', id, children: children.length ? children : [text('')] });
const item = (id: string, t = '要点') => ({ type: 'list-item', id, children: [text(t)] });

describe('validateSectionContent accepts', () => {
  test.each<[string, unknown[]]>([
    ['an empty paragraph (a new section)', [para('p1')]],
    ['marks set to true', [para('p1', { text: '加粗', bold: true }, { text: '斜体', italic: true, underline: true })]],
    ['headings of levels 1–3, one unnumbered', [
      { type: 'heading', id: 'h1', level: 1, children: [text('一级')] },
      { type: 'heading', id: 'h2', level: 2, numbered: false, children: [text('二级')] },
      { type: 'heading', id: 'h3', level: 3, children: [text('三级')] },
    ]],
    ['aligned paragraphs', [{ ...para('p1'), align: 'center' }, { ...para('p2'), align: 'justify' }]],
    ['bulleted and numbered lists of items', [
      { type: 'bulleted-list', id: 'l1', children: [item('i1'), item('i2')] },
      { type: 'numbered-list', id: 'l2', children: [item('i3')] },
    ]],
  ])('%s', (_name, content) => {
    const result = validateSectionContent(content);
    expect(result).toEqual({ ok: true, value: content });
  });
});

describe('validateSectionContent refuses', () => {
  test.each<[string, unknown, string]>([
    ['a non-array', { type: 'paragraph' }, '内容不是数组'],
    ['null', null, '内容不是数组'],
    ['an empty array', [], '内容为空'],
    ['a bare string block', ['正文'], '不是对象'],
    ['a top-level text node', [text('正文')], '顶层不能是文字'],
    ['a block without type', [{ id: 'p1', children: [text('')] }], '缺少 type'],
    ['a numeric type', [{ type: 1, id: 'p1', children: [text('')] }], '缺少 type'],
    ['an unknown block type', [{ type: 'script', id: 'p1', children: [text('')] }], '不允许 script'],
    ['a list item at the top level', [item('i1')], '不允许 list-item'],
    ['a missing id', [{ type: 'paragraph', children: [text('')] }], '缺少有效的 id'],
    ['a numeric id', [{ type: 'paragraph', id: 7, children: [text('')] }], '缺少有效的 id'],
    ['an empty id', [para('')], '缺少有效的 id'],
    ['an id longer than 64 characters', [para('x'.repeat(65))], '缺少有效的 id'],
    ['heading level 0', [{ type: 'heading', id: 'h', level: 0, children: [text('')] }], '标题级别无效'],
    ['heading level as a string', [{ type: 'heading', id: 'h', level: '1', children: [text('')] }], '标题级别无效'],
    ['an unknown alignment', [{ ...para('p1'), align: 'middle' }], '对齐方式无效'],
    ['empty children', [{ type: 'paragraph', id: 'p1', children: [] }], 'children 为空'],
    ['children not an array', [{ type: 'paragraph', id: 'p1', children: 'x' }], 'children 为空'],
    ['text that is not a string', [para('p1', { text: 3 })], 'text 不是字符串'],
    ['an unknown mark', [para('p1', { text: 'x', color: 'red' })], '未知的文字格式 color'],
    ['a mark set to false', [para('p1', { text: 'x', bold: false })], '未知的文字格式 bold'],
    ['a block nested in a paragraph', [para('p1', para('p2'))], '不允许 paragraph'],
    ['a null child', [para('p1', null)], '不是对象'],
    ['a list holding text', [{ type: 'bulleted-list', id: 'l1', children: [text('x')] }], '列表只能包含列表项'],
    ['a list holding a paragraph', [{ type: 'numbered-list', id: 'l1', children: [para('p1')] }], '列表只能包含列表项'],
    ['a list item inside a paragraph', [para('p1', item('i1'))], '此处只能是文字'],
    ['a list nested in a list item', [
      { type: 'bulleted-list', id: 'l1', children: [{ type: 'list-item', id: 'i1', children: [{ type: 'bulleted-list', id: 'l2', children: [item('i2')] }] }] },
    ], '不允许 bulleted-list'],
    ['duplicate ids between blocks', [para('same'), para('same')], 'id 重复：same'],
    ['duplicate ids between a list and its item', [{ type: 'bulleted-list', id: 'dup', children: [item('dup')] }], 'id 重复：dup'],
    ['duplicate ids between items of different lists', [
      { type: 'bulleted-list', id: 'l1', children: [item('i')] },
      { type: 'numbered-list', id: 'l2', children: [item('i')] },
    ], 'id 重复：i'],
  ])('%s', (_name, content, problem) => {
    const result = validateSectionContent(content);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(problem);
  });

  test('the problem names where it is', () => {
    const result = validateSectionContent([para('p1'), para('p2', { text: 'x', color: 'red' })]);
    expect(result).toEqual({ ok: false, problem: '[1].children[0]: 未知的文字格式 color' });
  });
});

describe('report structures', () => {
  const cell = (id: string, text: string, extra: Record<string, unknown> = {}) => ({ type: 'table-cell', id, ...extra, children: [{ text }] });
  const table = (rows: unknown[], columns = 2, extra: Record<string, unknown> = {}) => ({
    type: 'table',
    id: 't1',
    caption: '毕业生分布',
    source: '',
    headerRows: 1,
    columns: Array.from({ length: columns }, (_, i) => ({ id: `c${i}`, width: 1 })),
    ...extra,
    children: rows,
  });
  const row = (id: string, ...cells: unknown[]) => ({ type: 'table-row', id, children: cells });
  const figure = (extra: Record<string, unknown> = {}) => ({ type: 'figure', id: 'f1', asset: null, caption: '图题', source: '', width: 80, ...extra, children: [{ text: '' }] });
  const para = (id: string, ...children: unknown[]) => ({ type: 'paragraph', id, children: children.length ? children : [{ text: '' }] });
  const xref = (id: string, target: unknown) => ({ type: 'xref', id, target, children: [{ text: '' }] });

  test.each([
    ['a rectangular table with a row span', [table([row('r1', cell('a', '院系', { rowSpan: 2 }), cell('b', '人数')), row('r2', cell('c', '374'))])]],
    ['a figure without its image (missing on import)', [figure()]],
    ['a figure with an image hash', [figure({ asset: 'a'.repeat(64) })]],
    ['a case holding a paragraph, a table and a figure', [{ type: 'case', id: 'k1', title: '追寻红足迹', children: [para('p1'), table([row('r1', cell('a', 'x'), cell('b', 'y'))]), figure()] }]],
    ['a cross-reference inside a paragraph', [para('p1', { text: '见' }, xref('x1', 't9'), { text: '。' })]],
    ['a chart figure', [figure({ chart: chartSpec('t1', 'combo', { snapshot: { categories: ['a'], series: [{ name: 'n', values: [1], percent: false, secondary: false }] } }) })]],
  ])('accepts %s', (_name, content) => {
    expect(validateSectionContent(content)).toMatchObject({ ok: true });
  });

  test.each([
    ['a table with a hole', [table([row('r1', cell('a', '1'), cell('b', '2')), row('r2', cell('c', '3'))])], '矩形'],
    ['a table whose columns disagree with its grid', [table([row('r1', cell('a', '1'), cell('b', '2'))], 3)], '列数'],
    ['a bold mark inside a table cell', [table([row('r1', { type: 'table-cell', id: 'a', children: [{ text: '1', bold: true }] }, cell('b', '2'))])], '未知的文字格式'],
    ['a figure with text inside', [{ ...figure(), children: [{ text: '不该有字' }] }], '不能包含文字'],
    ['a figure with a bad width', [figure({ width: 500 })], '宽度'],
    ['a figure pointing at a path instead of a hash', [figure({ asset: '/etc/passwd' })], '图片引用无效'],
    ['a case inside a case', [{ type: 'case', id: 'k1', title: 'a', children: [{ type: 'case', id: 'k2', title: 'b', children: [para('p1')] }] }], '案例中只能是'],
    ['a chart with an unknown type', [figure({ chart: { ...chartSpec('t1', 'column'), type: 'radar' } })], '图表设置无效'],
    ['a chart with a foreign property', [figure({ chart: { ...chartSpec('t1', 'column'), svg: '<script/>' } })], '图表设置无效'],
    ['a chart that also names an image', [figure({ asset: 'a'.repeat(64), chart: chartSpec('t1', 'column') })], '图表设置无效'],
    ['a cross-reference without target', [para('p1', xref('x1', ''))], '引用缺少目标'],
    ['a table cell at the top level', [cell('a', 'x')], '顶层不允许 table-cell'],
  ])('refuses %s', (_name, content, problem) => {
    const result = validateSectionContent(content);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(problem);
  });
});
