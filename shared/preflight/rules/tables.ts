/**
 * tables — the table checks of the editor (shared/tables/table-checks.ts: 小计, 合计, 占比, formulas,
 * shifted group labels) reported with the other findings, plus what they need groups for and a
 * plain table lacks: a share column (占比/比例/构成) whose rows do not add up to 100 % within rounding.
 */
import { detectGroups } from '../../tables/group-detection';
import { parseCellNumber } from '../../tables/number-format';
import { normalizeTable } from '../../tables/normalize-table';
import { checkTable } from '../../tables/table-checks';
import { buildTableMap, cellAt, columnTitle } from '../../tables/table-map';
import { cellText, type TableElement } from '../../tables/table-types';
import { at, type PreflightRule, type RawFinding } from '../rule';
import type { TextUnit } from '../text-units';

const SHARE_TITLE = /占比|比例|比重|构成|分布/;

/** Share columns of a table without 小计/合计 rows: [column title, sum in %, cell id of the header, decimals]. */
export function ungroupedShareSums(table: TableElement): { col: number; title: string; sum: number; count: number; decimals: number; cellId: string }[] {
  const normal = normalizeTable(table);
  if (detectGroups(normal) !== null) return [];
  const map = buildTableMap(normal);
  const out: { col: number; title: string; sum: number; count: number; decimals: number; cellId: string }[] = [];
  for (let col = 0; col < map.width; col++) {
    const title = columnTitle(normal, map, col);
    if (!SHARE_TITLE.test(title)) continue;
    let sum = 0;
    let count = 0;
    let decimals = 0;
    let allPercent = true;
    for (let row = normal.headerRows; row < map.height; row++) {
      const cell = cellAt(map, row, col);
      if (cell === undefined || cell.row !== row) continue;
      const text = cellText(cell.cell).trim();
      if (text === '') continue;
      const parsed = parseCellNumber(text);
      if (parsed === null || !parsed.percent) {
        allPercent = false;
        break;
      }
      sum += parsed.value * 100;
      count++;
      decimals = Math.max(decimals, parsed.decimals);
    }
    if (!allPercent || count < 2) continue;
    out.push({ col, title, sum, count, decimals, cellId: cellAt(map, 0, col)?.cell.id ?? '' });
  }
  return out;
}

function unitFor(units: readonly TextUnit[], tableId: string, cellId: string): TextUnit | undefined {
  return units.find((u) => u.blockId === tableId && u.field === cellId) ?? units.find((u) => u.blockId === tableId && u.field === 'caption');
}

export const tablesRule: PreflightRule = {
  id: 'tables',
  run(context) {
    const out: RawFinding[] = [];
    for (const { block } of context.blocks) {
      if (block.type !== 'table') continue;
      const units = context.units.filter((u) => u.blockId === block.id);
      for (const warning of checkTable(block)) {
        const unit = unitFor(units, block.id, warning.cellId);
        if (unit === undefined) continue;
        out.push(at(unit, 0, unit.text, 'warning', `表格数据：${warning.message}`));
      }
      for (const share of ungroupedShareSums(block)) {
        const tolerance = Math.max(0.1, (share.count * 0.5) / 10 ** share.decimals);
        if (Math.abs(share.sum - 100) <= tolerance + 1e-9) continue;
        const unit = unitFor(units, block.id, share.cellId);
        if (unit === undefined) continue;
        out.push(at(unit, 0, unit.text, 'warning', `表格数据：“${share.title}”列合计为 ${share.sum.toFixed(share.decimals)}%，不是 100%（允许舍入误差 ±${tolerance.toFixed(2)}）`));
      }
    }
    return out;
  },
};
