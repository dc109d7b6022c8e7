/**
 * punctuation — what conversions and hurried typing leave behind: half-width , ; : ( ) among
 * Chinese text, unbalanced “” 《》 （）, doubled punctuation, spaces between Chinese characters,
 * private-use characters (Word's Wingdings bullets, U+E000–U+F8FF) and other characters the export
 * fonts cannot print, and page-number leftovers like “- 49 -”.
 */
import { at, matches, type PreflightRule, type RawFinding } from '../rule';
import type { TextUnit } from '../text-units';

/** Chinese text or full-width punctuation on that side. */
const CJK = '[\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\u201c\\u201d]';
const HALF_WIDTH = new RegExp(`(?<=\\p{Script=Han})[,;:](?=${CJK})|(?<=${CJK})[,;:](?=\\p{Script=Han})`, 'gu');
const HALF_PAREN = new RegExp(`(?<=${CJK})\\(|\\((?=\\p{Script=Han})|(?<=\\p{Script=Han})\\)|\\)(?=${CJK})`, 'gu');
const FULL: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）' };
const DOUBLED = /([，。；：、！？])(?:\1|[，。；：、])+|[，；：、][。！？]/g;
const SPACE_BETWEEN = /(?<=\p{Script=Han})[ \u00a0\u3000]+(?=\p{Script=Han})/gu;
const PRIVATE_USE = /[\ue000-\uf8ff]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd\ufffe\uffff]|[\u{f0000}-\u{10ffff}]/gu;
const PAGE_NUMBER = /(?:^|\s)[-—–]\s*\d{1,3}\s*[-—–](?=\s|$)/g;
const PAIRS: readonly [string, string, string][] = [
  ['“', '”', '引号'],
  ['《', '》', '书名号'],
  ['（', '）', '括号'],
];

interface Unmatched {
  readonly pair: number;
  readonly offset: number;
}

/** Pairs left open at the end of the text and closes with no open before them, per kind of pair. */
function unmatched(unit: TextUnit, out: RawFinding[]): { opens: Unmatched[]; closes: Unmatched[] } {
  const opens: Unmatched[] = [];
  const closes: Unmatched[] = [];
  PAIRS.forEach(([open, close, name], pair) => {
    if (!unit.text.includes(open) && !unit.text.includes(close)) return;
    const stack: number[] = [];
    for (let i = 0; i < unit.text.length; i++) {
      const c = unit.text[i];
      if (c === open) {
        // “…“ — the same opening twice with no close in between: a typed “ for ”.
        if (open === '“' && stack.length > 0) {
          out.push(at(unit, i, c, 'warning', `${name}不成对：此处的“${c}”可能应为“${close}”`, close, { kind: 'replace', text: close }));
          stack.pop();
          continue;
        }
        stack.push(i);
      } else if (c === close) {
        if (stack.length === 0) closes.push({ pair, offset: i });
        else stack.pop();
      }
    }
    for (const offset of stack) opens.push({ pair, offset });
  });
  return { opens, closes };
}

/**
 * Unbalanced pairs of every unit; a pair opened at the end of one paragraph and closed at the
 * start of the next is one finding: a paragraph split in two (at a page break, by a conversion).
 */
