import path from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase } from './sqlite';
import type { LockHolder, ProjectSnapshot, ReadOnlyReason, ReportStats, RevisionInfo, SectionDocument } from '../../shared/model/project-snapshot';
import { withUniqueIds, newNodeId } from '../../shared/ids/block-id';
import type { SectionContent } from '../../shared/model/document';
import { emptySectionContent } from '../../shared/model/document';
import { validateSectionContent } from '../../shared/model/content-validation';
import { MAX_OUTLINE_DEPTH, depthOf, outlineInOrder, type OutlineNode } from '../../shared/model/outline';
import { numberReport, type ReportNumbering } from '../../shared/numbering/report-numbering';
import { defaultSettings, type ReportSettings } from '../../shared/model/settings';
import { buildAnnualReportTemplate, buildBlankReport, type TemplateResult } from '../../shared/template/annual-report';
import { countContent } from '../../shared/text/content-count';
import { addCounts, ZERO_COUNT, type CharCount } from '../../shared/text/char-count';
import { newBlockId } from '../../shared/ids/block-id';
import { AppError } from '../errors/app-error';
import { t } from '../../shared/i18n';
import { countStructures, type StructureCounts } from './content-stats';
import { replaceFileAtomically } from '../files/replace-file';
import { createProjectFile } from './create-project-file';
import { configureWritable } from './writable-connection';
import { checkProjectFileName } from './file-name';
import { acquireLock, readLockHolder, realFilePath, type FileLock } from './file-lock';
import { hasHotJournal, inspectProjectHeader } from './file-header';
import { migrate, SCHEMA_VERSION, schemaVersion } from './migrations';
import { assertSchema, projectSchema } from './schema-check';
import { readableContent, readSectionContent } from './read-content';
import * as assetQ from './queries/asset-queries';
import * as outlineQ from './queries/outline-queries';
import * as sectionQ from './queries/section-queries';
import { vacuumInto } from './queries/file-queries';
import { readSettings, writeSettings } from './queries/settings-queries';
import { pinnedRevisionNames, isRevisionPinned } from './queries/report-version-queries';
import { foldsIntoRun, revisionsToPrune, type AutosaveRun } from './history-policy';

type Db = Database.Database;


export interface CreateOptions {
  readonly unitName: string;
  readonly year: number;
  readonly blank?: boolean;
  readonly numberingScheme?: 'chapter' | 'global';
  /**
   * No outline at all: for a project whose outline is imported right after (从 Word 报告创建), so the
   * import has no template chapter to soft-delete into the new project's 已删除.
   */
  readonly noOutline?: boolean;
  readonly clock?: () => number;
}

export interface OpenOptions {
  readonly readOnly?: boolean;
  /** Milliseconds since the epoch; tests inject one to step through the history's time rules without waiting. */
  readonly clock?: () => number;
}

/** An image ready to store: prepared (decoded, downscaled, re-encoded) and hashed. */
export interface NewAsset {
  readonly sha256: string;
  readonly mime: string;
  readonly bytes: Buffer;
  readonly width: number | null;
  readonly height: number | null;
}

/** The asset hashes figures refer to, nested ones (in case boxes) included. */
function figureAssets(content: SectionContent): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    const el = node as { type?: unknown; asset?: unknown; children?: unknown };
    if (el.type === 'figure' && typeof el.asset === 'string') found.push(el.asset);
    if (Array.isArray(el.children)) el.children.forEach(walk);
  };
  content.forEach(walk);
  return found;
}

function nowIso(clock: () => number = Date.now): string {
  return new Date(clock()).toISOString();
}

/** A section's structure counts, and whether its stored content is damaged (counted from the recovered content). */
interface SectionStructures extends StructureCounts {
  readonly damaged: boolean;
}

export class Project {
  private structureCache = new Map<string, SectionStructures>();
  private closed = false;
  /** Each section's open autosave run (history-policy.ts); a reopened project starts new runs. */
  private autosaveRuns = new Map<string, AutosaveRun>();
  private clock: () => number = Date.now;

  private constructor(
    /** Private: SQL runs only in project-store (see {@link query}); tests reach it through raw-database.ts. */
    private readonly db: Db,
    readonly path: string,
    readonly readOnlyReason: ReadOnlyReason | null,
    readonly lockHolder: LockHolder | null,
    private readonly lock: FileLock | null,
  ) {}

