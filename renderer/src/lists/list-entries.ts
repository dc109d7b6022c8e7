/**
 * The generated lists of the report, as the printed front matter has them: 目录 (headings), 图目录,
 * 表目录, 案例目录 (with the 经典案例 of the appendix). Computed from the numbering main sends, so
 * they always match what the export prints.
 */
import type { NumberedHeading } from '../../../shared/numbering/report-numbering';
import type { NumberedStructure } from '../../../shared/numbering/structure-numbering';
import { t } from '../../../shared/i18n';

export type ListKind = 'toc' | 'figure' | 'table' | 'case';

export interface ListEntry {
  readonly id: string;
  readonly nodeId: string;
  /** 图 1-1, 案例 2-3, or the heading's number ('' when unnumbered). */
  readonly number: string;
  readonly title: string;
  /** Indent level for the 目录 (1 chapter…); 1 for structures. */
  readonly level: number;
}

function structureEntries(structures: readonly NumberedStructure[], kind: Exclude<ListKind, 'toc'>): ListEntry[] {
  return structures.filter((s) => s.kind === kind).map((s) => ({ id: s.id, nodeId: s.nodeId, number: s.label, title: s.caption, level: 1 }));
}

/** The entries of one list, in reading order. */
export function listEntries(kind: ListKind, headings: readonly NumberedHeading[], structures: readonly NumberedStructure[]): ListEntry[] {
  if (kind !== 'toc') return structureEntries(structures, kind);
  return headings.map((h) => ({ id: h.id, nodeId: h.nodeId, number: h.number, title: h.title, level: h.level }));
}

/** 经典案例 1…n: the flagged cases, numbered in their own sequence. */
export function classicEntries(structures: readonly NumberedStructure[]): ListEntry[] {
  return structures
    .filter((s) => s.kind === 'case' && s.classicNumber !== null)
    .map((s) => ({ id: s.id, nodeId: s.nodeId, number: t('case.classicNumber', { n: s.classicNumber }), title: s.caption, level: 1 }));
}
