/**
 * A chart's data, read from its table: which categories, which series, which values, and what was
 * left out. Pure and cheap (one pass over the table map), so the editor can run it on every edit.
 *
 * Rules, and why:
 * - Columns and rows are chosen by their labels (./chart-spec.ts). A column's label is its header
 *   cells top to bottom ("2025 届 人数" under a merged "2025 届"); a label matches the whole label,
 *   else its lowest header cell, else a unique part of it, so `人数` works while it is unambiguous.
 * - 小计/合计 rows (a cell of the row reads 小计, 合计, 总计…) are excluded by default: a total drawn
 *   beside its parts doubles the scale and a pie slice for 合计 is simply wrong. They are listed in
 *   `excluded` so the author sees what was left out.
 * - Merged cells: a category cell merged over several rows is one category when its value cells are
 *   merged too, takes its group's 小计 row when the group has one (院系 | 专业 | 人数 with 小计 rows,
 *   charted by 院系), and otherwise draws each row, with a note.
 * - Cells that are not numbers are gaps (null) with a note; a range without any number is a problem,
 *   never an empty picture.
 */
import { buildTableMap, cellAt, type TableMap } from '../tables/table-map';
import { cellText, type TableCellElement, type TableElement } from '../tables/table-types';
import { parseCellNumber } from '../tables/number-format';
import { isSubtotalLabel, isTotalLabel } from '../tables/row-labels';
import { compactText } from '../tables/cjk-text';
import type { ChartData, ChartSeriesData, ChartSpec } from './chart-spec';
import { chartMessage } from './chart-messages';

export type ChartResolution =
  | { readonly ok: true; readonly data: ChartData; readonly excluded: readonly string[]; readonly notes: readonly string[] }
  | { readonly ok: false; readonly problem: string };

const fail = (problem: string): ChartResolution => ({ ok: false, problem });

/** Counting columns (序号) hold numbers that are not data. */
const COUNTER_TITLE = /^(序号|编号|排名|名次|no\.?)$/i;

interface Column {
  readonly col: number;
  /** Header cells top to bottom, distinct, non-empty. */
  readonly parts: readonly string[];
  readonly label: string;
}

function headerColumns(table: TableElement, map: TableMap): Column[] {
  const columns: Column[] = [];
  for (let col = 0; col < map.width; col++) {
    const parts: string[] = [];
    let last: TableCellElement | undefined;
    for (let row = 0; row < table.headerRows; row++) {
      const cell = cellAt(map, row, col)?.cell;
      if (cell === undefined || cell === last) continue;
      last = cell;
      const text = cellText(cell).trim();
      if (text !== '' && !parts.includes(text)) parts.push(text);
    }
    columns.push({ col, parts, label: parts.length > 0 ? parts.join(' ') : `第 ${col + 1} 列` });
  }
  return columns;
}

type Match<T> = { ok: true; item: T } | { ok: false; matches: T[] };

/** The one item a label names: whole label, else its last part, else a unique containment. */
function matchLabel<T>(items: readonly T[], query: string, labelOf: (item: T) => string, lastOf: (item: T) => string): Match<T> {
  const q = compactText(query);
  const tiers = [
    items.filter((item) => compactText(labelOf(item)) === q),
    items.filter((item) => compactText(lastOf(item)) === q),
    items.filter((item) => compactText(labelOf(item)).includes(q)),
  ];
  for (const tier of tiers) {
    if (tier.length === 1) return { ok: true, item: tier[0] as T };
    if (tier.length > 1) return { ok: false, matches: tier };
  }
  return { ok: false, matches: [] };
}

interface BodyRow {
  readonly row: number;
  /** The label column's cell covering this row. */
  readonly labelCell: TableCellElement | undefined;
  readonly label: string;
  readonly total: boolean;
}

function textAt(map: TableMap, row: number, col: number): string {
  const cell = cellAt(map, row, col)?.cell;
  return cell === undefined ? '' : cellText(cell).trim();
}

