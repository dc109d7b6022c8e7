/**
 * Contributor mode: a department author has the package open in the app. Only the assigned
 * sections can be edited; the outline and the numbering of everything else are read-only
 * context; comments can be answered; 提交 marks the package ready to send back.
 *
 * Every write keeps the working seal (package-seal.ts) up to date, in the same transaction, so
 * the office can tell edits made here from edits made to the file by other means.
 */
import path from 'node:path';
import { newBlockId, newNodeId } from '../../shared/ids/block-id';
import type { ProjectSnapshot, ReportStats, SectionDocument } from '../../shared/ipc/contract';
import { canonicalJson } from '../../shared/merge/canonical-json';
import type { CommentThread, ContributionInfo } from '../../shared/model/collaboration';
import { validateSectionContent } from '../../shared/model/content-validation';
import type { SectionContent } from '../../shared/model/document';
import { emptySectionContent } from '../../shared/model/document';
import { outlineInOrder } from '../../shared/model/outline';
import { numberReport, type ReportNumbering } from '../../shared/numbering/report-numbering';
import { addCounts, ZERO_COUNT, type CharCount } from '../../shared/text/char-count';
import { countContent } from '../../shared/text/content-count';
import { cleanCommentText, threadsOf } from '../departments/comments';
import { AppError } from '../errors/app-error';
import { countStructures } from '../project-store/content-stats';
import type { NewAsset } from '../project-store/project';
import type { IgnoredFindingData } from '../../shared/preflight/preflight-schemas';
import { openPackageWritable, type OpenedPackage } from '../project-store/package-file';
import * as q from '../project-store/queries/package-file-queries';
import { readPackageContents, type PackageContents, PackageFormatError } from './package-contents';
import { META } from './package-format';
import { workingSeal } from './package-seal';
import { figureAssets } from './section-skeleton';

export class ContributorSession {
  private cached: PackageContents;

  private constructor(private readonly opened: OpenedPackage) {
    this.cached = ContributorSession.read(opened, true);
  }

  private static read(opened: OpenedPackage, verifyAssets = false): PackageContents {
    try {
      return readPackageContents(opened, { verifyAssets });
    } catch (error) {
      if (error instanceof PackageFormatError) throw new AppError('NOT_A_PACKAGE', { name: path.basename(opened.path), detail: error.detail });
      throw error;
    }
  }

  static open(file: string): ContributorSession {
    const opened = openPackageWritable(file);
    try {
      return new ContributorSession(opened);
    } catch (error) {
      opened.close();
      throw error;
    }
  }

  get path(): string {
    return this.opened.path;
  }

  get contents(): PackageContents {
    return this.cached;
  }

  close(): void {
    this.opened.close();
  }

  isEditable(nodeId: string): boolean {
    return this.cached.base.has(nodeId);
  }

  private requireEditable(nodeId: string): void {
    if (this.isEditable(nodeId)) return;
    const title = this.cached.outline.find((n) => n.id === nodeId)?.title;
    if (title === undefined) throw new AppError('NOT_FOUND', { what: '章节', id: nodeId });
    throw new AppError('INVALID_OPERATION', { detail: `“${title}”不是分配给${this.cached.department.name}的章节，在材料包中只能查看目录，不能编辑` });
  }

  /** The section as the department has it now (its edit, else what the office sent). */
  loadSection(nodeId: string): SectionDocument {
    this.requireEditable(nodeId);
    const working = this.cached.working.get(nodeId);
    const base = this.cached.base.get(nodeId);
    const current = working ?? base;
    return { id: nodeId, revision: current?.revision ?? 0, content: current?.content ?? emptySectionContent(newBlockId()) };
  }

  loadAllSections(): SectionDocument[] {
    return outlineInOrder(this.cached.outline)
      .filter((n) => this.isEditable(n.id))
      .map((n) => this.loadSection(n.id));
  }

  /** Runs a change and reseals, in one transaction, then refreshes what the session shows. */
  private write<T>(change: () => T, keepSubmitted = false): T {
    const result = this.opened.transaction(() => {
      const value = change();
      // An edit after 提交 means the package must be submitted again.
      if (!keepSubmitted) this.opened.query(q.writeMetaValue, META.submittedAt, null);
      const seal = workingSeal(ContributorSession.read(this.opened));
      this.opened.query(q.writeMetaValue, META.workingSeal, seal);
      return value;
    });
    this.cached = ContributorSession.read(this.opened);
    return result;
  }

  private checkContent(content: unknown): SectionContent {
    const checked = validateSectionContent(content);
    if (!checked.ok) throw new AppError('INVALID_PAYLOAD', { detail: checked.problem });
    const known = new Set(this.cached.assets.map((a) => a.sha256));
    const missing = figureAssets(checked.value).find((sha256) => !known.has(sha256));
    if (missing !== undefined) throw new AppError('INVALID_PAYLOAD', { detail: `图片 ${missing.slice(0, 12)}… 不在材料包中` });
    return checked.value;
  }

  private storeSection(nodeId: string, content: SectionContent): { revision: number; characters: CharCount } {
    const revision = this.loadSection(nodeId).revision + 1;
    this.opened.query(q.writeWorkingSection, { nodeId, revision, json: JSON.stringify(content), updatedAt: new Date().toISOString() });
    return { revision, characters: countContent(content) };
  }

