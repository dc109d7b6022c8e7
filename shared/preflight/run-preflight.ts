/**
 * The preflight engine: reads the report once (numbering, text units), runs the chosen rules on
 * the chosen sections, and turns their raw findings into findings with a key, a context and a
 * place, minus the ignored ones, in reading order.
 */
import { numberReport, xrefLabel } from '../numbering/report-numbering';
import { outlineInOrder } from '../model/outline';
import type { PreflightRule, RawFinding, RuleContext } from './rule';
import { captionsRule } from './rules/captions';
import { consistencyRule } from './rules/consistency';
import { glossaryRule } from './rules/glossary';
import { numbersRule } from './rules/numbers';
import { punctuationRule } from './rules/punctuation';
import { referencesRule } from './rules/references';
import { tablesRule } from './rules/tables';
import { traditionalRule } from './rules/traditional';
import { typoRule } from './rules/typo';
import { collectUnits, hanCount } from './text-units';
import { RULE_IDS, type Finding, type PreflightOptions, type PreflightReport, type PreflightResult, type PreflightTools, type RuleId, type Severity } from './types';

export const RULES: Readonly<Record<RuleId, PreflightRule>> = {
  typo: typoRule,
  traditional: traditionalRule,
  numbers: numbersRule,
  tables: tablesRule,
  references: referencesRule,
  captions: captionsRule,
  punctuation: punctuationRule,
  consistency: consistencyRule,
  glossary: glossaryRule,
};

/** Characters shown on each side of the excerpt in `context`. */
export const CONTEXT_CHARS = 10;

/** What an ignore remembers: the rule, the block and field, the excerpt. Survives edits elsewhere. */
export function findingKey(rule: RuleId, blockId: string, field: string, excerpt: string): string {
  return `${rule}|${blockId}|${field}|${excerpt}`;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function parseRuleList(text: string): RuleId[] | null {
  const names = text.split(/[,，\s]+/).filter((n) => n !== '');
  if (names.length === 0 || names.some((n) => !(RULE_IDS as readonly string[]).includes(n))) return null;
  return names as RuleId[];
}

export function runPreflight(report: PreflightReport, options: PreflightOptions = {}, tools: PreflightTools = {}): PreflightResult {
  const numbering = numberReport(report.outline, report.contentOf, report.settings.numberingScheme);
  const labelOf = (target: string): string | null => xrefLabel(numbering, target);
  const all = collectUnits(report.outline, report.contentOf, labelOf);
  const only = options.sections;
  const checked = (sectionId: string): boolean => only === undefined || only.has(sectionId);
  const units = only === undefined ? all.units : all.units.filter((u) => only.has(u.sectionId));
  const blocks = only === undefined ? all.blocks : all.blocks.filter((b) => only.has(b.sectionId));
  const context: RuleContext = {
    report,
    numbering,
    units,
    blocks,
    allUnits: all.units,
    allBlocks: all.blocks,
    settings: options.settings ?? { glossary: [], traditionalAllow: [] },
    tools,
    checked,
  };
  const order = new Map(outlineInOrder(report.outline).map((n, i) => [n.id, i]));
  const unitOrder = new Map(all.units.map((u, i) => [u, i]));
  const raw: { rule: RuleId; finding: RawFinding }[] = [];
  for (const id of options.rules ?? RULE_IDS) {
    for (const finding of RULES[id].run(context)) raw.push({ rule: id, finding });
  }
  raw.sort((a, b) => (order.get(a.finding.unit.sectionId) ?? 0) - (order.get(b.finding.unit.sectionId) ?? 0) || (unitOrder.get(a.finding.unit) ?? 0) - (unitOrder.get(b.finding.unit) ?? 0) || a.finding.offset - b.finding.offset);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let ignored = 0;
  const counts = { error: 0, warning: 0, info: 0 };
  const byRule: Partial<Record<RuleId, number>> = {};
  for (const { rule, finding } of raw) {
    const { unit, offset, excerpt } = finding;
    const key = findingKey(rule, unit.blockId, unit.field, excerpt);
    // The same excerpt twice in one block under one rule is one decision for the user.
    const place = `${key}|${offset}`;
    if (seen.has(place)) continue;
    seen.add(place);
    if (options.ignored?.has(key) === true) {
      ignored++;
      continue;
    }
    const from = Math.max(0, offset - CONTEXT_CHARS);
    findings.push({
      key,
      rule,
      severity: finding.severity,
      message: finding.message,
      sectionId: unit.sectionId,
      sectionTitle: unit.sectionTitle,
      blockId: unit.blockId,
      field: unit.field,
      offset,
      excerpt,
      context: unit.text.slice(from, offset + excerpt.length + CONTEXT_CHARS),
      suggestion: finding.suggestion ?? null,
      fix: finding.fix ?? null,
    });
    counts[finding.severity]++;
    byRule[rule] = (byRule[rule] ?? 0) + 1;
  }
  const characters = units.reduce((sum, u) => sum + hanCount(u.text), 0);
  return { findings, counts: { ...counts, ignored, byRule, characters } };
}

/** Findings sorted most severe first (for the export's question and the CLI's summary). */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
