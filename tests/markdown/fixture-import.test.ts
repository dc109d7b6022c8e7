/** The full 2025 report of 天津工业职业学院 (Pandoc Markdown, ~248 KB) through the pure importer. */
import fs from 'node:fs';
import type { ImportedNode, MarkdownReport } from '../../shared/markdown/build-report';
import { importMarkdown } from '../../shared/markdown/import-markdown';
import type { BlockElement, FormattedText } from '../../shared/model/document';
import { plainText } from '../../shared/model/document';
import { stripTypedNumber } from '../../shared/numbering/heading-numbering';
import { fixturePath } from './support';

const source = fs.readFileSync(fixturePath(), 'utf8');
let report: MarkdownReport;

// Import speed is a benchmark's business (bench/), not a timed test's: under load it would flake.
beforeAll(() => {
  const result = importMarkdown(source);
  if (!result.ok) throw new Error(result.problem);
  report = result.report;
});

const allNodes = (): ImportedNode[] => report.nodes.flatMap((n) => [n, ...n.children]);
/** Every block, those inside case boxes included, in document order. */
const allBlocks = (): BlockElement[] => allNodes().flatMap((n) => n.content.flatMap((b) => (b.type === 'case' ? [b, ...b.children] : [b])));
const ofType = <T extends BlockElement['type']>(type: T): Extract<BlockElement, { type: T }>[] =>
  allBlocks().filter((b): b is Extract<BlockElement, { type: T }> => b.type === type);

describe('importing the fixture report', () => {
  it('finds 前言, the seven chapters and 案例附录 as top-level nodes', () => {
    expect(report.nodes.map((n) => [n.title, n.role, n.numbered])).toEqual([
      ['前言', 'preface', false],
      ['人才培养', 'body', true],
      ['产教融合', 'body', true],
      ['服务贡献', 'body', true],
      ['国际合作', 'body', true],
      ['文化传承', 'body', true],
      ['发展保障', 'body', true],
      ['挑战与展望', 'body', true],
      ['案例附录', 'case-appendix', false],
    ]);
  });

  it('finds the sections of each chapter and the four classic cases under 案例附录', () => {
    expect(report.nodes.map((n) => n.children.length)).toEqual([0, 4, 3, 3, 3, 3, 4, 4, 4]);
    const appendix = report.nodes[8] as ImportedNode;
    expect(appendix.children.map((c) => [c.title.slice(0, 6), c.numbered])).toEqual([
      ['经典案例 1', false],
      ['经典案例 2', false],
      ['经典案例 3', false],
      ['经典案例 4', false],
    ]);
    expect(report.nodes[1]?.children.map((c) => c.title)).toEqual(['立德树人', '多样成长', '数智赋能', '高质就业']);
  });

  it('turns the ### to ##### headings into content headings of levels 1 to 3', () => {
    // 233 headings in the file: 9 `#` and 28 `##` became nodes, 78 `###`, 115 `####` and 3 `#####` content.
    const headings = allBlocks().filter((b) => b.type === 'heading');
    expect(report.contentHeadings).toBe(196);
    expect(headings).toHaveLength(196);
    const byLevel = [1, 2, 3].map((level) => headings.filter((h) => h.type === 'heading' && h.level === level).length);
    expect(byLevel).toEqual([78, 115, 3]);
  });

  it('leaves no typed numbering at the start of any title or heading', () => {
    const titles = [...allNodes().map((n) => n.title), ...allBlocks().filter((b) => b.type === 'heading').map((b) => plainText(b))];
    const stillNumbered = titles.filter((t) => stripTypedNumber(t).hadNumber);
    expect(stillNumbered).toEqual([]);
    expect(titles).toContain('形成大思政育人格局'); // was `### 1.形成大思政育人格局`
    expect(titles).toContain('借力数字技术，优化管理服务'); // was `#### (4) 借力数字技术，优化管理服务`
  });

  it('counts 12 tables, 72 figures, 14 case boxes and links the references to them', () => {
    expect(report.tally).toEqual({ tables: 12, figures: 72, cases: 14, crossReferences: 83, codeBlocks: 0, links: 0, leadingBlocks: 0 });
    expect([ofType('table').length, ofType('figure').length, ofType('case').length]).toEqual([12, 72, 14]);
    expect(report.images).toHaveLength(72);
    expect(report.images.every((image) => image.src === 'figure.png')).toBe(true);
  });

  it('keeps the text clean of markup and keeps bold runs', () => {
    const texts = allBlocks().map((b) => plainText(b));
    expect(texts.filter((t) => /\*\*|!\[|^:::|^\||^Table:|\\%|\$/.test(t))).toEqual([]);
    expect(texts.some((t) => t.includes('专业与产业匹配度 ≥ 95%'))).toBe(true);
    const boldRuns = allBlocks().flatMap((b) =>
      b.type === 'paragraph' ? b.children.filter((r): r is FormattedText => 'text' in r && r.bold === true) : [],
    );
    expect(boldRuns.map((r) => r.text)).toContain('3+2');
  });
});