  /** Saves the editor's content; `baseRevision` guards against overwriting a newer save. */
  saveSection(nodeId: string, content: unknown, baseRevision: number): { revision: number; characters: CharCount } {
    this.requireEditable(nodeId);
    const checked = this.checkContent(content);
    return this.write(() => {
      const current = this.loadSection(nodeId).revision;
      if (current !== baseRevision) throw new AppError('REVISION_CONFLICT', { current, base: baseRevision }, { current, base: baseRevision });
      return this.storeSection(nodeId, checked);
    });
  }

  /** Replaces a section wholesale (a Markdown draft), with the images it brings. */
  replaceSection(nodeId: string, content: SectionContent, assets: readonly NewAsset[]): { revision: number; characters: CharCount } {
    this.requireEditable(nodeId);
    return this.write(() => {
      this.opened.query(q.insertPackageAssets, assets.map((a) => ({ ...a, issued: false })));
      this.cached = ContributorSession.read(this.opened);
      return this.storeSection(nodeId, this.checkContent(content));
    });
  }

  /** Contributor mode is never read-only: a package that cannot be written is refused when opened. */
  readonly readOnly = false;

  /** An image the author inserted, stored in the package (the office gets it with the merge). */
  storeAsset(asset: NewAsset): void {
    this.write(() => {
      this.opened.query(q.insertPackageAssets, [{ ...asset, issued: false }]);
    }, true);
  }

  asset(sha256: string): { readonly mime: string; readonly bytes: Buffer } | undefined {
    return this.cached.assets.find((a) => a.sha256 === sha256);
  }

  numbering(): ReportNumbering {
    const contentOf = (nodeId: string): SectionContent | undefined => {
      if (this.isEditable(nodeId)) return this.loadSection(nodeId).content;
      const skeleton = this.cached.context.get(nodeId);
      return skeleton === undefined ? undefined : (JSON.parse(skeleton) as SectionContent);
    };
    // Only the department's own sections carry text: the others are not called empty.
    return numberReport(this.cached.outline, contentOf, this.cached.settings.numberingScheme, { hasText: (id) => this.isEditable(id) });
  }

  stats(): ReportStats {
    let characters = ZERO_COUNT;
    const perNode: Record<string, CharCount> = {};
    let tables = 0;
    let figures = 0;
    let cases = 0;
    let charts = 0;
    for (const doc of this.loadAllSections()) {
      const counts = countContent(doc.content);
      perNode[doc.id] = counts;
      characters = addCounts(characters, counts);
      const s = countStructures(doc.content);
      tables += s.tables;
      figures += s.figures;
      cases += s.cases;
      charts += s.charts;
    }
    return { sections: this.cached.outline.length, characters, perNode, tables, figures, charts, cases };
  }

  info(): ContributionInfo {
    const c = this.cached;
    const changed = [...c.working.values()].filter((w) => canonicalJson(w.content) !== canonicalJson(c.base.get(w.nodeId)?.content)).map((w) => w.nodeId);
    return {
      packageId: c.packageId,
      department: c.department,
      issuedAt: c.issuedAt,
      submittedAt: c.submittedAt,
      editableSectionIds: outlineInOrder(c.outline)
        .filter((n) => c.base.has(n.id))
        .map((n) => n.id),
      changedSectionIds: changed,
    };
  }

  snapshot(): ProjectSnapshot {
    return {
      path: this.path,
      readOnly: false,
      readOnlyReason: null,
      lockHolder: null,
      settings: this.cached.settings,
      outline: this.cached.outline,
      deleted: [],
      stats: this.stats(),
      mode: 'contributor',
      contribution: this.info(),
    };
  }

  listComments(nodeId: string | null): CommentThread[] {
    const rows = this.cached.comments.filter((c) => nodeId === null || c.nodeId === nodeId).map((c) => ({ ...c, packageId: null }));
    return threadsOf(rows);
  }

  /** The department's answer to one of the office's comments. */
  reply(commentId: string, text: string, author?: string): CommentThread {
    const root = this.cached.comments.find((c) => c.id === commentId && c.parentId === null);
    if (!root) throw new AppError('NOT_FOUND', { what: '批注', id: commentId });
    const body = cleanCommentText(text);
    const who = author?.trim() || this.cached.department.writers || this.cached.department.name;
    this.write(() => {
      this.opened.query(q.insertPackageComments, [
        { id: newNodeId('m'), nodeId: root.nodeId, blockId: root.blockId, parentId: root.id, author: who, origin: 'department', text: body, createdAt: new Date().toISOString(), issued: false },
      ]);
    });
    return this.listComments(root.nodeId).find((t) => t.id === root.id) as CommentThread;
  }

  /**
   * The department's own ignored findings (校对), stored in the package. They change no content, so
   * they neither clear 提交 nor count as an edit.
   */
  setDepartmentIgnores(entries: readonly IgnoredFindingData[]): void {
    this.write(() => {
      this.opened.query(q.writeMetaValue, META.departmentIgnores, entries);
    }, true);
  }

  /** 提交: the package is ready to send back to the office. */
  submit(): ContributionInfo {
    this.write(() => {
      this.opened.query(q.writeMetaValue, META.submittedAt, new Date().toISOString());
    }, true);
    return this.info();
  }
}
