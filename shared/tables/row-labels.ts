/**
 * Recognising the label cells that give rows a role in Chinese statistical tables: 小计 closes a
 * group, 合计/总计/总体 is the grand total. Labels are compared without whitespace ("小 计") and may
 * carry a unit in brackets ("合计（人）").
 */
import { compactText } from './cjk-text';

const UNIT = '(?:（[^）]*）|\\([^)]*\\))?';
const SUBTOTAL = new RegExp(`^(?:小计|小结|subtotal)${UNIT}$`, 'i');
const TOTAL = new RegExp(`^(?:合计|总计|总体|共计|总数|全校|全院|全校合计|全院合计|total)${UNIT}$`, 'i');

export function isSubtotalLabel(text: string): boolean {
  return SUBTOTAL.test(compactText(text));
}

export function isTotalLabel(text: string): boolean {
  return TOTAL.test(compactText(text));
}

/** Column titles of share columns (占比); a rate (落实率, 满意度) is not a share and is not summed. */
const SHARE_TITLE = /占比|比例|比重|构成|份额|百分比/;
const RATE_TITLE = /率|满意度|均值|平均/;

export function isShareTitle(text: string): boolean {
  const compact = compactText(text);
  return SHARE_TITLE.test(compact) && !/增长|同比|环比/.test(compact);
}

export function isRateTitle(text: string): boolean {
  return RATE_TITLE.test(compactText(text));
}

/** A column title that is a year: "2023 年", "2024年度", "2025". */
export function yearOfTitle(text: string): number | null {
  const match = /^((?:19|20)\d{2})(?:年度?|学年)?$/.exec(compactText(text));
  return match === null ? null : Number(match[1]);
}
