/**
 * Find and replace, the pure part (shared/find/): the matcher as a table of cases, and the content
 * walk checked against the live editor's replace-all on the same documents, so the counts main
 * gives for closed sections are the ones the editor would make.
 */
import { createEditor, Editor } from 'slate';
import { withHistory } from 'slate-history';
import { replaceAll } from '../../shared/editor/find-replace';
import { withReportEditing } from '../../shared/editor/with-report-editing';
import { findInContent, replaceInContent } from '../../shared/find/content-matches';
import { findInText, type FindOptions } from '../../shared/find/match-text';
import type { SectionContent } from '../../shared/model/document';

const cases: [string, string, FindOptions, [number, number][]][] = [
  ['产教融合，产教融合', '产教融合', {}, [[0, 4], [5, 9]]],
  ['aaaa', 'aa', {}, [[0, 2], [2, 4]]],
  ['ＡＩ与AI与ai', 'AI', {}, [[0, 2], [3, 5], [6, 8]]],
  ['ＡＩ与AI与ai', 'AI', { matchCase: true }, [[0, 2], [3, 5]]],
  ['ＡＩ与AI与ai', 'AI', { matchWidth: true }, [[3, 5], [6, 8]]],
  ['ＡＩ与AI与ai', 'AI', { matchCase: true, matchWidth: true }, [[3, 5]]],
  ['２０２５年', '2025', {}, [[0, 4]]],
  ['一\u3000二', '一 二', {}, [[0, 3]]],
  ['İstanbul', 'i̇', {}, []],
  ['任何文字', '', {}, []],
  ['短', '更长的查询', {}, []],
];

test.each(cases)('findInText(%j, %j, %j)', (text, query, options, expected) => {
  expect(findInText(text, query, options).map((s) => [s.start, s.end])).toEqual(expected);
});

const columns = [
  { id: 'k1', width: 1 },
  { id: 'k2', width: 1 },
];
const content = [
  { type: 'paragraph', id: 'p1', children: [{ text: '2025年见' }, { type: 'xref', id: 'x1', target: 't1', children: [{ text: '' }] }, { text: '20' }, { text: '25', bold: true }] },
  { type: 'heading', id: 'h1', level: 1, children: [{ text: '2025年工作' }] },
  { type: 'numbered-list', id: 'l1', children: [{ type: 'list-item', id: 'i1', children: [{ text: '要点2025' }] }] },
  {
    type: 'table', id: 't1', caption: '2025年', source: '来源2025', headerRows: 1, columns,
    children: [
      { type: 'table-row', id: 'r1', children: [{ type: 'table-cell', id: 'c1', children: [{ text: '年份' }] }, { type: 'table-cell', id: 'c2', children: [{ text: '2025' }] }] },
      { type: 'table-row', id: 'r2', children: [{ type: 'table-cell', id: 'c3', children: [{ text: '合计' }] }, { type: 'table-cell', id: 'c4', computed: true, formula: { kind: 'sum', range: { kind: 'range', rows: { from: 'r1', to: 'r1' }, cols: { from: 'k2', to: 'k2' } } }, children: [{ text: '2025' }] }] },
    ],
  },
  { type: 'figure', id: 'f1', asset: null, caption: '图2025', source: '', width: 100, children: [{ text: '' }] },
  { type: 'case', id: 'k1', title: '2025案例', children: [{ type: 'paragraph', id: 'p2', children: [{ text: '2025' }] }] },
] as unknown as SectionContent;

test('matches come in reading order, across formatting, never across a reference, never in a computed cell', () => {
  const matches = findInContent(content, '2025');
  expect(matches.map((m) => (m.kind === 'text' ? `${m.blockId}:${m.anchor.path.join('.')}@${m.anchor.offset}-${m.focus.path.join('.')}@${m.focus.offset}` : `${m.blockId}.${m.field}@${m.start}`))).toEqual([
    'p1:0.0@0-0.0@4',
    // “20” + bold “25” after the reference: one match over two leaves.
    'p1:0.2@0-0.3@2',
    'h1:1.0@0-1.0@4',
    'i1:2.0.0@2-2.0.0@6',
    't1.caption@0',
    'c2:3.0.1.0@0-3.0.1.0@4',
    't1.source@2',
    'f1.caption@1',
    'k1.title@0',
    'p2:5.0.0@0-5.0.0@4',
  ]);
  // Negative control: a query that is only in the computed cell's text finds nothing there.
  expect(findInContent(content, '合计').map((m) => m.blockId)).toEqual(['c3']);
});

function editorFor(value: SectionContent): Editor {
  const editor = withReportEditing(withHistory(createEditor()));
  editor.children = structuredClone(value) as Editor['children'];
  editor.selection = null;
  return editor;
}

test.each([
  ['2025', '2024'],
  ['2025', ''],
  ['20', '二零'],
  ['年', '年度'],
  ['不存在', 'x'],
])('replacing %j by %j: the pure walk gives what the editor gives', (query, replacement) => {
  const editor = editorFor(content);
  const count = replaceAll(editor, query, replacement);
  const pure = replaceInContent(content, query, replacement);
  expect(pure.count).toBe(count);
  expect(pure.count).toBe(findInContent(content, query).length);
  // The editor normalizes (merges equal leaves); compare after the same normalization.
  const normalized = editorFor(pure.content);
  Editor.normalize(normalized, { force: true });
  expect(normalized.children).toEqual(editor.children);
  if (count > 0) expect(pure.content).not.toEqual(content);
  else expect(pure.content).toBe(content);
});

test('the input is never changed', () => {
  const before = structuredClone(content);
  replaceInContent(content, '2025', '2024');
  expect(content).toEqual(before);
});
