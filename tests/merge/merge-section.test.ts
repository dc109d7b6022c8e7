/**
 * The three-way merge as data: each row gives base, ours (office) and theirs (department), the
 * changes expected in the office's reading order (kind, reason, block), and the result when every change is taken from the
 * department's side and when none is.
 */
import { applyChanges, mergeSection, type Decision } from '../../shared/merge';
import { validateSectionContent } from '../../shared/model/content-validation';
import type { BlockElement } from '../../shared/model/document';
import { h, kase, li, outline, p, table, ul } from './support';

interface Row {
  readonly name: string;
  readonly base: BlockElement[];
  readonly ours: BlockElement[];
  readonly theirs: BlockElement[];
  /** `kind blockId` or `conflict/reason blockId`. */
  readonly changes: string[];
  /** outline() of the result with every change taken from the department. */
  readonly allTheirs: string[];
  /** Defaults to outline(ours): nothing accepted leaves the office version. */
  readonly noneTaken?: string[];
}

const A = p('a', '学院坚持立德树人根本任务。');
const B = p('b', '深化产教融合，服务区域发展。');
const C = p('c', '毕业生去向落实率达 95.3%。');

const ROWS: Row[] = [
  { name: 'nothing changed', base: [A, B], ours: [A, B], theirs: [A, B], changes: [], allTheirs: ['a 学院坚持立德树人根本任务。', 'b 深化产教融合，服务区域发展。'] },
  {
    name: 'the department edits a paragraph',
    base: [A, B],
    ours: [A, B],
    theirs: [A, p('b', '深化产教融合，服务京津冀协同发展。')],
    changes: ['modify b'],
    allTheirs: ['a 学院坚持立德树人根本任务。', 'b 深化产教融合，服务京津冀协同发展。'],
  },
  {
    name: 'only the office edits: nothing to review, the office text stays',
    base: [A, B],
    ours: [A, p('b', '办公室改写的句子。')],
    theirs: [A, B],
    changes: [],
    allTheirs: ['a 学院坚持立德树人根本任务。', 'b 办公室改写的句子。'],
  },
  {
    name: 'both edit the same paragraph differently: a conflict',
    base: [A, B],
    ours: [A, p('b', '办公室的版本。')],
    theirs: [A, p('b', '部门的版本。')],
    changes: ['conflict/both-modified b'],
    allTheirs: ['a 学院坚持立德树人根本任务。', 'b 部门的版本。'],
  },
  {
    name: 'both make the identical edit: no conflict',
    base: [A, B],
    ours: [A, p('b', '同样的修改。')],
    theirs: [A, p('b', '同样的修改。')],
    changes: [],
    allTheirs: ['a 学院坚持立德树人根本任务。', 'b 同样的修改。'],
  },
  {
    name: 'the department inserts blocks; the office inserts its own elsewhere',
    base: [A, B],
    ours: [p('o1', '办公室新增'), A, B],
    theirs: [A, p('n1', '部门新增一'), p('n2', '部门新增二'), B],
    changes: ['insert n1', 'insert n2'],
    allTheirs: ['o1 办公室新增', 'a 学院坚持立德树人根本任务。', 'n1 部门新增一', 'n2 部门新增二', 'b 深化产教融合，服务区域发展。'],
  },
  {
    name: 'the department deletes a block the office left alone',
    base: [A, B, C],
    ours: [A, B, C],
    theirs: [A, C],
    changes: ['delete b'],
    allTheirs: ['a 学院坚持立德树人根本任务。', 'c 毕业生去向落实率达 95.3%。'],
  },
  {
    name: 'the department deletes a block the office changed: a conflict',
    base: [A, B],
    ours: [A, p('b', '办公室改过。')],
    theirs: [A],
    changes: ['conflict/modified-deleted b'],
    allTheirs: ['a 学院坚持立德树人根本任务。'],
  },
  {
    name: 'the office deleted a block the department changed: a conflict that can restore it',
    base: [A, B, C],
    ours: [A, C],
    theirs: [A, p('b', '部门改过。'), C],
    changes: ['conflict/deleted-modified b'],
    allTheirs: ['a 学院坚持立德树人根本任务。', 'b 部门改过。', 'c 毕业生去向落实率达 95.3%。'],
  },
  {
    name: 'the office deleted a block the department left alone: it stays deleted',
    base: [A, B, C],
    ours: [A, C],
    theirs: [A, B, C],
    changes: [],
    allTheirs: ['a 学院坚持立德树人根本任务。', 'c 毕业生去向落实率达 95.3%。'],
  },
  {
    name: 'the department moves a block; the office edits another',
    base: [A, B, C],
    ours: [p('a', '办公室改了 A。'), B, C],
    theirs: [C, A, B],
    changes: ['move c'],
    allTheirs: ['c 毕业生去向落实率达 95.3%。', 'a 办公室改了 A。', 'b 深化产教融合，服务区域发展。'],
  },
  {
    name: 'a moved and edited block gives a move and a modification',
    base: [A, B, C],
    ours: [A, B, C],
    theirs: [p('c', '毕业生去向落实率达 96.1%。'), A, B],
    changes: ['modify c', 'move c'],
    allTheirs: ['c 毕业生去向落实率达 96.1%。', 'a 学院坚持立德树人根本任务。', 'b 深化产教融合，服务区域发展。'],
  },
  {
    name: 'both move the same block to different places: a conflict',
    base: [A, B, C],
    ours: [B, C, A],
    theirs: [B, A, C],
    changes: ['conflict/both-moved a'],
    allTheirs: ['b 深化产教融合，服务区域发展。', 'a 学院坚持立德树人根本任务。', 'c 毕业生去向落实率达 95.3%。'],
  },
  {
    name: 'a new case box is one insertion, its content included',
    base: [A, B],
    ours: [A, B],
    theirs: [A, kase('k', '追寻红足迹', p('k1', '案例第一段'), p('k2', '案例第二段')), B],
    changes: ['insert k'],
    allTheirs: ['a 学院坚持立德树人根本任务。', 'k case:追寻红足迹', '  k1 案例第一段', '  k2 案例第二段', 'b 深化产教融合，服务区域发展。'],
  },
  {
    name: 'inside a case: a title change and a paragraph edit are separate changes',
    base: [kase('k', '旧标题', p('k1', '第一段'), p('k2', '第二段'))],
    ours: [kase('k', '旧标题', p('k1', '第一段'), p('k2', '第二段'), p('k3', '办公室补的一段'))],
    theirs: [kase('k', '新标题', p('k1', '第一段（修改）'), p('k2', '第二段'))],
    changes: ['modify k', 'modify k1'],
    allTheirs: ['k case:新标题', '  k1 第一段（修改）', '  k2 第二段', '  k3 办公室补的一段'],
  },
  {
    name: 'deleting a case the office added to is a conflict; taking it removes the whole box',
    base: [A, kase('k', '案例', p('k1', '第一段'))],
    ours: [A, kase('k', '案例', p('k1', '第一段'), p('k2', '办公室补的'))],
    theirs: [A],
    changes: ['conflict/modified-deleted k'],
    allTheirs: ['a 学院坚持立德树人根本任务。'],
  },
  {
    name: 'a paragraph moved out of a deleted case survives the deletion',
    base: [A, kase('k', '案例', p('k1', '留下的一段'), p('k2', '删去的一段'))],
    ours: [A, kase('k', '案例', p('k1', '留下的一段'), p('k2', '删去的一段'))],
    theirs: [A, p('k1', '留下的一段')],
    changes: ['delete k', 'move k1'],
    allTheirs: ['a 学院坚持立德树人根本任务。', 'k1 留下的一段'],
  },
  {
    name: 'list items merge one by one',
    base: [ul('l', li('i1', '一'), li('i2', '二'), li('i3', '三'))],
    ours: [ul('l', li('i1', '一（办公室）'), li('i2', '二'), li('i3', '三'))],
    theirs: [ul('l', li('i1', '一'), li('i3', '三（部门）'), li('i4', '四'))],
    changes: ['delete i2', 'modify i3', 'insert i4'],
    allTheirs: ['l bulleted-list', '  i1 一（办公室）', '  i3 三（部门）', '  i4 四'],
  },
  {
    name: 'a heading level change is a modification',
    base: [h('t', '标题', 1), A],
    ours: [h('t', '标题', 1), A],
    theirs: [h('t', '标题', 2), A],
    changes: ['modify t'],
    allTheirs: ['t 标题', 'a 学院坚持立德树人根本任务。'],
  },
  {
    name: 'table: different cells on each side merge without conflict',
    base: [table('t', [['院系', '人数'], ['机电', '100'], ['信息', '200']])],
    ours: [table('t', [['院系', '人数'], ['机电', '101'], ['信息', '200']])],
    theirs: [table('t', [['院系', '人数'], ['机电', '100'], ['信息', '205']])],
    changes: ['modify t'],
    allTheirs: ['t table:院系|人数/机电|101/信息|205'],
  },
  {
    name: 'table: the same cell changed differently is a conflict',
    base: [table('t', [['院系', '人数'], ['机电', '100']])],
    ours: [table('t', [['院系', '人数'], ['机电', '101']])],
    theirs: [table('t', [['院系', '人数'], ['机电', '102']])],
    changes: ['conflict/both-modified t'],
    allTheirs: ['t table:院系|人数/机电|102'],
  },
  {
    name: 'table: a row added by the department is a change of the whole table',
    base: [table('t', [['院系', '人数'], ['机电', '100']])],
    ours: [table('t', [['院系', '人数'], ['机电', '100']])],
    theirs: [table('t', [['院系', '人数'], ['机电', '100'], ['新增', '50']])],
    changes: ['modify t'],
    allTheirs: ['t table:院系|人数/机电|100/新增|50'],
  },
  {
    name: 'table: a row added by the department while the office edited a cell is a conflict',
    base: [table('t', [['院系', '人数'], ['机电', '100']])],
    ours: [table('t', [['院系', '人数'], ['机电', '99']])],
    theirs: [table('t', [['院系', '人数'], ['机电', '100'], ['新增', '50']])],
    changes: ['conflict/both-modified t'],
    allTheirs: ['t table:院系|人数/机电|100/新增|50'],
  },
  {
    name: 'all blocks deleted leaves one empty paragraph',
    base: [A],
    ours: [A],
    theirs: [p('z', '')],
    changes: ['insert z', 'delete a'],
    allTheirs: ['z '],
  },
];

