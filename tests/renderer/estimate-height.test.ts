/**
 * The 全文 view's height estimate for sections not drawn yet (renderer/src/whole-report/
 * estimate-height.ts), as data: the same content under 公文 and 报告 and with the author's
 * 字号/行距 changes. Expected heights are worked out by hand from the presets at 96 dpi
 * (1 pt = 4/3 px): 公文's text is 156 mm wide (27 characters of 16 pt) on 28 pt lines, 报告's
 * 146.4 mm (34 characters of 12 pt) on 1.5 × 1.3 × 12 pt lines.
 */
import { resolvePreset } from '../../shared/export/style-presets';
import type { StyleOverrides, StylePreset } from '../../shared/model/settings';
import { estimateSectionHeight, heightMetrics } from '../../renderer/src/whole-report/estimate-height';

const text = (length: number): string => '字'.repeat(length);
const para = (length: number) => ({ type: 'paragraph', id: 'p', children: [{ text: text(length) }] });
const heading = { type: 'heading', id: 'h', level: 1, children: [{ text: '师资队伍建设' }] };
const row = { type: 'table-row', children: [] };
const table = { type: 'table', id: 't', caption: '表', children: [row, row, row] };
const caseBox = { type: 'case', id: 'k', title: '案例', children: [para(50)] };

interface Row {
  readonly name: string;
  readonly preset: StylePreset;
  readonly overrides?: StyleOverrides;
  readonly content: readonly unknown[];
  /** The section's depth in the outline (1 = chapter). */
  readonly depth?: number;
  /** Height of the content alone, in px (the section's strip and padding are the same everywhere). */
  readonly px: number;
}

const ROWS: Row[] = [
  // 100 characters + the 2-character indent.
  { name: '公文 paragraph: 4 lines of 28 pt', preset: 'gongwen', content: [para(100)], px: 4 * 28 * (4 / 3) },
  { name: '报告 paragraph: 3 lines of 23.4 pt', preset: 'report', content: [para(100)], px: 3 * 31.2 },
  { name: '报告 with 14 pt body text: 29 characters a line, 4 lines of 27.3 pt', preset: 'report', overrides: { bodySizePt: 14 }, content: [para(100)], px: 4 * 36.4 },
  { name: '公文 with 30 pt exact lines', preset: 'gongwen', overrides: { lineExactPt: 30 }, content: [para(100)], px: 4 * 40 },
  { name: '报告 with 2 × line spacing', preset: 'report', overrides: { lineMultiple: 2 }, content: [para(100)], px: 3 * 12 * 1.3 * 2 * (4 / 3) },
  // A level-1 heading inside a chapter's own text is drawn as level 2.
  { name: '公文 heading (二级): one 28 pt line, no spacing', preset: 'gongwen', content: [heading], depth: 1, px: 28 * (4 / 3) },
  { name: '报告 heading (二级): one 15 pt × 1.5 line and 6 pt before and after', preset: 'report', content: [heading], depth: 1, px: (15 * 1.95 + 12) * (4 / 3) },
  { name: '报告 heading in a section (三级): 12 pt bold, no spacing', preset: 'report', content: [heading], depth: 2, px: 12 * 1.95 * (4 / 3) },
  // Three rows on 18 pt / 12.6 pt × 1.3 lines plus 10 px each; caption and source lines with their spacing.
  { name: '公文 table', preset: 'gongwen', content: [table], px: 3 * (24 + 10) + (32 + 26) * (4 / 3) },
  { name: '报告 table', preset: 'report', content: [table], px: 3 * (16.38 * (4 / 3) + 10) + (16.38 + 6 + 14.04 + 6) * (4 / 3) },
  // A case box: 40 px of box, body text at the case size (公文 14 pt on 25 pt: 31 a line).
  { name: '公文 case box', preset: 'gongwen', content: [caseBox], px: 40 + 2 * 25 * (4 / 3) },
  { name: '报告 case box with 14 pt body text (case bodies follow the body)', preset: 'report', overrides: { bodySizePt: 14 }, content: [caseBox], px: 40 + 2 * 36.4 },
];

describe.each(ROWS)('$name', ({ preset, overrides, content, depth = 2, px }) => {
  test('content height', () => {
    const metrics = heightMetrics(resolvePreset({ stylePreset: preset, styleOverrides: overrides }));
    const height = estimateSectionHeight(content, metrics, depth) - estimateSectionHeight([], metrics, depth);
    expect(height).toBeCloseTo(px, 1);
  });
});

test('the same long section is estimated taller under 公文 than under 报告, as it is drawn', () => {
  const content = Array.from({ length: 20 }, () => para(300));
  const gongwen = estimateSectionHeight(content, heightMetrics(resolvePreset({ stylePreset: 'gongwen' })), 2);
  const report = estimateSectionHeight(content, heightMetrics(resolvePreset({ stylePreset: 'report' })), 2);
  expect(gongwen / report).toBeGreaterThan(1.4);
});
