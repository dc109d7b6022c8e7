import type { CommentThread } from '../../shared/model/collaboration';
import { blockQuote, countByBlock, quotesOf, sameQuotes, shortQuote, topLevelBlockId } from '../../renderer/src/collaboration/block-comment-model';

const thread = (id: string, blockId: string | null): CommentThread => ({
  id,
  nodeId: 'n1',
  blockId,
  author: '编制专班',
  origin: 'office',
  text: '请核对',
  createdAt: '2026-01-01T00:00:00.000Z',
  replies: [],
});

const content = [
  { type: 'paragraph', id: 'p1', children: [{ text: '第一段' }] },
  {
    type: 'bulleted-list',
    id: 'l1',
    children: [
      { type: 'list-item', id: 'li1', children: [{ text: '甲' }] },
      { type: 'list-item', id: 'li2', children: [{ text: '乙' }] },
    ],
  },
  { type: 'table', id: 't1', caption: '毕业生分布', children: [] },
  { type: 'figure', id: 'f1', caption: '', children: [{ text: '' }] },
  { type: 'case', id: 'c1', title: '鲁班工坊', children: [{ type: 'paragraph', id: 'p2', children: [{ text: '案例正文' }] }] },
];

test('the block at the caret is the top-level block holding it', () => {
  expect(topLevelBlockId(content, [0, 0])).toBe('p1');
  expect(topLevelBlockId(content, [1, 1, 0])).toBe('l1');
  expect(topLevelBlockId(content, [4, 0, 0])).toBe('c1');
  expect(topLevelBlockId(content, null)).toBeNull();
  expect(topLevelBlockId(content, [])).toBeNull();
  expect(topLevelBlockId(content, [9, 0])).toBeNull();
});

test('threads are counted per block; section-wide threads are on no block', () => {
  const counts = countByBlock([thread('a', 'p1'), thread('b', null), thread('c', 'p1'), thread('d', 't1')]);
  expect([...counts]).toEqual([
    ['p1', 2],
    ['t1', 1],
  ]);
});

test('quotes: the first 30 characters of text, structures by id and caption', () => {
  expect(shortQuote('  a   b  ')).toBe('a b');
  expect(shortQuote('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十')).toBe('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十');
  expect(shortQuote('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十多')).toBe('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十…');
  expect(shortQuote('行一\n\n行二\t结束')).toBe('行一 行二 结束');
  expect(blockQuote(content[0])).toEqual({ kind: 'text', text: '第一段' });
  expect(blockQuote(content[1])).toEqual({ kind: 'text', text: '甲乙' });
  expect(blockQuote(content[2])).toEqual({ kind: 'structure', id: 't1', caption: '毕业生分布' });
  expect(blockQuote(content[3])).toEqual({ kind: 'structure', id: 'f1', caption: '' });
  expect(blockQuote(content[4])).toEqual({ kind: 'structure', id: 'c1', caption: '鲁班工坊' });
  expect(blockQuote({ text: 'leaf' })).toBeNull();
});

test('quotes of the commented blocks; a deleted block has none', () => {
  const quotes = quotesOf(content, new Set(['p1', 'p2', 'gone']));
  expect([...quotes.keys()].sort()).toEqual(['p1', 'p2']);
  expect(quotes.get('p2')).toEqual({ kind: 'text', text: '案例正文' });
  expect(quotesOf(content, new Set()).size).toBe(0);
});

test('quote maps compare by content, so typing elsewhere changes nothing', () => {
  const ids = new Set(['p1', 't1']);
  expect(sameQuotes(quotesOf(content, ids), quotesOf(content, ids))).toBe(true);
  const edited = [{ ...content[0], children: [{ text: '第一段改' }] }, ...content.slice(1)];
  expect(sameQuotes(quotesOf(content, ids), quotesOf(edited, ids))).toBe(false);
  expect(sameQuotes(quotesOf(content, ids), quotesOf(content, new Set(['p1'])))).toBe(false);
});
