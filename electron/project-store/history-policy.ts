/**
 * How a section's history stays both useful and bounded (issue 15: “versions at least every few
 * minutes of editing”). Pure functions of the revisions' metadata and the time, so the rules are
 * tested without a database or a real clock.
 *
 * Timed versions. Autosaves come every second or two while an author types; keeping each would bury
 * the history, keeping one per session would lose an afternoon. An autosave folds into the latest
 * autosave revision only while that revision's run began less than {@link AUTOSAVE_WINDOW_MS} ago,
 * so continuous editing leaves a version at least every five minutes, each holding the text at the
 * end of its five minutes. Five: at most about five minutes of typing (a paragraph or two) lies
 * between two versions one can go back to, while a whole day of editing one section leaves at most
 * ~100 entries, few enough to read in the panel. The window is anchored at the first save of a run
 * (not at the clock's five-minute marks), so two versions are never seconds apart.
 *
 * Pruning, run when a section gets a new revision:
 * - everything from the last 24 hours is kept;
 * - from 1 to 30 days old, the newest autosave of each clock hour;
 * - older than 30 days, the newest autosave of each calendar day.
 * Never pruned: revisions with another reason than 'edit' (create, restore, import, merge, damaged,
 * preflight, replace), the revision just before one of those (the text that operation replaced),
 * revisions a named version points at, and the current revision.
 */
import type { RevisionInfo } from '../../shared/model/project-snapshot';

export const AUTOSAVE_WINDOW_MS = 5 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
export const KEEP_ALL_MS = DAY_MS;
export const HOURLY_UNTIL_MS = 30 * DAY_MS;

export interface RevisionMeta {
  readonly revision: number;
  readonly savedAt: string;
  readonly reason: RevisionInfo['reason'];
  /** A named version points at it. */
  readonly pinned: boolean;
}

/** The open autosave run of a section: the revision it writes and when its first save was. */
export interface AutosaveRun {
  readonly revision: number;
  readonly startedAt: number;
}

/** Whether an autosave at `now` folds into the run that wrote `latest` (otherwise it starts a new version). */
export function foldsIntoRun(run: AutosaveRun | undefined, latestRevision: number, now: number): boolean {
  return run !== undefined && run.revision === latestRevision && now - run.startedAt < AUTOSAVE_WINDOW_MS && now >= run.startedAt;
}

/** Calendar day of a time in the machine's time zone (the author's day, not UTC's). */
function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}

/** The revisions to delete under the rule above; `revisions` in any order. */
export function revisionsToPrune(revisions: readonly RevisionMeta[], now: number): number[] {
  const ordered = [...revisions].sort((a, b) => a.revision - b.revision);
  const newest = ordered[ordered.length - 1]?.revision;
  const protectedRevisions = new Set<number>();
  ordered.forEach((r, i) => {
    const next = ordered[i + 1];
    if (r.reason !== 'edit' || r.pinned || r.revision === newest || (next !== undefined && next.reason !== 'edit')) protectedRevisions.add(r.revision);
  });
  // Newest first, so the first revision seen in a bucket is the one kept.
  const keptBuckets = new Set<string>();
  const prune: number[] = [];
  for (const r of [...ordered].reverse()) {
    if (protectedRevisions.has(r.revision)) continue;
    const at = Date.parse(r.savedAt);
    const age = now - at;
    if (!(age > KEEP_ALL_MS)) continue; // also keeps revisions with an unreadable or future time
    const bucket = age <= HOURLY_UNTIL_MS ? `h${Math.floor(at / HOUR_MS)}` : `d${localDay(at)}`;
    if (keptBuckets.has(bucket)) prune.push(r.revision);
    else keptBuckets.add(bucket);
  }
  return prune.sort((a, b) => a - b);
}
