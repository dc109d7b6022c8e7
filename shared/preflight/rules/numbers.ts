/**
 * numbers — how numbers are written: decimals split by a space (1. 32%, 3 .25), full-width digits
 * or ％ where the report otherwise writes half-width, a rate or share above 100 %, and one amount
 * of money written with different units (万元 here, 元 there) for the same label.
 */
import { at, matches, type PreflightRule, type RawFinding } from '../rule';
import type { TextUnit } from '../text-units';

/** `1. 32%`, `17. 11`: digits, a point, a space, digits. At the start of a text it is a list number (1. 学院…) unless a % follows. */
const SPLIT_AFTER_POINT = /(?<![\d.．])(\d+)([.．])[ \u00a0\u3000]+(\d+)(?![.．]\d)(\s*[%％])?/g;
/** `3 .25` */
const SPLIT_BEFORE_POINT = /(?<![\d.．])(\d+)[ \u00a0\u3000]+([.．])(\d+)/g;
const FULL_WIDTH_DIGITS = /[０-９]+(?:[.．][０-９]+)?/g;
const RATE_LABEL = /(?:率|占比|比例|比重|份额|满意度|覆盖面|达成度|合格率)/;
const PERCENT = /(\d+(?:\.\d+)?)\s*[%％]/g;
const MONEY = /(\p{Script=Han}{2,8}?)(?:为|达|达到|共计|合计|总计|约|超过|逾)?\s*(\d+(?:\.\d+)?)\s*(亿元|万元|元)/gu;

function toHalfWidth(text: string): string {
  return text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function splitDecimals(unit: TextUnit, into: RawFinding[]): void {
  for (const m of matches(SPLIT_AFTER_POINT, unit.text)) {
    const [whole, int, , frac, percent] = m as unknown as [string, string, string, string, string | undefined];
    if (m.index === 0 && percent === undefined) continue;
    // `2025. 3 月` style dates and `第 1. 2 条` are rare; a section number `1. 2` in text is not a decimal either.
    if (percent === undefined && !/^\s*[%％万亿元倍人个项]/.test(unit.text.slice(m.index + whole.length)) && unit.kind !== 'cell') continue;
    const excerpt = whole.replace(/\s*[%％]$/, '');
    const fixed = `${int}.${frac}`;
    into.push(at(unit, m.index, excerpt, 'error', `小数被空格隔开：“${excerpt}”应为“${fixed}”`, fixed, { kind: 'replace', text: fixed }));
  }
  for (const m of matches(SPLIT_BEFORE_POINT, unit.text)) {
    const [whole, int, , frac] = m as unknown as [string, string, string, string];
    const fixed = `${int}.${frac}`;
    into.push(at(unit, m.index, whole, 'error', `小数被空格隔开：“${whole}”应为“${fixed}”`, fixed, { kind: 'replace', text: fixed }));
  }
}

function fullWidth(unit: TextUnit, percentHalf: boolean, into: RawFinding[]): void {
  for (const m of matches(FULL_WIDTH_DIGITS, unit.text)) {
    const fixed = toHalfWidth(m[0]);
    into.push(at(unit, m.index, m[0], 'warning', `全角数字“${m[0]}”与正文的半角数字混用，应为“${fixed}”`, fixed, { kind: 'replace', text: fixed }));
  }
  if (!percentHalf) return;
  for (const m of matches(/％/g, unit.text)) {
    into.push(at(unit, m.index, '％', 'warning', '全角百分号“％”与正文的半角“%”混用', '%', { kind: 'replace', text: '%' }));
  }
}

function ratesOver100(unit: TextUnit, into: RawFinding[]): void {
  for (const m of matches(PERCENT, unit.text)) {
    const value = Number(m[1]);
    if (!(value > 100)) continue;
    const before = unit.text.slice(Math.max(0, m.index - 12), m.index);
    // A label right before (… 落实率为 120%), not 增长 120% which may well exceed 100 %.
    const clause = before.split(/[，。；、,;（(]/).pop() ?? '';
    if (!RATE_LABEL.test(clause) || /增长|增幅|提高|提升|上涨|同比|环比/.test(clause)) continue;
    into.push(at(unit, m.index, m[0], 'error', `“${clause.trim()}”是比率或占比，却超过 100%：${m[0]}`));
  }
}

interface MoneyMention {
  readonly unit: TextUnit;
  readonly offset: number;
  readonly excerpt: string;
  readonly currency: string;
}

function moneyLabel(raw: string): string {
  return raw.replace(/^(?:其中|全年|年度|学院|学校|本年|共)/, '').replace(/(?:为|达|达到|共计|合计|总计|约|超过|逾)$/, '');
}

export const numbersRule: PreflightRule = {
  id: 'numbers',
  run(context) {
    const out: RawFinding[] = [];
    const percentHalf = context.allUnits.some((u) => u.kind !== 'section-title' && u.text.includes('%'));
    const money = new Map<string, MoneyMention[]>();
    for (const unit of context.units) {
      if (!/[0-9０-９]/.test(unit.text)) continue;
      splitDecimals(unit, out);
      fullWidth(unit, percentHalf, out);
      ratesOver100(unit, out);
      for (const m of matches(MONEY, unit.text)) {
        const label = moneyLabel(m[1] as string);
        if (label.length < 2) continue;
        const list = money.get(label) ?? [];
        list.push({ unit, offset: m.index, excerpt: m[0], currency: m[3] as string });
        money.set(label, list);
      }
    }
    for (const [label, mentions] of money) {
      const first = mentions[0] as MoneyMention;
      for (const mention of mentions.slice(1)) {
        if (mention.currency === first.currency) continue;
        out.push(at(mention.unit, mention.offset, mention.excerpt, 'warning', `“${label}”前文写作“${first.excerpt}”（${first.currency}），此处用“${mention.currency}”，同一数量请统一单位`));
      }
    }
    return out;
  },
};
