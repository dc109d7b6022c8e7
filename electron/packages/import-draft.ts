/**
 * A department sent a Word file instead of its package: the draft is converted to the report
 * model (electron/word/, shared/word/) and reviewed like a package, as changes to one section. The
 * section's current content is both base and ours, the draft is theirs; matching the draft's
 * blocks to the section's by text (shared/merge/match-ids.ts) keeps unchanged paragraphs as they
 * are, so only real edits are proposed. Nothing is written until the office decides.
 */
import path from 'node:path';
import { newNodeId } from '../../shared/ids/block-id';
import { adoptBlockIds, adoptedIds, retargetXrefs } from '../../shared/merge/match-ids';
import { mergeSection } from '../../shared/merge/merge-section';
import { depthOf } from '../../shared/model/outline';
import { xrefLabel } from '../../shared/numbering/report-numbering';
import { draftBlocksFromHtml } from '../../shared/word/html-to-blocks';
import { AppError } from '../errors/app-error';
import type { Project } from '../project-store/project';
import { readDocx } from '../word/read-docx';
import { countChanges, sectionReview, type PreparedImport, type PreparedSection } from './prepared-import';

export async function importWordDraft(project: Project, docxFile: string, sectionId: string): Promise<PreparedImport> {
  const node = project.outline().find((n) => n.id === sectionId);
  if (!node) throw new AppError('NOT_FOUND', { what: '章节', id: sectionId });
  const docx = await readDocx(docxFile);
  const draft = draftBlocksFromHtml(docx.html, { title: node.title, depth: depthOf(project.outline(), sectionId) });
  const current = project.loadSection(sectionId);
  const numbering = project.numbering();
  // The draft's own references read as typed (表1-1) while matching, so a paragraph whose reference
  // the office already made live is unchanged; then they follow the ids their targets adopted.
  const labelOf = (target: string): string | null => xrefLabel(numbering, target) ?? draft.typedLabels.get(target) ?? null;
  const adopted = adoptBlockIds(current.content, draft.blocks, labelOf);
  const theirs = retargetXrefs(adopted, adoptedIds(draft.blocks, adopted));
  const merge = mergeSection({ sectionId, base: current.content, ours: current.content, theirs });
  const section: PreparedSection = { nodeId: sectionId, title: node.title, baseRevision: current.revision, oursRevision: current.revision, merge };
  const counts = countChanges([section]);
  return {
    projectPath: project.path,
    packageId: null,
    sections: [section],
    assets: docx.assets,
    comments: [],
    review: {
      importId: newNodeId('i'),
      source: { kind: 'draft', fileName: path.basename(docxFile) },
      sections: [sectionReview(section, numbering)],
      changes: counts.changes,
      conflicts: counts.conflicts,
      replies: 0,
      warnings: draft.warnings,
    },
  };
}