function isTotalRow(map: TableMap, row: number): boolean {
  for (let col = 0; col < map.width; col++) {
    const mapped = cellAt(map, row, col);
    // A group label merged down from above (院系) does not make the row a total.
    if (mapped === undefined || mapped.row !== row) continue;
    const text = cellText(mapped.cell).trim();
    if (isSubtotalLabel(text) || isTotalLabel(text)) return true;
  }
  return false;
}

function bodyRows(table: TableElement, map: TableMap, labelCol: number): BodyRow[] {
  const rows: BodyRow[] = [];
  for (let row = table.headerRows; row < map.height; row++) {
    const labelCell = cellAt(map, row, labelCol)?.cell;
    const empty = Array.from({ length: map.width }, (_, col) => textAt(map, row, col)).every((t) => t === '');
    if (empty) continue;
    rows.push({ row, labelCell, label: labelCell === undefined ? '' : cellText(labelCell).trim(), total: isTotalRow(map, row) });
  }
  return rows;
}

interface Value {
  readonly value: number | null;
  readonly percent: boolean;
  readonly cell: TableCellElement | undefined;
}

function valueAt(map: TableMap, row: number, col: number): Value {
  const cell = cellAt(map, row, col)?.cell;
  const parsed = cell === undefined ? null : parseCellNumber(cellText(cell));
  return { value: parsed?.value ?? null, percent: parsed?.percent ?? false, cell };
}

/** A series is in percent when most of its numbers were typed with %. */
function seriesOf(name: string, values: readonly Value[], notes: string[]): ChartSeriesData {
  const numbers = values.filter((v) => v.value !== null);
  const gaps = values.length - numbers.length;
  if (gaps > 0 && numbers.length > 0) notes.push(chartMessage('note.gaps', { label: name, count: gaps }));
  const percent = numbers.length > 0 && numbers.filter((v) => v.percent).length * 2 > numbers.length;
  return { name, values: values.map((v) => v.value), percent, secondary: false };
}

function byColumn(table: TableElement, map: TableMap, spec: ChartSpec, columns: readonly Column[], labelCol: number): ChartResolution {
  const notes: string[] = [];
  const excluded: string[] = [];
  const rows = bodyRows(table, map, labelCol);
  const kept = rows.filter((r) => spec.includeTotals || !r.total);
  for (const r of rows) if (!kept.includes(r)) excluded.push(r.label === '' ? textAt(map, r.row, labelCol + 1) : r.label);
  if (kept.length === 0) return fail(chartMessage('problem.noCategories'));

  // Series columns: the named ones, or every column with a number in a kept row.
  let seriesColumns: Column[];
  if (spec.series.length > 0) {
    seriesColumns = [];
    for (const name of spec.series) {
      const match = pickColumn(columns, name);
      if (!match.ok) return fail(match.problem);
      seriesColumns.push(match.column);
    }
  } else {
    seriesColumns = columns.filter(
      (c) => c.col !== labelCol && !COUNTER_TITLE.test(compactText(c.label)) && kept.some((r) => valueAt(map, r.row, c.col).value !== null),
    );
  }
  if (seriesColumns.length === 0) return fail(chartMessage('problem.noNumbers', { what: columns.filter((c) => c.col !== labelCol).map((c) => c.label).join('、') || '—' }));

  // Categories: kept rows, rows under one merged label cell grouped (see the header comment).
  interface Point { label: string; row: number }
  const points: Point[] = [];
  for (let i = 0; i < rows.length; ) {
    const first = rows[i] as BodyRow;
    let end = i + 1;
    while (end < rows.length && first.labelCell !== undefined && (rows[end] as BodyRow).labelCell === first.labelCell) end++;
    const group = rows.slice(i, end);
    i = end;
    if (group.length === 1) {
      if (kept.includes(first)) points.push({ label: first.label, row: first.row });
      continue;
    }
    const merged = seriesColumns.every((c) => group.every((r) => valueAt(map, r.row, c.col).cell === valueAt(map, first.row, c.col).cell));
    const subtotals = group.filter((r) => r.total);
    if (merged) {
      points.push({ label: first.label, row: first.row });
    } else if (subtotals.length === 1) {
      points.push({ label: first.label, row: (subtotals[0] as BodyRow).row });
      notes.push(chartMessage('note.groupSubtotal', { label: first.label }));
      const index = excluded.indexOf(first.label);
      if (index >= 0) excluded.splice(index, 1);
    } else {
      const members = group.filter((r) => kept.includes(r));
      notes.push(chartMessage('note.mergedRows', { label: first.label, count: group.length }));
      for (const r of members) {
        const second = textAt(map, r.row, labelCol + 1);
        const distinct = second !== '' && parseCellNumber(second) === null && !seriesColumns.some((c) => c.col === labelCol + 1);
        points.push({ label: distinct ? `${first.label} ${second}` : first.label, row: r.row });
      }
    }
  }
  if (points.length === 0) return fail(chartMessage('problem.noCategories'));

  const series: ChartSeriesData[] = [];
  for (const c of seriesColumns) {
    const values = points.map((p) => valueAt(map, p.row, c.col));
    if (values.every((v) => v.value === null)) {
      if (spec.series.length > 0) return fail(chartMessage('problem.seriesNoNumbers', { label: c.label }));
      continue;
    }
    series.push(seriesOf(c.label, values, notes));
  }
  return finish({ categories: points.map((p) => p.label), series }, spec, excluded, notes);
}

