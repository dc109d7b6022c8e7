/**
 * The text runs inside a cell. Normal form is what Slate's own normalization produces for a text
 * block (neighbouring runs with equal marks merged, no empty run beside a non-empty one), so Slate
 * never rewrites a table this folder produced, and deep-equality of tables means equal content.
 */
import type { FormattedText } from '../model/document';

function isText(value: unknown): value is FormattedText {
  return typeof value === 'object' && value !== null && typeof (value as { text?: unknown }).text === 'string';
}

/** A stable key of a run's marks (everything but the text). */
function marksOf(run: FormattedText): string {
  const { text: _text, ...marks } = run;
  return JSON.stringify(Object.entries(marks).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function plainTextOf(value: unknown): string {
  if (isText(value)) return value.text;
  if (typeof value === 'object' && value !== null && Array.isArray((value as { children?: unknown }).children)) {
    return (value as { children: unknown[] }).children.map(plainTextOf).join('');
  }
  return '';
}

export function childrenAreNormal(children: unknown): boolean {
  if (!Array.isArray(children) || children.length === 0) return false;
  if (!children.every(isText)) return false;
  const runs = children as FormattedText[];
  if (runs.length === 1) return true;
  return runs.every((run, i) => run.text !== '' && (i === 0 || marksOf(run) !== marksOf(runs[i - 1] as FormattedText)));
}

/** Text runs in normal form; nested elements (a pasted paragraph) contribute their plain text. */
export function normalizeChildren(children: unknown): FormattedText[] {
  if (childrenAreNormal(children)) return children as FormattedText[];
  const runs: FormattedText[] = [];
  for (const child of Array.isArray(children) ? (children as unknown[]) : []) {
    const run: FormattedText = isText(child) ? { ...child } : { text: plainTextOf(child) };
    if (run.text === '') continue;
    const previous = runs[runs.length - 1];
    if (previous !== undefined && marksOf(previous) === marksOf(run)) runs[runs.length - 1] = { ...previous, text: previous.text + run.text };
    else runs.push(run);
  }
  return runs.length > 0 ? runs : [{ text: '' }];
}

/** A cell's text as merging compares it: outer spaces dropped, inner runs of spaces as one. */
export function comparableCellText(runs: readonly FormattedText[]): string {
  return runs
    .map((run) => run.text)
    .join('')
    .replace(/[\s\u3000]+/gu, ' ')
    .trim();
}

/**
 * Several cells' runs as one cell's (what merging does). Following Word, each distinct non-empty
 * content becomes its own line (the cell's paragraph break) and empty cells add nothing. Unlike
 * Word, a content equal to one already taken is taken once: a label repeated down the rows of an
 * Excel sheet (信息工程学院 three times) is what people merge most, and they want it once.
 */
export function joinChildren(parts: readonly (readonly FormattedText[])[]): FormattedText[] {
  const runs: FormattedText[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    const key = comparableCellText(part);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    if (runs.length > 0) runs.push({ text: '\n' });
    runs.push(...part.map((run) => ({ ...run })));
  }
  return normalizeChildren(runs);
}
