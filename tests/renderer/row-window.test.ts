/**
 * Row windowing of long tables (renderer/src/editor/table/row-window.ts): which rows are drawn for
 * a scroll position, the selection's rows always drawn, a window never cutting a merged cell, and
 * the placeholders standing for exactly the rows left out, at their heights.
 */
import { buildTableMap } from '../../shared/tables/table-map';
import { covers, DEFAULT_ROW_PX, rowCuts, rowHeights, rowWindow, segmentsFor, visibleRows, type RowSegment } from '../../renderer/src/editor/table/row-window';
import { tableFromSpec } from '../tables/table-spec';

/** Every row exactly once, in order, gaps never empty: what the <tbody> must hold. */
function expectCoversAllRows(segments: readonly RowSegment[], count: number): void {
  let next = 0;
  for (const segment of segments) {
    expect(segment.start).toBe(next);
    expect(segment.end).toBeGreaterThan(segment.start);
    next = segment.end;
  }
  expect(next).toBe(count);
  for (let i = 1; i < segments.length; i++) expect(segments[i]?.kind === 'gap' && segments[i - 1]?.kind === 'gap').toBe(false);
}

const drawn = (segments: readonly RowSegment[]): number[] => segments.flatMap((s) => (s.kind === 'rows' ? Array.from({ length: s.end - s.start }, (_, i) => s.start + i) : []));

describe('rowCuts', () => {
  test('no cut inside a merged cell', () => {
    // Row 1's first cell spans rows 1–3; row 4 merges two columns only (cuts around it stay).
    const table = tableFromSpec([['A', 'B'], ['C', 'D'], ['^', 'E'], ['^', 'F'], ['G', '<'], ['H', 'I']]);
    expect(rowCuts(buildTableMap(table))).toEqual([true, true, false, false, true, true, true]);
  });
});

describe('rowHeights', () => {
  test('measured rows keep their height, the others get the measured average', () => {
    expect(rowHeights(4, (r) => (r === 1 ? 40 : r === 2 ? 20 : undefined))).toEqual([30, 40, 20, 30]);
  });
  test('nothing measured yet: one line of table text each', () => {
    expect(rowHeights(3, () => undefined)).toEqual([DEFAULT_ROW_PX, DEFAULT_ROW_PX, DEFAULT_ROW_PX]);
  });
});

describe('rowWindow', () => {
  const heights = Array.from({ length: 2000 }, () => 30);
  const cuts = Array.from({ length: 2001 }, () => true);

  test('the rows in view plus the overscan are drawn, the rest stands in two gaps of their height', () => {
    const segments = rowWindow({ heights, cuts, viewTop: 30_000, viewBottom: 30_900, overscan: 450, pinned: [] });
    expectCoversAllRows(segments, 2000);
    expect(segments.map((s) => s.kind)).toEqual(['gap', 'rows', 'gap']);
    expect(segments[1]).toEqual({ kind: 'rows', start: 985, end: 1045 });
    expect(segments[0]).toMatchObject({ height: 985 * 30 });
    expect(segments[2]).toMatchObject({ height: (2000 - 1045) * 30 });
  });

  test('the selection’s rows are drawn wherever they are', () => {
    const segments = rowWindow({ heights, cuts, viewTop: 0, viewBottom: 900, overscan: 0, pinned: [1999, 500] });
    expectCoversAllRows(segments, 2000);
    expect(drawn(segments)).toEqual([...Array.from({ length: 30 }, (_, i) => i), 500, 1999]);
  });

  test('a pinned row inside or next to the window joins it', () => {
    const segments = rowWindow({ heights, cuts, viewTop: 0, viewBottom: 300, overscan: 0, pinned: [10, 10] });
    expect(segments.map((s) => [s.kind, s.start, s.end])).toEqual([
      ['rows', 0, 11],
      ['gap', 11, 2000],
    ]);
    expect(segmentsFor(heights, cuts, [0, 10], [10]).map((s) => [s.kind, s.start, s.end])).toEqual([
      ['rows', 0, 11],
      ['gap', 11, 2000],
    ]);
  });

  test('a window widens to whole merged cells (negative control: without the cuts it would not)', () => {
    const merged = cuts.map((cut, r) => (r > 100 && r < 120 ? false : cut));
    const segments = rowWindow({ heights, cuts: merged, viewTop: 110 * 30, viewBottom: 111 * 30, overscan: 0, pinned: [] });
    expect(segments.find((s) => s.kind === 'rows')).toMatchObject({ start: 100, end: 120 });
    const plain = rowWindow({ heights, cuts, viewTop: 110 * 30, viewBottom: 111 * 30, overscan: 0, pinned: [] });
    expect(plain.find((s) => s.kind === 'rows')).toMatchObject({ start: 110, end: 111 });
  });

  test('scrolled past the end or before the start, the nearest rows are drawn', () => {
    expect(drawn(rowWindow({ heights, cuts, viewTop: 90_000, viewBottom: 91_000, overscan: 0, pinned: [] }))).toEqual([1999]);
    expect(drawn(rowWindow({ heights, cuts, viewTop: -5000, viewBottom: -4000, overscan: 0, pinned: [] }))).toEqual([0]);
    expect(rowWindow({ heights: [], cuts: [true], viewTop: 0, viewBottom: 100, overscan: 0, pinned: [] })).toEqual([]);
  });

  test('rows of different heights are found by their offsets', () => {
    const mixed = [100, 10, 10, 10, 100, 10];
    expect(visibleRows(mixed, [true, true, true, true, true, true, true], 105, 125)).toEqual([1, 4]);
  });

  test('covers: a scroll within the drawn rows needs no new window', () => {
    expect(covers([10, 50], [20, 40])).toBe(true);
    expect(covers([10, 50], [5, 40])).toBe(false);
    expect(covers([10, 50], [20, 51])).toBe(false);
  });
});
