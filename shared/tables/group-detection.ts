/**
 * Recognising the grouped-statistics shape of imported tables (seed 001's 表 1-1, 表 1-3, 表 1-2):
 * data rows in groups, each group closed by a 小计 row, optionally a 合计/总计/总体 row, count columns
 * (人数) and share columns (占比) — so that checks can verify typed numbers and attachGroupFormulas
 * can turn the typed 小计/合计/占比 into computed cells.
 *
 * Groups are delimited by the 小计 rows, not by the merged label cells of the first column: the
 * subtotal row is what the numbers are about, and in converted documents the merged 院系 labels are
 * sometimes shifted by a row (checkTable reports that separately).
 */
import { cellRef, rangeRef, type CellRef, type RangeRef } from './formula-types';
import { formatOfParsed, parseCellNumber, type NumberFormat } from './number-format';
import { normalizeTable } from './normalize-table';
import { recalculate } from './formulas';
import { isRateTitle, isShareTitle, isSubtotalLabel, isTotalLabel } from './row-labels';
import { buildTableMap, cellAt, cellStartingAt, columnTitle, type TableMap } from './table-map';
import { cellText, type TableCellElement, type TableElement } from './table-types';

export interface TableGroup {
  /** Text of the leading label cell over the group's first row ("机械工程系"), '' if none. */
  label: string;
  /** Grid rows of the group's data rows (may be empty). */
  rows: number[];
  /** Grid row of the group's 小计, null for a group without one. */
  subtotalRow: number | null;
}

export interface ShareColumn {
  col: number;
  /** The count column the shares are of (the nearest one to the left), -1 if none. */
  valueCol: number;
}

export interface DetectedGroups {
  /** Column holding the 小计/合计 labels (1 in 表 1-1, where column 0 is the merged 院系). */
  labelCol: number;
  groups: TableGroup[];
  /** Grid row of the grand total, null if none. */
  totalRow: number | null;
  /** Numeric, non-percentage columns that add up (人数). */
  countCols: number[];
  shareCols: ShareColumn[];
}

/** Titles of numeric columns whose values are identifiers or dates, never summed. */
const NOT_A_QUANTITY = /代码|编码|编号|序号|年份|时间|日期|电话|邮编|学号|工号/;

type RowRole = 'data' | 'subtotal' | 'total';

/**
 * Each row's role, and the label column: where the 小计 labels are (a 合计 often spans the label
 * columns and starts further left, so it only decides when there is no 小计), -1 if no labels.
 */
function rowRoles(table: TableElement, map: TableMap): { roles: RowRole[]; labelCol: number } {
  const roles: RowRole[] = [];
  const columns: Record<'subtotal' | 'total', number> = { subtotal: -1, total: -1 };
  for (let r = 0; r < map.height; r++) {
    let role: RowRole = 'data';
    if (r >= table.headerRows) {
      for (let c = 0; c < map.width; c++) {
        const cell = cellStartingAt(map, r, c);
        if (cell === undefined) continue;
        const text = cellText(cell.cell);
        const kind = isSubtotalLabel(text) ? 'subtotal' : isTotalLabel(text) ? 'total' : null;
        if (kind === null) continue;
        role = kind;
        columns[kind] = columns[kind] < 0 ? c : Math.min(columns[kind], c);
        break;
      }
    }
    roles.push(role);
  }
  return { roles, labelCol: columns.subtotal >= 0 ? columns.subtotal : columns.total };
}

interface ColumnKind {
  numeric: boolean;
  percent: boolean;
}

function columnKind(map: TableMap, rows: readonly number[], col: number): ColumnKind {
  let filled = 0;
  let numbers = 0;
  let percents = 0;
  for (const r of rows) {
    const cell = cellStartingAt(map, r, col);
    if (cell === undefined) continue;
    const text = cellText(cell.cell).trim();
    if (text === '') continue;
    filled++;
    const parsed = parseCellNumber(text);
    if (parsed === null) continue;
    numbers++;
    if (parsed.percent) percents++;
  }
  const numeric = numbers > 0 && numbers * 2 >= filled;
  return { numeric, percent: numeric && percents * 2 > numbers };
}

/** Groups, total row and column roles of a table; null when it has no such structure at all. */
export function detectGroups(table: TableElement): DetectedGroups | null {
  const normal = normalizeTable(table);
  const map = buildTableMap(normal);
  const { roles, labelCol: markerCol } = rowRoles(normal, map);
  const bodyRows = roles.map((_, r) => r).filter((r) => r >= normal.headerRows);
  const totalIndex = roles.findIndex((role, r) => r >= normal.headerRows && role === 'total');
  const totalRow = totalIndex < 0 ? null : totalIndex;
  const labelCol = markerCol < 0 ? 0 : markerCol;

  const groups: TableGroup[] = [];
  let current: number[] = [];
  const labelOf = (row: number | undefined): string => {
    if (row === undefined || labelCol === 0) return '';
    const cell = cellAt(map, row, 0);
    return cell === undefined ? '' : cellText(cell.cell).trim();
  };
  for (const r of bodyRows) {
    if (totalRow !== null && r >= totalRow) break;
    if (roles[r] === 'subtotal') {
      groups.push({ label: labelOf(current[0] ?? r), rows: current, subtotalRow: r });
      current = [];
    } else current.push(r);
  }
  if (current.length > 0) groups.push({ label: labelOf(current[0]), rows: current, subtotalRow: null });

  const dataRows = groups.flatMap((g) => g.rows);
  const countCols: number[] = [];
  const percentCols: number[] = [];
  for (let c = labelCol + 1; c < map.width; c++) {
    const title = columnTitle(normal, map, c);
    if (NOT_A_QUANTITY.test(title)) continue;
    const kind = columnKind(map, dataRows, c);
    if (!kind.numeric) continue;
    if (kind.percent) percentCols.push(c);
    else if (!isRateTitle(title)) countCols.push(c);
  }
  const totalSaysHundred = (col: number): boolean => {
    if (totalRow === null) return false;
    const cell = cellStartingAt(map, totalRow, col);
    const parsed = cell === undefined ? null : parseCellNumber(cellText(cell.cell));
    return parsed !== null && parsed.percent && Math.abs(parsed.value - 1) < 1e-9;
  };
  const shareCols: ShareColumn[] = percentCols
    .filter((c) => {
      const title = columnTitle(normal, map, c);
      return isShareTitle(title) || (!isRateTitle(title) && totalSaysHundred(c));
    })
    .map((col) => {
      const left = countCols.filter((c) => c < col);
      return { col, valueCol: left[left.length - 1] ?? countCols[0] ?? -1 };
    });

  if (markerCol < 0 && shareCols.length === 0) return null;
  return { labelCol, groups, totalRow, countCols, shareCols };
}

