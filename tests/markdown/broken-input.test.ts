/**
 * Broken Markdown never crashes the importer and never produces content main would refuse: random
 * documents assembled from the pieces real inputs break in (ragged and headerless tables, orphan
 * captions, stray fences, half images, typed numbers), seeded so a failure can be replayed.
 */
import { importMarkdown } from '../../shared/markdown/import-markdown';
import { validateSectionContent } from '../../shared/model/content-validation';

const PIECES: readonly string[] = [
  '# 一、第一章',
  '## （一）第一节',
  '#### (2) 编号标题',
  '### 无编号标题',
  '正文，见表 1-1、图 1-1。',
  '如图 3 所示，见表 2。',
  'Table: 表 1-1 分布',
  'Table:',
  '| 院系 | 人数 | 占比 |',
  '|---|---|---|',
  '|:-:|',
  '| 机械系 | 30 | 60.00% |',
  '|  | 20 | 40.00% |',
  '|  | 小计 | 50 |',
  '| 合计 | 50 | 100.00% | 多余 |',
  '|',
  '| a \\| b |',
  '+---+---+',
  '| 甲 | 乙 |',
  '+===+===+',
  '----  ----',
  '数据来源：平台。',
  '图片来源：',
  '![图1-1 校园](a.png)',
  '![图1-1 重复编号](b.png)',
  '![](figure.png)',
  '![图1-2 未闭合](c.png',
  '文字![图2](d.png)文字',
  '::: {.case}',
  '::: case',
  ':::',
  '::: {.note}',
  '**案例 1-1 标题**',
  '案例 1-2',
  '1. 第一项',
  '3. 第三项',
  '- 要点',
  '```',
  '',
  '',
  '',
];

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
}

describe('random broken documents', () => {
  it('import without throwing, and every section passes the content grammar', () => {
    const next = random(20251123);
    const failures: string[] = [];
    for (let doc = 0; doc < 400; doc++) {
      const length = 1 + Math.floor(next() * 40);
      const lines = ['# 一、甲', ...Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)] as string)];
      const source = lines.join('\n');
      let problem: string | null = null;
      try {
        const result = importMarkdown(source);
        if (!result.ok) problem = `refused: ${result.problem}`;
        else {
          for (const node of result.report.nodes) {
            const checked = validateSectionContent(node.content);
            if (!checked.ok) problem = `${node.title}: ${checked.problem}`;
          }
          if (result.report.images.length !== result.report.tally.figures) problem = 'figures and images differ';
        }
      } catch (error) {
        problem = `threw ${(error as Error).stack ?? String(error)}`;
      }
      if (problem !== null) failures.push(`${problem}\n---\n${source}`);
    }
    expect(failures.slice(0, 3)).toEqual([]);
  });
});
