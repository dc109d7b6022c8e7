/**
 * Why a Markdown file cannot be imported, in the two languages the CLI prints (the app shows the
 * Chinese one). Codes travel in AppError details as `problem`, so callers can word them.
 */
import { MAX_MARKDOWN_NESTING } from '../../shared/limits';
import type { MarkdownProblem } from '../../shared/markdown/import-markdown';

export type ImportProblem = MarkdownProblem | 'not-utf8' | 'utf16' | 'not-a-file' | 'too-large';

export const IMPORT_PROBLEM_TEXT: Readonly<Record<ImportProblem, { readonly zh: string; readonly en: string }>> = {
  empty: { zh: 'Markdown 文件是空的', en: 'the Markdown file is empty' },
  'not-text': { zh: '文件不是文本文件（含有二进制数据）', en: 'the file is not a text file (it contains binary data)' },
  'no-headings': {
    zh: 'Markdown 文件中没有标题（# 章、## 节），无法生成目录',
    en: 'the Markdown file has no headings (# chapter, ## section) to build the outline from',
  },
  'too-deep': {
    zh: `引用（>）嵌套超过 ${MAX_MARKDOWN_NESTING} 层，不像是年报正文，请检查文件`,
    en: `quotes (>) are nested more than ${MAX_MARKDOWN_NESTING} levels deep, which no report text has; check the file`,
  },
  'not-utf8': {
    zh: '文件不是 UTF-8 编码的文本，请另存为 UTF-8 编码后再导入',
    en: 'the file is not UTF-8 text; save it as UTF-8 and import again',
  },
  utf16: { zh: '文件是 UTF-16 编码，请另存为 UTF-8 编码后再导入', en: 'the file is UTF-16 encoded; save it as UTF-8 and import again' },
  'not-a-file': { zh: '指定的路径不是文件', en: 'the path is not a file' },
  'too-large': { zh: '文件过大（超过 64 MB），不像是年报正文', en: 'the file is too large (over 64 MB) to be a report text' },
};

export function isImportProblem(value: unknown): value is ImportProblem {
  return typeof value === 'string' && Object.hasOwn(IMPORT_PROBLEM_TEXT, value);
}
