/**
 * User-facing strings of charts, in the key/placeholder style of ../i18n/zh-CN.ts (kept beside the
 * feature, like ../tables/table-messages.ts, so this folder does not edit a file others change).
 */
const MESSAGES = {
  'problem.tableGone': '图表所依据的表格已被删除（显示的是最后一次的图形）',
  'problem.noHeader': '表格没有表头行，无法按列名选择数据',
  'problem.noColumn': '表中没有名为“{label}”的列（现有：{known}）',
  'problem.ambiguousColumn': '“{label}”对应多列（{matches}），请写完整的列名',
  'problem.noRow': '表中没有名为“{label}”的行（现有：{known}）',
  'problem.noCategories': '所选范围没有可绘制的类别（小计、合计行已排除）',
  'problem.noNumbers': '所选范围没有数字：{what}',
  'problem.seriesNoNumbers': '“{label}”中没有数字，不能作为系列',
  'problem.comboSeries': '组合图至少需要两个系列（一个画柱形，一个画折线）',
  'problem.pieNegative': '饼图、环形图不能有负数（“{label}”）',
  'note.pieFirstSeries': '饼图、环形图只画一个系列，已使用“{label}”',
  'note.gaps': '“{label}”有 {count} 个单元格不是数字，按空缺绘制',
  'note.mergedRows': '“{label}”是跨 {count} 行的合并单元格，各行分别绘制',
  'note.groupSubtotal': '“{label}”取其小计行的数值',
  'note.excluded': '未绘制的汇总行：{labels}',
  'type.column': '簇状柱形图',
  'type.bar': '条形图',
  'type.stacked': '堆积柱形图',
  'type.line': '折线图',
  'type.pie': '饼图',
  'type.ring': '环形图',
  'type.combo': '柱形 + 折线（次坐标轴）',
  'alt.chart': '{type}：{caption}。{summary}',
} as const;

export type ChartMessageKey = keyof typeof MESSAGES;

export function chartMessage(key: ChartMessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return MESSAGES[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
