/**
 * What a Markdown import must not leave silently: typed 案例 references (linked like 图/表), typed
 * references to numbers nothing carries (text + warning), a second typed number in a caption
 * (removed + warning), printed page numbers (dropped + warning), sentence fragments made headings
 * (kept + warning). Each case is Markdown in, the warnings by kind and the shape of the text out.
 */
import { importMarkdown } from '../../shared/markdown/import-markdown';
import type { ImportedNode, MarkdownReport } from '../../shared/markdown/build-report';
import { validateSectionContent } from '../../shared/model/content-validation';
import type { BlockElement, CaseElement, FigureElement, InlineNode } from '../../shared/model/document';

function imported(markdown: string): MarkdownReport {
  const result = importMarkdown(markdown);
  if (!result.ok) throw new Error(result.problem);
  for (const node of all(result.report.nodes)) expect(validateSectionContent(node.content).ok).toBe(true);
  return result.report;
}

function all(nodes: readonly ImportedNode[]): ImportedNode[] {
  return nodes.flatMap((n) => [n, ...all(n.children)]);
}

function blocks(report: MarkdownReport): BlockElement[] {
  const out: BlockElement[] = [];
  const walk = (list: readonly BlockElement[]) => {
    for (const b of list) {
      out.push(b);
      if (b.type === 'case') walk(b.children);
    }
  };
  all(report.nodes).forEach((n) => walk(n.content));
  return out;
}

/** A paragraph's children as text with `[id]` for each cross-reference. */
function shown(children: readonly InlineNode[]): string {
  return children.map((c) => ('type' in c ? `[${c.target}]` : c.text)).join('');
}

function paragraphsWith(report: MarkdownReport, needle: string): string[] {
  return blocks(report)
    .filter((b) => b.type === 'paragraph' && shown(b.children).replace(/\[[^\]]+\]/g, '').includes(needle))
    .map((b) => shown((b as { children: InlineNode[] }).children));
}

const kinds = (report: MarkdownReport): string[] => report.warnings.map((w) => w.kind).filter((k) => !k.startsWith('image'));

describe('typed 案例 references become live references', () => {
  it.each([
    ['global numbering: 见案例 8', '案例 8 校企共建实训基地', '具体做法见案例 8。'],
    ['chapter numbering: 案例 2-2 anywhere', '案例 2-2 校企共建实训基地', '案例2-2中的做法值得推广。'],
  ])('%s', (_name, title, sentence) => {
    const report = imported(`# 人才培养\n\n${sentence}\n\n::: {.case}\n**${title}**\n\n案例正文。\n:::\n`);
    const box = blocks(report).find((b): b is CaseElement => b.type === 'case');
    expect(box?.title).toBe('校企共建实训基地');
    const [paragraph] = paragraphsWith(report, '做法');
    expect(paragraph).toContain(`[${box?.id}]`);
    expect(paragraph).not.toMatch(/案例\s*\d/);
    expect(kinds(report)).toEqual([]);
  });

  it('经典案例 1 names the appendix series and is not linked', () => {
    const report = imported('# 人才培养\n\n详见经典案例 1。\n\n::: {.case}\n**案例 1 校企共建**\n\n正文。\n:::\n');
    expect(paragraphsWith(report, '详见')).toEqual(['详见经典案例 1。']);
  });
});

describe('a typed reference to a number nothing carries stays text, with a warning', () => {
  it.each([
    ['见图 40', '如图 40 所示，学生积极参赛。', '![图 1 学生参赛](a.png)'],
    ['见表 3-2', '详细数据见表 3-2。', ''],
    ['见案例 8', '做法见案例 8。', ''],
  ])('%s', (typed, sentence, extra) => {
    const report = imported(`# 人才培养\n\n${sentence}\n\n${extra}\n`);
    expect(paragraphsWith(report, sentence.slice(0, 3))).toEqual([sentence]);
    const warning = report.warnings.find((w) => w.kind === 'unresolved-reference');
    expect(warning?.zh).toContain(`${typed.slice(1)} 在导入的内容中找不到`);
    expect(warning?.zh).toContain('人才培养');
  });

  it('negative control: a reference that finds its item gives no warning', () => {
    const report = imported('# 人才培养\n\n如图 1 所示。\n\n![图 1 学生参赛](a.png)\n');
    expect(kinds(report)).toEqual([]);
  });

  it('a number typed twice is reported once, as a duplicate, not again per reference', () => {
    const report = imported('# 人才培养\n\n见图 1。\n\n![图 1 甲](a.png)\n\n![图 1 乙](b.png)\n');
    expect(kinds(report)).toEqual(['duplicate-number']);
  });
});

describe('two photos sharing one caption', () => {
  it('keeps the second typed number out of the caption and the numbering, and says so', () => {
    const report = imported('# 人才培养\n\n![图 9 学生参加技能大赛 图 10 学生获奖](a.png)\n\n如图 9 所示。\n');
    const figure = blocks(report).find((b): b is FigureElement => b.type === 'figure');
    expect(figure?.caption).toBe('学生参加技能大赛 学生获奖');
    expect(kinds(report)).toEqual(['caption-number']);
    expect(report.warnings.find((w) => w.kind === 'caption-number')?.zh).toContain('“图 10”');
    expect(paragraphsWith(report, '所示')).toEqual([`如[${figure?.id}] 所示。`]);
  });
});

describe('conversion leftovers', () => {
  it.each([
    ['a page number that became a list item', '正文第一段。\n\n- 49 -\n\n正文第二段。'],
    ['a page number paragraph with em dashes', '正文第一段。\n\n— 12 —\n\n正文第二段。'],
  ])('%s is dropped with a warning', (_name, body) => {
    const report = imported(`# 人才培养\n\n${body}\n`);
    expect(kinds(report)).toEqual(['page-number']);
    expect(blocks(report).map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('a list of real numbers is kept', () => {
    const report = imported('# 人才培养\n\n- 49 个专业\n- 12 个专业群\n');
    expect(kinds(report)).toEqual([]);
    expect(blocks(report).map((b) => b.type)).toEqual(['bulleted-list']);
  });

  it.each([
    ['ends like a sentence', '### 1. 学院组织学生参加比赛，'],
    ['is a whole sentence', `### 1. ${'学院坚持立德树人根本任务，深化产教融合校企合作，'.repeat(2)}`],
  ])('a heading that %s is kept with a warning', (_name, heading) => {
    const report = imported(`# 人才培养\n\n## （一）育人\n\n${heading}\n\n正文。\n`);
    expect(kinds(report)).toEqual(['suspicious-heading']);
    expect(blocks(report).some((b) => b.type === 'heading')).toBe(true);
  });

  it('negative control: an ordinary heading gives no warning', () => {
    expect(kinds(imported('# 人才培养\n\n## （一）育人\n\n### 1. 深化三全育人改革\n\n正文。\n'))).toEqual([]);
  });
});