  get readOnly(): boolean {
    return this.readOnlyReason !== null;
  }

  /** Creates a new project file; refuses to overwrite an existing file. */
  static create(file: string, options: CreateOptions): Project {
    // Built under a temporary name and renamed when complete (create-project-file.ts), so a failure
    // never leaves a half-made project behind.
    const created = createProjectFile(file, (db) => {
      const template = options.blank ? buildBlankReport() : buildAnnualReportTemplate();
      writeSettings(db, { ...defaultSettings(options.unitName, options.year), numberingScheme: options.numberingScheme ?? 'chapter' });
      if (options.noOutline !== true) insertTemplate(db, template, nowIso(options.clock));
    });
    return Project.open(created.path, options.clock ? { clock: options.clock } : {});
  }

  /**
   * Opens a project. The header is inspected with plain reads first; refused files are never
   * opened by SQLite. A file in use elsewhere, marked read-only, or asked for read-only is opened
   * read-only; a read-only file of an older schema is migrated in memory only.
   */
  static open(file: string, options: OpenOptions = {}): Project {
    const target = path.resolve(file);
    checkProjectFileName(target);
    const header = inspectProjectHeader(target);
    let reason: ReadOnlyReason | null = options.readOnly ? 'requested' : header.readOnlyOnDisk ? 'file-read-only' : null;
    let lock: FileLock | null = null;
    let holder: LockHolder | null = null;
    if (reason !== null) {
      // Read-only viewers still say who is editing, so the banner can name them.
      const existing = readLockHolder(target);
      if (existing) {
        holder = existing;
        if (reason === 'requested') reason = 'in-use';
      }
    } else {
      const attempt = acquireLock(target);
      if (attempt.acquired) lock = attempt.lock;
      else if ('unwritableDirectory' in attempt) reason = 'file-read-only';
      // Refuse rather than silently degrade: the UI names the holder and offers read-only.
      else throw inUseError(target, attempt.holder);
    }
    try {
      const db = reason === null ? openWritable(target) : openReadOnly(target);
      const project = new Project(db, target, reason, holder, lock);
      if (options.clock) project.clock = options.clock;
      return project;
    } catch (error) {
      lock?.release();
      throw error;
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.db.close();
    } finally {
      this.lock?.release();
    }
  }

  /** The time now, as stored (ISO 8601, UTC). */
  now(): string {
    return nowIso(this.clock);
  }

  private assertWritable(): void {
    if (this.readOnly) throw new AppError('READ_ONLY_SESSION');
  }

  /**
   * Runs `fn` in one transaction on a writable project (nested calls become savepoints). Public for
   * the services that keep their own tables in the project file (departments, packages, comments),
   * so that their changes and the section revisions they make commit or fail together.
   */
  write<T>(fn: () => T): T {
    this.assertWritable();
    return this.db.transaction(fn)();
  }

  /**
   * Runs one query function of project-store/queries/ on this project's database, e.g.
   * `project.query(listDepartments)` or `project.query(writeStatus, nodeId, …)` inside {@link write}.
   * The domain modules keep their own tables this way without holding the connection.
   */
  query<A extends unknown[], R>(fn: (db: Db, ...args: A) => R, ...args: A): R {
    return fn(this.db, ...args);
  }

  // ---- settings ---------------------------------------------------------------------------

  settings(): ReportSettings {
    return readSettings(this.db);
  }

  updateSettings(patch: Partial<ReportSettings>): ReportSettings {
    this.write(() => writeSettings(this.db, patch));
    return this.settings();
  }

  // ---- outline ----------------------------------------------------------------------------

  outline(): OutlineNode[] {
    return outlineQ.listNodes(this.db);
  }

  deletedNodes(): OutlineNode[] {
    return outlineQ.listDeletedRoots(this.db);
  }

  private requireNode(id: string): OutlineNode {
    const node = outlineQ.getNode(this.db, id);
    if (!node) throw new AppError('NOT_FOUND', { what: '章节', id });
    return node;
  }

