/**
 * Consistency checks of a table's numbers, as a reviewer (统稿人) would do them by hand:
 * - a 小计 equals the sum of its group's rows, a 合计 the sum of the groups;
 * - in a 占比 column the rows of a group add up to the group's 小计 share, the groups (or rows) to
 *   100 %, a 合计 share is 100 %, and each share matches value ÷ total;
 * - formulas that cannot be evaluated; group labels (merged 院系 cells) that do not line up with the
 *   小计 rows, which is how a shifted conversion shows.
 *
 * Typed numbers are rounded, so sums are compared with a tolerance: counts exactly; decimals within
 * half a unit of the last digit per added value; percentage sums within ±0.1 point (or more when
 * many rounded values are added: half a unit each). Warnings are for people, in Chinese, and name
 * the row by its label.
 */
import { TableEvaluator, type CellValue } from './formulas';
import { detectGroups, type DetectedGroups, type ShareColumn, type TableGroup } from './group-detection';
import { formatCellNumber } from './number-format';
import { normalizeTable } from './normalize-table';
import { rowLabelParts } from './cell-labels';
import { buildTableMap, cellAt, cellStartingAt, columnTitle, type TableMap } from './table-map';
import { tableMessage } from './table-messages';
import { cellText, type TableElement } from './table-types';

export type TableWarningKind = 'formula-error' | 'subtotal' | 'total' | 'share-group' | 'share-sum' | 'share-of-total' | 'group-label';

export interface TableWarning {
  kind: TableWarningKind;
  message: string;
  /** Grid position of the cell concerned (for the sum of a column: its header cell), and its id. */
  row: number;
  col: number;
  cellId: string;
}

/** Percentage sums may be off by this much (points) for rounding, at least. */
const SHARE_TOLERANCE_POINTS = 0.1;
const EPSILON = 1e-9;

interface Reading {
  value: number;
  decimals: number;
  percent: boolean;
}

class TableReader {
  readonly map: TableMap;
  private readonly evaluator: TableEvaluator;

  constructor(readonly table: TableElement) {
    this.map = buildTableMap(table);
    this.evaluator = new TableEvaluator(table);
  }

  /** The number in the cell starting at (row, col): typed, or a formula's result. */
  read(row: number, col: number): Reading | null {
    const cell = cellStartingAt(this.map, row, col);
    if (cell === undefined) return null;
    const value: CellValue = this.evaluator.valueOfId(cell.cell.id);
    return value.ok && value.value !== null ? { value: value.value, decimals: value.decimals, percent: value.percent } : null;
  }

  where(row: number): string {
    const label = this.rowLabel(row);
    return label === '' ? tableMessage('where.rowNoLabel', { row: row + 1 }) : tableMessage('where.row', { row: row + 1, label });
  }

  /** The last non-numeric text before the first number of the row: "小计", "数控技术" (./cell-labels.ts). */
  private rowLabel(row: number): string {
    const parts = rowLabelParts(this.table, this.map, row);
    return parts[parts.length - 1] ?? '';
  }

  title(col: number): string {
    return columnTitle(this.table, this.map, col) || `第 ${col + 1} 列`;
  }

  cellId(row: number, col: number): string {
    return cellAt(this.map, row, col)?.cell.id ?? '';
  }
}

function sumOf(readings: readonly (Reading | null)[]): { sum: number; count: number; decimals: number } {
  let sum = 0;
  let count = 0;
  let decimals = 0;
  for (const reading of readings) {
    if (reading === null) continue;
    sum += reading.value;
    count++;
    decimals = Math.max(decimals, reading.decimals);
  }
  return { sum, count, decimals };
}

/** Tolerance for comparing a typed total with a sum of `count` typed values with `decimals` digits. */
function countTolerance(count: number, decimals: number): number {
  return decimals === 0 ? EPSILON : ((count + 1) * 0.5) / 10 ** decimals + EPSILON;
}

/** Tolerance in points for a sum of `count` percentages with `decimals` digits. */
function shareTolerance(count: number, decimals: number): number {
  return Math.max(SHARE_TOLERANCE_POINTS, (count * 0.5) / 10 ** decimals);
}

function show(value: number, decimals: number, percent: boolean): string {
  return formatCellNumber(value, percent ? { kind: 'percent', decimals } : decimals > 0 ? { kind: 'fixed', decimals } : { kind: 'integer' });
}

function groupParts(reader: TableReader, group: TableGroup, col: number): (Reading | null)[] {
  const subtotal = group.subtotalRow === null ? null : reader.read(group.subtotalRow, col);
  return subtotal !== null ? [subtotal] : group.rows.map((r) => reader.read(r, col));
}

