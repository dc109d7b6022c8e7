/**
 * The office takes a package back: every check first, then a three-way comparison of each
 * section, and nothing written. A package is accepted only if
 * - it is a sound package file (header, integrity_check, and exactly our schema: no foreign table,
 *   view, trigger or index);
 * - it belongs to this project (project uuid), was issued by it (registry) to that department,
 *   and has not been merged already;
 * - it carries exactly the sections the registry says it was given, and its department rows hold
 *   only those (a row for any other section is refused, whatever its seal);
 * - the office's MAC over what was issued verifies with the secret only the registry has, and the
 *   working seal over the department's rows verifies (package-seal.ts);
 * - every edited section is valid content whose images are in the package or the project.
 * Otherwise: PACKAGE_REFUSED with the reason in Chinese (and English for the CLI), and the project
 * file is not touched — it is only read.
 */
import path from 'node:path';
import { newNodeId } from '../../shared/ids/block-id';
import { mergeSection } from '../../shared/merge/merge-section';
import { validateSectionContent } from '../../shared/model/content-validation';
import { AppError } from '../errors/app-error';
import type { NewAsset, Project } from '../project-store/project';
import { getComment, type CommentRow } from '../project-store/queries/comment-queries';
import { readProjectUuid } from '../project-store/queries/identity-queries';
import { getPackage, packageSections, type PackageRow, type PackageSectionRow } from '../project-store/queries/package-queries';
import { openPackageReadOnly } from '../project-store/package-file';
import { PackageFormatError, readPackageContents, type PackageContents } from './package-contents';
import { officeMac, sameMac, workingSeal } from './package-seal';
import { gatePackageImages } from './gate-package-images';
import { countChanges, sectionReview, type PreparedImport, type PreparedSection } from './prepared-import';
import { figureAssets } from './section-skeleton';

export type RefusalProblem =
  | 'corrupt'
  | 'untrusted-schema'
  | 'not-a-package'
  | 'foreign-project'
  | 'unknown-package'
  | 'wrong-department'
  | 'already-merged'
  | 'unassigned-sections'
  | 'tampered'
  | 'tampered-working'
  | 'invalid-content';

export function refuse(file: string, problem: RefusalProblem, zh: string, en: string): AppError {
  return new AppError('PACKAGE_REFUSED', { name: path.basename(file), reason: zh, reasonEn: en }, { problem });
}

function readPackage(file: string): PackageContents {
  let opened;
  try {
    opened = openPackageReadOnly(file);
  } catch (error) {
    if (error instanceof AppError && error.code === 'CORRUPT_FILE') {
      throw refuse(file, 'corrupt', `文件已损坏或不完整（${String(error.params.detail ?? '')}），请让部门重新发送`, 'the file is damaged or incomplete');
    }
    if (error instanceof AppError && error.code === 'UNTRUSTED_SCHEMA') {
      throw refuse(
        file,
        'untrusted-schema',
        '它在年报工坊之外被其他软件改动过，请让部门重新发送',
        `it was altered outside ReportWorks (${String(error.details?.objects ?? '')})`,
      );
    }
    throw error;
  }
  try {
    return readPackageContents(opened);
  } catch (error) {
    if (error instanceof PackageFormatError) throw refuse(file, 'corrupt', `文件内容不完整或已被改动（${error.detail}）`, 'the content is incomplete or was altered');
    throw error;
  } finally {
    opened.close();
  }
}

export interface VerifiedPackage {
  readonly file: string;
  readonly contents: PackageContents;
  readonly registry: PackageRow;
  readonly sections: readonly PackageSectionRow[];
}

