/**
 * Evaluating computed cells (formula shapes and why they reference ids: ./formula-types.ts).
 *
 * recalculate() writes each formula's result into its cell's text, formatted with the cell's
 * format, else the column's, else one inferred from the inputs (a 小计 of integers is an integer,
 * a 占比 a percentage with two decimals), marks the cell `computed`, or clears the text and sets
 * `formulaError` when the formula cannot be evaluated. Errors propagate (a share of a broken total is
 * broken too) and cycles are reported instead of looping. Typed cells that are not numbers or are
 * blank ('—') count as no value, as in a spreadsheet's SUM.
 */
import type { FormattedText } from '../model/document';
import type { CellFormula, RangeRef } from './formula-types';
import { formatCellNumber, parseCellNumber, type NumberFormat } from './number-format';
import { normalizeTable } from './normalize-table';
import { buildTableMap, cellIndexAt, columnTitle, type TableMap } from './table-map';
import { tableMessage } from './table-messages';
import { cellText, type TableCellElement, type TableElement } from './table-types';

export type CellValue =
  | { ok: true; value: number | null; percent: boolean; decimals: number; grouped: boolean }
  | { ok: false; error: string };

const NO_VALUE: CellValue = { ok: true, value: null, percent: false, decimals: 0, grouped: false };

/** Formula results get at least this many decimals when shown as a percentage. */
const DEFAULT_PERCENT_DECIMALS = 2;

/** Reads every cell's value, evaluating formulas on demand (memoized, with cycle detection). */
export class TableEvaluator {
  private readonly map: TableMap;
  private readonly rowIndex: Map<string, number>;
  private readonly colIndex: Map<string, number>;
  private readonly values = new Map<number, CellValue>();
  private readonly visiting = new Set<number>();

  constructor(readonly table: TableElement) {
    this.map = buildTableMap(table);
    this.rowIndex = new Map(table.children.map((row, i) => [row.id, i]));
    this.colIndex = new Map(table.columns.map((column, i) => [column.id, i]));
  }

  /** The value of the cell with index `index` in the table map. */
  valueOf(index: number): CellValue {
    const known = this.values.get(index);
    if (known !== undefined) return known;
    const mapped = this.map.cells[index];
    if (mapped === undefined) return NO_VALUE;
    const formula = mapped.cell.formula;
    if (formula === undefined) {
      const parsed = parseCellNumber(cellText(mapped.cell));
      const value: CellValue = parsed === null ? NO_VALUE : { ok: true, ...parsed };
      this.values.set(index, value);
      return value;
    }
    if (this.visiting.has(index)) return { ok: false, error: tableMessage('formula.cycle') };
    this.visiting.add(index);
    const value = this.evaluate(formula, mapped.row);
    this.visiting.delete(index);
    this.values.set(index, value);
    return value;
  }

  valueOfId(cellId: string): CellValue {
    const index = this.map.byId.get(cellId);
    return index === undefined ? NO_VALUE : this.valueOf(index);
  }

  private rowOf(id: string): number | undefined {
    return this.rowIndex.get(id);
  }

  private colOf(id: string): number | undefined {
    return this.colIndex.get(id);
  }

  /** The value in column `colId` of grid row `row` (the cell covering that slot). */
  private valueAt(row: number, colId: string): CellValue {
    const col = this.colOf(colId);
    if (col === undefined) return { ok: false, error: tableMessage('formula.columnGone') };
    return this.valueOf(cellIndexAt(this.map, row, col));
  }