function checkCounts(reader: TableReader, detected: DetectedGroups, warnings: TableWarning[]): void {
  for (const col of detected.countCols) {
    const column = reader.title(col);
    for (const group of detected.groups) {
      if (group.subtotalRow === null) continue;
      const subtotal = reader.read(group.subtotalRow, col);
      const rows = sumOf(group.rows.map((r) => reader.read(r, col)));
      if (subtotal === null || rows.count === 0) continue;
      const decimals = Math.max(rows.decimals, subtotal.decimals);
      if (Math.abs(subtotal.value - rows.sum) <= countTolerance(rows.count, decimals)) continue;
      warnings.push({
        kind: 'subtotal',
        message: tableMessage('check.subtotal', { where: reader.where(group.subtotalRow), column, actual: show(subtotal.value, subtotal.decimals, false), expected: show(rows.sum, decimals, false) }),
        row: group.subtotalRow,
        col,
        cellId: reader.cellId(group.subtotalRow, col),
      });
    }
    if (detected.totalRow === null) continue;
    const total = reader.read(detected.totalRow, col);
    const bySubtotals = detected.groups.some((g) => g.subtotalRow !== null);
    const parts = sumOf(detected.groups.flatMap((g) => groupParts(reader, g, col)));
    if (total === null || parts.count === 0) continue;
    const decimals = Math.max(parts.decimals, total.decimals);
    if (Math.abs(total.value - parts.sum) <= countTolerance(parts.count, decimals)) continue;
    warnings.push({
      kind: 'total',
      message: tableMessage('check.total', {
        where: reader.where(detected.totalRow),
        column,
        actual: show(total.value, total.decimals, false),
        basis: tableMessage(bySubtotals ? 'check.totalBasisSubtotals' : 'check.totalBasisRows'),
        expected: show(parts.sum, decimals, false),
      }),
      row: detected.totalRow,
      col,
      cellId: reader.cellId(detected.totalRow, col),
    });
  }
}

/** Points for messages: "0.1", "0.145", never "0.15000000000000002". */
function points(tolerance: number): string {
  return Number(tolerance.toFixed(3)).toString();
}

/** In each group, the rows' shares add up to the 小计's share. */
function checkGroupShares(reader: TableReader, detected: DetectedGroups, col: number, warnings: TableWarning[]): void {
  for (const group of detected.groups) {
    if (group.subtotalRow === null) continue;
    const subtotal = reader.read(group.subtotalRow, col);
    const rows = sumOf(group.rows.map((r) => reader.read(r, col)));
    if (subtotal === null || rows.count === 0) continue;
    const decimals = Math.max(rows.decimals, subtotal.decimals);
    const tolerance = shareTolerance(rows.count, decimals);
    if (Math.abs(subtotal.value - rows.sum) * 100 <= tolerance + EPSILON) continue;
    warnings.push({
      kind: 'share-group',
      message: tableMessage('check.shareGroup', {
        where: reader.where(group.subtotalRow),
        column: reader.title(col),
        actual: show(subtotal.value, subtotal.decimals, true),
        expected: show(rows.sum, decimals, true),
        tolerance: points(tolerance),
      }),
      row: group.subtotalRow,
      col,
      cellId: reader.cellId(group.subtotalRow, col),
    });
  }
}

/** The groups' shares (their 小计, else their rows) add up to 100 %, and a 合计 share is 100 %. */
function checkShareTotals(reader: TableReader, detected: DetectedGroups, col: number, warnings: TableWarning[]): void {
  const column = reader.title(col);
  const parts = sumOf(detected.groups.flatMap((g) => groupParts(reader, g, col)));
  if (parts.count > 0) {
    const tolerance = shareTolerance(parts.count, parts.decimals);
    if (Math.abs(parts.sum - 1) * 100 > tolerance + EPSILON) {
      const headerRow = Math.max(0, reader.table.headerRows - 1);
      const basis = tableMessage(detected.groups.some((g) => g.subtotalRow !== null) ? 'check.shareBasisSubtotals' : 'check.shareBasisRows');
      warnings.push({
        kind: 'share-sum',
        message: tableMessage('check.shareSum', { column, basis, actual: show(parts.sum, parts.decimals, true), expected: '100%', tolerance: points(tolerance) }),
        row: headerRow,
        col,
        cellId: reader.cellId(headerRow, col),
      });
    }
  }
  const totalRow = detected.totalRow;
  const total = totalRow === null ? null : reader.read(totalRow, col);
  if (totalRow === null || total === null) return;
  const tolerance = shareTolerance(1, total.decimals);
  if (Math.abs(total.value - 1) * 100 <= tolerance + EPSILON) return;
  warnings.push({
    kind: 'share-sum',
    message: tableMessage('check.shareTotalRow', { where: reader.where(totalRow), column, actual: show(total.value, total.decimals, true), tolerance: points(tolerance) }),
    row: totalRow,
    col,
    cellId: reader.cellId(totalRow, col),
  });
}

