/**
 * User-facing strings of the table model (formula errors and check warnings), in the same
 * key/placeholder style as ../i18n/zh-CN.ts so they can move there in one piece once the table
 * feature lands; kept here meanwhile so this folder does not edit a file others are changing.
 */
const MESSAGES = {
  'formula.rowGone': '引用的行已被删除',
  'formula.columnGone': '引用的列已被删除',
  'formula.cycle': '公式循环引用',
  'formula.inputError': '所引用的单元格无法计算',
  'formula.noValue': '本行“{column}”没有数值',
  'formula.zeroTotal': '合计为 0，无法计算占比',
  'formula.zeroPrevious': '上一年为 0，无法计算增长率',
  'check.formulaError': '{where}的公式无法计算：{detail}。',
  'check.subtotal': '{where}的“{column}”为 {actual}，但本组各行之和为 {expected}。',
  'check.total': '{where}的“{column}”为 {actual}，但{basis}之和为 {expected}。',
  'check.totalBasisSubtotals': '各组小计',
  'check.totalBasisRows': '各行',
  'check.shareGroup': '{where}的“{column}”为 {actual}，但本组各行占比之和为 {expected}（允许误差 ±{tolerance} 个百分点）。',
  'check.shareSum': '“{column}”列{basis}之和为 {actual}，应为 {expected}（允许误差 ±{tolerance} 个百分点）。',
  'check.shareBasisSubtotals': '各组小计',
  'check.shareBasisRows': '各行',
  'check.shareOfTotal': '{where}的“{column}”为 {actual}，按“{valueColumn}”{value} ÷ 合计 {total} 应为 {expected}。',
  'check.shareTotalRow': '{where}的“{column}”为 {actual}，应为 100%（允许误差 ±{tolerance} 个百分点）。',
  'check.groupLabel': '{where}与本组（{group}）其他行不在同一个“{column}”合并单元格中，院系等分组标签可能错位。',
  'where.row': '第 {row} 行“{label}”',
  'where.rowNoLabel': '第 {row} 行',
} as const;

export type TableMessageKey = keyof typeof MESSAGES;

export function tableMessage(key: TableMessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return MESSAGES[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
