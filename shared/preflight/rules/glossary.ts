/**
 * glossary (规范表述) — preferred forms of names and terms: each variant found in the text is
 * flagged with the preferred form as the fix, unless it stands inside the preferred form itself
 * (二十大 inside 党的二十大, 双高计划 inside “双高计划”). Project entries come first and replace a
 * built-in entry with the same preferred form.
 */
import { STARTER_GLOSSARY } from '../data/glossary-starter';
import { at, type PreflightRule, type RawFinding } from '../rule';
import type { TextUnit } from '../text-units';
import type { GlossaryEntry } from '../types';

export function effectiveGlossary(project: readonly GlossaryEntry[]): GlossaryEntry[] {
  const own = new Set(project.map((e) => e.preferred));
  return [...project, ...STARTER_GLOSSARY.filter((e) => !own.has(e.preferred))];
}

function occurrences(text: string, word: string): number[] {
  const found: number[] = [];
  if (word === '') return found;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) found.push(i);
  return found;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One pattern matching any variant: most units have none, and one search tells. */
export function anyVariant(glossary: readonly GlossaryEntry[]): RegExp | null {
  const variants = glossary.flatMap((e) => e.variants).filter((v) => v !== '');
  return variants.length === 0 ? null : new RegExp(variants.map(escape).join('|'));
}

export function checkGlossary(unit: TextUnit, glossary: readonly GlossaryEntry[], out: RawFinding[], any: RegExp | null = anyVariant(glossary)): void {
  if (any === null || !any.test(unit.text)) return;
  // Text covered by any preferred form (also another entry's: 党的二十届三中全会 contains 二十届三中全会).
  const covered = glossary.flatMap((e) => occurrences(unit.text, e.preferred).map((i) => [i, i + e.preferred.length] as const));
  for (const entry of glossary) {
    // Longer variants first, so 习近平新时代特色社会主义思想 is not reported again by a shorter one inside it.
    const taken: [number, number][] = [];
    for (const variant of [...entry.variants].sort((a, b) => b.length - a.length)) {
      if (variant === entry.preferred) continue;
      for (const i of occurrences(unit.text, variant)) {
        const end = i + variant.length;
        if (covered.some(([from, to]) => i >= from && end <= to) || taken.some(([from, to]) => i < to && end > from)) continue;
        taken.push([i, end]);
        const note = entry.note === undefined ? '' : `（${entry.note}）`;
        out.push(at(unit, i, variant, 'warning', `规范表述：“${variant}”应写作 ${entry.preferred}${note}`, entry.preferred, { kind: 'replace', text: entry.preferred }));
      }
    }
  }
}

export const glossaryRule: PreflightRule = {
  id: 'glossary',
  run(context) {
    const glossary = effectiveGlossary(context.settings.glossary);
    const out: RawFinding[] = [];
    const any = anyVariant(glossary);
    for (const unit of context.units) checkGlossary(unit, glossary, out, any);
    return out;
  },
};
