/** The tokenizer as data: Markdown source → block tokens. */
import type { BlockToken } from '../../shared/markdown/block-tokens';
import { tokenizeBlocks } from '../../shared/markdown/tokenize-blocks';

const md = (...lines: string[]): string => lines.join('\n');

const cases: ReadonlyArray<{ name: string; input: string; tokens: BlockToken[] }> = [
  {
    name: 'ATX headings with closing hashes and attributes',
    input: md('# 前言 {.unnumbered}', '', '## （一）立德树人 ##', '', '###### 六级'),
    tokens: [
      { kind: 'heading', line: 1, level: 1, text: '前言', unnumbered: true },
      { kind: 'heading', line: 3, level: 2, text: '（一）立德树人', unnumbered: false },
      { kind: 'heading', line: 5, level: 6, text: '六级', unnumbered: false },
    ],
  },
  {
    name: 'seven hashes or no space is not a heading',
    input: md('####### 七', '', '#话题#'),
    tokens: [
      { kind: 'paragraph', line: 1, lines: ['####### 七'] },
      { kind: 'paragraph', line: 3, lines: ['#话题#'] },
    ],
  },
  {
    name: 'setext headings',
    input: md('第一章', '===', '', '第一节 {-}', '---'),
    tokens: [
      { kind: 'heading', line: 1, level: 1, text: '第一章', unnumbered: false },
      { kind: 'heading', line: 4, level: 2, text: '第一节', unnumbered: true },
    ],
  },
  {
    name: 'paragraph lines stay together until a blank line; indented lines are text',
    input: md('第一行', '    第二行', '', '第三段'),
    tokens: [
      { kind: 'paragraph', line: 1, lines: ['第一行', '    第二行'] },
      { kind: 'paragraph', line: 4, lines: ['第三段'] },
    ],
  },
  {
    name: 'pipe table with a caption before it',
    input: md('Table: 表 1-1 毕业生分布', '', '| 院系 | 人数 | 占比 |', '|:---|---:|:-:|', '| 机械工程系 | 374 | 11.21% |', '|  | 236 | 7.07% |', '', '数据来源：平台'),
    tokens: [
      {
        kind: 'table',
        line: 3,
        format: 'pipe',
        caption: '表 1-1 毕业生分布',
        header: ['院系', '人数', '占比'],
        rows: [
          ['机械工程系', '374', '11.21%'],
          ['', '236', '7.07%'],
        ],
        aligns: ['left', 'right', 'center'],
      },
      { kind: 'paragraph', line: 8, lines: ['数据来源：平台'] },
    ],
  },
  {
    name: 'a caption after its table belongs to it',
    input: md('| a | b |', '|---|---|', '| 1 | 2 |', '', 'Table: 表 2 说明'),
    tokens: [{ kind: 'table', line: 1, format: 'pipe', caption: '表 2 说明', header: ['a', 'b'], rows: [['1', '2']], aligns: [null, null] }],
  },
  {
    name: 'a caption with no table is an orphan caption',
    input: md('正文', '', 'Table: 孤立的标题', '续行'),
    tokens: [
      { kind: 'paragraph', line: 1, lines: ['正文'] },
      { kind: 'orphan-caption', line: 3, text: '孤立的标题 续行' },
    ],
  },
  {
    name: 'a delimiter row with no header above it starts a table without header',
    input: md('|:--|--:|', '| 甲 | 1 |', '| 乙 | 2 |'),
    tokens: [{ kind: 'table', line: 1, format: 'pipe', caption: null, header: null, rows: [['甲', '1'], ['乙', '2']], aligns: ['left', 'right'] }],
  },
  {
    name: 'a delimiter row alone is a table with nothing in it',
    input: md('Table: 表 9 空表', '', '|---|---|', '', '正文'),
    tokens: [
      { kind: 'table', line: 3, format: 'pipe', caption: '表 9 空表', header: null, rows: [], aligns: [null, null] },
      { kind: 'paragraph', line: 5, lines: ['正文'] },
    ],
  },
  {
    name: 'escaped pipes stay inside their cell',
    input: md('| 公式 | 值 |', '|---|---|', '| a \\| b | 1 |'),
    tokens: [{ kind: 'table', line: 1, format: 'pipe', caption: null, header: ['公式', '值'], rows: [['a \\| b', '1']], aligns: [null, null] }],
  },
  {
    name: 'grid table with header and multi-line cells',
    input: md('+------+--------+', '| 院系 | 专业   |', '+======+========+', '| 机械 | 数控   |', '| 工程 | 技术   |', '+------+--------+'),
    tokens: [{ kind: 'table', line: 1, format: 'grid', caption: null, header: ['院系', '专业'], rows: [['机械工程', '数控技术']], aligns: [null, null] }],
  },
  {
    name: 'simple table',
    // Columns are display columns: a Chinese character is two wide, as Pandoc and editors lay them out.
    input: md('  院系     人数', '  ------ ------', '  机械     374', '  智能     300', '', '后文'),
    tokens: [
      {
        kind: 'table',
        line: 1,
        format: 'simple',
        caption: null,
        header: ['院系', '人数'],
        rows: [
          ['机械', '374'],
          ['智能', '300'],
        ],
        aligns: ['left', 'right'],
      },
      { kind: 'paragraph', line: 6, lines: ['后文'] },
    ],
  },
  {
    name: 'an image alone in its paragraph is a figure',
    input: md('![图1-1 青年代表参加活动。](figure.png)', '', '如图![图](x.png)所示'),
    tokens: [
      { kind: 'figure', line: 1, caption: '图1-1 青年代表参加活动。', src: 'figure.png' },
      { kind: 'paragraph', line: 3, lines: ['如图![图](x.png)所示'] },
    ],
  },
  {
    name: 'case box fences, also closing a paragraph without a blank line',
    input: md('::: {.case}', '**案例 1-1 追寻红足迹**', '', '正文', ':::', '', '::: note', ':::'),
    tokens: [
      { kind: 'div-open', line: 1, classes: ['case'] },
      { kind: 'paragraph', line: 2, lines: ['**案例 1-1 追寻红足迹**'] },
      { kind: 'paragraph', line: 4, lines: ['正文'] },
      { kind: 'div-close', line: 5 },
      { kind: 'div-open', line: 7, classes: ['note'] },
      { kind: 'div-close', line: 8 },
    ],
  },
  {
    name: 'a bare fence with no open box is text',
    input: md(':::'),
    tokens: [{ kind: 'paragraph', line: 1, lines: [':::'] }],
  },
  {
    name: 'ordered list resumes after a figure as a new list with its start number',
    input: md('1. 第一项', '', '2. 第二项', '', '![图](f.png)', '', '3. 第三项', '继续'),
    tokens: [
      { kind: 'list', line: 1, ordered: true, start: 1, items: [['第一项'], ['第二项']] },
      { kind: 'figure', line: 5, caption: '图', src: 'f.png' },
      { kind: 'list', line: 7, ordered: true, start: 3, items: [['第三项', '继续']] },
    ],
  },
  {
    name: 'bullets, nested items flattened, a different marker starts a new list',
    input: md('- 甲', '  - 甲一', '- 乙', '+ 丙'),
    tokens: [
      { kind: 'list', line: 1, ordered: false, start: 1, items: [['甲'], ['甲一'], ['乙']] },
      { kind: 'list', line: 4, ordered: false, start: 1, items: [['丙']] },
    ],
  },
  {
    name: 'Chinese typed numbering is not a list',
    input: md('1.形成大思政育人格局', '', '（1）总体规模', '', '4.“社内训”育骨干'),
    tokens: [
      { kind: 'paragraph', line: 1, lines: ['1.形成大思政育人格局'] },
      { kind: 'paragraph', line: 3, lines: ['（1）总体规模'] },
      { kind: 'paragraph', line: 5, lines: ['4.“社内训”育骨干'] },
    ],
  },
  {
    name: 'a heading ends a paragraph even without a blank line',
    input: md('上一节的正文', '## （二）多样成长', '正文'),
    tokens: [
      { kind: 'paragraph', line: 1, lines: ['上一节的正文'] },
      { kind: 'heading', line: 2, level: 2, text: '（二）多样成长', unnumbered: false },
      { kind: 'paragraph', line: 3, lines: ['正文'] },
    ],
  },
  {
    name: 'a list marker cannot interrupt a paragraph',
    input: md('占比为', '1. 32%'),
    tokens: [{ kind: 'paragraph', line: 1, lines: ['占比为', '1. 32%'] }],
  },
  {
    name: 'front matter, comments, rules and code',
    input: md('---', 'title: 年报', '---', '<!-- 备注', '不导入 -->', '正文', '', '***', '', '```', 'code *x*', '```'),
    tokens: [
      { kind: 'metadata', line: 1, lines: ['title: 年报'] },
      { kind: 'paragraph', line: 6, lines: ['正文'] },
      { kind: 'thematic-break', line: 8 },
      { kind: 'code', line: 10, lines: ['code *x*'] },
    ],
  },
  {
    name: 'block quotes are scanned as blocks',
    input: md('> 引用第一行', '> ', '> - 列表'),
    tokens: [
      { kind: 'paragraph', line: 1, lines: ['引用第一行'] },
      { kind: 'list', line: 3, ordered: false, start: 1, items: [['列表']] },
    ],
  },
  {
    name: 'vertical tabs and form feeds from Word and PDF conversions break lines',
    input: '# 一、甲\f\f正文第一行\v第二行',
    tokens: [
      { kind: 'heading', line: 1, level: 1, text: '一、甲', unnumbered: false },
      { kind: 'paragraph', line: 3, lines: ['正文第一行', '第二行'] },
    ],
  },
  {
    name: 'Windows line ends and a byte-order mark',
    input: '\uFEFF# 一、人才培养\r\n\r\n正文\r\n',
    tokens: [
      { kind: 'heading', line: 1, level: 1, text: '一、人才培养', unnumbered: false },
      { kind: 'paragraph', line: 3, lines: ['正文'] },
    ],
  },
];

describe('tokenizeBlocks', () => {
  it.each(cases)('$name', ({ input, tokens }) => {
    expect(tokenizeBlocks(input)).toEqual(tokens);
  });
});
