/**
 * consistency — statements that must agree across the report: the report year against other
 * “…年度报告” mentions, the unit's name written differently (天津工业职业技术学院 for 天津工业职业学院),
 * and the authenticity statement dated before the latest date the report speaks of.
 */
import { at, matches, type PreflightRule, type RawFinding } from '../rule';
import type { TextUnit } from '../text-units';

const REPORT_YEAR = /(\d{4})\s*(?:年度)?\s*(?:职业教育)?质量(?:年度)?报告|质量年度报告\s*[（(]\s*(\d{4})\s*年度?\s*[）)]/g;
const FULL_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;

/** Edit distance, bounded: stops counting past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** Candidates for the unit's name: same first two and last two characters, a few characters between. */
function unitNameVariants(name: string, unit: TextUnit, out: RawFinding[]): void {
  const chars = Array.from(name);
  if (chars.length < 5) return;
  const head = chars.slice(0, 2).join('');
  const tail = chars.slice(-2).join('');
  const pattern = new RegExp(`${head}\\p{Script=Han}{1,${chars.length + 2}}?${tail}`, 'gu');
  for (const m of matches(pattern, unit.text)) {
    if (m[0] === name) continue;
    // 天津工业职业技术学院 (characters added) or 天津工业织业学院 (one changed); not 天津市职业学院,
    // which is a different body.
    const added = isSubsequence(name, m[0]) && m[0].length - name.length <= 2;
    const oneChanged = m[0].length === name.length && editDistance(m[0], name, 1) === 1;
    if (!added && !oneChanged) continue;
    out.push(at(unit, m.index, m[0], 'warning', `单位名称写法不一致：“${m[0]}”，设置中的名称是“${name}”`, name, { kind: 'replace', text: name }));
  }
}

export const consistencyRule: PreflightRule = {
  id: 'consistency',
  run(context) {
    const out: RawFinding[] = [];
    const { year, unitName } = context.report.settings;
    for (const unit of context.units) {
      for (const m of matches(REPORT_YEAR, unit.text)) {
        const typed = Number(m[1] ?? m[2]);
        if (typed === year) continue;
        out.push(at(unit, m.index, m[0], 'warning', `报告年度不一致：此处写“${typed}”，报告设置的年度是 ${year}`));
      }
      unitNameVariants(unitName, unit, out);
    }
    const statementDate = context.report.statementDate ?? null;
    if (statementDate !== null) {
      let latest: { unit: TextUnit; offset: number; excerpt: string; day: string } | null = null;
      for (const unit of context.allUnits) {
        for (const m of matches(FULL_DATE, unit.text)) {
          const day = `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
          if (latest === null || day > latest.day) latest = { unit, offset: m.index, excerpt: m[0], day };
        }
      }
      const reportDay = context.report.reportDate ?? latest?.day ?? null;
      if (reportDay !== null && statementDate < reportDay && latest !== null && context.checked(latest.unit.sectionId)) {
        out.push(at(latest.unit, latest.offset, latest.excerpt, 'warning', `内容真实性责任声明的日期（${statementDate}）早于报告中写到的日期（${reportDay}）`));
      }
    }
    return out;
  },
};