function unbalanced(units: readonly TextUnit[], out: RawFinding[]): void {
  const found = units.map((unit) => unmatched(unit, out));
  units.forEach((unit, index) => {
    const { opens, closes } = found[index] as { opens: Unmatched[]; closes: Unmatched[] };
    const next = units[index + 1];
    const nextCloses = next !== undefined && next.kind === unit.kind && unit.kind === 'paragraph' && next.sectionId === unit.sectionId ? (found[index + 1]?.closes ?? []) : [];
    const previous = units[index - 1];
    const continued = (close: Unmatched): boolean =>
      previous !== undefined && previous.kind === 'paragraph' && unit.kind === 'paragraph' && previous.sectionId === unit.sectionId && (found[index - 1]?.opens ?? []).some((o) => o.pair === close.pair);
    const splitReported = new Set<number>();
    for (const open of opens) {
      const [o, c, name] = PAIRS[open.pair] as [string, string, string];
      if (nextCloses.some((close) => close.pair === open.pair)) {
        if (splitReported.has(open.pair)) continue;
        splitReported.add(open.pair);
        const from = Math.max(open.offset, unit.text.length - 20);
        out.push(at(unit, from, unit.text.slice(from), 'warning', `${name}“${o}”在本段未闭合、在下一段才有“${c}”：这一段很可能在句中被拆成了两段（分页处或转换遗留），请合并`));
      } else {
        out.push(at(unit, open.offset, o, 'warning', `${name}不成对：“${o}”没有对应的“${c}”`));
      }
    }
    for (const close of closes) {
      if (continued(close)) continue;
      const [o, c, name] = PAIRS[close.pair] as [string, string, string];
      out.push(at(unit, close.offset, c, 'warning', `${name}不成对：“${c}”前面没有对应的“${o}”`));
    }
  });
}

function quotedOrTitle(unit: TextUnit, index: number): boolean {
  const before = unit.text.slice(0, index);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('《'));
  const close = Math.max(before.lastIndexOf('”'), before.lastIndexOf('》'));
  return open > close;
}

const MAYBE = /[,;:()，。；：、！？ \u00a0\u3000\ue000-\uf8ff\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd-\uffff\ud800-\udfff]/;

export function checkPunctuation(unit: TextUnit, out: RawFinding[]): void {
  const { text } = unit;
  if (!MAYBE.test(text)) return;
  for (const m of matches(HALF_WIDTH, text)) {
    const fixed = FULL[m[0]] as string;
    out.push(at(unit, m.index, m[0], 'warning', `中文之间使用了半角标点“${m[0]}”，应为“${fixed}”`, fixed, { kind: 'replace', text: fixed }));
  }
  for (const m of matches(HALF_PAREN, text)) {
    const fixed = FULL[m[0]] as string;
    out.push(at(unit, m.index, m[0], 'warning', `中文之间使用了半角括号“${m[0]}”，应为“${fixed}”`, fixed, { kind: 'replace', text: fixed }));
  }
  for (const m of matches(DOUBLED, text)) {
    const fixed = m[0][m[0].length - 1] === '。' && m[0].length === 2 ? '。' : (m[0][0] as string);
    out.push(at(unit, m.index, m[0], 'warning', `标点重复：“${m[0]}”`, fixed, { kind: 'replace', text: fixed }));
  }
  for (const m of matches(SPACE_BETWEEN, text)) {
    // A space inside quotes or a title (“追寻红色足迹 争做时代新人”) or in a heading is often meant.
    const meant = unit.kind === 'heading' || unit.kind === 'case-title' || unit.kind === 'section-title' || quotedOrTitle(unit, m.index);
    const excerpt = text.slice(m.index - 1, m.index + m[0].length + 1);
    out.push({ ...at(unit, m.index - 1, excerpt, meant ? 'info' : 'warning', meant ? '汉字之间有空格（如非有意分隔，请删除）' : '汉字之间有空格，多为转换遗留', excerpt.replace(/\s+/g, ''), { kind: 'replace', text: excerpt.replace(/\s+/g, '') }) });
  }
  for (const m of matches(PRIVATE_USE, text)) {
    const code = `U+${(m[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;
    out.push(at(unit, m.index, m[0], 'error', `无法打印的字符 ${code}（Word 的 Wingdings 项目符号或私用区字符），导出后会显示为方框`, '', { kind: 'replace', text: '' }));
  }
  for (const m of matches(PAGE_NUMBER, text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const excerpt = m[0].trim();
    out.push(at(unit, start, excerpt, 'warning', `疑似从原文件带入的页码“${excerpt}”`, '', { kind: 'replace', text: '' }));
  }
}

export const punctuationRule: PreflightRule = {
  id: 'punctuation',
  run(context) {
    const out: RawFinding[] = [];
    for (const unit of context.units) checkPunctuation(unit, out);
    unbalanced(context.units, out);
    return out;
  },
};
