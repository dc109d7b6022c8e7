/**
 * Markdown text → report, the pure half of "import Markdown": no file access, so the desktop app,
 * the CLI and the tests share it. Reading and decoding the file is ../../electron/import/.
 */
import { buildReport, type MarkdownReport } from './build-report';
import { NestingTooDeep, tokenizeBlocks } from './tokenize-blocks';

/** Why a text cannot become a report; the caller words it for its audience. */
export type MarkdownProblem = 'empty' | 'not-text' | 'no-headings' | 'too-deep';

export type MarkdownImportResult = { readonly ok: true; readonly report: MarkdownReport } | { readonly ok: false; readonly problem: MarkdownProblem };

/** Control characters other than tab, line and page breaks: text files have none, binary files many. */
const BINARY = /[\u0000-\u0008\u000E-\u001F]/;

export function importMarkdown(source: string): MarkdownImportResult {
  if (source.replace(/^\uFEFF/, '').trim() === '') return { ok: false, problem: 'empty' };
  if (BINARY.test(source)) return { ok: false, problem: 'not-text' };
  let tokens;
  try {
    tokens = tokenizeBlocks(source);
  } catch (error) {
    if (error instanceof NestingTooDeep) return { ok: false, problem: 'too-deep' };
    throw error;
  }
  const report = buildReport(tokens);
  return report ? { ok: true, report } : { ok: false, problem: 'no-headings' };
}
