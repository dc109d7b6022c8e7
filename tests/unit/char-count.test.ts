import { addCounts, countText, ZERO_COUNT } from '../../shared/text/char-count';
import { countContent } from '../../shared/text/content-count';
import type { SectionContent } from '../../shared/model/document';

describe('countText (Word/WPS 「字数」)', () => {
  test.each([
    ['', 0, 0],
    ['学院坚持立德树人 AI 2025', 10, 14],
    ['立德树人', 4, 4],
    // Full-width punctuation counts one each, like a character.
    ['立德树人，五育并举。', 10, 10],
    ['“人工智能+”建设', 9, 9],
    // A number with its decimals and percent sign is one word.
    ['落实率 95.3%', 4, 8],
    ['2025年', 2, 5],
    ['Luban Workshop', 2, 13],
    ['感恩润心·与爱同行', 9, 9],
    ['  \n\t ', 0, 0],
    // The ideographic space that Word/WPS documents use to indent paragraphs is a space, not a 字.
    ['\u3000\u3000学院坚持立德树人', 8, 8],
    ['立德树人\u3000AI', 5, 6],
    // Characters outside the BMP (CJK extension B) are one character, not two code units.
    ['𠀀字', 2, 2],
  ])('%p → %i words, %i chars without spaces', (text, words, charsNoSpaces) => {
    expect(countText(text)).toEqual({ words, charsNoSpaces });
  });

  test.each(['\u3000\u3000', '\u3000一、人才培养', 'AI 2025 年', '“人工智能+”', '11.21% 的毕业生', '\u00A0 x'])(
    '字数 never exceeds the characters without spaces (%p)',
    (text) => {
      const { words, charsNoSpaces } = countText(text);
      expect(words).toBeLessThanOrEqual(charsNoSpaces);
    },
  );

  test('addCounts adds both measures', () => {
    expect(addCounts(countText('立德树人'), addCounts(ZERO_COUNT, countText('AI 2025')))).toEqual({ words: 6, charsNoSpaces: 10 });
  });
});

describe('countContent', () => {
  test('counts block by block, so Latin words never join across blocks, and lists count their items', () => {
    const content: SectionContent = [
      { type: 'heading', id: 'h', level: 1, children: [{ text: 'AI' }] },
      { type: 'paragraph', id: 'p', children: [{ text: '2025 ' }, { text: '年', bold: true }] },
      {
        type: 'bulleted-list',
        id: 'l',
        children: [
          { type: 'list-item', id: 'i1', children: [{ text: '立德' }] },
          { type: 'list-item', id: 'i2', children: [{ text: 'ok' }] },
        ],
      },
    ];
    // AI (1) + 2025 年 (2) + 立德 (2) + ok (1); "AI" and "2025" stay two words.
    expect(countContent(content)).toEqual({ words: 6, charsNoSpaces: 11 });
  });

  test('marks split a word into runs but not into two words', () => {
    const content: SectionContent = [{ type: 'paragraph', id: 'p', children: [{ text: 'Wor' }, { text: 'kshop', italic: true }] }];
    expect(countContent(content).words).toBe(1);
  });
});
