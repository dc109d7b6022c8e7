/**
 * captions — captions and headings: the same caption on two figures or tables, an empty caption,
 * and a number typed into a heading or caption although numbering is computed (1.1.师资队伍建设,
 * （三）（三）在校体验, 图 9 … 图 10 … inside one caption).
 */
import { at, matches, type PreflightRule, type RawFinding } from '../rule';
import type { TextUnit } from '../text-units';

const CN = '一二三四五六七八九十百零';
/** One or more typed heading numbers at the start: 1.1. / 一、 / （三） / (2) / ①. */
const TYPED_HEADING_NUMBER = new RegExp(
  `^\\s*(?:(?:\\d+(?:[.．]\\d+)*\\s*[.．、]?|[${CN}]+\\s*[、.．]|[（(]\\s*[${CN}\\d]+\\s*[）)]\\s*[、.．]?|[①-⑳])\\s*)+(?=\\S)`,
  'u',
);
/** 图 9, 表 2-1, 案例 3 typed inside a caption or case title. */
const TYPED_STRUCTURE_NUMBER = /(?<!\p{Script=Han})(?:图|表|案例)\s*[0-9０-９]+(?:\s*[-－—–.．]\s*[0-9０-９]+)?/gu;

function headingNumber(unit: TextUnit, out: RawFinding[]): void {
  const m = TYPED_HEADING_NUMBER.exec(unit.text);
  if (m === null) return;
  // A heading that is only a number, or a year (2025 年…) is not a typed number.
  if (/^\s*\d{4}\s*(?:年|届|学年)/.test(unit.text)) return;
  const typed = m[0];
  out.push(at(unit, 0, typed, 'warning', `标题中手写了编号“${typed.trim()}”，编号由软件自动生成，会重复显示`, '', { kind: 'replace', text: '' }));
}

const LEADING_STRUCTURE_NUMBER = /^\s*(?:图|表|案例)\s*[0-9０-９]+(?:\s*[-－—–.．]\s*[0-9０-９]+)?\s*[:：、.．]?\s*/;

function structureNumbers(unit: TextUnit, out: RawFinding[]): void {
  for (const m of matches(TYPED_STRUCTURE_NUMBER, unit.text)) {
    const leading = m.index === unit.text.search(/\S/) ? LEADING_STRUCTURE_NUMBER.exec(unit.text) : null;
    if (leading !== null) {
      out.push(at(unit, 0, leading[0], 'warning', `题注中手写了编号“${m[0]}”，编号由软件自动生成，会重复显示`, '', { kind: 'replace', text: '' }));
    } else {
      out.push(at(unit, m.index, m[0], 'warning', `题注中间出现编号“${m[0]}”：可能是两条题注被并在了一起`));
    }
  }
}

export const captionsRule: PreflightRule = {
  id: 'captions',
  run(context) {
    const out: RawFinding[] = [];
    const seen = new Map<string, TextUnit>();
    for (const unit of context.allUnits) {
      const isCaption = unit.kind === 'figure-caption' || unit.kind === 'table-caption';
      if (!isCaption) continue;
      const text = unit.text.replace(/\s+/g, '');
      const first = seen.get(`${unit.kind}:${text}`);
      if (text !== '' && first === undefined) seen.set(`${unit.kind}:${text}`, unit);
      if (!context.checked(unit.sectionId)) continue;
      if (text === '') {
        out.push(at(unit, 0, '', 'warning', unit.kind === 'figure-caption' ? '图没有题注' : '表没有标题'));
      } else if (first !== undefined) {
        const label = context.numbering.structures.find((s) => s.id === first.blockId)?.label ?? '';
        out.push(at(unit, 0, unit.text, 'warning', `题注与${label}重复：“${unit.text}”`));
      }
    }
    for (const unit of context.units) {
      if (unit.kind === 'heading' || unit.kind === 'section-title') headingNumber(unit, out);
      if (unit.kind === 'figure-caption' || unit.kind === 'table-caption' || unit.kind === 'case-title') structureNumbers(unit, out);
    }
    return out;
  },
};