/** All the checks of the module comment; throws PACKAGE_REFUSED. */
export function verifyPackage(project: Project, file: string): VerifiedPackage {
  const contents = readPackage(file);
  const uuid = project.query(readProjectUuid);
  if (uuid === null || contents.projectUuid !== uuid) {
    const from = `${contents.settings.reportTitle}`;
    throw refuse(file, 'foreign-project', `它属于另一个项目（“${from}”），不是本项目发出的`, 'it belongs to another project');
  }
  const registry = project.query(getPackage, contents.packageId);
  if (!registry) throw refuse(file, 'unknown-package', `本项目的发包记录中没有这个材料包（编号 ${contents.packageId.slice(0, 8)}…）`, 'this project never issued it');
  if (registry.departmentId !== contents.department.id) {
    throw refuse(file, 'wrong-department', `它是发给另一个部门的，文件中的部门（${contents.department.name}）与发包记录不符`, 'its department does not match the registry');
  }
  if (registry.mergedAt !== null) {
    const at = new Date(registry.mergedAt).toLocaleString('zh-CN', { hour12: false });
    throw refuse(file, 'already-merged', `它已于 ${at} 合并过，不能重复合并（如需重新合并，请先撤销那次合并）`, 'it was merged already');
  }
  const sections = project.query(packageSections, registry.id);
  const given = new Set(sections.map((s) => s.nodeId));
  const titleOf = (id: string): string => contents.outline.find((n) => n.id === id)?.title ?? project.outline().find((n) => n.id === id)?.title ?? id;
  const foreign = [...new Set([...contents.working.keys(), ...contents.base.keys()])].filter((id) => !given.has(id));
  if (foreign.length > 0) {
    throw refuse(
      file,
      'unassigned-sections',
      `它包含未分配给“${contents.department.name}”的章节：${foreign.map(titleOf).join('、')}`,
      'it changes sections not assigned to its department',
    );
  }
  const missing = sections.filter((s) => !contents.base.has(s.nodeId) || contents.base.get(s.nodeId)?.revision !== s.baseRevision);
  if (missing.length > 0 || !sameMac(officeMac(registry.secret, contents), registry.baseMac) || !sameMac(contents.baseMac, registry.baseMac)) {
    throw refuse(file, 'tampered', '材料包在年报工坊之外被改动过（发出时的内容与校验码不符）', 'it was altered outside ReportWorks (the issued content fails its MAC)');
  }
  if (contents.workingSeal === null || !sameMac(workingSeal(contents), contents.workingSeal)) {
    throw refuse(file, 'tampered-working', '部门修改的内容在年报工坊之外被改动过（校验不符），请让部门在年报工坊中打开、保存并重新提交', 'the department part was altered outside ReportWorks');
  }
  for (const [nodeId, working] of contents.working) {
    const checked = validateSectionContent(working.content);
    if (!checked.ok) throw refuse(file, 'invalid-content', `“${titleOf(nodeId)}”的内容无效：${checked.problem}`, 'a section holds invalid content');
    const known = new Set(contents.assets.map((a) => a.sha256));
    const lost = figureAssets(checked.value).find((sha256) => !known.has(sha256) && project.assetInfo(sha256) === undefined);
    if (lost !== undefined) throw refuse(file, 'invalid-content', `“${titleOf(nodeId)}”引用的图片 ${lost.slice(0, 12)}… 不在材料包中`, 'an image is missing');
  }
  return { file, contents, registry, sections };
}

/** The department's replies and comments on its sections, as project comment rows. */
function departmentComments(project: Project, verified: VerifiedPackage): CommentRow[] {
  const given = new Set(verified.sections.map((s) => s.nodeId));
  const ids = new Set(verified.contents.comments.map((c) => c.id));
  return verified.contents.comments
    .filter((c) => !c.issued && c.origin === 'department' && given.has(c.nodeId))
    // A reply to a comment the office has since deleted has nothing to hang on: left out.
    .filter((c) => c.parentId === null || project.query(getComment, c.parentId) !== undefined || ids.has(c.parentId))
    .filter((c) => project.query(getComment, c.id) === undefined)
    .map(({ issued: _issued, ...c }) => ({ ...c, packageId: verified.registry.id }));
}

/**
 * Compares every section of a verified package with the office's current content. `gated` are the
 * package's images after the image gate (gate-package-images.ts), with what it refused.
 */
function preparePackageImport(project: Project, verified: VerifiedPackage, gated: { readonly assets: readonly NewAsset[]; readonly warnings: readonly string[] }): PreparedImport {
  const { contents } = verified;
  const live = new Map(project.outline().map((n) => [n.id, n]));
  const warnings: string[] = [...gated.warnings];
  const sections: PreparedSection[] = [];
  for (const row of verified.sections) {
    const node = live.get(row.nodeId);
    const base = contents.base.get(row.nodeId);
    if (!base) continue;
    if (!node) {
      const title = contents.outline.find((n) => n.id === row.nodeId)?.title ?? row.nodeId;
      if (contents.working.has(row.nodeId)) warnings.push(`“${title}”已在项目中删除，部门对它的修改未列入（恢复该章节后可重新导入）`);
      continue;
    }
    const ours = project.loadSection(row.nodeId);
    const theirs = contents.working.get(row.nodeId)?.content ?? base.content;
    const merge = mergeSection({ sectionId: row.nodeId, base: base.content, ours: ours.content, theirs });
    sections.push({ nodeId: row.nodeId, title: node.title, baseRevision: row.baseRevision, oursRevision: ours.revision, merge });
  }
  const comments = departmentComments(project, verified);
  const counts = countChanges(sections);
  const numbering = project.numbering();
  return {
    projectPath: project.path,
    packageId: verified.registry.id,
    sections,
    assets: gated.assets,
    comments,
    review: {
      importId: newNodeId('i'),
      source: {
        kind: 'package',
        packageId: verified.registry.id,
        departmentId: contents.department.id,
        departmentName: contents.department.name,
        fileName: path.basename(verified.file),
        issuedAt: contents.issuedAt,
        submittedAt: contents.submittedAt,
      },
      sections: sections.map((s) => sectionReview(s, numbering)),
      changes: counts.changes,
      conflicts: counts.conflicts,
      replies: comments.length,
      warnings,
    },
  };
}

/** Checks and compares a package file, its images through the image gate; writes nothing. */
export async function importPackage(project: Project, file: string): Promise<PreparedImport> {
  const verified = verifyPackage(project, file);
  const titleOf = (id: string): string => project.outline().find((n) => n.id === id)?.title ?? verified.contents.outline.find((n) => n.id === id)?.title ?? id;
  const gated = await gatePackageImages(project, verified.contents, titleOf);
  return preparePackageImport(project, { ...verified, contents: gated.contents }, gated);
}