function describeChange(c: { kind: string; reason?: string; blockId: string }): string {
  return c.kind === 'conflict' ? `conflict/${c.reason} ${c.blockId}` : `${c.kind} ${c.blockId}`;
}

describe.each(ROWS)('$name', (row) => {
  const merge = mergeSection({ sectionId: 's', base: row.base, ours: row.ours, theirs: row.theirs });

  test('finds exactly the expected changes', () => {
    expect(merge.changes.map(describeChange)).toEqual(row.changes);
    expect(new Set(merge.changes.map((c) => c.id)).size).toBe(merge.changes.length);
    for (const change of merge.changes) expect(change.id.startsWith(`s:${change.blockId}:`)).toBe(true);
  });

  test.each<[string, Decision | null]>([
    ['taking every change', 'theirs'],
    ['taking none', null],
  ])('%s gives valid content with the expected blocks', (_name, decision) => {
    const decisions = new Map<string, Decision>(decision ? merge.changes.map((c) => [c.id, decision]) : []);
    const result = applyChanges(row.base, row.ours, row.theirs, decisions, { sectionId: 's' });
    expect(validateSectionContent(result)).toEqual({ ok: true, value: result });
    expect(outline(result)).toEqual(decision ? row.allTheirs : (row.noneTaken ?? outline(row.ours)));
  });
});