/** The format most of a column's typed numbers are written in (to write computed ones alike). */
function typicalFormat(map: TableMap, rows: readonly number[], col: number): NumberFormat | undefined {
  const counts = new Map<string, { format: NumberFormat; n: number }>();
  for (const r of rows) {
    const cell = cellStartingAt(map, r, col);
    const parsed = cell === undefined ? null : parseCellNumber(cellText(cell.cell));
    if (parsed === null) continue;
    const format = formatOfParsed(parsed);
    const key = JSON.stringify(format);
    counts.set(key, { format, n: (counts.get(key)?.n ?? 0) + 1 });
  }
  let best: { format: NumberFormat; n: number } | undefined;
  for (const entry of counts.values()) if (best === undefined || entry.n > best.n) best = entry;
  return best?.format;
}

/**
 * Attaches formulas to what detectGroups found: each 小计 in a count column becomes the sum of its
 * group, the 合计 the sum of all groups, and every share cell value ÷ total (the 合计 cell, or the
 * column's sum when there is no total row). Columns without a number format get the one their typed
 * values use, so the recalculated text looks like the typed one. Returns the recalculated table;
 * run checkTable first to show the user which typed numbers will change.
 */
export function attachGroupFormulas(table: TableElement, detected: DetectedGroups | null = detectGroups(table)): TableElement {
  const normal = normalizeTable(table);
  if (detected === null) return normal;
  const map = buildTableMap(normal);
  const rowId = (r: number): string => normal.children[r]?.id ?? '';
  const colId = (c: number): string => normal.columns[c]?.id ?? '';
  const formulas = new Map<string, TableCellElement['formula']>();
  const put = (row: number, col: number, formula: NonNullable<TableCellElement['formula']>): void => {
    const cell = cellStartingAt(map, row, col);
    if (cell !== undefined && cell.colSpan === 1 && cell.rowSpan === 1) formulas.set(cell.cell.id, formula);
  };
  const firstBody = detected.groups[0]?.rows[0] ?? detected.groups[0]?.subtotalRow ?? detected.totalRow ?? normal.headerRows;
  const lastBody = detected.totalRow ?? Math.max(firstBody, ...detected.groups.flatMap((g) => [...g.rows, g.subtotalRow ?? -1]));

  for (const col of detected.countCols) {
    const cols = { from: colId(col), to: colId(col) };
    for (const group of detected.groups) {
      if (group.subtotalRow === null) continue;
      put(group.subtotalRow, col, { kind: 'sum', range: rangeRef({ from: rowId(group.rows[0] ?? group.subtotalRow), to: rowId(group.subtotalRow) }, cols) });
    }
    if (detected.totalRow !== null) put(detected.totalRow, col, { kind: 'sum', range: rangeRef({ from: rowId(firstBody), to: rowId(detected.totalRow) }, cols) });
  }
  for (const share of detected.shareCols) {
    if (share.valueCol < 0) continue;
    const total: CellRef | RangeRef =
      detected.totalRow !== null
        ? cellRef(rowId(detected.totalRow), colId(share.valueCol))
        : rangeRef({ from: rowId(firstBody), to: rowId(lastBody) }, { from: colId(share.valueCol), to: colId(share.valueCol) });
    const rows = [...detected.groups.flatMap((g) => [...g.rows, ...(g.subtotalRow === null ? [] : [g.subtotalRow])]), ...(detected.totalRow === null ? [] : [detected.totalRow])];
    for (const r of rows) put(r, share.col, { kind: 'share', value: colId(share.valueCol), total });
  }

  const bodyRows = Array.from({ length: map.height - normal.headerRows }, (_, i) => normal.headerRows + i);
  const columns = normal.columns.map((column, c) => {
    if (column.format !== undefined || !(detected.countCols.includes(c) || detected.shareCols.some((s) => s.col === c))) return column;
    const format = typicalFormat(map, bodyRows, c);
    return format === undefined ? column : { ...column, format };
  });
  const children = normal.children.map((row) => ({
    ...row,
    children: row.children.map((cell) => {
      const formula = formulas.get(cell.id);
      return formula === undefined ? cell : { ...cell, formula };
    }),
  }));
  return recalculate({ ...normal, columns, children });
}
