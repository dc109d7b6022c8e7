/**
 * Writes a new package file from contents held in memory (createPackageFile builds it under a
 * temporary name and renames it into place, never over an existing file).
 */
import { createPackageFile, type PackageQueries } from '../project-store/package-file';
import * as q from '../project-store/queries/package-file-queries';
import type { PackageContents } from './package-contents';
import { META, PACKAGE_FORMAT } from './package-format';

function insertRows(pkg: PackageQueries, contents: PackageContents): void {
  const values: [string, unknown][] = [
    [META.format, PACKAGE_FORMAT],
    [META.packageId, contents.packageId],
    [META.projectUuid, contents.projectUuid],
    [META.department, contents.department],
    [META.settings, contents.settings],
    [META.issuedAt, contents.issuedAt],
    [META.baseMac, contents.baseMac],
    [META.submittedAt, contents.submittedAt],
    [META.workingSeal, contents.workingSeal],
  ];
  if (contents.preflight !== undefined) values.push([META.preflight, contents.preflight]);
  for (const [key, value] of values) pkg.query(q.writeMetaValue, key, value);
  pkg.query(q.insertPackageOutline, contents.outline);
  pkg.query(q.insertContextSections, contents.context);
  pkg.query(q.insertBaseSections, contents.base.values());
  for (const s of contents.working.values()) pkg.query(q.writeWorkingSection, s);
  pkg.query(q.insertPackageAssets, contents.assets);
  pkg.query(q.insertPackageComments, contents.comments);
}

export function writePackageFile(file: string, contents: PackageContents): string {
  return createPackageFile(file, (pkg) => insertRows(pkg, contents));
}
