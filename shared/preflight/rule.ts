/** What a rule is handed and what it returns; the engine (run-preflight.ts) adds keys and context. */
import type { ReportNumbering } from '../numbering/report-numbering';
import type { PlacedBlock, TextUnit } from './text-units';
import type { PreflightFix, PreflightReport, PreflightSettings, PreflightTools, RuleId, Severity } from './types';

export interface RuleContext {
  readonly report: PreflightReport;
  readonly numbering: ReportNumbering;
  /** Units of the sections being checked. */
  readonly units: readonly TextUnit[];
  /** Blocks of the sections being checked, in reading order (case children after their case). */
  readonly blocks: readonly PlacedBlock[];
  /** Units and blocks of the whole report (references are counted report-wide). */
  readonly allUnits: readonly TextUnit[];
  readonly allBlocks: readonly PlacedBlock[];
  readonly settings: PreflightSettings;
  readonly tools: PreflightTools;
  readonly checked: (sectionId: string) => boolean;
}

export interface RawFinding {
  readonly severity: Severity;
  readonly message: string;
  readonly unit: TextUnit;
  readonly offset: number;
  readonly excerpt: string;
  readonly suggestion?: string | null;
  readonly fix?: PreflightFix | null;
}

export interface PreflightRule {
  readonly id: RuleId;
  /** Needs the lexicon / converter: skipped with a note when the tool is not supplied. */
  run(context: RuleContext): RawFinding[];
}

/** A finding at a regular-expression match inside a unit. */
export function at(unit: TextUnit, offset: number, excerpt: string, severity: Severity, message: string, suggestion: string | null = null, fix: PreflightFix | null = null): RawFinding {
  return { unit, offset, excerpt, severity, message, suggestion, fix };
}

/** Every match of a global regular expression in text. */
export function matches(pattern: RegExp, text: string): RegExpExecArray[] {
  // The rules' patterns are module constants with the g flag: reused (not recompiled) per call,
  // and collected before returning, so a caller may use the same pattern again while iterating.
  const re = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  re.lastIndex = 0;
  const found: RegExpExecArray[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return found;
}
