/**
 * Applies the office's decisions on a prepared import (import-package.ts, import-draft.ts) in ONE
 * transaction: each section the merge changes becomes a new revision (reason 'merge'), the images
 * it needs are stored, the department's replies are filed, the package is marked merged and its
 * nodes 已提交 — or, on any failure, nothing at all. What each section was before is recorded in
 * the registry, so {@link undoImport} can put it back.
 */
import { canonicalJson } from '../../shared/merge/canonical-json';
import { applyMerge, takesTheirs, unresolvedConflicts } from '../../shared/merge/apply-changes';
import type { DecisionMap } from '../../shared/merge/merge-types';
import type { ImportOutcome } from '../../shared/merge/review-types';
import { validateSectionContent } from '../../shared/model/content-validation';
import { outlineInOrder } from '../../shared/model/outline';
import { advanceStatus } from '../departments/node-status';
import { AppError } from '../errors/app-error';
import type { Project } from '../project-store/project';
import * as assetQ from '../project-store/queries/asset-queries';
import { deleteCommentsOfPackage, insertComment } from '../project-store/queries/comment-queries';
import { getPackage, markMerged, markUnmerged, packageSections, recordSectionMerge } from '../project-store/queries/package-queries';
import * as sectionQ from '../project-store/queries/section-queries';
import type { PreparedImport } from './prepared-import';
import { figureAssets } from './section-skeleton';

export function applyImport(project: Project, prepared: PreparedImport, decisions: DecisionMap): ImportOutcome {
  if (project.path !== prepared.projectPath) throw new AppError('INVALID_OPERATION', { detail: '这次导入属于另一个项目，请重新导入' });
  const changes = prepared.sections.flatMap((s) => s.merge.changes);
  const known = new Set(changes.map((c) => c.id));
  const stray = [...decisions.keys()].find((id) => !known.has(id));
  if (stray !== undefined) throw new AppError('INVALID_PAYLOAD', { detail: `没有这一处修改：${stray}` });

  const revisions: Record<string, number> = {};
  project.write(() => {
    if (prepared.packageId !== null && project.query(getPackage, prepared.packageId)?.mergedAt !== null) {
      throw new AppError('INVALID_OPERATION', { detail: '这个材料包已经合并过了' });
    }
    const now = new Date().toISOString();
    for (const section of prepared.sections) {
      const current = project.loadSection(section.nodeId);
      if (current.revision !== section.oursRevision) {
        throw new AppError('REVISION_CONFLICT', { current: current.revision, base: section.oursRevision }, { current: current.revision, base: section.oursRevision, section: section.nodeId });
      }
      const merged = applyMerge(section.merge, decisions);
      if (canonicalJson(merged) === canonicalJson(current.content)) continue;
      const checked = validateSectionContent(merged);
      if (!checked.ok) throw new AppError('INVALID_OPERATION', { detail: `“${section.title}”合并后的内容无效：${checked.problem}` });
      for (const sha256 of figureAssets(checked.value)) {
        if (project.query(assetQ.assetInfo, sha256) !== undefined) continue;
        const asset = prepared.assets.find((a) => a.sha256 === sha256);
        if (!asset) throw new AppError('INVALID_OPERATION', { detail: `“${section.title}”引用的图片 ${sha256.slice(0, 12)}… 缺失` });
        project.query(assetQ.putAsset, asset, now);
      }
      const saved = project.replaceSection(section.nodeId, checked.value, 'merge');
      revisions[section.nodeId] = saved.revision;
      if (prepared.packageId !== null) {
        project.query(recordSectionMerge, prepared.packageId, section.nodeId, current.revision, JSON.stringify(current.content), saved.revision);
      }
    }
    for (const comment of prepared.comments) project.query(insertComment, comment);
    if (prepared.packageId !== null) {
      const taken = changes.filter((c) => takesTheirs(c, decisions)).length;
      const unresolved = unresolvedConflicts(changes, decisions).length;
      project.query(markMerged, prepared.packageId, now, { applied: taken, rejected: changes.length - taken - unresolved, unresolved, replies: prepared.comments.length });
      advanceStatus(project, prepared.sections.map((s) => s.nodeId), 'submitted');
    }
  });
  const applied = changes.filter((c) => takesTheirs(c, decisions)).length;
  const unresolved = unresolvedConflicts(changes, decisions);
  return {
    importId: prepared.review.importId,
    packageId: prepared.packageId,
    applied,
    rejected: changes.length - applied - unresolved.length,
    unresolved,
    revisions,
    replies: prepared.comments.length,
  };
}

/**
 * Undoes a package's merge: every section it changed gets its pre-merge content back as a new
 * revision ('restore'), its replies are removed and the package can be imported again. Refused
 * when a merged section has been edited since: undoing would silently drop that work (history
 * still has both versions).
 */
export function undoImport(project: Project, packageId: string): { readonly restored: Readonly<Record<string, number>> } {
  const restored: Record<string, number> = {};
  project.write(() => {
    const registry = project.query(getPackage, packageId);
    if (!registry) throw new AppError('NOT_FOUND', { what: '材料包', id: packageId });
    if (registry.mergedAt === null) throw new AppError('INVALID_OPERATION', { detail: '这个材料包还没有合并，无需撤销' });
    const sections = project.query(packageSections, packageId).filter((s) => s.mergedRevision !== null && s.preMergeContent !== null);
    const titles = new Map(outlineInOrder(project.outline()).map((n) => [n.id, n.title]));
    const edited = sections.filter((s) => (project.query(sectionQ.readSection, s.nodeId)?.revision ?? 0) !== s.mergedRevision);
    if (edited.length > 0) {
      const names = edited.map((s) => `“${titles.get(s.nodeId) ?? s.nodeId}”`).join('、');
      throw new AppError('INVALID_OPERATION', { detail: `${names}在合并后又修改过，撤销会丢掉这些修改；请在“历史版本”中逐节恢复` });
    }
    for (const s of sections) {
      const saved = project.replaceSection(s.nodeId, JSON.parse(s.preMergeContent as string), 'restore');
      restored[s.nodeId] = saved.revision;
    }
    project.query(deleteCommentsOfPackage, packageId);
    project.query(markUnmerged, packageId);
    advanceStatus(project, project.query(packageSections, packageId).map((s) => s.nodeId), 'drafting');
  });
  return { restored };
}