  addNode(parentId: string | null, afterId: string | null | undefined, title: string): string {
    return this.write(() => {
      if (parentId !== null) {
        const parent = this.requireNode(parentId);
        if (depthOf(this.outline(), parent.id) >= MAX_OUTLINE_DEPTH) {
          throw new AppError('INVALID_OPERATION', { detail: '目录最多两级（章、节），更深的层次请在正文中使用标题' });
        }
      }
      const siblings = outlineQ.childIds(this.db, parentId);
      const id = newNodeId('n');
      const index = afterId ? siblings.indexOf(afterId) + 1 : siblings.length;
      if (afterId && index === 0) throw new AppError('NOT_FOUND', { what: '章节', id: afterId });
      outlineQ.insertNode(this.db, { id, parentId, position: siblings.length, title, role: 'body', numbered: true, departmentId: null });
      const order = [...siblings];
      order.splice(index, 0, id);
      outlineQ.setChildOrder(this.db, parentId, order);
      this.storeContent(id, emptySectionContent(newBlockId()), 'create');
      return id;
    });
  }

  renameNode(id: string, title: string): void {
    this.write(() => {
      this.requireNode(id);
      outlineQ.renameNode(this.db, id, title);
    });
  }

  /** Soft delete of a node and its subtree; restorable with {@link restoreNode}. */
  deleteNode(id: string): void {
    this.write(() => {
      const node = this.requireNode(id);
      // Children deleted earlier keep their own deletion time, so restoring this node later does
      // not bring them back with it.
      const live = outlineQ.subtreeIds(this.db, id).filter((sub) => outlineQ.getNode(this.db, sub) !== undefined);
      outlineQ.markDeleted(this.db, live, this.now());
      outlineQ.setChildOrder(this.db, node.parentId, outlineQ.childIds(this.db, node.parentId));
    });
  }

  restoreNode(id: string): void {
    this.write(() => {
      const node = outlineQ.getNode(this.db, id, true);
      if (!node || node.deletedAt === null) throw new AppError('NOT_FOUND', { what: '已删除的章节', id });
      const ids = outlineQ.subtreeIds(this.db, id).filter((sub) => outlineQ.getNode(this.db, sub, true)?.deletedAt === node.deletedAt);
      // The old parent takes the subtree back only if it is alive and the result stays within two
      // levels (it may have been moved down to a section meanwhile); otherwise it goes to the top.
      const height = ids.length > 1 ? 2 : 1;
      const parentFits =
        node.parentId === null ||
        (outlineQ.getNode(this.db, node.parentId) !== undefined && depthOf(this.outline(), node.parentId) + height <= MAX_OUTLINE_DEPTH);
      outlineQ.markDeleted(this.db, ids, null);
      const parentId = parentFits ? node.parentId : null;
      const siblings = outlineQ.childIds(this.db, parentId).filter((s) => s !== id);
      siblings.splice(Math.min(node.position, siblings.length), 0, id);
      outlineQ.setChildOrder(this.db, parentId, siblings);
    });
  }

  /**
   * Replaces the whole outline and its content (Markdown import) in one transaction, together with
   * the images its figures show (already prepared, see electron/assets/prepare-image.ts). The
   * current nodes are soft-deleted, so they stay restorable from 已删除, and any failure leaves the
   * project exactly as it was. Parents must come before their children in `outline.nodes`; a figure
   * may only name an image that is stored or comes along in `assets`.
   */
  replaceOutline(outline: TemplateResult, assets: readonly NewAsset[] = []): void {
    if (outline.nodes.length === 0) throw new AppError('INVALID_PAYLOAD', { detail: '导入的目录为空' });
    this.write(() => {
      const at = this.now();
      for (const asset of assets) assetQ.putAsset(this.db, asset, at);
      for (const root of outlineQ.childIds(this.db, null)) {
        // Nodes deleted earlier keep their own deletion time, so restoring this root leaves them deleted.
        const live = outlineQ.subtreeIds(this.db, root).filter((id) => outlineQ.getNode(this.db, id) !== undefined);
        outlineQ.markDeleted(this.db, live, at);
      }
      const depthById = new Map<string, number>();
      const taken = new Set<string>();
      for (const node of outline.nodes) {
        const parentDepth = node.parentId === null ? 0 : depthById.get(node.parentId);
        if (parentDepth === undefined || parentDepth >= MAX_OUTLINE_DEPTH) {
          throw new AppError('INVALID_PAYLOAD', { detail: `“${node.title}”的上级章节无效` });
        }
        const checked = validateSectionContent(withUniqueIds(outline.contents.get(node.id) ?? emptySectionContent(newBlockId()), taken));
        if (!checked.ok) throw new AppError('INVALID_PAYLOAD', { detail: `“${node.title}”：${checked.problem}` });
        const unknown = figureAssets(checked.value).find((sha256) => assetQ.assetInfo(this.db, sha256) === undefined);
        if (unknown !== undefined) throw new AppError('INVALID_PAYLOAD', { detail: `“${node.title}”：图片 ${unknown.slice(0, 12)}… 不在项目中` });
        outlineQ.insertNode(this.db, node);
        depthById.set(node.id, parentDepth + 1);
        this.storeContent(node.id, checked.value, 'import');
      }
    });
  }

