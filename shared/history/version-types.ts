/**
 * Named versions of the whole report (保存版本, issue 15), as main hands them to the renderer.
 * A version points at the revision each section had when it was saved (see migration 008).
 */
export interface ReportVersionInfo {
  readonly id: number;
  readonly name: string;
  readonly createdAt: string;
  /** How many sections it holds. */
  readonly sections: number;
}

/**
 * How one section of the report stands against a named version:
 * - 'changed': restoring the version would change it;
 * - 'same': it holds the version's text already;
 * - 'added': the section came after the version (restoring leaves it alone);
 * - 'deleted': the section is in the version but deleted now (not restored: restore it from 已删除 first);
 * - 'damaged': the version's stored text of it cannot be read (not restored).
 */
export type VersionSectionStatus = 'changed' | 'same' | 'added' | 'deleted' | 'damaged';

export interface VersionSectionState {
  readonly id: string;
  readonly title: string;
  readonly status: VersionSectionStatus;
  /** The revision the version holds (null for 'added'). */
  readonly versionRevision: number | null;
  /** The section's current revision (null for 'deleted'). */
  readonly currentRevision: number | null;
}

export interface ReportVersionPreview {
  readonly version: ReportVersionInfo;
  /** Live sections in reading order, then the deleted ones. */
  readonly sections: readonly VersionSectionState[];
}

export interface ReportVersionRestore {
  /** Section id → the new 'restore' revision. */
  readonly restored: Readonly<Record<string, number>>;
  /** Section id → its revision just before the restore (what 撤销恢复 brings back). */
  readonly previous: Readonly<Record<string, number>>;
  /** Titles of the sections the version holds that were not restored (deleted since, damaged). */
  readonly skipped: readonly string[];
}
