/**
 * A department's work checked and compared, waiting for the office's decisions: what
 * package.import / the docx draft import hand to apply-import.ts. Nothing has been written yet.
 */
import type { SectionMerge } from '../../shared/merge/merge-section';
import type { ImportReview, SectionReview } from '../../shared/merge/review-types';
import { reviewLabels } from '../../shared/merge/review-wording';
import type { ReportNumbering } from '../../shared/numbering/report-numbering';
import type { NewAsset } from '../project-store/project';
import type { CommentRow } from '../project-store/queries/comment-queries';

export interface PreparedSection {
  readonly nodeId: string;
  readonly title: string;
  readonly baseRevision: number;
  /** The office's revision the comparison was made against; applying refuses if it moved on. */
  readonly oursRevision: number;
  readonly merge: SectionMerge;
}

export interface PreparedImport {
  readonly review: ImportReview;
  readonly projectPath: string;
  /** The registry entry the import closes; null for a Word draft. */
  readonly packageId: string | null;
  readonly sections: readonly PreparedSection[];
  /** Images the department's content may need that the project may not have yet. */
  readonly assets: readonly NewAsset[];
  /** The department's replies and comments, to store with the import. */
  readonly comments: readonly CommentRow[];
}

/** `numbering`: the report's, to name tables, figures and headings as printed (表 2-3). */
export function sectionReview(section: PreparedSection, numbering: ReportNumbering): SectionReview {
  return {
    sectionId: section.nodeId,
    title: section.title,
    baseRevision: section.baseRevision,
    oursRevision: section.oursRevision,
    changes: section.merge.changes,
    labels: reviewLabels(numbering, section.nodeId),
  };
}

export function countChanges(sections: readonly PreparedSection[]): { changes: number; conflicts: number } {
  let changes = 0;
  let conflicts = 0;
  for (const s of sections) {
    changes += s.merge.changes.length;
    conflicts += s.merge.changes.filter((c) => c.kind === 'conflict').length;
  }
  return { changes, conflicts };
}
