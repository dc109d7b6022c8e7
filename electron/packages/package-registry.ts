/** The office's list of issued packages, for the registry view and `undoImport`. */
import type { PackageRecord } from '../../shared/model/collaboration';
import type { Project } from '../project-store/project';
import { listDepartments } from '../project-store/queries/department-queries';
import { listPackages, packageSections } from '../project-store/queries/package-queries';

export function listPackageRecords(project: Project): PackageRecord[] {
  const names = new Map(project.query(listDepartments).map((d) => [d.id, d.name]));
  return project.query(listPackages).map((row) => ({
    id: row.id,
    departmentId: row.departmentId,
    // A department removed after its package was merged keeps its history under its id.
    departmentName: names.get(row.departmentId) ?? row.departmentId,
    fileName: row.fileName,
    issuedAt: row.issuedAt,
    mergedAt: row.mergedAt,
    sections: project.query(packageSections, row.id).map((s) => ({ nodeId: s.nodeId, baseRevision: s.baseRevision, mergedRevision: s.mergedRevision })),
    summary: row.summary,
  }));
}
