/**
 * What the office reviews when a department's work comes back (a package or a Word draft), and
 * what applying its decisions did. Plain data for IPC and the CLI's --json.
 */
import type { Change } from './merge-types';
import type { ReviewLabels } from './review-wording';

export interface SectionReview {
  readonly sectionId: string;
  readonly title: string;
  /** The revision the department worked from, and the office's current one. */
  readonly baseRevision: number;
  readonly oursRevision: number;
  readonly changes: readonly Change[];
  /** Printed numbers of the section's tables, figures, cases and headings (./review-wording.ts). */
  readonly labels: ReviewLabels;
}

export type ImportSource =
  | {
      readonly kind: 'package';
      readonly packageId: string;
      readonly departmentId: string;
      readonly departmentName: string;
      readonly fileName: string;
      readonly issuedAt: string;
      /** When the department pressed 提交 (null: sent without submitting). */
      readonly submittedAt: string | null;
    }
  | { readonly kind: 'draft'; readonly fileName: string };

export interface ImportReview {
  /** Names this review for package.decide; valid until decided or the project is closed. */
  readonly importId: string;
  readonly source: ImportSource;
  readonly sections: readonly SectionReview[];
  readonly changes: number;
  readonly conflicts: number;
  /** Replies to the office's comments that come with the package. */
  readonly replies: number;
  /** Things the office should know that are no refusal (a section deleted meanwhile …). */
  readonly warnings: readonly string[];
}

export interface ImportOutcome {
  readonly importId: string;
  readonly packageId: string | null;
  /** Changes taken from the department. */
  readonly applied: number;
  /** Ordinary changes left out. */
  readonly rejected: number;
  /** Conflicts without a decision: the office's version was kept. */
  readonly unresolved: readonly Change[];
  /** New revision of every section the merge changed. */
  readonly revisions: Readonly<Record<string, number>>;
  readonly replies: number;
}