  /** Moves a node to `index` among the children of `parentId` (drag and drop in the outline pane). */
  moveNode(id: string, parentId: string | null, index: number): void {
    this.write(() => {
      const node = this.requireNode(id);
      if (parentId !== null) {
        this.requireNode(parentId);
        if (outlineQ.subtreeIds(this.db, id).includes(parentId)) {
          throw new AppError('INVALID_OPERATION', { detail: '不能把章节移到它自己的下级' });
        }
        const hasChildren = outlineQ.childIds(this.db, id).length > 0;
        if (depthOf(this.outline(), parentId) + 1 + (hasChildren ? 1 : 0) > MAX_OUTLINE_DEPTH) {
          throw new AppError('INVALID_OPERATION', { detail: '目录最多两级（章、节）' });
        }
      }
      const oldSiblings = outlineQ.childIds(this.db, node.parentId).filter((s) => s !== id);
      if (node.parentId !== parentId) outlineQ.setChildOrder(this.db, node.parentId, oldSiblings);
      const newSiblings = node.parentId === parentId ? oldSiblings : outlineQ.childIds(this.db, parentId);
      newSiblings.splice(Math.min(index, newSiblings.length), 0, id);
      outlineQ.setChildOrder(this.db, parentId, newSiblings);
    });
  }

  // ---- section content --------------------------------------------------------------------

  loadSection(id: string): SectionDocument {
    this.requireNode(id);
    const stored = sectionQ.readSection(this.db, id);
    if (!stored) return { id, revision: 0, content: emptySectionContent(newBlockId()) };
    return { id, revision: stored.revision, ...readSectionContent(this.db, id, stored.content) };
  }

  /**
   * Stores new content as the next revision. `baseRevision` is the revision the editor loaded;
   * a mismatch means the content changed underneath (history restore, import) and is refused
   * instead of silently overwriting.
   */
  /**
   * `reason` 'preflight' (a fix from the 校对 panel) or 'replace' (全部替换 in the section): a revision
   * of its own (autosaves are folded per bucket, these are not).
   */
  saveSection(id: string, content: unknown, baseRevision: number, reason: 'edit' | 'preflight' | 'replace' | 'restore' = 'edit'): { revision: number; characters: CharCount } {
    const checked = validateSectionContent(content);
    if (!checked.ok) throw new AppError('INVALID_PAYLOAD', { detail: checked.problem });
    return this.write(() => {
      this.requireNode(id);
      const current = sectionQ.readSection(this.db, id)?.revision ?? 0;
      if (current !== baseRevision) throw new AppError('REVISION_CONFLICT', { current, base: baseRevision }, { current, base: baseRevision });
      return this.storeContent(id, checked.value, reason);
    });
  }

  /** Replaces a section's content wholesale (import, merge), giving duplicate or missing ids fresh ones. */
  replaceSection(id: string, content: SectionContent, reason: 'import' | 'restore' | 'merge'): { revision: number; characters: CharCount } {
    return this.write(() => {
      this.requireNode(id);
      const checked = validateSectionContent(withUniqueIds(content));
      if (!checked.ok) throw new AppError('INVALID_PAYLOAD', { detail: checked.problem });
      return this.storeContent(id, checked.value, reason);
    });
  }

