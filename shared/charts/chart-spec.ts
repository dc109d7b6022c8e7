/**
 * A chart (统计图) is a figure whose picture is drawn from one of the report's own tables, so it can
 * never disagree with the table beside it and prints as sharp as the text.
 *
 * Why a property of the figure element rather than a block type of its own: a chart IS a figure
 * for everything around it (numbered 图 1-2 with the figures, caption and 来源 line, cross-references,
 * 图目录, merging, moving). Only the picture differs: `asset` is null and `chart` says how to draw it.
 *
 * The chart names its table by element id and its range by header labels (not by grid positions),
 * so inserting a row or a column elsewhere in the table keeps the chart right, and renaming a
 * column it uses turns it into a visible problem instead of silently plotting something else.
 *
 * `snapshot` is the data of the last rendering that resolved: a chart whose table has been deleted
 * keeps showing (and exporting) that picture, marked as a problem, instead of going blank.
 */
export const CHART_TYPES = ['column', 'bar', 'stacked', 'line', 'pie', 'ring', 'combo'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export const LEGEND_POSITIONS = ['top', 'bottom', 'right', 'none'] as const;
export type LegendPosition = (typeof LEGEND_POSITIONS)[number];

/** One series of resolved data. Percentages are fractions (11.21% → 0.1121), as in table cells. */
export interface ChartSeriesData {
  readonly name: string;
  /** One value per category; null for an empty or non-numeric cell (drawn as a gap). */
  readonly values: readonly (number | null)[];
  /** Typed as percentages: axis and labels show %. */
  readonly percent: boolean;
  /** Drawn on the secondary (right) axis, as a line (combo charts). */
  readonly secondary: boolean;
}

export interface ChartData {
  readonly categories: readonly string[];
  readonly series: readonly ChartSeriesData[];
}

export interface ChartSpec {
  /** Element id of the table the chart is drawn from. */
  readonly table: string;
  readonly type: ChartType;
  /**
   * Where categories run. 'column': down a column of labels, one category per body row, series are
   * value columns (院系 | 人数 | 占比). 'row': across the header, one category per value column,
   * series are body rows (项目 | 2023 | 2024 | 2025).
   */
  readonly by: 'column' | 'row';
  /** Header label of the label column (categories for 'column', series names for 'row'); '' = the first column. */
  readonly category: string;
  /** Header labels (by column) or row labels (by row) of the series; empty = every numeric one. */
  readonly series: readonly string[];
  /** Combo: labels of the series on the secondary axis; empty = percentage series, else the last one. */
  readonly secondary: readonly string[];
  /** Keep 小计/合计 rows (by column) or columns (by row); excluded by default. */
  readonly includeTotals: boolean;
  /** Data labels on the bars, points or slices. */
  readonly labels: boolean;
  /** Unit of the primary values (人, 万元), shown on the axis. */
  readonly unit: string;
  /** Unit of the secondary axis (combo). */
  readonly secondaryUnit: string;
  readonly categoryTitle: string;
  readonly valueTitle: string;
  readonly legend: LegendPosition;
  /** Data of the last rendering that resolved (see above); absent until the first one. */
  readonly snapshot?: ChartData;
}

export const DEFAULT_CHART: Omit<ChartSpec, 'table' | 'type'> = {
  by: 'column',
  category: '',
  series: [],
  secondary: [],
  includeTotals: false,
  labels: true,
  unit: '',
  secondaryUnit: '',
  categoryTitle: '',
  valueTitle: '',
  legend: 'bottom',
};

/** A new chart's spec: the defaults with what the author chose. */
export function chartSpec(table: string, type: ChartType, options: Partial<Omit<ChartSpec, 'table' | 'type'>> = {}): ChartSpec {
  return { ...DEFAULT_CHART, ...options, table, type };
}

// What main accepts as a figure's `chart` (shared/model/content-validation.ts). Written out by hand
// rather than as a zod schema: content validation runs on the Word-only CLI's start-up path, and
// zod's module initialisation alone was ≈15 ms of it (issue 12, item 5). Limits keep a stored chart
// small: a report table has tens of rows, never thousands.
const MAX_LABEL = 200;
const MAX_UNIT = 20;
const MAX_SERIES = 50;
const MAX_CATEGORIES = 1000;
const SPEC_KEYS: ReadonlySet<string> = new Set([
  'table', 'type', 'by', 'category', 'series', 'secondary', 'includeTotals', 'labels', 'unit', 'secondaryUnit',
  'categoryTitle', 'valueTitle', 'legend', 'snapshot',
]);
const DATA_KEYS: ReadonlySet<string> = new Set(['categories', 'series']);
const SERIES_KEYS: ReadonlySet<string> = new Set(['name', 'values', 'percent', 'secondary']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Only the keys named (a stored chart with anything else was not written by us). */
function hasOnlyKeys(value: Record<string, unknown>, keys: ReadonlySet<string>): boolean {
  return Object.keys(value).every((key) => keys.has(key));
}

function isText(value: unknown, max: number, min = 0): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

function isTextList(value: unknown, maxItems: number): value is string[] {
  return Array.isArray(value) && value.length <= maxItems && value.every((item) => isText(item, MAX_LABEL));
}

function isSeriesData(value: unknown): value is ChartSeriesData {
  return (
    isRecord(value) &&
    hasOnlyKeys(value, SERIES_KEYS) &&
    isText(value.name, MAX_LABEL) &&
    Array.isArray(value.values) &&
    value.values.length <= MAX_CATEGORIES &&
    value.values.every((v) => v === null || (typeof v === 'number' && Number.isFinite(v))) &&
    typeof value.percent === 'boolean' &&
    typeof value.secondary === 'boolean'
  );
}

export function isChartData(value: unknown): value is ChartData {
  return (
    isRecord(value) &&
    hasOnlyKeys(value, DATA_KEYS) &&
    isTextList(value.categories, MAX_CATEGORIES) &&
    Array.isArray(value.series) &&
    value.series.length <= MAX_SERIES &&
    value.series.every(isSeriesData)
  );
}

export function isChartSpec(value: unknown): value is ChartSpec {
  return (
    isRecord(value) &&
    hasOnlyKeys(value, SPEC_KEYS) &&
    isText(value.table, 64, 1) &&
    typeof value.type === 'string' &&
    isChartType(value.type) &&
    (value.by === 'column' || value.by === 'row') &&
    isText(value.category, MAX_LABEL) &&
    isTextList(value.series, MAX_SERIES) &&
    isTextList(value.secondary, MAX_SERIES) &&
    typeof value.includeTotals === 'boolean' &&
    typeof value.labels === 'boolean' &&
    isText(value.unit, MAX_UNIT) &&
    isText(value.secondaryUnit, MAX_UNIT) &&
    isText(value.categoryTitle, MAX_LABEL) &&
    isText(value.valueTitle, MAX_LABEL) &&
    typeof value.legend === 'string' &&
    (LEGEND_POSITIONS as readonly string[]).includes(value.legend) &&
    (value.snapshot === undefined || isChartData(value.snapshot))
  );
}

export function isChartType(value: string): value is ChartType {
  return (CHART_TYPES as readonly string[]).includes(value);
}
