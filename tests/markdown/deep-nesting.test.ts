/**
 * Hostile nesting in imported Markdown (10 000 levels of `>` quotes, list indentation or case
 * fences) is refused with a clear message, never a "Maximum call stack size exceeded".
 */
import { importMarkdown } from '../../shared/markdown/import-markdown';
import { importSectionMarkdown } from '../../shared/markdown/section-import';
import { IMPORT_PROBLEM_TEXT } from '../../electron/import/import-problems';
import { MAX_MARKDOWN_NESTING } from '../../shared/limits';

const LEVELS = 10_000;
const quotes = (levels: number): string => `# 一章\n\n## 一节\n\n${'>'.repeat(levels)} 引文\n`;
const spacedQuotes = (levels: number): string => `# 一章\n\n## 一节\n\n${'> '.repeat(levels)}引文\n`;
const list = (levels: number): string =>
  `# 一章\n\n## 一节\n\n${Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- 第 ${i + 1} 层`).join('\n')}\n`;

test.each([
  ['quotes', quotes(LEVELS)],
  ['quotes with spaces', spacedQuotes(LEVELS)],
])('%s nested 10 000 deep: the report import says too-deep', (_what, source) => {
  const result = importMarkdown(source);
  expect(result).toEqual({ ok: false, problem: 'too-deep' });
  expect(IMPORT_PROBLEM_TEXT['too-deep'].zh).toContain(`${MAX_MARKDOWN_NESTING} 层`);
  expect(IMPORT_PROBLEM_TEXT['too-deep'].en).toContain(`${MAX_MARKDOWN_NESTING} levels`);
});

test('quotes nested 10 000 deep in a section draft: too-deep', () => {
  expect(importSectionMarkdown(quotes(LEVELS).split('\n').slice(4).join('\n'), '一节')).toMatchObject({ ok: false, problem: 'too-deep' });
});

test('a list indented 10 000 levels deep imports or is refused, never a stack overflow', () => {
  const result = importMarkdown(list(LEVELS));
  expect(result.ok || result.problem === 'too-deep').toBe(true);
});

test('quotes up to the limit still import', () => {
  const result = importMarkdown(quotes(MAX_MARKDOWN_NESTING));
  expect(result.ok).toBe(true);
});
