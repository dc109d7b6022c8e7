/**
 * Which Word paragraphs are headings (shared/word/report/docx-headings.ts), as data: the typed
 * numbers in their full- and half-width spellings, the formatting that sets a heading apart, and
 * the lines that look numbered but are not headings (the negative controls).
 */
import { headingOf } from '../../shared/word/report/docx-headings';
import type { DocxParagraph, DocxRun } from '../../shared/word/report/docx-model';
import { typedHeadingNumber } from '../../shared/word/report/typed-heading';

const BODY = 32; // 三号 (16 pt): the body size of a 公文-style report, in half-points

function paragraph(runs: readonly DocxRun[], extra: Partial<DocxParagraph> = {}): DocxParagraph {
  return { kind: 'paragraph', index: 1, style: null, outlineLevel: null, list: null, runs, pictures: [], centered: false, bordered: false, newPage: false, sectionEnd: false, fields: [], inToc: false, dropped: [], ...extra };
}
const plain = (text: string): DocxParagraph => paragraph([{ text, halfPoints: BODY, font: '仿宋_GB2312' }]);
const bold = (text: string): DocxParagraph => paragraph([{ text, bold: true, halfPoints: BODY, font: '仿宋_GB2312' }]);
const hei = (text: string): DocxParagraph => paragraph([{ text, halfPoints: BODY, font: '黑体' }]);
const larger = (text: string): DocxParagraph => paragraph([{ text, halfPoints: BODY + 4, font: '仿宋_GB2312' }]);

const TYPED: readonly [string, number | null, string][] = [
  ['一、人才培养', 1, '人才培养'],
  ['十二、附则', 1, '附则'],
  ['（一）立德树人', 2, '立德树人'],
  ['(一) 立德树人', 2, '立德树人'],
  ['（ 二 ）多样成长', 2, '多样成长'],
  ['1.形成大思政育人格局', 3, '形成大思政育人格局'],
  ['1. 形成大思政育人格局', 3, '形成大思政育人格局'],
  ['１．形成大思政育人格局', 3, '形成大思政育人格局'],
  ['2、搭建三全育人体系', 3, '搭建三全育人体系'],
  ['（1）筑牢思想根基', 4, '筑牢思想根基'],
  ['(１)筑牢思想根基', 4, '筑牢思想根基'],
  ['①拓宽培养渠道', 4, '拓宽培养渠道'],
  // Not typed heading numbers:
  ['1.5 倍于上年', null, ''],
  ['2025年，学院…', null, ''],
  ['一流专业建设', null, ''],
  ['一、', null, ''],
];

test.each(TYPED)('typed number of %p', (text, level, rest) => {
  const typed = typedHeadingNumber(text);
  expect(typed?.level ?? null).toBe(level);
  if (typed !== null) expect(text.slice(typed.length)).toBe(rest);
});

const CASES: readonly [string, DocxParagraph, number | null][] = [
  ['a heading style', paragraph([{ text: '人才培养' }], { style: 'heading 1', outlineLevel: 1 }), 1],
  ['a style with an outline level', paragraph([{ text: '（一）立德树人' }], { style: '标题二级', outlineLevel: 2 }), 2],
  ['一、 in 黑体', hei('一、人才培养'), 1],
  ['一、 without any formatting, short and without punctuation', plain('一、人才培养'), 1],
  ['(一) in bold', bold('(一) 立德树人'), 2],
  ['１． in bold', bold('１．形成大思政育人格局'), 3],
  ['（1） larger than the body', larger('（1）筑牢思想根基'), 4],
  ['list numbering printing 一、', paragraph([{ text: '人才培养', halfPoints: BODY }], { list: { level: 0, pattern: 'chinese' } }), 1],
  ['list numbering printing 1. on a bold line', paragraph([{ text: '形成大思政育人格局', bold: true }], { list: { level: 2, pattern: 'decimal' } }), 3],
  ['前  言 centred in 黑体', paragraph([{ text: '前  言', font: '黑体', halfPoints: BODY }], { centered: true }), 1],
  ['经典案例 1 … in bold', bold('经典案例 1 追寻红足迹 争做新青年'), 2],
  // Negative controls: numbered, but not headings.
  ['1. as a plain sentence', plain('1. 学院共有在校生 1.2 万人，较上年增长 5%。'), null],
  ['a bold run-in heading followed by its text', paragraph([{ text: '（2）聚焦精准支持。', bold: true }, { text: '学院建立学生成长档案。' }]), null],
  ['（1） without formatting', plain('（1）筑牢思想根基'), null],
  ['list numbering printing 1. on a plain sentence', paragraph([{ text: '完善思政课程体系，开设思政选修课 12 门。' }], { list: { level: 0, pattern: 'decimal' } }), null],
  ['a bullet', paragraph([{ text: '全员育人', bold: true }], { list: { level: 0, pattern: 'bullet' } }), null],
  ['a heading-styled 目录 title', paragraph([{ text: '目  录' }], { style: 'heading 1', outlineLevel: 1 }), null],
  ['a statement title', paragraph([{ text: '内容真实性责任声明', bold: true }], { centered: true }), null],
  ['a table-of-contents entry', paragraph([{ text: '一、人才培养\t5' }], { style: 'toc 1' }), null],
  ['a hand-typed contents line', bold('一、人才培养……………………2'), null],
  ['(control) a bold 一、 line outside any TOC', bold('一、人才培养'), 1],
  ['the same inside a TOC field', paragraph([{ text: '一、人才培养', bold: true }], { inToc: true }), null],
  ['前言 as plain body text', plain('前言'), null],
];

test.each(CASES)('%s', (_name, p, level) => {
  expect(headingOf(p, BODY)?.level ?? null).toBe(level);
});
