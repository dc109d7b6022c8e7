/**
 * Column widths that follow the content, the way Word's "autofit to contents" and HTML's automatic
 * table layout do it, for tables whose author never set widths (all weights equal: the state every
 * pasted, imported or newly made table starts in). A table with hand-set widths keeps them.
 *
 * Why not let Chromium's `table-layout: auto` and Word's autofit do it: WPS sizes columns from the
 * grid alone and Word's own autofit differs from Chromium's, so the two exports would disagree; one
 * computation here gives both (and the editor) the same proportions.
 *
 * The algorithm (per column, in em of the table font):
 * - `min`: the widest unbreakable piece of any cell (a number, a Latin word; CJK breaks anywhere, so
 *   one CJK character), never under MIN_EM, plus padding;
 * - `max`: the longest line of any cell, plus padding; header cells count at half their length,
 *   because a header may wrap to two lines where a body value should not;
 * - when every column fits at `max`, widths are proportional to `max`; otherwise each column gets
 *   its `min` and the rest of the width is shared in proportion to `max - min`; no column takes more
 *   than MAX_SHARE of the table while another column is still below its longest line.
 * Cells spanning several columns are left out (they would widen their first column only).
 */
import { buildTableMap } from './table-map';
import { cellText, type TableElement } from './table-types';

/** A column is never narrower than two CJK characters (序号, 年度) plus padding. */
const MIN_EM = 2;
/** Cell padding left + right, in em. */
const PADDING_EM = 0.8;
/** No single column takes more than this share while another could still grow. */
const MAX_SHARE = 0.5;

/** Display width in em: CJK and full-width forms one em, everything else about half. */
export function textEm(text: string): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    em += isWide(code) ? 1 : 0.55;
  }
  return em;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

/** The widest piece a line cannot be broken inside: a run of non-CJK, non-space characters. */
function widestUnbreakable(line: string): number {
  let widest = 0;
  for (const piece of line.split(/[\s\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uff60]+/u)) widest = Math.max(widest, textEm(piece));
  // A CJK character is itself an unbreakable piece of one em.
  return /[\u2e80-\u9fff\uf900-\ufaff]/u.test(line) ? Math.max(widest, 1) : widest;
}

/** True when every weight is the same (the author never resized a column). */
export function hasUniformWidths(table: TableElement): boolean {
  const first = table.columns[0]?.width;
  return table.columns.every((c) => c.width === first);
}

export interface ColumnMeasure {
  readonly min: number;
  readonly max: number;
}

/** Per grid column: the narrowest and the preferred width in em, padding included. */
export function measureColumns(table: TableElement): ColumnMeasure[] {
  const map = buildTableMap(table);
  const min = new Array<number>(map.width).fill(0);
  const max = new Array<number>(map.width).fill(0);
  for (const mapped of map.cells) {
    if (mapped.colSpan !== 1) continue;
    const header = mapped.row < table.headerRows;
    for (const line of cellText(mapped.cell).split('\n')) {
      const length = textEm(line);
      min[mapped.col] = Math.max(min[mapped.col] ?? 0, widestUnbreakable(line));
      max[mapped.col] = Math.max(max[mapped.col] ?? 0, header ? Math.ceil(length / 2) : length);
    }
  }
  return min.map((m, c) => {
    const low = Math.max(MIN_EM, m) + PADDING_EM;
    return { min: low, max: Math.max(low, (max[c] ?? 0) + PADDING_EM) };
  });
}

/**
 * Relative widths for printing and display: the stored weights when the author set them, else
 * widths from the content for a table `availableEm` wide (text width divided by the table font size).
 */
export function autofitWidths(table: TableElement, availableEm: number): number[] {
  if (!hasUniformWidths(table) || table.columns.length < 2) return table.columns.map((c) => c.width);
  const measures = measureColumns(table);
  if (measures.length !== table.columns.length) return table.columns.map((c) => c.width);
  const sumMax = measures.reduce((a, m) => a + m.max, 0);
  const sumMin = measures.reduce((a, m) => a + m.min, 0);
  let widths: number[];
  if (sumMax <= availableEm) {
    widths = measures.map((m) => m.max);
  } else if (sumMin >= availableEm) {
    widths = measures.map((m) => m.min);
  } else {
    const room = availableEm - sumMin;
    const want = sumMax - sumMin;
    widths = measures.map((m) => m.min + ((m.max - m.min) / want) * room);
  }
  return capWidest(widths, measures);
}

/** Keeps one long column from starving the others: beyond MAX_SHARE, its excess goes to the rest. */
function capWidest(widths: number[], measures: readonly ColumnMeasure[]): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  const cap = total * MAX_SHARE;
  const over = widths.map((w) => Math.max(0, w - cap));
  const excess = over.reduce((a, b) => a + b, 0);
  if (excess === 0) return roundAll(widths);
  // Share the excess among the other columns in proportion to what they would still like to have.
  const wants = widths.map((w, c) => (over[c] === 0 ? Math.max(0, (measures[c]?.max ?? w) - w) : 0));
  const wantSum = wants.reduce((a, b) => a + b, 0);
  if (wantSum === 0) return roundAll(widths);
  const given = Math.min(excess, wantSum);
  return roundAll(widths.map((w, c) => ((over[c] ?? 0) > 0 ? w - ((over[c] ?? 0) / excess) * given : w + ((wants[c] ?? 0) / wantSum) * given)));
}

function roundAll(widths: readonly number[]): number[] {
  return widths.map((w) => Math.max(0.1, Math.round(w * 100) / 100));
}

/** A 序号/编号 column: printed narrow and centred. */
export function isSequenceHeader(text: string): boolean {
  return /^\s*(序号|序|编号|No\.?|NO\.?)\s*$/u.test(text);
}
