/**
 * The office issues a contribution package to a department: its assigned sections at their
 * current revisions, everything needed to show them in context, sealed with a fresh per-package
 * secret that stays in the project's registry (see package-seal.ts).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { IssuedPackage } from '../../shared/model/collaboration';
import { outlineInOrder } from '../../shared/model/outline';
import { listDepartments, requireDepartment } from '../departments/departments';
import { advanceStatus } from '../departments/node-status';
import { AppError } from '../errors/app-error';
import type { Project } from '../project-store/project';
import { listComments } from '../project-store/queries/comment-queries';
import { listIgnored, readPreflightSettings } from '../project-store/queries/preflight-queries';
import { ensureProjectUuid } from '../project-store/queries/identity-queries';
import { insertPackage } from '../project-store/queries/package-queries';
import type { PackageAsset, PackageContents, PackageSection } from './package-contents';
import { officeMac, workingSeal } from './package-seal';
import { writePackageFile } from './package-writer';
import { figureAssets, numberingSkeleton } from './section-skeleton';

export type CreatedPackage = IssuedPackage;

export function createPackage(project: Project, departmentId: string, outFile: string): CreatedPackage {
  if (project.readOnly) throw new AppError('READ_ONLY_SESSION');
  const department = requireDepartment(project, departmentId);
  if (department.nodeIds.length === 0) throw new AppError('INVALID_OPERATION', { detail: `“${department.name}”还没有分配任何章节` });
  const projectUuid = project.write(() => project.query(ensureProjectUuid));
  const assigned = new Set(department.nodeIds);
  const outline = project.outline();
  const all = project.loadAllSections();

  const base = new Map<string, PackageSection>();
  const context = new Map<string, string>();
  for (const doc of all) {
    if (assigned.has(doc.id)) base.set(doc.id, { nodeId: doc.id, revision: doc.revision, json: JSON.stringify(doc.content), content: doc.content });
    else context.set(doc.id, JSON.stringify(numberingSkeleton(doc.content)));
  }
  const assets: PackageAsset[] = [];
  for (const sha256 of new Set([...base.values()].flatMap((s) => figureAssets(s.content)))) {
    const stored = project.asset(sha256);
    // A figure whose image is not stored stays a placeholder in the package, as in the project.
    if (stored) assets.push({ sha256, mime: stored.mime, bytes: stored.bytes, width: stored.width, height: stored.height, issued: true });
  }
  const comments = project.query(listComments, null)
    .filter((c) => assigned.has(c.nodeId))
    .map(({ packageId: _packageId, ...c }) => ({ ...c, issued: true }));

  const secret = crypto.randomBytes(32);
  const issued = {
    packageId: crypto.randomUUID(),
    projectUuid,
    department: { id: department.id, name: department.name, lead: department.lead, writers: department.writers },
    settings: project.settings(),
    issuedAt: new Date().toISOString(),
    outline,
    context,
    base,
    assets,
    comments,
    preflight: { settings: project.query(readPreflightSettings), ignored: project.query(listIgnored) },
  };
  const baseMac = officeMac(secret, issued);
  const contents: PackageContents = { ...issued, baseMac, submittedAt: null, workingSeal: null, working: new Map() };
  const sealed: PackageContents = { ...contents, workingSeal: workingSeal(contents) };

  const written = writePackageFile(outFile, sealed);
  try {
    project.write(() => {
      project.query(
        insertPackage,
        { id: sealed.packageId, departmentId: department.id, secret, baseMac, fileName: path.basename(written), issuedAt: sealed.issuedAt },
        [...base.values()].map((s) => ({ nodeId: s.nodeId, baseRevision: s.revision })),
      );
      advanceStatus(project, department.nodeIds, 'drafting');
    });
  } catch (error) {
    // Unregistered, the package could never be merged back: do not leave it to be sent out.
    fs.rmSync(written, { force: true });
    throw error;
  }
  const titles = new Map(outlineInOrder(outline).map((n) => [n.id, n.title]));
  return {
    packageId: sealed.packageId,
    path: written,
    department: listDepartments(project).find((d) => d.id === department.id) ?? department,
    sections: [...base.values()].map((s) => ({ nodeId: s.nodeId, title: titles.get(s.nodeId) ?? s.nodeId, revision: s.revision })),
    assets: assets.length,
    comments: comments.length,
  };
}
