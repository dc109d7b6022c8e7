/** Chinese numerals as used in headings: 一 … 十 … 九十九 (and beyond, for robustness). */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a non-negative integer: ${n}`);
  if (n < 10) return DIGITS[n] as string;
  if (n < 20) return '十' + (n % 10 === 0 ? '' : DIGITS[n % 10]);
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 === 0 ? '' : DIGITS[n % 10]);
  if (n < 1000) {
    const rest = n % 100;
    const head = DIGITS[Math.floor(n / 100)] + '百';
    if (rest === 0) return head;
    if (rest < 10) return head + '零' + DIGITS[rest];
    // 一百一十: inside a larger number the tens keep their 一.
    return head + (rest < 20 ? '一' + toChineseNumeral(rest) : toChineseNumeral(rest));
  }
  return String(n);
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

export function toCircledNumeral(n: number): string {
  return n >= 1 && n <= CIRCLED.length ? (CIRCLED[n - 1] as string) : `(${n})`;
}