  /**
   * 全部替换 across the report: every changed section stored in ONE transaction (all or none), one
   * revision each with reason 'replace', which later autosaves never fold away. `change` is given
   * each stored section and returns its new content, or null to leave it alone.
   */
  replaceAcrossSections(change: (doc: SectionDocument) => SectionContent | null): { touched: string[]; damaged: string[] } {
    return this.write(() => {
      const touched: string[] = [];
      const damaged: string[] = [];
      for (const doc of this.loadAllSections()) {
        // Damaged content is left for the author to look at, never rewritten by a search (the caller says so).
        if (doc.recovered) {
          damaged.push(doc.id);
          continue;
        }
        const next = change(doc);
        if (next === null) continue;
        const checked = validateSectionContent(next);
        if (!checked.ok) throw new AppError('INVALID_PAYLOAD', { detail: checked.problem });
        this.storeContent(doc.id, checked.value, 'replace');
        touched.push(doc.id);
      }
      return { touched, damaged };
    });
  }

  private storeContent(id: string, content: SectionContent, reason: sectionQ.RevisionReason): { revision: number; characters: CharCount } {
    const json = JSON.stringify(content);
    const counts = countContent(content);
    const previous = sectionQ.readSection(this.db, id);
    let revision = (previous?.revision ?? 0) + 1;
    const at = this.now();
    // Damaged stored content is never silently discarded: unless its exact text is already in the
    // history, it becomes a revision of its own before the new content replaces it.
    const previousDamaged = previous !== undefined && readableContent(previous.content) === null;
    if (previous && previousDamaged && sectionQ.readRevision(this.db, id, previous.revision) !== previous.content) {
      sectionQ.insertRevision(this.db, id, revision, previous.content, 0, at, 'damaged');
      revision += 1;
    }
    sectionQ.writeSection(this.db, id, revision, json, counts, at);
    const latest = sectionQ.latestRevision(this.db, id);
    const run = this.autosaveRuns.get(id);
    const folds =
      reason === 'edit' &&
      latest?.reason === 'edit' &&
      // Only an autosave of the current content is folded away, never a revision holding other text.
      !previousDamaged &&
      latest.content === previous?.content &&
      foldsIntoRun(run, latest.revision, Date.parse(at)) &&
      // A named version's text is frozen: the next autosave starts a version of its own.
      !isRevisionPinned(this.db, id, latest.revision);
    if (folds) sectionQ.deleteRevision(this.db, id, latest.revision);
    sectionQ.insertRevision(this.db, id, revision, json, counts.words, at, reason);
    if (reason === 'edit') this.autosaveRuns.set(id, { revision, startedAt: folds && run ? run.startedAt : Date.parse(at) });
    else this.autosaveRuns.delete(id);
    // A new version (not a fold) is when old ones may be thinned out.
    if (!folds) {
      for (const old of revisionsToPrune(sectionQ.revisionMetas(this.db, id), Date.parse(at))) sectionQ.deleteRevision(this.db, id, old);
    }
    this.structureCache.set(id, { ...countStructures(content), damaged: false });
    return { revision, characters: counts };
  }

  /** The section's revisions, newest first; those a named version points at carry its name(s). */
  history(id: string): RevisionInfo[] {
    this.requireNode(id);
    const names = pinnedRevisionNames(this.db, id);
    return sectionQ.listRevisions(this.db, id).map((r) => {
      const versions = names.get(r.revision);
      return versions ? { ...r, versions } : r;
    });
  }

  /** One stored revision's content (the history preview); damaged stored text is refused. */
  revisionContent(id: string, revision: number): SectionContent {
    this.requireNode(id);
    const json = sectionQ.readRevision(this.db, id, revision);
    if (json === undefined) throw new AppError('NOT_FOUND', { what: '历史版本', id: `${id}@${revision}` });
    const content = readableContent(json);
    if (content === null) throw new AppError('INVALID_OPERATION', { detail: t('section.damagedRevision') });
    return content;
  }

  restoreRevision(id: string, revision: number): SectionDocument {
    this.requireNode(id);
    const json = sectionQ.readRevision(this.db, id, revision);
    if (json === undefined) throw new AppError('NOT_FOUND', { what: '历史版本', id: `${id}@${revision}` });
    const content = readableContent(json);
    if (content === null) throw new AppError('INVALID_OPERATION', { detail: t('section.damagedRevision') });
    const saved = this.write(() => this.storeContent(id, content, 'restore'));
    return { id, revision: saved.revision, content };
  }

  // ---- assets -----------------------------------------------------------------------------

