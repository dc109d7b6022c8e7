/**
 * The parts of an exported report, each of which the export dialog can switch off. Shared so that
 * the dialog, the IPC contract and every exporter (Word now, PDF later) name them the same way.
 * Order here is the order in the document.
 */

export const EXPORT_PART_KEYS = [
  'cover',
  'statement',
  'toc',
  'figureList',
  'tableList',
  'caseList',
  'body',
  'caseAppendix',
  'authorship',
] as const;

export type ExportPartKey = (typeof EXPORT_PART_KEYS)[number];

export type ExportParts = Readonly<Record<ExportPartKey, boolean>>;

/** Labels for the export dialog. */
export const EXPORT_PART_LABELS: Readonly<Record<ExportPartKey, string>> = {
  cover: '封面',
  statement: '内容真实性责任声明',
  toc: '目录',
  figureList: '图目录',
  tableList: '表目录',
  caseList: '案例目录',
  body: '前言与正文',
  caseAppendix: '案例附录（经典案例）',
  authorship: '编写分工',
};

export const ALL_PARTS: ExportParts = Object.freeze(Object.fromEntries(EXPORT_PART_KEYS.map((key) => [key, true])) as Record<ExportPartKey, boolean>);

/** Fills the parts not mentioned with `true`: a caller names only what it switches off. */
export function resolveParts(partial: Partial<Record<ExportPartKey, boolean>> | undefined): ExportParts {
  return { ...ALL_PARTS, ...(partial ?? {}) };
}
