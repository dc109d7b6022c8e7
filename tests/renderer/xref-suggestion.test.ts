/**
 * Offering references while typing (见表 / 如图 / 见图 / 见案例) and the 插入交叉引用 list: which
 * typed text is a cue, which targets are offered and in what order, what a search finds.
 */
import type { NumberedHeading } from '../../shared/numbering/report-numbering';
import type { NumberedStructure, StructureKind } from '../../shared/numbering/structure-numbering';
import { pickerItems } from '../../renderer/src/editor/xref/picker-items';
import { matchReferenceCue, normalizeTypedNumber, rankCandidates } from '../../renderer/src/editor/xref/reference-cue';

function structure(id: string, kind: StructureKind, number: string, nodeId: string, caption = ''): NumberedStructure {
  const word = { table: '表', figure: '图', case: '案例' }[kind];
  return { id, kind, number, label: `${word} ${number}`, nodeId, caption, classicNumber: null };
}

describe('matchReferenceCue', () => {
  test.each([
    ['如图', { kind: 'figure', start: 1, number: '' }],
    ['学生参与情况见表', { kind: 'table', start: 7, number: '' }],
    ['详见表 1-', { kind: 'table', start: 2, number: '1-' }],
    ['见案例２－１', { kind: 'case', start: 1, number: '2-1' }],
    ['正如图 3', { kind: 'figure', start: 2, number: '3' }],
    ['参见图1—2', { kind: 'figure', start: 2, number: '1-2' }],
  ])('%s is a cue', (text, cue) => {
    expect(matchReferenceCue(text)).toEqual(cue);
  });

  test.each([
    ['填写意见表', 'an opinion form (意见表)'],
    ['例如图书馆', '例如 is “for example”'],
    ['可见图', '可见 is “it can be seen”'],
    ['见表格', 'the cue must end the text'],
    ['见表 1-1 所示', 'a finished reference'],
    ['图', 'no cue word'],
  ])('%s is not a cue (%s)', (text) => {
    expect(matchReferenceCue(text)).toBeNull();
  });

  test('typed numbers are normalised: full-width digits, any dash, spaces', () => {
    expect(normalizeTypedNumber(' １ － ２ ')).toBe('1-2');
  });
});

describe('rankCandidates', () => {
  const all = [
    structure('t1', 'table', '1-1', 'n1'),
    structure('f1', 'figure', '1-1', 'n1'),
    structure('t2', 'table', '2-1', 'n2'),
    structure('t3', 'table', '2-2', 'n2'),
    structure('t4', 'table', '11-1', 'n9'),
  ];

  test('tables of the section being written come first, then the rest in reading order', () => {
    expect(rankCandidates(all, { kind: 'table', number: '' }, 'n2').map((s) => s.id)).toEqual(['t2', 't3', 't1', 't4']);
  });

  test('what was typed of the number narrows the offer', () => {
    expect(rankCandidates(all, { kind: 'table', number: '1' }, 'n2').map((s) => s.id)).toEqual(['t1', 't4']);
    expect(rankCandidates(all, { kind: 'table', number: '2-2' }, 'n1').map((s) => s.id)).toEqual(['t3']);
    expect(rankCandidates(all, { kind: 'case', number: '' }, 'n1')).toEqual([]);
  });

  test('the offer is kept short', () => {
    const many = Array.from({ length: 20 }, (_, i) => structure(`t${i}`, 'table', `1-${i + 1}`, 'n1'));
    expect(rankCandidates(many, { kind: 'table', number: '' }, 'n1')).toHaveLength(8);
  });
});

describe('pickerItems', () => {
  const structures = [structure('t1', 'table', '1-1', 'n1', '2025 届毕业生分布'), structure('f1', 'figure', '1-2', 'n1', '性别结构')];
  const headings: NumberedHeading[] = [
    { id: 'n1', nodeId: 'n1', level: 1, number: '一、', title: '人才培养' },
    { id: 'h1', nodeId: 'n1', level: 3, number: '1.', title: '毕业生就业' },
  ];

  test('everything, structures before headings, labelled as references will show them', () => {
    expect(pickerItems(structures, headings, 'all', '').map((i) => i.label)).toEqual(['表 1-1', '图 1-2', '一、人才培养', '1.毕业生就业']);
  });

  test('filtered by kind', () => {
    expect(pickerItems(structures, headings, 'figure', '').map((i) => i.id)).toEqual(['f1']);
    expect(pickerItems(structures, headings, 'heading', '').map((i) => i.id)).toEqual(['n1', 'h1']);
  });

  test('searched by number however it is typed, and by words of the caption or title', () => {
    expect(pickerItems(structures, headings, 'all', '表1－1').map((i) => i.id)).toEqual(['t1']);
    expect(pickerItems(structures, headings, 'all', '毕业生').map((i) => i.id)).toEqual(['t1', 'h1']);
    expect(pickerItems(structures, headings, 'all', '毕业生 就业').map((i) => i.id)).toEqual(['h1']);
    expect(pickerItems(structures, headings, 'all', '无此内容')).toEqual([]);
  });
});
