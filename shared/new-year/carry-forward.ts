/**
 * What a new year's project takes over from last year's sections (issue 16, part 2).
 *
 * Sections start empty: last year's text is kept read-only beside the editor (去年同期), never as
 * this year's draft, so nothing from last year is printed unless an author copies it across on
 * purpose. Tables are the exception: their structure (header, row labels, merged cells, formulas,
 * caption and source line) is what colleges reuse year after year, so each table comes over with
 * its ids unchanged and its numbers either kept or cleared. Keeping the ids means this year's table
 * and row and column ids equal last year's, so a cell's value last year is found by the same
 * (table, row, column) ids in the stored prior-year content (see priorCellText).
 */
import { newBlockId } from '../ids/block-id';
import type { BlockElement, SectionContent } from '../model/document';
import { paragraph } from '../model/document';
import { recalculate } from '../tables/formulas';
import { parseCellNumber } from '../tables/number-format';
import { normalizeTable } from '../tables/normalize-table';
import { buildTableMap, cellStartingAt } from '../tables/table-map';
import { cellText, isTableElement, type TableCellElement, type TableElement } from '../tables/table-types';

import type { TableValueMode } from './table-value-modes';

export { TABLE_VALUE_MODES, type TableValueMode } from './table-value-modes';

/**
 * The table with every number in its body emptied: header rows and text cells (row labels such as
 * 院系名称, 合计) stay, computed cells keep their formula and are recalculated (so they read empty
 * until this year's numbers are typed).
 */
export function clearTableValues(table: TableElement): TableElement {
  const normal = normalizeTable(table);
  const children = normal.children.map((row, index) => {
    if (index < normal.headerRows) return row;
    return {
      ...row,
      children: row.children.map((cell): TableCellElement => {
        if (cell.formula !== undefined || parseCellNumber(cellText(cell)) !== null) return { ...cell, children: [{ text: '' }] };
        return cell;
      }),
    };
  });
  return recalculate({ ...normal, children });
}

/** How many body cells held a number that clearTableValues empties (for the summary line). */
export function countTableValues(table: TableElement): number {
  const normal = normalizeTable(table);
  let count = 0;
  normal.children.forEach((row, index) => {
    if (index < normal.headerRows) return;
    for (const cell of row.children) if (cell.formula === undefined && parseCellNumber(cellText(cell)) !== null) count += 1;
  });
  return count;
}

export interface CarriedSection {
  readonly content: SectionContent;
  readonly tables: number;
  readonly clearedValues: number;
}

/**
 * This year's starting content of a section: an empty paragraph to write in, then last year's
 * top-level tables in their order (values kept or cleared). Tables inside case boxes belong to
 * the case's text and are not carried; they stay visible in 去年同期 and can be copied across.
 */
export function carriedSectionContent(lastYear: SectionContent, mode: TableValueMode): CarriedSection {
  const blocks: BlockElement[] = [paragraph(newBlockId(), '')];
  let tables = 0;
  let clearedValues = 0;
  for (const block of lastYear) {
    if (!isTableElement(block)) continue;
    tables += 1;
    if (mode === 'clear') {
      clearedValues += countTableValues(block);
      blocks.push(clearTableValues(block));
    } else {
      blocks.push(block);
    }
  }
  return { content: blocks, tables, clearedValues };
}

/** Every table in a section, case boxes included, by id. */
function findTable(content: SectionContent, tableId: string): TableElement | undefined {
  const walk = (nodes: readonly unknown[]): TableElement | undefined => {
    for (const node of nodes) {
      if (isTableElement(node)) {
        if (node.id === tableId) return node;
      } else {
        const children = (node as { children?: unknown }).children;
        if (Array.isArray(children)) {
          const found = walk(children);
          if (found) return found;
        }
      }
    }
    return undefined;
  };
  return walk(content);
}

/**
 * Last year's text of the cell at (row id, column id) of the table `tableId`, or null when last
 * year had no such table, row or column (added this year) or the slot is covered by a merge.
 */
export function priorCellText(lastYear: SectionContent, tableId: string, rowId: string, colId: string): string | null {
  const table = findTable(lastYear, tableId);
  if (!table) return null;
  const normal = normalizeTable(table);
  const row = normal.children.findIndex((r) => r.id === rowId);
  const col = normal.columns.findIndex((c) => c.id === colId);
  if (row < 0 || col < 0) return null;
  const slot = cellStartingAt(buildTableMap(normal), row, col);
  return slot ? cellText(slot.cell) : null;
}
