/**
 * A re-check of some sections folded into the last whole-report result: their findings replaced,
 * the others kept, everything in outline order and the counts recomputed, so the panel and the
 * status bar follow the edited section without checking the whole report on every pause.
 */
import type { Finding, PreflightCounts, PreflightResult, RuleId } from '../../../shared/preflight/types';

export function countFindings(findings: readonly Finding[], base: Pick<PreflightCounts, 'ignored' | 'characters'>): PreflightCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  const byRule: Partial<Record<RuleId, number>> = {};
  for (const f of findings) {
    counts[f.severity]++;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  return { ...counts, byRule, ignored: base.ignored, characters: base.characters };
}

/** `partial` checked `sections` only; `order` is the outline's reading order of section ids. */
export function mergeSectionResult(whole: PreflightResult, partial: PreflightResult, sections: ReadonlySet<string>, order: readonly string[]): PreflightResult {
  const rank = new Map(order.map((id, i) => [id, i]));
  const kept = whole.findings.filter((f) => !sections.has(f.sectionId));
  const fresh = partial.findings.filter((f) => sections.has(f.sectionId));
  const bySection = new Map<string, Finding[]>();
  for (const f of [...kept, ...fresh]) {
    const list = bySection.get(f.sectionId);
    if (list === undefined) bySection.set(f.sectionId, [f]);
    else list.push(f);
  }
  // Sections keep their internal order (kept ones as they were, fresh ones as main sorted them).
  const ids = [...bySection.keys()].sort((a, b) => (rank.get(a) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b) ?? Number.MAX_SAFE_INTEGER));
  const findings = ids.flatMap((id) => bySection.get(id) ?? []);
  return { findings, counts: countFindings(findings, whole.counts) };
}
