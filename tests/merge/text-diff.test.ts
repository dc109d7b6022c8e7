/** Word-level text differences (redlines inside paragraphs and cells). */
import { diffText, sideText, mergeSection } from '../../shared/merge';
import { p, table } from './support';

const CASES: [string, string, string, { op: string; text: string }[]][] = [
  ['a Chinese word replaced whole, not character by character', '学院坚持立德树人根本任务', '学校坚持立德树人根本任务', [
    { op: 'delete', text: '学院' },
    { op: 'insert', text: '学校' },
    { op: 'equal', text: '坚持立德树人根本任务' },
  ]],
  ['a number changed inside a sentence', '就业率达 95.3%，位居全市前列。', '就业率达 96.1%，位居全市前列。', [
    { op: 'equal', text: '就业率达 ' },
    { op: 'delete', text: '95.3' },
    { op: 'insert', text: '96.1' },
    { op: 'equal', text: '%，位居全市前列。' },
  ]],
  ['an insertion before the full stop', '深化产教融合。', '深化产教融合，服务区域发展。', [
    { op: 'equal', text: '深化产教融合' },
    { op: 'insert', text: '，服务区域发展' },
    { op: 'equal', text: '。' },
  ]],
  ['identical texts', '不变', '不变', [{ op: 'equal', text: '不变' }]],
  ['from empty', '', '新段落', [{ op: 'insert', text: '新段落' }]],
  ['to empty', '旧段落', '', [{ op: 'delete', text: '旧段落' }]],
];

test.each(CASES)('%s', (_name, before, after, expected) => {
  expect(diffText(before, after)).toEqual(expected);
});

test('both sides can always be read back from the segments', () => {
  const sentences = ['学院坚持立德树人根本任务，', '深化产教融合，', 'Python 与 AI 课程 12 门，', '毕业生去向落实率达 95.3%。', '🎓 emoji 不会被切开。'];
  let seed = 7;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const text = (): string => Array.from({ length: 1 + random(8) }, () => sentences[random(sentences.length)]).join('');
  for (let i = 0; i < 300; i += 1) {
    const [a, b] = [text(), text()];
    const segments = diffText(a, b);
    expect([sideText(segments, 'before'), sideText(segments, 'after')]).toEqual([a, b]);
    for (const s of segments) expect(s.text.length).toBeGreaterThan(0);
  }
});

// Its speed is bench/merge.mjs's business (three-way diff of a 20 051-character section).
test('a 20 000-character text with scattered edits is diffed exactly', () => {
  const unit = '学院坚持立德树人根本任务，深化产教融合，服务区域经济社会发展，毕业生去向落实率达 95.3%。';
  const before = unit.repeat(Math.ceil(20_000 / unit.length));
  const after = before.replace(/95\.3%/g, (m, offset: number) => (offset % 7 === 0 ? '96.1%' : m)).replace('立德树人', '立德树人、五育并举');
  const segments = diffText(before, after);
  expect([sideText(segments, 'before'), sideText(segments, 'after')]).toEqual([before, after]);
  expect(segments.some((s) => s.op === 'insert' && s.text.includes('五育并举'))).toBe(true);
});

test('a table redline lists the changed cells with their grid position and labels', () => {
  const base = [table('t', [['院系', '人数'], ['机电', '100']])];
  const theirs = [table('t', [['院系', '人数'], ['机电', '120']])];
  const [change] = mergeSection({ sectionId: 's', base, ours: base, theirs }).changes;
  expect(change?.redline).toEqual({
    kind: 'table',
    structural: false,
    fields: [],
    cells: [
      {
        cellId: 't-r1c1',
        row: 1,
        column: 1,
        before: '100',
        after: '120',
        segments: [{ op: 'delete', text: '100' }, { op: 'insert', text: '120' }],
        rowLabel: '机电',
        columnLabel: '人数',
        header: false,
      },
    ],
  });
});

test('a conflict shows both what the department and what the office did', () => {
  const base = [p('b', '深化产教融合。')];
  const ours = [p('b', '深化产教融合，服务天津。')];
  const theirs = [p('b', '全面深化产教融合。')];
  const [change] = mergeSection({ sectionId: 's', base, ours, theirs }).changes;
  expect(change?.kind).toBe('conflict');
  expect(change?.redline).toEqual({ kind: 'text', segments: diffText('深化产教融合，服务天津。', '全面深化产教融合。') });
  expect(change?.oursRedline).toEqual({ kind: 'text', segments: diffText('深化产教融合。', '深化产教融合，服务天津。') });
});