  /** Stores an already prepared image (electron/assets/prepare-image.ts) once per content hash. */
  storeAsset(asset: NewAsset): assetQ.AssetInfo {
    this.write(() => assetQ.putAsset(this.db, asset, this.now()));
    return assetQ.assetInfo(this.db, asset.sha256) as assetQ.AssetInfo;
  }

  asset(sha256: string): assetQ.StoredAsset | undefined {
    return assetQ.getAsset(this.db, sha256);
  }

  assetInfo(sha256: string): assetQ.AssetInfo | undefined {
    return assetQ.assetInfo(this.db, sha256);
  }

  // ---- whole report -----------------------------------------------------------------------

  /** All live sections in reading order, each with its current revision. */
  loadAllSections(): SectionDocument[] {
    const stored = new Map(sectionQ.readAllSections(this.db).map((s) => [s.nodeId, s]));
    return outlineInOrder(this.outline()).map((node) => {
      const section = stored.get(node.id);
      return section
        ? { id: node.id, revision: section.revision, ...readSectionContent(this.db, node.id, section.content) }
        : { id: node.id, revision: 0, content: emptySectionContent(newBlockId()) };
    });
  }

  numbering(): ReportNumbering {
    const contents = new Map(this.loadAllSections().map((doc) => [doc.id, doc.content]));
    return numberReport(this.outline(), (id) => contents.get(id), this.settings().numberingScheme);
  }

  stats(): ReportStats {
    const nodes = this.outline();
    const counts = sectionQ.countsByNode(this.db);
    let characters = ZERO_COUNT;
    const perNode: Record<string, CharCount> = {};
    let tables = 0;
    let figures = 0;
    let cases = 0;
    let charts = 0;
    const damaged: string[] = [];
    for (const node of nodes) {
      const c = counts.get(node.id) ?? ZERO_COUNT;
      perNode[node.id] = c;
      characters = addCounts(characters, c);
      const s = this.structuresOf(node.id);
      tables += s.tables;
      figures += s.figures;
      cases += s.cases;
      charts += s.charts;
      if (s.damaged) damaged.push(node.id);
    }
    return { sections: nodes.length, characters, perNode, tables, figures, charts, cases, ...(damaged.length > 0 ? { damaged } : {}) };
  }

  private structuresOf(id: string): SectionStructures {
    let cached = this.structureCache.get(id);
    if (!cached) {
      const stored = sectionQ.readSection(this.db, id);
      if (stored) {
        const read = readSectionContent(this.db, id, stored.content);
        cached = { ...countStructures(read.content), damaged: read.recovered !== undefined };
      } else {
        cached = { tables: 0, figures: 0, charts: 0, cases: 0, damaged: false };
      }
      this.structureCache.set(id, cached);
    }
    return cached;
  }

  snapshot(): ProjectSnapshot {
    return {
      path: this.path,
      readOnly: this.readOnly,
      readOnlyReason: this.readOnlyReason,
      lockHolder: this.lockHolder,
      settings: this.settings(),
      outline: this.outline(),
      deleted: this.readOnly ? [] : this.deletedNodes(),
      stats: this.stats(),
    };
  }

  /**
   * Writes a consistent, self-contained copy with VACUUM INTO (never a file copy of a live
   * database). The copy is made under a temporary name and renamed, so an existing target is
   * replaced only by a complete file.
   */
  saveCopyAs(file: string): string {
    const target = path.resolve(file);
    if (realFilePath(target) === realFilePath(this.path)) throw new AppError('INVALID_OPERATION', { detail: '目标文件就是当前文件' });
    checkProjectFileName(target);
    // Never replace a project someone has open: their later saves would go to a file that is gone.
    // Holding its lock during the copy also keeps others from opening it half-written.
    const attempt = acquireLock(target);
    if (!attempt.acquired && !('unwritableDirectory' in attempt)) throw inUseError(target, attempt.holder);
    try {
      replaceFileAtomically(target, (temp) => vacuumInto(this.db, temp), 'saving');
    } catch (error) {
      throw new AppError('IO_ERROR', { detail: (error as Error).message });
    } finally {
      if (attempt.acquired) attempt.lock.release();
    }
    return target;
  }
}