test('the inputs are not modified', () => {
  const base = [A, B, kase('k', '案例', p('k1', '一'))];
  const ours = [p('a', '改'), B, kase('k', '案例', p('k1', '一'))];
  const theirs = [B, p('n', '新'), kase('k', '案例改', p('k1', '一改'))];
  const frozen = JSON.stringify([base, ours, theirs]);
  const merge = mergeSection({ sectionId: 's', base, ours, theirs });
  applyChanges(base, ours, theirs, new Map(merge.changes.map((c) => [c.id, 'accept' as const])));
  expect(JSON.stringify([base, ours, theirs])).toBe(frozen);
});

test('accept and theirs, reject and ours are aliases', () => {
  const base = [A, B];
  const ours = [A, p('b', '办公室。')];
  const theirs = [p('a', '部门改 A。'), p('b', '部门。')];
  const [modify, conflict] = mergeSection({ sectionId: 's', base, ours, theirs }).changes;
  const run = (m: Decision, c: Decision) => outline(applyChanges(base, ours, theirs, new Map([[modify!.id, m], [conflict!.id, c]]), { sectionId: 's' }));
  expect(run('accept', 'accept')).toEqual(run('theirs', 'theirs'));
  expect(run('reject', 'reject')).toEqual(run('ours', 'ours'));
  expect(run('accept', 'ours')).toEqual(['a 部门改 A。', 'b 办公室。']);
});
