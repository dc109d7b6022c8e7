/**
 * 去年同期: last year's content stored inside a new year's project (migration 007), read for the
 * panel beside the editor, and one of its blocks copied across into this year's section.
 */
import type { PriorYearInfo, PriorYearSection } from '../../shared/ipc/contract';
import { collectIds } from '../../shared/ids/block-id';
import type { BlockElement } from '../../shared/model/document';
import { pastedWithFreeIds } from '../../shared/editor/with-block-ids';
import { compareWithPriorYear } from '../../shared/new-year/compare-prior-year';
import { isTableElement, type TableElement } from '../../shared/tables/table-types';
import { AppError } from '../errors/app-error';
import type { Project } from '../project-store/project';
import { readableContent } from '../project-store/read-content';
import { readPriorYearSection, readPriorYearSource } from '../project-store/queries/prior-year-queries';

export function priorYearInfo(project: Project): PriorYearInfo | null {
  const source = readPriorYearSource(project.db);
  return source ? { year: source.year, unitName: source.unitName, fileName: source.fileName, tableValues: source.tableValues } : null;
}

export function priorYearSection(project: Project, id: string): PriorYearSection | null {
  const source = readPriorYearSource(project.db);
  const row = readPriorYearSection(project.db, id);
  if (!source || !row) return null;
  // Stored as it was read last year; unreadable text shows as nothing rather than failing the panel.
  return { year: source.year, title: row.title, label: row.label, content: readableContent(row.content) ?? [] };
}

/**
 * Figures whose image is not stored in this project become placeholders (images are not carried
 * from last year); returns the copy and how many figures lost their image.
 */
function withoutMissingImages(block: BlockElement, hasAsset: (sha256: string) => boolean): { block: BlockElement; dropped: number } {
  let dropped = 0;
  const walk = (node: unknown): unknown => {
    if (typeof node !== 'object' || node === null) return node;
    const el = node as { type?: unknown; asset?: unknown; children?: unknown };
    let next = el;
    if (el.type === 'figure' && typeof el.asset === 'string' && !hasAsset(el.asset)) {
      dropped += 1;
      next = { ...el, asset: null };
    }
    if (Array.isArray(next.children)) next = { ...next, children: next.children.map(walk) };
    return next;
  };
  return { block: walk(block) as BlockElement, dropped };
}

export interface CopiedBlock {
  readonly revision: number;
  readonly warnings: readonly string[];
}

/**
 * Appends last year's top-level block `blockId` of section `id` to this year's section as a new
 * block, in one new revision. Ids stay where they are free in this year's report (a reference in
 * another copied block then still finds it); where they are taken (last year's table that was
 * carried over) the copy gets fresh ids, a table as a whole with its formulas following.
 */
export function copyPriorBlock(project: Project, id: string, blockId: string): CopiedBlock {
  const row = readPriorYearSection(project.db, id);
  if (!row) throw new AppError('NOT_FOUND', { what: '去年同期的章节', id });
  const block = (readableContent(row.content) ?? []).find((b) => b.id === blockId);
  if (!block) throw new AppError('NOT_FOUND', { what: '去年同期的段落', id: blockId });
  return project.write(() => {
    const current = project.loadSection(id);
    const taken = new Set<string>(project.outline().map((n) => n.id));
    for (const doc of project.loadAllSections()) for (const used of collectIds(doc.content)) taken.add(used);
    const { block: withImages, dropped } = withoutMissingImages(block, (sha256) => project.assetInfo(sha256) !== undefined);
    const [copy] = pastedWithFreeIds([withImages], taken);
    const saved = project.saveSection(id, [...current.content, copy as BlockElement], current.revision);
    const warnings = dropped > 0 ? [`去年的 ${dropped} 张图片没有带到本年度项目，已复制为图片占位，请重新插入图片`] : [];
    return { revision: saved.revision, warnings };
  });
}

export interface ComparedColumn {
  readonly revision: number;
  /** Rows that got last year's value. */
  readonly filled: number;
}

/**
 * 同比 with last year for one column of a carried table (shared/new-year/compare-prior-year.ts), in
 * this year's section, as one new revision.
 */
export function comparePriorColumn(project: Project, id: string, tableId: string, colId: string): ComparedColumn {
  const row = readPriorYearSection(project.db, id);
  const source = readPriorYearSource(project.db);
  if (!row || !source) throw new AppError('NOT_FOUND', { what: '去年同期的章节', id });
  const lastYear = readableContent(row.content) ?? [];
  return project.write(() => {
    const current = project.loadSection(id);
    const index = current.content.findIndex((b) => isTableElement(b) && b.id === tableId);
    if (index < 0) throw new AppError('INVALID_OPERATION', { detail: '本年度这一节中没有这张表格（可能已删除），请先把去年的表格复制到本年' });
    const compared = compareWithPriorYear(current.content[index] as TableElement, lastYear, colId, { last: source.year, current: project.settings().year });
    if (compared === null) throw new AppError('INVALID_OPERATION', { detail: '本年度的表格中已没有这一列' });
    const content = current.content.map((block, i) => (i === index ? compared.table : block));
    const saved = project.saveSection(id, content, current.revision);
    return { revision: saved.revision, filled: compared.filled };
  });
}
