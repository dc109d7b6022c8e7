/**
 * Paragraph style ids, defined once in styles.ts and referred to by every writer.
 *
 * Where Word has a built-in style for the purpose, we define THAT style (id Heading1, name
 * "heading 1"; Normal; caption; toc 1; table of figures): Word and WPS recognise built-ins by their
 * English name and show them in Chinese (标题 1, 正文, 题注, 目录 1, 图表目录); Word's TOC `\o` switch
 * collects the built-in heading styles only, and LibreOffice maps them onto its own outline styles.
 * Styles Word has no counterpart for get Chinese names.
 */
export const STYLE = {
  normal: 'Normal',
  heading: ['Heading1', 'Heading2', 'Heading3', 'Heading4'] as const,
  subhead: 'Subhead',
  caption: 'Caption',
  source: 'DataSource',
  caseTitle: 'CaseTitle',
  caseBody: 'CaseBody',
  tableText: 'TableText',
  frontTitle: 'FrontTitle',
  toc: ['TOC1', 'TOC2', 'TOC3'] as const,
  tableOfFigures: 'TableofFigures',
  coverUnit: 'CoverUnit',
  coverTitle: 'CoverTitle',
  header: 'Header',
  footer: 'Footer',
  note: 'Note',
} as const;

/** Style of an absolute heading level; levels past 4 use 标题 4 (their outline level is set on the paragraph). */
export function headingStyleId(level: number): string {
  return STYLE.heading[Math.min(Math.max(level, 1), 4) - 1] as string;
}