function inUseError(file: string, holder: LockHolder): AppError {
  const since = holder.since ? new Date(holder.since).toLocaleString('zh-CN', { hour12: false }) : '未知时间';
  return new AppError(
    'IN_USE',
    { name: path.basename(file), user: holder.user, host: holder.host, since },
    { user: holder.user, host: holder.host, pid: holder.pid, since: holder.since },
  );
}

function insertTemplate(db: Db, template: TemplateResult, at: string): void {
  for (const node of template.nodes) {
    outlineQ.insertNode(db, node);
    const content = template.contents.get(node.id) ?? emptySectionContent(newBlockId());
    const json = JSON.stringify(content);
    const counts = countContent(content);
    sectionQ.writeSection(db, node.id, 1, json, counts, at);
    sectionQ.insertRevision(db, node.id, 1, json, counts.words, at, 'create');
  }
}

function mapSqliteError(error: unknown, file: string): never {
  const code = (error as { code?: string }).code ?? '';
  const name = path.basename(file);
  if (code === 'SQLITE_NOTADB') throw new AppError('NOT_A_PROJECT', { name });
  // A journal left by an interrupted edit can only be rolled back by a writable connection.
  if (code === 'SQLITE_READONLY_ROLLBACK') throw new AppError('CORRUPT_FILE', { name, detail: '上次编辑未正常结束，需以可编辑方式打开一次才能恢复' });
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') throw new AppError('CORRUPT_FILE', { name, detail: (error as Error).message });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    throw new AppError('IN_USE', { name, user: '其他程序', host: '本机', since: '—' });
  }
  if (error instanceof AppError) throw error;
  throw new AppError('IO_ERROR', { detail: (error as Error).message });
}

/**
 * Proves the file is a sound database before we hand it out. The header check cannot see damaged
 * pages inside a file of the right size; quick_check reads every page once (no index cross-checks,
 * milliseconds for a text-only report), so damage surfaces here as CORRUPT_FILE rather than as an
 * internal error in the middle of editing.
 */
function probe(db: Db, file: string): void {
  const result = db.pragma('quick_check(1)', { simple: true });
  if (result !== 'ok') throw new AppError('CORRUPT_FILE', { name: path.basename(file), detail: String(result) });
}

/**
 * The schema check (schema-check.ts) on an open connection, before anything is written: the file's
 * own user_version says which of our schemas it must match exactly.
 */
function trustSchema(db: Db, file: string): number {
  const version = schemaVersion(db);
  if (version > SCHEMA_VERSION) throw new AppError('NEWER_VERSION', { name: path.basename(file), fileVersion: version, supportedVersion: SCHEMA_VERSION });
  assertSchema(db, file, projectSchema(version));
  return version;
}

/** Sound and ours, checked on a read-only connection, so a refused file is never opened for writing. */
function checkReadOnly(file: string): void {
  let db: Db | undefined;
  try {
    db = openDatabase(file, { readonly: true, fileMustExist: true });
    probe(db, file);
    trustSchema(db, file);
  } catch (error) {
    return mapSqliteError(error, file);
  } finally {
    db?.close();
  }
}

function openWritable(file: string): Db {
  // Beside a hot journal only a writable connection can roll the file back (a rollback restores
  // pages, it runs no SQL); then the checks run on that connection, after the rollback.
  const hot = hasHotJournal(file);
  if (!hot) checkReadOnly(file);
  let db: Db | undefined;
  try {
    db = openDatabase(file, { fileMustExist: true });
    if (hot) probe(db, file);
    // Again on this connection (reading sqlite_master only): what we write to is what we checked.
    const version = trustSchema(db, file);
    configureWritable(db);
    if (version < SCHEMA_VERSION) migrate(db);
    return db;
  } catch (error) {
    db?.close();
    return mapSqliteError(error, file);
  }
}

function openReadOnly(file: string): Db {
  let db: Db | undefined;
  try {
    db = openDatabase(file, { readonly: true, fileMustExist: true });
    probe(db, file);
    const version = trustSchema(db, file);
    if (version < SCHEMA_VERSION) {
      // Never write to a file we may not change: migrate an in-memory copy instead.
      const copy = openDatabase(db.serialize());
      db.close();
      db = copy;
      migrate(db);
    }
    return db;
  } catch (error) {
    db?.close();
    return mapSqliteError(error, file);
  }
}
