/**
 * A project as main hands it out (the snapshot, a section with its revision, the history): the
 * IPC contract (shared/ipc/contract.ts) answers with these, and the project store builds them.
 */
import type { CharCount } from '../text/char-count';
import type { ContributionInfo } from './collaboration';
import type { SectionContent } from './document';
import type { OutlineNode } from './outline';
import type { ReportSettings } from './settings';

export type ReadOnlyReason = 'in-use' | 'file-read-only' | 'requested';

export interface LockHolder {
  readonly user: string;
  readonly host: string;
  readonly pid: number;
  readonly since: string;
}

export interface ReportStats {
  readonly sections: number;
  readonly characters: CharCount;
  readonly perNode: Readonly<Record<string, CharCount>>;
  readonly tables: number;
  readonly figures: number;
  /** Charts (figures drawn from a table), also counted in `figures`. */
  readonly charts: number;
  readonly cases: number;
  /** Ids of sections whose stored content is damaged and is shown recovered; present only when there are any. */
  readonly damaged?: readonly string[];
}

export interface ProjectSnapshot {
  readonly path: string;
  readonly readOnly: boolean;
  readonly readOnlyReason: ReadOnlyReason | null;
  readonly lockHolder: LockHolder | null;
  readonly settings: ReportSettings;
  readonly outline: readonly OutlineNode[];
  readonly deleted: readonly OutlineNode[];
  readonly stats: ReportStats;
  /** 'contributor' when a department's package (.rwpkg) is open; absent for a project. */
  readonly mode?: 'office' | 'contributor';
  /** Contributor mode only: the package, its department and the sections it may edit. */
  readonly contribution?: ContributionInfo;
}

/**
 * The section's stored content was damaged and could not be read; `content` is the newest revision
 * in its history that could (`fromRevision`), or one placeholder paragraph (null). The damaged text
 * stays in the file and is kept as a 'damaged' revision when the section is next saved.
 */
export interface SectionRecovery {
  readonly fromRevision: number | null;
}

export interface SectionDocument {
  readonly id: string;
  readonly revision: number;
  readonly content: SectionContent;
  readonly recovered?: SectionRecovery;
}

export interface RevisionInfo {
  readonly revision: number;
  readonly savedAt: string;
  /**
   * 'merge': the result of merging a department's package or Word draft (see shared/merge).
   * 'damaged': stored content that could not be read, kept when the section was saved over it.
   * 'preflight': a fix applied from the 校对 panel (never folded into the autosaves around it).
   * 'replace': 全部替换 across the report (one revision per section touched).
   */
  readonly reason: 'create' | 'edit' | 'restore' | 'import' | 'merge' | 'damaged' | 'preflight' | 'replace';
  readonly characters: number;
  /** Names of the named versions of the report (保存版本) that hold this revision. */
  readonly versions?: readonly string[];
}