  /** Sum over a range; cells that are sums themselves are skipped (SUBTOTAL semantics). */
  sumRange(range: RangeRef): CellValue {
    const r1 = this.rowOf(range.rows.from);
    const r2 = this.rowOf(range.rows.to);
    if (r1 === undefined || r2 === undefined) return { ok: false, error: tableMessage('formula.rowGone') };
    const c1 = this.colOf(range.cols.from);
    const c2 = this.colOf(range.cols.to);
    if (c1 === undefined || c2 === undefined) return { ok: false, error: tableMessage('formula.columnGone') };
    const seen = new Set<number>();
    let total = 0;
    let decimals = 0;
    let numbers = 0;
    let percents = 0;
    let grouped = false;
    for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) {
      for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) {
        const index = cellIndexAt(this.map, r, c);
        if (index < 0 || seen.has(index)) continue;
        seen.add(index);
        if (this.map.cells[index]?.cell.formula?.kind === 'sum') continue;
        const value = this.valueOf(index);
        if (!value.ok) return { ok: false, error: tableMessage('formula.inputError') };
        if (value.value === null) continue;
        total += value.value;
        numbers++;
        if (value.percent) percents++;
        decimals = Math.max(decimals, value.decimals);
        grouped ||= value.grouped;
      }
    }
    return { ok: true, value: total, percent: numbers > 0 && percents === numbers, decimals, grouped };
  }

  private evaluate(formula: CellFormula, row: number): CellValue {
    switch (formula.kind) {
      case 'sum':
        return this.sumRange(formula.range);
      case 'share': {
        const value = this.valueAt(row, formula.value);
        if (!value.ok) return value;
        if (value.value === null) return { ok: false, error: tableMessage('formula.noValue', { column: this.columnTitle(formula.value) }) };
        const total = formula.total.kind === 'range' ? this.sumRange(formula.total) : this.cellRefValue(formula.total.row, formula.total.col);
        if (!total.ok) return total;
        if (total.value === null || total.value === 0) return { ok: false, error: tableMessage('formula.zeroTotal') };
        return { ok: true, value: value.value / total.value, percent: true, decimals: DEFAULT_PERCENT_DECIMALS, grouped: false };
      }
      case 'yoy': {
        const prev = this.valueAt(row, formula.prev);
        const curr = this.valueAt(row, formula.curr);
        if (!prev.ok) return prev;
        if (!curr.ok) return curr;
        if (prev.value === null) return { ok: false, error: tableMessage('formula.noValue', { column: this.columnTitle(formula.prev) }) };
        if (curr.value === null) return { ok: false, error: tableMessage('formula.noValue', { column: this.columnTitle(formula.curr) }) };
        if (formula.mode === 'change') {
          return { ok: true, value: curr.value - prev.value, percent: prev.percent && curr.percent, decimals: Math.max(prev.decimals, curr.decimals), grouped: prev.grouped || curr.grouped };
        }
        if (prev.value === 0) return { ok: false, error: tableMessage('formula.zeroPrevious') };
        return { ok: true, value: (curr.value - prev.value) / Math.abs(prev.value), percent: true, decimals: DEFAULT_PERCENT_DECIMALS, grouped: false };
      }
    }
  }

  private cellRefValue(rowId: string, colId: string): CellValue {
    const row = this.rowOf(rowId);
    if (row === undefined) return { ok: false, error: tableMessage('formula.rowGone') };
    return this.valueAt(row, colId);
  }

  /** A column's title for messages: its header text, else "第 n 列". */
  columnTitle(colId: string): string {
    const col = this.colOf(colId);
    if (col === undefined) return colId;
    return columnTitle(this.table, this.map, col) || `第 ${col + 1} 列`;
  }
}

/** The format a result is written in when neither the cell nor its column sets one. */
function inferredFormat(value: Extract<CellValue, { ok: true }>): NumberFormat {
  if (value.percent) return { kind: 'percent', decimals: Math.max(value.decimals, DEFAULT_PERCENT_DECIMALS) };
  if (value.grouped) return { kind: 'thousands', decimals: value.decimals };
  if (value.decimals > 0) return { kind: 'fixed', decimals: value.decimals };
  return { kind: 'integer' };
}

function withResult(cell: TableCellElement, text: string, error: string | undefined): TableCellElement {
  const flagsUpToDate = error === undefined ? cell.computed === true && cell.formulaError === undefined : cell.computed === undefined && cell.formulaError === error;
  if (flagsUpToDate && cell.children.length === 1 && cellText(cell) === text) return cell;
  // The text keeps the marks of the first run (a bold 合计 row stays bold).
  const { text: _old, ...marks } = cell.children[0] as FormattedText;
  const { computed: _computed, formulaError: _error, ...rest } = cell;
  const next: TableCellElement = { ...rest, children: [{ ...marks, text }] };
  if (error === undefined) next.computed = true;
  else next.formulaError = error;
  return next;
}

function withoutResultFlags(cell: TableCellElement): TableCellElement {
  if (cell.computed === undefined && cell.formulaError === undefined) return cell;
  const { computed: _computed, formulaError: _error, ...rest } = cell;
  return rest;
}

/** The table with every computed cell's text brought up to date; the same object if nothing changed. */
export function recalculate(table: TableElement): TableElement {
  const normal = normalizeTable(table);
  const evaluator = new TableEvaluator(normal);
  const map = buildTableMap(normal);
  let changed = false;
  const children = normal.children.map((row) => {
    let rowChanged = false;
    const cells = row.children.map((cell) => {
      let next: TableCellElement;
      if (cell.formula === undefined) next = withoutResultFlags(cell);
      else {
        const index = map.byId.get(cell.id) ?? -1;
        const value = evaluator.valueOf(index);
        if (!value.ok) next = withResult(cell, '', value.error);
        else {
          const format = cell.format ?? normal.columns[map.cells[index]?.col ?? 0]?.format ?? inferredFormat(value);
          next = withResult(cell, value.value === null ? '' : formatCellNumber(value.value, format), undefined);
        }
      }
      if (next !== cell) rowChanged = true;
      return next;
    });
    if (!rowChanged) return row;
    changed = true;
    return { ...row, children: cells };
  });
  return changed ? { ...normal, children } : normal;
}
