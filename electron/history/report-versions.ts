/**
 * 保存版本 (issue 15): named versions of the whole report. Saving one pins every live section's
 * current revision under a name in one transaction; restoring one gives each section that differs
 * the version's text back as a new revision (reason 'restore'), all in one transaction, so a
 * failure leaves every section as it was. Versions belong to the project: contribution packages
 * carry no history, and a new year's project starts without them.
 */
import { canonicalJson } from '../../shared/merge/canonical-json';
import type { ReportVersionInfo, ReportVersionPreview, ReportVersionRestore, VersionSectionState } from '../../shared/history/version-types';
import { outlineInOrder } from '../../shared/model/outline';
import { AppError } from '../errors/app-error';
import type { Project } from '../project-store/project';
import { readableContent } from '../project-store/read-content';
import * as outlineQ from '../project-store/queries/outline-queries';
import * as versionQ from '../project-store/queries/report-version-queries';
import * as sectionQ from '../project-store/queries/section-queries';

const MAX_NAME = 100;

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0) throw new AppError('INVALID_PAYLOAD', { detail: '版本名称不能为空' });
  if (trimmed.length > MAX_NAME) throw new AppError('INVALID_PAYLOAD', { detail: `版本名称最多 ${MAX_NAME} 个字` });
  return trimmed;
}

function requireVersion(project: Project, id: number): ReportVersionInfo {
  const version = project.query(versionQ.getReportVersion, id);
  if (!version) throw new AppError('NOT_FOUND', { what: '命名版本', id: String(id) });
  return version;
}

export function listReportVersions(project: Project): ReportVersionInfo[] {
  return project.query(versionQ.listReportVersions);
}

/** Pins every live section at its current revision under `name`. */
export function saveReportVersion(project: Project, name: string): ReportVersionInfo {
  const clean = cleanName(name);
  return project.write(() => {
    const id = project.query(versionQ.insertReportVersion, clean, project.now());
    outlineInOrder(project.outline()).forEach((node, position) => {
      const stored = project.query(sectionQ.readSection, node.id);
      // Every stored content has its revision row (storeContent writes both); a node without stored
      // content has nothing to pin and shows as 'added' against this version.
      if (!stored || project.query(sectionQ.readRevision, node.id, stored.revision) === undefined) return;
      project.query(versionQ.pinSection, id, { nodeId: node.id, revision: stored.revision, position });
    });
    return requireVersion(project, id);
  });
}

export function renameReportVersion(project: Project, id: number, name: string): ReportVersionInfo {
  const clean = cleanName(name);
  return project.write(() => {
    requireVersion(project, id);
    project.query(versionQ.renameReportVersion, id, clean);
    return requireVersion(project, id);
  });
}

/** Deletes the name and its pins; the section revisions stay in each section's history. */
export function deleteReportVersion(project: Project, id: number): void {
  project.write(() => {
    requireVersion(project, id);
    project.query(versionQ.deleteReportVersion, id);
  });
}

/** Which sections restoring the version would change, and which it cannot restore. */
export function previewReportVersion(project: Project, id: number): ReportVersionPreview {
  const version = requireVersion(project, id);
  const pinned = new Map(project.query(versionQ.pinnedSections, id).map((p) => [p.nodeId, p]));
  const sections: VersionSectionState[] = [];
  for (const node of outlineInOrder(project.outline())) {
    const pin = pinned.get(node.id);
    const current = project.query(sectionQ.readSection, node.id);
    const currentRevision = current?.revision ?? 0;
    if (!pin) {
      sections.push({ id: node.id, title: node.title, status: 'added', versionRevision: null, currentRevision });
      continue;
    }
    pinned.delete(node.id);
    const json = project.query(sectionQ.readRevision, node.id, pin.revision) ?? '';
    const content = readableContent(json);
    const status =
      content === null ? 'damaged' : currentRevision === pin.revision || (current !== undefined && sameContent(current.content, content)) ? 'same' : 'changed';
    sections.push({ id: node.id, title: node.title, status, versionRevision: pin.revision, currentRevision });
  }
  for (const pin of pinned.values()) {
    const node = project.query(outlineQ.getNode, pin.nodeId, true);
    sections.push({ id: pin.nodeId, title: node?.title ?? pin.nodeId, status: 'deleted', versionRevision: pin.revision, currentRevision: null });
  }
  return { version, sections };
}

function sameContent(currentJson: string, version: unknown): boolean {
  const current = readableContent(currentJson);
  return current !== null && canonicalJson(current) === canonicalJson(version);
}

/** Restores every section that differs, one 'restore' revision each, in ONE transaction. */
export function restoreReportVersion(project: Project, id: number): ReportVersionRestore {
  return project.write(() => {
    const preview = previewReportVersion(project, id);
    const restored: Record<string, number> = {};
    const previous: Record<string, number> = {};
    for (const section of preview.sections) {
      if (section.status !== 'changed' || section.versionRevision === null) continue;
      const content = project.revisionContent(section.id, section.versionRevision);
      previous[section.id] = section.currentRevision ?? 0;
      restored[section.id] = project.replaceSection(section.id, content, 'restore').revision;
    }
    const skipped = preview.sections.filter((s) => s.status === 'deleted' || s.status === 'damaged').map((s) => s.title);
    return { restored, previous, skipped };
  });
}

/**
 * 撤销恢复: puts back what a whole-report restore replaced, as new 'restore' revisions, in one
 * transaction. Refused when a restored section was edited since (undoing would drop that work;
 * the history still holds both texts).
 */
export function undoReportRestore(project: Project, restore: Pick<ReportVersionRestore, 'restored' | 'previous'>): Record<string, number> {
  return project.write(() => {
    const edited = Object.entries(restore.restored).filter(([nodeId, revision]) => project.query(sectionQ.readSection, nodeId)?.revision !== revision);
    if (edited.length > 0) {
      const titles = edited.map(([nodeId]) => `“${project.query(outlineQ.getNode, nodeId, true)?.title ?? nodeId}”`).join('、');
      throw new AppError('INVALID_OPERATION', { detail: `${titles}在恢复后又修改过，撤销会丢掉这些修改；请在“历史版本”中逐节恢复` });
    }
    const out: Record<string, number> = {};
    for (const nodeId of Object.keys(restore.restored)) {
      const before = restore.previous[nodeId];
      if (before === undefined) throw new AppError('INVALID_PAYLOAD', { detail: `缺少“${nodeId}”恢复前的版本` });
      out[nodeId] = project.replaceSection(nodeId, project.revisionContent(nodeId, before), 'restore').revision;
    }
    return out;
  });
}