/** Each typed share is its row's value ÷ the total, rounded to the digits it shows. */
function checkSharesOfTotal(reader: TableReader, detected: DetectedGroups, share: ShareColumn, warnings: TableWarning[]): void {
  const { col, valueCol } = share;
  if (valueCol < 0) return;
  const rows = [...detected.groups.flatMap((g) => [...g.rows, ...(g.subtotalRow === null ? [] : [g.subtotalRow])]), ...(detected.totalRow === null ? [] : [detected.totalRow])];
  const pairs = rows
    .map((r) => ({ r, share: reader.read(r, col), value: reader.read(r, valueCol) }))
    .filter((p): p is { r: number; share: Reading; value: Reading } => p.share !== null && p.value !== null);
  const agrees = (typed: Reading, value: Reading, total: number): boolean => Math.abs(typed.value - value.value / total) * 100 <= 0.5 / 10 ** typed.decimals + 1e-6;
  const total = shareBase(reader, detected, valueCol, (candidate) => pairs.filter((p) => agrees(p.share, p.value, candidate)).length);
  if (total === null) return;
  for (const { r, share: typed, value } of pairs) {
    if (agrees(typed, value, total)) continue;
    warnings.push({
      kind: 'share-of-total',
      message: tableMessage('check.shareOfTotal', {
        where: reader.where(r),
        column: reader.title(col),
        actual: show(typed.value, typed.decimals, true),
        valueColumn: reader.title(valueCol),
        value: show(value.value, value.decimals, false),
        total: show(total, value.decimals, false),
        expected: show(value.value / total, typed.decimals, true),
      }),
      row: r,
      col,
      cellId: reader.cellId(r, col),
    });
  }
}

function checkShares(reader: TableReader, detected: DetectedGroups, warnings: TableWarning[]): void {
  for (const share of detected.shareCols) {
    checkGroupShares(reader, detected, share.col, warnings);
    checkShareTotals(reader, detected, share.col, warnings);
    checkSharesOfTotal(reader, detected, share, warnings);
  }
}

/**
 * The total the shares were computed from. Candidates: the typed 合计, the sum of the 小计 rows, the
 * sum of the data rows; they differ exactly when some count is mistyped, and then the one most
 * shares agree with is the one the author used, so a single typo is reported once instead of
 * making every share look wrong. Ties go to the earlier candidate.
 */
function shareBase(reader: TableReader, detected: DetectedGroups, valueCol: number, score: (total: number) => number): number | null {
  const candidates: number[] = [];
  const typed = detected.totalRow === null ? null : reader.read(detected.totalRow, valueCol);
  if (typed !== null) candidates.push(typed.value);
  const subtotals = sumOf(detected.groups.flatMap((g) => groupParts(reader, g, valueCol)));
  if (subtotals.count > 0) candidates.push(subtotals.sum);
  const rows = sumOf(detected.groups.flatMap((g) => g.rows.map((r) => reader.read(r, valueCol))));
  if (rows.count > 0) candidates.push(rows.sum);
  let best: { total: number; score: number } | null = null;
  for (const total of candidates) {
    if (total === 0) continue;
    const points = score(total);
    if (best === null || points > best.score) best = { total, score: points };
  }
  return best?.total ?? null;
}

function checkGroupLabels(reader: TableReader, detected: DetectedGroups, warnings: TableWarning[]): void {
  for (const group of detected.groups) {
    if (group.subtotalRow === null) continue;
    const first = group.rows[0] ?? group.subtotalRow;
    for (let c = 0; c < detected.labelCol; c++) {
      const top = cellAt(reader.map, first, c);
      const bottom = cellAt(reader.map, group.subtotalRow, c);
      const hasText = [top, bottom].some((cell) => cell !== undefined && cellText(cell.cell).trim() !== '');
      if (!hasText || (top === bottom && top !== undefined && top.row === first)) continue;
      warnings.push({
        kind: 'group-label',
        message: tableMessage('check.groupLabel', { where: reader.where(group.subtotalRow), group: group.label || '—', column: reader.title(c) }),
        row: group.subtotalRow,
        col: c,
        cellId: reader.cellId(group.subtotalRow, c),
      });
      break;
    }
  }
}

function checkFormulas(reader: TableReader, evaluator: TableEvaluator, warnings: TableWarning[]): void {
  reader.map.cells.forEach((mapped, index) => {
    if (mapped.cell.formula === undefined) return;
    const value = evaluator.valueOf(index);
    if (value.ok) return;
    warnings.push({
      kind: 'formula-error',
      message: tableMessage('check.formulaError', { where: reader.where(mapped.row), detail: value.error }),
      row: mapped.row,
      col: mapped.col,
      cellId: mapped.cell.id,
    });
  });
}

/** Every warning about the table's numbers, in a stable order (formulas, counts, shares, labels). */
export function checkTable(table: TableElement): TableWarning[] {
  const normal = normalizeTable(table);
  const reader = new TableReader(normal);
  const warnings: TableWarning[] = [];
  checkFormulas(reader, new TableEvaluator(normal), warnings);
  const detected = detectGroups(normal);
  if (detected === null) return warnings;
  checkCounts(reader, detected, warnings);
  checkShares(reader, detected, warnings);
  checkGroupLabels(reader, detected, warnings);
  return warnings;
}