function byRow(table: TableElement, map: TableMap, spec: ChartSpec, columns: readonly Column[], labelCol: number): ChartResolution {
  const notes: string[] = [];
  const excluded: string[] = [];
  const rows = bodyRows(table, map, labelCol);
  // A row's name: its label cell, with the next column's text when the label is a merged group label.
  const nameOf = (r: BodyRow): string => {
    const mapped = cellAt(map, r.row, labelCol);
    const merged = mapped !== undefined && mapped.rowSpan > 1;
    const next = textAt(map, r.row, labelCol + 1);
    return merged && next !== '' && parseCellNumber(next) === null ? `${r.label} ${next}` : r.label;
  };
  let chosen: BodyRow[];
  if (spec.series.length > 0) {
    chosen = [];
    for (const name of spec.series) {
      const match = matchLabel(rows, name, nameOf, (r) => r.label);
      if (!match.ok) {
        if (match.matches.length > 1) return fail(chartMessage('problem.ambiguousColumn', { label: name, matches: match.matches.map(nameOf).join('、') }));
        return fail(chartMessage('problem.noRow', { label: name, known: rows.map(nameOf).join('、') }));
      }
      chosen.push(match.item);
    }
  } else {
    chosen = rows.filter((r) => spec.includeTotals || !r.total);
    for (const r of rows) if (!chosen.includes(r)) excluded.push(nameOf(r));
  }
  // Categories: value columns with a number in a chosen row; 合计 columns out by default.
  const categoryColumns = columns.filter((c) => {
    if (c.col === labelCol || COUNTER_TITLE.test(compactText(c.label))) return false;
    if (!chosen.some((r) => valueAt(map, r.row, c.col).value !== null)) return false;
    const last = c.parts[c.parts.length - 1] ?? '';
    if (!spec.includeTotals && (isTotalLabel(last) || isSubtotalLabel(last))) {
      excluded.push(c.label);
      return false;
    }
    return true;
  });
  if (chosen.length === 0) return fail(chartMessage('problem.noCategories'));
  if (categoryColumns.length === 0) return fail(chartMessage('problem.noNumbers', { what: chosen.map(nameOf).join('、') || '—' }));
  const series: ChartSeriesData[] = [];
  for (const r of chosen) {
    const values = categoryColumns.map((c) => valueAt(map, r.row, c.col));
    if (values.every((v) => v.value === null)) {
      if (spec.series.length > 0) return fail(chartMessage('problem.seriesNoNumbers', { label: nameOf(r) }));
      continue;
    }
    series.push(seriesOf(nameOf(r), values, notes));
  }
  return finish({ categories: categoryColumns.map((c) => c.label), series }, spec, excluded, notes);
}

