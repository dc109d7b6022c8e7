/**
 * traditional — traditional characters in simplified text (強化以賽促教 → 强化以赛促教), with the
 * simplified form as the fix. The converter (opencc-js t→cn in the app) converts phrases in
 * context, so 显著 or 乾坤 stay as they are; only characters it changes are flagged. Text covered
 * by the project's allow-list (a logo line on the cover: 天津工業職業學院) is left alone.
 */
import { at, type PreflightRule, type RawFinding } from '../rule';
import type { TextUnit } from '../text-units';
import type { ToSimplified } from '../types';

/** Changed characters closer than this are one excerpt (工業職業學 rather than 業, 職, 業, 學). */
const JOIN_GAP = 2;
/** Runs of Chinese characters up to this length are shown and fixed whole. */
const SHORT_RUN = 10;

function allowedRanges(text: string, allow: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const entry of allow) {
    if (entry === '') continue;
    for (let i = text.indexOf(entry); i >= 0; i = text.indexOf(entry, i + 1)) ranges.push([i, i + entry.length]);
  }
  return ranges;
}

function changedRuns(text: string, simplified: string): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === simplified[i]) continue;
    const last = runs[runs.length - 1];
    if (last !== undefined && i - last[1] <= JOIN_GAP) last[1] = i + 1;
    else runs.push([i, i + 1]);
  }
  return runs;
}

/** Expand [start, end) to the run of Chinese characters around it when that run is short. */
function hanRunAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from > 0 && /\p{Script=Han}/u.test(text[from - 1] as string)) from--;
  while (to < text.length && /\p{Script=Han}/u.test(text[to] as string)) to++;
  return to - from <= SHORT_RUN ? [from, to] : [start, end];
}

export function checkTraditional(unit: TextUnit, toSimplified: ToSimplified, allow: readonly string[], into: RawFinding[]): void {
  if (!/\p{Script=Han}/u.test(unit.text)) return;
  const whole = toSimplified(unit.text);
  // opencc maps character for character here; should a phrase change length, compare per character.
  const simplified = whole.length === unit.text.length ? whole : Array.from(unit.text, (c) => (c.length === 1 ? toSimplified(c) : c)).join('');
  if (simplified === unit.text || simplified.length !== unit.text.length) return;
  const allowed = allowedRanges(unit.text, allow);
  for (const [changedStart, changedEnd] of changedRuns(unit.text, simplified)) {
    // A short run of Chinese (a heading, a name: 天津工業職業學院) is shown whole.
    const [start, end] = hanRunAround(unit.text, changedStart, changedEnd);
    if (allowed.some(([from, to]) => start >= from && end <= to)) continue;
    const excerpt = unit.text.slice(start, end);
    const fixed = simplified.slice(start, end);
    into.push(at(unit, start, excerpt, 'warning', `简体文本中有繁体字：“${excerpt}”应为“${fixed}”（如为校徽等必须保留的繁体，可加入繁体允许列表）`, fixed, { kind: 'replace', text: fixed }));
  }
}

export const traditionalRule: PreflightRule = {
  id: 'traditional',
  run(context) {
    const toSimplified = context.tools.toSimplified;
    if (toSimplified === undefined) return [];
    const out: RawFinding[] = [];
    for (const unit of context.units) checkTraditional(unit, toSimplified, context.settings.traditionalAllow, out);
    return out;
  },
};
