/**
 * Markdown for ONE section (a department author's draft) → that section's content, with the
 * same reader as the whole-report import (./build-report.ts). The author's headings are headings
 * inside the section, the shallowest one being level 1; a first heading that only repeats the
 * section's title is dropped. Images come back as placeholders to be filled by the caller, as for
 * the report import.
 */
import type { SectionContent } from '../model/document';
import { stripTypedNumber } from '../numbering/heading-numbering';
import type { BlockToken, HeadingToken } from './block-tokens';
import { buildReport, type FigureImage, type ImportTally, type MarkdownReport } from './build-report';
import type { MarkdownProblem } from './import-markdown';
import type { ImportWarning } from './import-warnings';
import { inlinePlainText } from './build-table';
import { NestingTooDeep, tokenizeBlocks } from './tokenize-blocks';

export interface SectionMarkdown {
  readonly content: SectionContent;
  readonly images: readonly FigureImage[];
  readonly warnings: readonly ImportWarning[];
  readonly tally: ImportTally;
  /** The whole parse, for callers that reuse the report import's image handling. */
  readonly report: MarkdownReport;
}

const BINARY = /[\u0000-\u0008\u000E-\u001F]/;
const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** Content headings start at `###` once the synthetic chapter and section are in front. */
const FIRST_CONTENT_LEVEL = 3;

export function importSectionMarkdown(source: string, sectionTitle: string): { ok: true; value: SectionMarkdown } | { ok: false; problem: MarkdownProblem } {
  if (source.replace(/^\uFEFF/, '').trim() === '') return { ok: false, problem: 'empty' };
  if (BINARY.test(source)) return { ok: false, problem: 'not-text' };
  let tokens: BlockToken[];
  try {
    tokens = tokenizeBlocks(source).filter((t) => t.kind !== 'metadata');
  } catch (error) {
    if (error instanceof NestingTooDeep) return { ok: false, problem: 'too-deep' };
    throw error;
  }
  const first = tokens[0];
  if (first?.kind === 'heading' && squeeze(stripTypedNumber(inlinePlainText(first.text)).title) === squeeze(stripTypedNumber(sectionTitle).title)) {
    tokens = tokens.slice(1);
  }
  const levels = tokens.filter((t): t is HeadingToken => t.kind === 'heading').map((t) => t.level);
  const shift = levels.length > 0 ? FIRST_CONTENT_LEVEL - Math.min(...levels) : 0;
  const shifted = tokens.map((t): BlockToken => (t.kind === 'heading' ? { ...t, level: t.level + shift } : t));
  const frame: BlockToken[] = [
    { kind: 'heading', level: 1, text: 'chapter', unnumbered: true, line: 0 },
    { kind: 'heading', level: 2, text: 'section', unnumbered: true, line: 0 },
  ];
  const report = buildReport([...frame, ...shifted]) as MarkdownReport;
  const section = report.nodes[0]?.children[0];
  if (!section) return { ok: false, problem: 'empty' };
  return { ok: true, value: { content: section.content, images: report.images, warnings: report.warnings, tally: report.tally, report } };
}
