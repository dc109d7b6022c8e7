import { toChineseNumeral, toCircledNumeral } from '../../shared/numbering/chinese-numerals';
import { formatHeadingNumber, numberContentHeadings, numberOutline, stripTypedNumber } from '../../shared/numbering/heading-numbering';
import type { HeadingElement, SectionContent } from '../../shared/model/document';
import type { OutlineNode } from '../../shared/model/outline';

describe('toChineseNumeral', () => {
  test.each([
    [0, '零'],
    [1, '一'],
    [7, '七'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [111, '一百一十一'],
    [120, '一百二十'],
    [999, '九百九十九'],
  ])('%i → %s', (n, expected) => {
    expect(toChineseNumeral(n)).toBe(expected);
  });

  test.each([-1, 1.5, Number.NaN])('refuses %p', (n) => {
    expect(() => toChineseNumeral(n)).toThrow(RangeError);
  });

  test('circled numerals stop at ⑳ and fall back to (n)', () => {
    expect([1, 20, 21].map(toCircledNumeral)).toEqual(['①', '⑳', '(21)']);
  });
});

describe('formatHeadingNumber', () => {
  test.each([
    [1, 3, '三、'],
    [2, 3, '（三）'],
    [3, 3, '3.'],
    [4, 3, '（3）'],
    [5, 3, '③'],
    [1, 12, '十二、'],
  ])('level %i, ordinal %i → %s', (level, ordinal, expected) => {
    expect(formatHeadingNumber(level, ordinal)).toBe(expected);
  });
});

describe('numberOutline', () => {
  const node = (id: string, parentId: string | null, position: number, numbered = true): OutlineNode => ({
    id,
    parentId,
    position,
    title: id,
    role: 'body',
    numbered,
    departmentId: null,
  });

  test('numbers chapters 一、 and sections （一）, skipping unnumbered nodes such as 前言 and 案例附录', () => {
    // Deliberately shuffled: numbering follows position, not row order.
    const nodes = [
      node('ch2', null, 2),
      node('preface', null, 0, false),
      node('ch1', null, 1),
      node('s1-2', 'ch1', 1),
      node('s1-1', 'ch1', 0),
      node('s2-1', 'ch2', 0),
      node('appendix', null, 3, false),
      node('classic1', 'appendix', 0, false),
      node('ch3', null, 4),
    ];
    expect(Object.fromEntries(numberOutline(nodes))).toEqual({
      preface: '',
      ch1: '一、',
      's1-1': '（一）',
      's1-2': '（二）',
      ch2: '二、',
      's2-1': '（一）',
      appendix: '',
      classic1: '',
      ch3: '三、',
    });
  });

  test('an unnumbered section does not use up a number among its siblings', () => {
    const nodes = [node('ch', null, 0), node('a', 'ch', 0), node('note', 'ch', 1, false), node('b', 'ch', 2)];
    const labels = numberOutline(nodes);
    expect([labels.get('a'), labels.get('note'), labels.get('b')]).toEqual(['（一）', '', '（二）']);
  });
});

describe('numberContentHeadings', () => {
  const h = (id: string, level: 1 | 2 | 3, numbered?: false): HeadingElement => ({
    type: 'heading',
    id,
    level,
    ...(numbered === false ? { numbered } : {}),
    children: [{ text: id }],
  });
  const p = (id: string): SectionContent[number] => ({ type: 'paragraph', id, children: [{ text: '正文' }] });

  test('inside a section (depth 2): 1. → （1） → ①, and a heading resets the deeper levels', () => {
    const content: SectionContent = [
      h('a', 1),
      h('a1', 2),
      p('x'),
      h('a2', 2),
      h('a2i', 3),
      h('b', 1),
      h('b1', 2),
      h('b1i', 3),
      h('b1ii', 3),
    ];
    expect(Object.fromEntries(numberContentHeadings(content, 2))).toEqual({
      a: '1.',
      a1: '（1）',
      a2: '（2）',
      a2i: '①',
      b: '2.',
      b1: '（1）',
      b1i: '①',
      b1ii: '②',
    });
  });

  test('inside a chapter (depth 1) the first heading level is （一）', () => {
    const labels = numberContentHeadings([h('a', 1), h('b', 1), h('b1', 2)], 1);
    expect([...labels.values()]).toEqual(['（一）', '（二）', '1.']);
  });

  test('unnumbered headings (the preface parts) get no label and do not count', () => {
    const content: SectionContent = [h('purpose', 1, false), h('first', 1), h('basics', 1, false), h('second', 1)];
    expect(Object.fromEntries(numberContentHeadings(content, 2))).toEqual({ purpose: '', first: '1.', basics: '', second: '2.' });
  });
});

describe('stripTypedNumber', () => {
  // Every numbered form below is copied from the headings of fixtures/tjpc-2025-report.md.
  test.each([
    ['一、人才培养', '人才培养'],
    ['七、挑战与展望', '挑战与展望'],
    ['（一）立德树人', '立德树人'],
    ['(一) 合作机制', '合作机制'],
    ['(四) “人工智能+”建设', '“人工智能+”建设'],
    ['1.形成大思政育人格局', '形成大思政育人格局'],
    ['2. 搭建三全育人体系', '搭建三全育人体系'],
    ['（1）筑牢思想根基，深化价值引领', '筑牢思想根基，深化价值引领'],
    ['(4) 借力数字技术，优化管理服务', '借力数字技术，优化管理服务'],
    ['3. “一老一小”、志愿服务', '“一老一小”、志愿服务'],
  ])('strips the typed number of %s', (typed, title) => {
    expect(stripTypedNumber(typed)).toEqual({ title, hadNumber: true });
  });

  test.each([
    '2025 年毕业生就业情况',
    '2025年度质量报告',
    '1.5 倍于上年',
    '经典案例 1 京津冀共建“背包里的大思政课”',
    '前言',
    '一流专业群建设',
    '十佳志愿服务项目',
  ])('leaves %s alone', (title) => {
    expect(stripTypedNumber(title)).toEqual({ title, hadNumber: false });
  });

  test('a heading that is only a number keeps its text', () => {
    expect(stripTypedNumber('（三）')).toEqual({ title: '（三）', hadNumber: false });
  });
});
