/** Inline Markdown as data: source text → formatted runs (and the images and links taken out). */
import { parseInline } from '../../shared/markdown/parse-inline';
import type { InlineImage } from '../../shared/markdown/parse-inline';
import type { FormattedText } from '../../shared/model/document';

const cases: ReadonlyArray<{ name: string; input: string; runs: FormattedText[]; images?: InlineImage[]; links?: number }> = [
  { name: 'plain text', input: '学院坚持立德树人', runs: [{ text: '学院坚持立德树人' }] },
  { name: 'empty text gives one empty run', input: '', runs: [{ text: '' }] },
  {
    name: 'strong inside Chinese text',
    input: '推进了电子信息工程技术等专业的“**3+2**”中高职贯通',
    runs: [{ text: '推进了电子信息工程技术等专业的“' }, { text: '3+2', bold: true }, { text: '”中高职贯通' }],
  },
  { name: 'emphasis', input: '这是*重点*内容', runs: [{ text: '这是' }, { text: '重点', italic: true }, { text: '内容' }] },
  { name: 'underscore strong', input: '__粗体__', runs: [{ text: '粗体', bold: true }] },
  { name: 'strong and emphasis together', input: '***粗斜***', runs: [{ text: '粗斜', bold: true, italic: true }] },
  {
    name: 'emphasis nested in strong',
    input: '**粗*斜*粗**',
    runs: [{ text: '粗', bold: true }, { text: '斜', bold: true, italic: true }, { text: '粗', bold: true }],
  },
  {
    name: 'strong nested in emphasis',
    input: '*斜**粗**斜*',
    runs: [{ text: '斜', italic: true }, { text: '粗', italic: true, bold: true }, { text: '斜', italic: true }],
  },
  { name: 'unmatched strong stays text', input: '共 **500 余名', runs: [{ text: '共 **500 余名' }] },
  { name: 'an opener followed by a space is text', input: 'a * b * c', runs: [{ text: 'a * b * c' }] },
  { name: 'half-matched run pairs what it can', input: '**a*', runs: [{ text: '*' }, { text: 'a', italic: true }] },
  { name: 'intraword underscores are text', input: 'file_name_here', runs: [{ text: 'file_name_here' }] },
  { name: 'escapes are unescaped', input: '\\*不是强调\\* 1\\. 2\\# \\[x\\]', runs: [{ text: '*不是强调* 1. 2# [x]' }] },
  { name: 'a backslash before a letter stays', input: 'C:\\temp', runs: [{ text: 'C:\\temp' }] },
  { name: 'code span is plain text', input: '运行 `npm *test*` 命令', runs: [{ text: '运行 npm *test* 命令' }] },
  { name: 'inline math symbols become text', input: '匹配度 $\\geq 95\\%$ ，', runs: [{ text: '匹配度 ≥ 95% ，' }] },
  { name: 'dollar amounts are not math', input: 'costs $20 and $30', runs: [{ text: 'costs $20 and $30' }] },
  { name: 'entities are decoded', input: 'A&amp;B &lt;C&gt; &#x4E2D;', runs: [{ text: 'A&B <C> 中' }] },
  { name: 'a link keeps its text', input: '见[教育部网站](http://www.moe.gov.cn)', runs: [{ text: '见教育部网站' }], links: 1 },
  { name: 'an autolink keeps its address', input: '<https://www.tjpc.edu.cn>', runs: [{ text: 'https://www.tjpc.edu.cn' }], links: 1 },
  { name: 'underline span', input: '[下划线]{.underline}文字', runs: [{ text: '下划线', underline: true }, { text: '文字' }] },
  {
    name: 'inline images are taken out of the text, with caption and path',
    input: '如图![图1-1 **校园**](a.png)所示![](<b c.png> "标题")。',
    runs: [{ text: '如图所示。' }],
    images: [
      { caption: '图1-1 **校园**', src: 'a.png' },
      { caption: '', src: 'b c.png' },
    ],
  },
  { name: 'tildes of ranges stay text', input: '每2~3年组织一次，仅6~8个月', runs: [{ text: '每2~3年组织一次，仅6~8个月' }] },
  { name: 'brackets that are not links stay text', input: '[注] 数据来源', runs: [{ text: '[注] 数据来源' }] },
];

describe('parseInline', () => {
  it.each(cases)('$name', ({ input, runs, images = [], links = 0 }) => {
    const result = parseInline(input);
    expect(result.runs).toEqual(runs);
    expect(result.images).toEqual(images);
    expect(result.links).toBe(links);
  });
});