function pickColumn(columns: readonly Column[], name: string): { ok: true; column: Column } | { ok: false; problem: string } {
  const match = matchLabel(columns, name, (c) => c.label, (c) => c.parts[c.parts.length - 1] ?? c.label);
  if (match.ok) return { ok: true, column: match.item };
  if (match.matches.length > 1) return { ok: false, problem: chartMessage('problem.ambiguousColumn', { label: name, matches: match.matches.map((c) => c.label).join('、') }) };
  return { ok: false, problem: chartMessage('problem.noColumn', { label: name, known: columns.map((c) => c.label).join('、') }) };
}

/** What each chart type needs of the series. */
function finish(data: ChartData, spec: ChartSpec, excluded: string[], notes: string[]): ChartResolution {
  let series = data.series;
  if (series.length === 0) return fail(chartMessage('problem.noNumbers', { what: data.categories.join('、') || '—' }));
  if (spec.type === 'pie' || spec.type === 'ring') {
    const first = series[0] as ChartSeriesData;
    if (series.length > 1) notes.push(chartMessage('note.pieFirstSeries', { label: first.name }));
    if (first.values.some((v) => v !== null && v < 0)) return fail(chartMessage('problem.pieNegative', { label: first.name }));
    series = [first];
  }
  if (spec.type === 'combo') {
    if (series.length < 2) return fail(chartMessage('problem.comboSeries'));
    const named = spec.secondary.map(compactText);
    const chooses = (s: ChartSeriesData): boolean => named.some((n) => compactText(s.name) === n || compactText(s.name).endsWith(n));
    let secondary = series.map((s) => (named.length > 0 ? chooses(s) : s.percent));
    // Every series on one axis would not be a combo: the last one goes to the secondary axis.
    if (secondary.every((s) => s) || secondary.every((s) => !s)) secondary = series.map((_, i) => i === series.length - 1);
    series = series.map((s, i) => ({ ...s, secondary: secondary[i] === true }));
  }
  if (excluded.length > 0) notes.unshift(chartMessage('note.excluded', { labels: excluded.join('、') }));
  return { ok: true, data: { categories: data.categories, series }, excluded, notes };
}

/** The chart's data from its table (undefined: the table is gone). */
export function resolveChart(table: TableElement | undefined, spec: ChartSpec): ChartResolution {
  if (table === undefined) return fail(chartMessage('problem.tableGone'));
  const map = buildTableMap(table);
  if (map.width === 0 || map.height === 0) return fail(chartMessage('problem.noCategories'));
  const columns = headerColumns(table, map);
  let labelCol = 0;
  if (spec.category !== '') {
    if (table.headerRows === 0) return fail(chartMessage('problem.noHeader'));
    const match = pickColumn(columns, spec.category);
    if (!match.ok) return fail(match.problem);
    labelCol = match.column.col;
  }
  return spec.by === 'row' ? byRow(table, map, spec, columns, labelCol) : byColumn(table, map, spec, columns, labelCol);
}

/** The labels a chart can name: each column's header label, left to right (for the chart dialog). */
export function chartColumnLabels(table: TableElement): string[] {
  return headerColumns(table, buildTableMap(table)).map((c) => c.label);
}

/** Finds the table a chart names among a section's blocks (tables may sit inside case boxes). */
export function findTable(blocks: readonly unknown[], id: string): TableElement | undefined {
  const stack = [...blocks];
  while (stack.length > 0) {
    const node = stack.pop() as { type?: unknown; id?: unknown; children?: unknown };
    if (node?.type === 'table' && node.id === id) return node as unknown as TableElement;
    if (node?.type === 'case' && Array.isArray(node.children)) stack.push(...(node.children as unknown[]));
  }
  return undefined;
}
