/** The preview's diff model (shared/history/version-diff.ts): what restoring a version would change. */
import { diffSections, type BlockDiff, type TextSegment } from '../../shared/history/version-diff';
import type { BlockElement } from '../../shared/model/document';

const p = (id: string, text: string, extra: Record<string, unknown> = {}): BlockElement => ({ type: 'paragraph', id, children: [{ text, ...extra }] }) as BlockElement;
const h = (id: string, text: string, level = 1): BlockElement => ({ type: 'heading', id, level, children: [{ text }] }) as BlockElement;

function table(id: string, caption: string, rows: readonly (readonly [string, readonly string[]])[], columns = ['a', 'b']): BlockElement {
  return {
    type: 'table', id, caption, source: '', headerRows: 1, columns: columns.map((c) => ({ id: c, width: 1 })),
    children: rows.map(([rowId, cells]) => ({ type: 'table-row', id: rowId, children: cells.map((text, i) => ({ type: 'table-cell', id: `${rowId}-${columns[i]}`, children: [{ text }] })) })),
  } as unknown as BlockElement;
}

/** A compact picture of segments: [+inserted] and [-deleted] inline. */
function marked(segments: readonly TextSegment[]): string {
  return segments.map((s) => (s.op === 'equal' ? s.text : s.op === 'insert' ? `[+${s.text}]` : `[-${s.text}]`)).join('');
}

function show(blocks: readonly BlockDiff[]): string[] {
  return blocks.flatMap((b): string[] => {
    if (b.kind === 'text') return [`${b.op} ${b.blockType}: ${marked(b.segments)}${b.formatChanged ? ' (格式)' : ''}`];
    if (b.kind === 'figure') return [`${b.op} figure: ${marked(b.caption)}${b.pictureChanged ? ' (图片)' : ''}`];
    if (b.kind === 'table') return [`${b.op} table: ${marked(b.caption)}`, ...b.rows.map((r) => `  ${r.op} row ${r.id}: ${r.cells.map((c) => marked(c.segments)).join(' | ')}`)];
    return [`${b.op} ${b.blockType}: ${marked(b.title)}`, ...show(b.children).map((line) => `  ${line}`)];
  });
}

const CASES: readonly { name: string; current: BlockElement[]; target: BlockElement[]; expected: string[]; ins: number; del: number }[] = [
  {
    name: 'a word changed inside a paragraph (same id)',
    current: [p('p1', '学院坚持立德树人。'), p('p2', '不变的一段。')],
    target: [p('p1', '学校坚持立德树人。'), p('p2', '不变的一段。')],
    expected: ['modify paragraph: [-学院][+学校]坚持立德树人。', 'equal paragraph: 不变的一段。'],
    ins: 1,
    del: 1,
  },
  {
    name: 'a paragraph restoring brings back, and one it removes',
    current: [p('p1', '开头。'), p('p3', '后来加的一段。')],
    target: [p('p1', '开头。'), p('p2', '当时的一段。')],
    expected: ['equal paragraph: 开头。', 'modify paragraph: [-后来加][+当时]的一段。'],
    ins: 1,
    del: 1,
  },
  {
    name: 'blocks of other kinds are not paired: a heading removed, a paragraph brought back',
    current: [p('p1', '开头。'), h('h9', '新标题')],
    target: [p('p1', '开头。'), p('p2', '旧段落')],
    expected: ['equal paragraph: 开头。', 'delete heading: [-新标题]', 'insert paragraph: [+旧段落]'],
    ins: 1,
    del: 1,
  },
  {
    name: 'the same text under new ids (after an import) is not a change',
    current: [p('x1', '第一段。'), p('x2', '第二段。')],
    target: [p('p1', '第一段。'), p('p2', '第二段。')],
    expected: ['equal paragraph: 第一段。', 'equal paragraph: 第二段。'],
    ins: 0,
    del: 0,
  },
  {
    name: 'a paragraph that became a heading (same id) shows its words and the change of format',
    current: [p('p1', '师资队伍')],
    target: [h('p1', '师资队伍建设', 2)],
    expected: ['modify heading: 师资队伍[+建设]'],
    ins: 1,
    del: 0,
  },
  {
    name: 'only the formatting changed',
    current: [p('p1', '加粗的字')],
    target: [p('p1', '加粗的字', { bold: true })],
    expected: ['modify paragraph: 加粗的字 (格式)'],
    ins: 0,
    del: 0,
  },
  {
    name: 'a table: a cell changed, a row removed, a row brought back, the caption changed',
    current: [table('t1', '就业情况', [['r0', ['专业', '人数']], ['r1', ['机电', '120']], ['r9', ['新增', '5']]])],
    target: [table('t1', '毕业生就业情况', [['r0', ['专业', '人数']], ['r1', ['机电', '118']], ['r2', ['汽车', '80']]])],
    expected: [
      'modify table: [+毕业生]就业情况',
      '  equal row r0: 专业 | 人数',
      '  modify row r1: 机电 | [-120][+118]',
      '  delete row r9: [-新增] | [-5]',
      '  insert row r2: [+汽车] | [+80]',
    ],
    ins: 3,
    del: 2,
  },
  {
    name: 'a table whose columns changed is shown whole, as it is and as it would be',
    current: [table('t1', '表', [['r0', ['甲', '乙', '丙']]], ['a', 'b', 'c'])],
    target: [table('t1', '表', [['r0', ['甲', '乙']]])],
    expected: ['delete table: [-表]', '  delete row r0: [-甲] | [-乙] | [-丙]', 'insert table: [+表]', '  insert row r0: [+甲] | [+乙]'],
    ins: 1,
    del: 1,
  },
  {
    name: 'a case box: its title and a paragraph inside',
    current: [{ type: 'case', id: 'k1', title: '校企合作', children: [p('c1', '案例正文。')] } as BlockElement],
    target: [{ type: 'case', id: 'k1', title: '校企合作育人', children: [p('c1', '案例的正文。')] } as BlockElement],
    expected: ['modify case: 校企合作[+育人]', '  modify paragraph: 案例[+的]正文。'],
    ins: 2,
    del: 0,
  },
  {
    name: 'a figure caption and its picture',
    current: [{ type: 'figure', id: 'f1', asset: 'a'.repeat(64), caption: '实训基地', source: '', width: 80, children: [{ text: '' }] } as BlockElement],
    target: [{ type: 'figure', id: 'f1', asset: 'b'.repeat(64), caption: '新实训基地', source: '', width: 80, children: [{ text: '' }] } as BlockElement],
    expected: ['modify figure: [+新]实训基地 (图片)'],
    ins: 2,
    del: 0,
  },
];

test.each(CASES)('$name', ({ current, target, expected, ins, del }) => {
  const diff = diffSections(current, target);
  expect(show(diff.blocks)).toEqual(expected);
  expect([diff.insertions, diff.deletions]).toEqual([ins, del]);
  expect(diff.changed).toBe(ins + del > 0 || expected.some((line) => !line.trimStart().startsWith('equal')));
});

test('negative control: identical content has no changes, and the text reads back on both sides', () => {
  const content = [p('p1', '学院坚持立德树人。'), table('t1', '表', [['r0', ['甲', '乙']]])];
  const diff = diffSections(content, structuredClone(content));
  expect(diff.changed).toBe(false);
  expect(diff.blocks.every((b) => b.op === 'equal')).toBe(true);
});
