/**
 * A report plan with every character XML 1.0 forbids replaced by U+FFFD, and a warning when there
 * were any. Both exports print from the plan, so the Word file (whose every part must be well-formed
 * XML, headers and docProps/core.xml included, which the docx library writes without checking) and
 * the PDF show the same visible replacement, and the user is told where to look.
 */
import { countXmlForbidden, replaceXmlForbidden } from '../escape/xml-chars';
import { exportWarnings } from './export-warnings';
import type { ReportPlan } from './report-plan';

/** Applies `fix` to every string in a tree of plain data (objects, arrays, strings, numbers). */
function mapStrings(value: unknown, fix: (text: string) => string): unknown {
  if (typeof value === 'string') return fix(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, fix));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = mapStrings(item, fix);
    return out;
  }
  return value;
}

function countForbidden(value: unknown): number {
  if (typeof value === 'string') return countXmlForbidden(value);
  let found = 0;
  if (Array.isArray(value)) for (const item of value) found += countForbidden(item);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) found += countForbidden(item);
  return found;
}

/**
 * `value` with the characters XML forbids replaced, and how many there were. A first pass only
 * counts, so the usual clean report is returned as it is, without a copy.
 */
export function xmlSafeData<T>(value: T): { value: T; replaced: number } {
  const replaced = countForbidden(value);
  return replaced === 0 ? { value, replaced } : { value: mapStrings(value, replaceXmlForbidden) as T, replaced };
}

export function xmlSafePlan(plan: ReportPlan): ReportPlan {
  const { value, replaced } = xmlSafeData(plan);
  return replaced === 0 ? plan : { ...value, warnings: [...value.warnings, exportWarnings.replacedCharacters(replaced)] };
}
