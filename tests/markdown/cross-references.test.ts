/** Typed references (见表 1-1) → cross-reference inlines: what is linked, what deliberately is not. */
import { linkReferences } from '../../shared/markdown/cross-references';
import { importMarkdown } from '../../shared/markdown/import-markdown';
import { validateSectionContent } from '../../shared/model/content-validation';
import type { FormattedText, InlineNode, ParagraphElement } from '../../shared/model/document';

const TARGETS = new Map([
  ['表:1-1', 'T11'],
  ['表:1-4', 'T14'],
  ['表:1-5', 'T15'],
  ['图:1-1', 'F11'],
  ['图:1-2', 'F12'],
  ['图:8-6', 'F86'],
  ['图:3', 'F3'],
  ['图:4', 'F4'],
  ['表:2', 'T2'],
]);

/** Children as a compact list: text as is, an xref as `[target]`. */
function linked(text: string | FormattedText[]): (string | FormattedText)[] | null {
  const runs: InlineNode[] = typeof text === 'string' ? [{ text }] : text;
  const { children } = linkReferences(runs, TARGETS);
  return children && children.map((c) => ('type' in c ? `[${c.target}]` : Object.keys(c).length === 1 ? c.text : c));
}

describe('linkReferences links', () => {
  it.each([
    ['见表 1-1。', ['见', '[T11]', '。']],
    ['如图 1-1、图 1-2 所示', ['如', '[F11]', '、', '[F12]', ' 所示']],
    ['见表1-4、表1-5', ['见', '[T14]', '、', '[T15]', '']],
    ['（见图 1-1）', ['（见', '[F11]', '）']],
    ['详情可参见图 8 - 6。', ['详情可参见', '[F86]', '。']],
    ['图１－１为校园', ['', '[F11]', '为校园']],
    ['从上表 1-1 可见', ['从上', '[T11]', ' 可见']],
    ['如下图 3 所示', ['如下', '[F3]', ' 所示']],
    ['见图 3、图 4', ['见', '[F3]', '、', '[F4]', '']],
    ['见表2。', ['见', '[T2]', '。']],
  ])('%s', (text, expected) => {
    expect(linked(text)).toEqual(expected);
  });

  it('keeps the marks of the run it splits', () => {
    expect(linked([{ text: '正文，' }, { text: '见表 1-1', bold: true }])).toEqual(['正文，', { text: '见', bold: true }, '[T11]', { text: '', bold: true }]);
  });
});

describe('linkReferences leaves alone', () => {
  it.each([
    ['a number no table or figure was typed with', '见表 1-9'],
    ['a longer number starting like a known one', '见图 1-12'],
    ['附表 and 续表, other series', '见附表 1-1 和续表 1-1'],
    ['a bare number without a cue word', '图 3 为校园'],
    ['a bare number followed by a unit', '见图 3 张'],
    ['a bare number in a sentence', '全院共 3 个表 2 个图'],
    ['text without references', '学院坚持立德树人'],
  ])('%s', (_name, text) => {
    expect(linked(text)).toBeNull();
  });

  it('everything when there are no targets', () => {
    expect(linkReferences([{ text: '见表 1-1' }], new Map())).toEqual({ children: null, count: 0, unresolved: [{ typed: '表 1-1', key: '表:1-1' }] });
  });
});

describe('references through the import', () => {
  const paragraphs = (source: string): ParagraphElement[] => {
    const result = importMarkdown(source);
    if (!result.ok) throw new Error(result.problem);
    for (const node of result.report.nodes) expect(validateSectionContent(node.content).ok).toBe(true);
    return result.report.nodes.flatMap((n) => n.content).filter((b): b is ParagraphElement => b.type === 'paragraph');
  };

  it('point forward and backward to the block typed with the number, inside case boxes too', () => {
    const result = importMarkdown(
      ['# 一、甲', '', '见表 1-1 和图 1-1。', '', 'Table: 表 1-1 分布', '', '| a |', '|---|', '| 1 |', '', '::: {.case}', '**案例 1-1 乙**', '', '![图1-1 校园](a.png)', '', '如图 1-1 所示。', ':::'].join('\n'),
    );
    if (!result.ok) throw new Error(result.problem);
    const [before, table, box] = result.report.nodes[0]?.content ?? [];
    const figure = box?.type === 'case' ? box.children[0] : undefined;
    const targets = (p: unknown): string[] => (p as ParagraphElement).children.flatMap((c) => ('type' in c ? [c.target] : []));
    expect(targets(before)).toEqual([table?.id, figure?.id]);
    expect(box?.type === 'case' && targets(box.children[1])).toEqual([figure?.id]);
    expect(result.report.tally.crossReferences).toBe(3);
  });

  it('stay text when two tables were typed with the same number, with a warning', () => {
    const source = ['# 一、甲', '', '见表 1-1。', '', 'Table: 表 1-1 甲', '', '| a |', '|---|', '| 1 |', '', 'Table: 表 1-1 乙', '', '| b |', '|---|', '| 2 |'].join('\n');
    const result = importMarkdown(source);
    if (!result.ok) throw new Error(result.problem);
    expect(paragraphs(source).map((p) => p.children)).toEqual([[{ text: '见表 1-1。' }]]);
    expect(result.report.warnings.map((w) => [w.kind, w.line])).toEqual([['duplicate-number', 13]]);
  });

  it('stay text when the number belongs to no table or figure of the file', () => {
    expect(paragraphs(['# 一、甲', '', '见表 1-1 和图 2-3。'].join('\n')).map((p) => p.children)).toEqual([[{ text: '见表 1-1 和图 2-3。' }]]);
  });
});
