/**
 * The one IPC contract between renderer and main. Input schemas are zod objects so that main can
 * validate every payload it receives (the renderer is not trusted); outputs are plain types.
 * The same table is served by Electron's ipcMain and by the loopback test harness.
 */
import { z } from 'zod';
import type { OutlineNode, OutlineRole } from '../model/outline';
import type { ReportSettings } from '../model/settings';
import { styleOverridesSchema } from '../model/style-overrides-schema';
import type { CharCount } from '../text/char-count';
import { EXPORT_PART_KEYS } from '../export/export-parts';
import type { ReportNumbering } from '../numbering/report-numbering';
import {
  NODE_STATUSES,
  type CommentThread,
  type ContributionInfo,
  type Dashboard,
  type Department,
  type IssuedPackage,
  type NodeStatus,
  type PackageRecord,
} from '../model/collaboration';
import type { ReportStats, ProjectSnapshot, SectionDocument, RevisionInfo } from '../model/project-snapshot';
import type { SectionContent } from '../model/document';
import type { ReportVersionInfo, ReportVersionPreview, ReportVersionRestore } from '../history/version-types';
import type { ImportOutcome, ImportReview } from '../merge/review-types';
import { isCalendarDay, STATEMENT_POSITIONS, type StatementSettings } from '../statement/statement-text';
import type { PreflightResult, PreflightSettings } from '../preflight/types';
import { preflightSettingsSchema, ruleIdSchema, type IgnoredFindingData } from '../preflight/preflight-schemas';
import { findOptionsSchema, findQuerySchema, replacementSchema, zoomSchema, type ReportFindResult, type ReportReplaceResult, type UserPreferences } from './workspace-schemas';
import { TABLE_VALUE_MODES, type TableValueMode } from '../new-year/table-value-modes';

/** The preflight's project data as the settings and the 校对 panel show it. */
export interface PreflightState {
  readonly settings: PreflightSettings;
  readonly ignored: readonly IgnoredFindingData[];
  /** Contributor mode: the office's settings, read-only. */
  readonly readOnly: boolean;
}

/**
 * The renderer never names a file: main's dialogs (and its recent list and launch file) hand it an
 * opaque, unguessable handle bound to one purpose, which it passes back to the method that reads or
 * writes the file (see electron/services/file-handles.ts). 24 random bytes, base64url.
 */
export const fileHandle = z.string().regex(/^[A-Za-z0-9_-]{32}$/, '不是有效的文件句柄');

/** What each handle may be used for: the dialog that minted it decides, the method checks it. */
export const FILE_PURPOSES = [
  'open-project',
  'new-project',
  'save-as',
  'image',
  'spreadsheet',
  'package',
  'contribution',
  'export-docx',
  'export-pdf',
  'certificate',
  // A file an export wrote, for 打开文件 / 打开所在文件夹 (never shown to the renderer as a path).
  'exported',
  // 从 Word 报告创建 (issue 16): a whole report in Word to build a new project from.
  'word-report',
] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

const nodeId = z.string().min(1).max(64);
const title = z.string().trim().min(1).max(200);

/** Slate JSON is checked structurally in main (see project-store/content-validation). */
const content = z.array(z.unknown()).max(100_000);
// Named versions (issue 15).
const versionId = z.number().int().min(1);
const versionName = z.string().trim().min(1).max(100);

/** Chosen by the renderer for one export, to follow and cancel it. */
const jobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '不是有效的导出任务标识');

/** Chosen by main for a print preview's PDF (see export.preview). */
const previewId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '不是有效的预览标识');

/** Raw bytes per export.previewRead answer: 4 MiB, about 5.6 M base64 characters. */
export const PREVIEW_CHUNK_BYTES = 4 * 1024 * 1024;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, '不是有效的图片标识');

/**
 * Images come in by a handle from dialog.pickImagePath, or as bytes (pasted from the clipboard,
 * dropped from the file manager). 80 M base64 characters are 60 MB of image, prepare-image's input limit.
 */
export const MAX_IMAGE_BASE64 = 80 * 1024 * 1024;
const assetImport = z.union([
  z.object({ file: fileHandle }).strict(),
  z
    .object({
      name: z.string().trim().min(1).max(255),
      base64: z
        .string()
        .min(1)
        .max(MAX_IMAGE_BASE64)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, '不是 base64 编码'),
    })
    .strict(),
]);

export { styleOverridesSchema };

export const settingsPatch = z
  .object({
    unitName: z.string().trim().min(1).max(100),
    unitNameEn: z.string().max(200),
    reportTitle: z.string().trim().min(1).max(200),
    year: z.number().int().min(2000).max(2100),
    numberingScheme: z.enum(['chapter', 'global']),
    stylePreset: z.enum(['gongwen', 'report']),
    styleOverrides: styleOverridesSchema,
  })
  .partial()
  .strict();

// Departments, packages, merging and comments (issue 6).
const departmentName = z.string().trim().min(1).max(50);
const people = z.string().max(200);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写作 YYYY-MM-DD');
const commentText = z.string().trim().min(1).max(5000);
const author = z.string().trim().max(50);
// The authenticity statement (issue 7). Limits match the dialog: one sentence, one name.
export const MAX_STATEMENT_TEMPLATE = 500;
export const MAX_STATEMENT_SIGNER = 50;
const statementTemplate = z
  .string()
  .max(MAX_STATEMENT_TEMPLATE, `声明语句不能超过 ${MAX_STATEMENT_TEMPLATE} 个字符`)
  .refine((value) => value.trim() !== '', '声明语句不能为空');
const statementDay = z.string().refine(isCalendarDay, '日期应为有效的日期（YYYY-MM-DD）');
const statementImageKind = z.enum(['signature', 'seal']);
/** Change id → decision; change ids are `sectionId:blockId:aspect` (see shared/merge). */
const decisions = z
  .record(z.string().min(1).max(200), z.enum(['accept', 'reject', 'ours', 'theirs']))
  .refine((value) => Object.keys(value).length <= 100_000, '决定过多');

export const inputSchemas = {
  'app.info': z.object({}).strict(),
  'app.recentFiles': z.object({}).strict(),
  /** The renderer has flushed pending edits after a close request; the window may close now. */
  'app.closeReady': z.object({}).strict(),
  /** A project file the app was launched with (double-click on a .rwproj), taken once, as an open-project handle. */
  'app.takeLaunchFile': z.object({}).strict(),
  // Every dialog.* answers a PickedFile (a handle and the file's name) or null when cancelled.
  'dialog.pickNewProjectPath': z.object({ suggestedName: z.string().max(200).optional() }).strict(),
  'dialog.pickOpenProjectPath': z.object({}).strict(),
  'dialog.pickSaveAsPath': z.object({ suggestedName: z.string().max(200).optional() }).strict(),
  /** An image file to insert as a figure (then passed to asset.import). */
  'dialog.pickImagePath': z.object({}).strict(),
  /** An .xlsx or .csv file to import a table from (then passed to table.readSpreadsheet). */
  'dialog.pickSpreadsheetPath': z.object({}).strict(),
  /** Where to write a department's contribution package (.rwpkg). */
  'dialog.pickPackagePath': z.object({ suggestedName: z.string().max(200).optional() }).strict(),
  /** A returned package (.rwpkg) or a department's Word draft (.docx) to review. */
  'dialog.pickContributionPath': z.object({}).strict(),
  /** Where to write an exported report (a save dialog filtered to .docx or .pdf). */
  'dialog.pickExportPath': z.object({ format: z.enum(['docx', 'pdf']), suggestedName: z.string().max(200).optional() }).strict(),
  /** A .p12/.pfx certificate for signing the report PDF; null when cancelled. */
  'dialog.pickCertificatePath': z.object({}).strict(),
  /** One sheet (the first unless named) of an .xlsx or .csv, cut to an optional A1 range, as cell texts. */
  'table.readSpreadsheet': z
    .object({
      file: fileHandle,
      sheet: z.string().min(1).max(200).optional(),
      range: z
        .string()
        .regex(/^\$?[A-Za-z]{1,3}\$?\d{1,7}(:\$?[A-Za-z]{1,3}\$?\d{1,7})?$/, '区域应写成 A1:D20 的形式')
        .optional(),
    })
    .strict(),
  'project.create': z
    .object({
      file: fileHandle,
      unitName: z.string().trim().min(1).max(100),
      year: z.number().int().min(2000).max(2100),
      blank: z.boolean().optional(),
      numberingScheme: z.enum(['chapter', 'global']).optional(),
    })
    .strict(),
  /** By a handle from dialog.pickOpenProjectPath, app.recentFiles or app.takeLaunchFile. */
  'project.open': z.object({ file: fileHandle, readOnly: z.boolean().optional() }).strict(),
  'project.close': z.object({}).strict(),
  'project.current': z.object({}).strict(),
  'project.saveAs': z.object({ file: fileHandle }).strict(),
  'settings.update': z.object({ patch: settingsPatch }).strict(),
  'outline.add': z
    .object({
      parentId: nodeId.nullable(),
      /** Insert after this sibling; omitted means at the end. */
      afterId: nodeId.nullable().optional(),
      title,
    })
    .strict(),
  'outline.rename': z.object({ id: nodeId, title }).strict(),
  'outline.delete': z.object({ id: nodeId }).strict(),
  'outline.restore': z.object({ id: nodeId }).strict(),
  'outline.move': z.object({ id: nodeId, parentId: nodeId.nullable(), index: z.number().int().min(0) }).strict(),
  'section.load': z.object({ id: nodeId }).strict(),
  'section.save': z
    // reason 'preflight': the save of a fix applied from the 校对 panel, kept as a revision of its own;
    // 'replace': the save right after 全部替换 in one section (查找替换 in the history, never folded);
    // 'restore': the save of a history version put into the editor as one undo step (issue 15).
    .object({ id: nodeId, content, baseRevision: z.number().int().min(0), reason: z.enum(['edit', 'preflight', 'replace', 'restore']).optional() })
    .strict(),
  'section.history': z.object({ id: nodeId }).strict(),
  'section.restore': z.object({ id: nodeId, revision: z.number().int().min(1) }).strict(),
  'report.stats': z.object({}).strict(),
  /** Numbers of headings, figures, tables and cases over the whole report (for labels and xrefs). */
  'report.numbering': z.object({}).strict(),
  /** Every live section's content in reading order (the whole-report view). */
  'report.loadAll': z.object({}).strict(),
  /** Prepares an image (decode, downscale, re-encode) and stores it once per content hash. */
  'asset.import': assetImport,
  'asset.read': z.object({ sha256 }).strict(),
  /**
   * Writes the open report as a Word file where `file` says (replaced only if main's save dialog
   * confirmed it; never a project or package file); `parts` switches parts
   * off (missing keys mean included). With a `jobId` the export can be followed with
   * export.progress and stopped with export.cancel (it then fails with a cancelled error and
   * leaves no file).
   */
  'export.docx': z
    .object({ file: fileHandle, parts: z.partialRecord(z.enum(EXPORT_PART_KEYS), z.boolean()).optional(), jobId: jobId.optional() })
    .strict(),
  /**
   * Prints the open report to PDF where `file` says (as for export.docx), with real page numbers in the
   * 目录 and the lists, bookmarks and live links; `parts` as for export.docx.
   */
  'export.pdf': z
    .object({
      file: fileHandle,
      parts: z.partialRecord(z.enum(EXPORT_PART_KEYS), z.boolean()).optional(),
      jobId: jobId.optional(),
      /** Digitally sign the whole PDF with this PKCS#12 certificate (opened, password checked, before printing). */
      sign: z.object({ certificate: fileHandle, password: z.string().max(1000) }).strict().optional(),
    })
    .strict(),
  /** How far the export started with this `jobId` has got (an unknown job reads as not started). */
  'export.progress': z.object({ jobId }).strict(),
  /** Stops the export started with this `jobId`; too late once it is writing the file. */
  'export.cancel': z.object({ jobId }).strict(),
  /**
   * 打印预览: prints the whole open report to a temporary PDF in main with the export.pdf pipeline
   * (followed and cancelled through `jobId` like an export). Main keeps one preview at a time: a new
   * one, export.previewClose or closing the project deletes the previous file.
   */
  'export.preview': z.object({ jobId: jobId.optional() }).strict(),
  /**
   * Up to PREVIEW_CHUNK_BYTES of the preview's PDF from `offset`, base64-encoded: the harness
   * transports JSON, and the full report's 20 MB PDF as one answer would be one 28 MB string.
   */
  'export.previewRead': z.object({ previewId, offset: z.number().int().min(0) }).strict(),
  /** Copies the previewed PDF where `file` says (as for export.pdf): what was previewed is what is saved, no second print. */
  'export.previewSave': z.object({ previewId, file: fileHandle }).strict(),
  /** Deletes the preview's file; an unknown or already closed preview is no error. */
  'export.previewClose': z.object({ previewId }).strict(),
  'department.list': z.object({}).strict(),
  'department.add': z.object({ name: departmentName, lead: people.optional(), writers: people.optional() }).strict(),
  'department.update': z.object({ id: nodeId, name: departmentName.optional(), lead: people.optional(), writers: people.optional() }).strict(),
  /** Refused while the department has packages out that have not been merged. */
  'department.remove': z.object({ id: nodeId }).strict(),
  /** Gives an outline node to a department (null: to none). */
  'outline.assign': z.object({ id: nodeId, departmentId: nodeId.nullable() }).strict(),
  /** Progress of a node; a null dueDate clears it, an absent one leaves it. */
  'section.setStatus': z.object({ id: nodeId, status: z.enum(NODE_STATUSES).optional(), dueDate: day.nullable().optional() }).strict(),
  /** Progress per department; `today` (local YYYY-MM-DD) defaults to main's clock. */
  'dashboard.get': z.object({ today: day.optional() }).strict(),
  /** Writes the department's contribution package (.rwpkg) where `file` says; never overwrites. */
  'package.create': z.object({ departmentId: nodeId, file: fileHandle }).strict(),
  'package.list': z.object({}).strict(),
  /** Checks a returned package and compares it section by section; writes nothing. */
  'package.import': z.object({ file: fileHandle }).strict(),
  /** A Word draft (.docx) reviewed as changes to one section; writes nothing. */
  'draft.import': z.object({ file: fileHandle, sectionId: nodeId }).strict(),
  /** Applies the decisions on a review from package.import or draft.import, in one transaction. */
  'package.decide': z.object({ importId: nodeId, decisions }).strict(),
  /** Forgets a review without applying it. */
  'package.discard': z.object({ importId: nodeId }).strict(),
  /** Puts back what a package's merge changed; the package can then be imported again. */
  'package.undoImport': z.object({ packageId: nodeId }).strict(),
  /** Contributor mode: 提交, the package is ready to send back. */
  'package.submit': z.object({}).strict(),
  'comment.add': z.object({ nodeId, blockId: nodeId.nullable().optional(), text: commentText, author: author.optional() }).strict(),
  /** Threads of one node, or of all nodes when nodeId is absent or null. */
  'comment.list': z.object({ nodeId: nodeId.nullable().optional() }).strict(),
  'comment.reply': z.object({ commentId: nodeId, text: commentText, author: author.optional() }).strict(),
  /** The statement's settings, its images' sizes, the report settings it fills in and the issued register. */
  /**
   * The preflight (校对): the whole report, or the given sections (the edited one while typing);
   * in contributor mode only the department's sections. Ignored findings are left out.
   */
  'preflight.run': z.object({ sections: z.array(nodeId).max(1000).optional(), rules: z.array(ruleIdSchema).max(20).optional() }).strict(),
  /** The project's glossary, traditional allow-list and ignored findings. */
  'preflight.settings': z.object({}).strict(),
  'preflight.updateSettings': preflightSettingsSchema.strict(),
  /** Ignore a finding for good (stored in the project, carried in packages). */
  'preflight.ignore': z.object({ key: z.string().min(1).max(4000), rule: ruleIdSchema, nodeId, excerpt: z.string().max(2000) }).strict(),
  'preflight.unignore': z.object({ key: z.string().min(1).max(4000) }).strict(),
  'statement.get': z.object({}).strict(),
  /** Absent keys stay; a null date means "the day it is issued". */
  'statement.update': z
    .object({
      template: statementTemplate.optional(),
      signerName: z.string().trim().max(MAX_STATEMENT_SIGNER, `签名人姓名不能超过 ${MAX_STATEMENT_SIGNER} 个字符`).optional(),
      date: statementDay.nullable().optional(),
      position: z.enum(STATEMENT_POSITIONS).optional(),
    })
    .strict(),
  /** Main asks for a transparent PNG, checks it and stores it; null when the dialog was cancelled. */
  'statement.pickImage': z.object({ kind: statementImageKind }).strict(),
  'statement.clearImage': z.object({ kind: statementImageKind }).strict(),
  /**
   * Main asks where to write the statement, then (bindReport) for the report PDF it vouches for,
   * then (sign) for the .p12/.pfx certificate, and writes it; null when a dialog was cancelled.
   */
  'statement.issue': z
    .object({
      format: z.enum(['pdf', 'docx']),
      bindReport: z.boolean(),
      sign: z.object({ password: z.string().max(1000) }).strict().nullable(),
    })
    .strict(),
  // ---- find and replace, zoom, open after export, print the preview (workspace-schemas.ts) ----
  /** Matches per section over the stored report (flush edits first); in contributor mode only its own sections. */
  'report.find': z.object({ query: findQuerySchema, options: findOptionsSchema.optional() }).strict(),
  /** 全部替换 over the whole report in one transaction: one revision (reason 'replace') per section touched. */
  'report.replaceAll': z.object({ query: findQuerySchema, replacement: replacementSchema, options: findOptionsSchema.optional() }).strict(),
  'app.preferences': z.object({}).strict(),
  'app.setPreferences': z.object({ zoom: zoomSchema.optional() }).strict(),
  /** 打开文件 / 打开所在文件夹 for the file an export job wrote (main holds its path, keyed by the job). */
  'export.openResult': z.object({ jobId, reveal: z.boolean() }).strict(),
  /** 打印: the previewed PDF itself goes to the system's print dialog. */
  'export.previewPrint': z.object({ previewId }).strict(),
  // ---- 从 Word 报告创建 (issue 16) ----
  /** A whole report in Word (.docx) to build a new project from. */
  'dialog.pickWordReportPath': z.object({}).strict(),
  /**
   * Creates the project at `file` (from dialog.pickNewProjectPath) with the outline and content of the
   * Word report `source`, then opens it. The Word file is read and its pictures prepared before the
   * project file is created: a refused file leaves nothing behind. With a `jobId` it can be followed
   * with export.progress (stages load, images, assemble, write).
   */
  'project.createFromWord': z
    .object({
      file: fileHandle,
      source: fileHandle,
      unitName: z.string().trim().min(1).max(100),
      year: z.number().int().min(2000).max(2100),
      numberingScheme: z.enum(['chapter', 'global']).optional(),
      jobId: jobId.optional(),
    })
    .strict(),
  // A new year from last year's project (issue 16, part 2; electron/new-year/).
  /**
   * Creates a project at `file` (dialog.pickNewProjectPath) from last year's project `from`
   * (dialog.pickOpenProjectPath, opened read-only), then opens it; unit and numbering default to last year's.
   */
  'project.createFromLastYear': z
    .object({
      file: fileHandle,
      from: fileHandle,
      year: z.number().int().min(2000).max(2100),
      unitName: z.string().trim().min(1).max(100).optional(),
      numberingScheme: z.enum(['chapter', 'global']).optional(),
      tableValues: z.enum(TABLE_VALUE_MODES),
    })
    .strict(),
  /** Which year and project the open project's 去年同期 came from; null when it was not made from last year's. */
  'priorYear.info': z.object({}).strict(),
  /** Last year's content of one section (read-only), or null when last year had no such section. */
  'priorYear.section': z.object({ id: nodeId }).strict(),
  /** Appends a copy of one of last year's top-level blocks to this year's section as a new block. */
  'priorYear.copyBlock': z.object({ id: nodeId, blockId: nodeId }).strict(),
  /** 同比: beside a column of this year's copy of last year's table, last year's values and a growth column. */
  'priorYear.compareColumn': z.object({ id: nodeId, tableId: nodeId, colId: nodeId }).strict(),
  // ---- History: timed and named versions, preview before restoring (issue 15) ----
  /** One stored revision's content, for the preview with differences before restoring. */
  'section.revision': z.object({ id: nodeId, revision: z.number().int().min(1) }).strict(),
  /** Named versions of the whole report (保存版本), newest first. */
  'versions.list': z.object({}).strict(),
  /** Pins every section's current revision under a name (flush pending edits first). */
  'versions.save': z.object({ name: versionName }).strict(),
  'versions.rename': z.object({ id: versionId, name: versionName }).strict(),
  'versions.delete': z.object({ id: versionId }).strict(),
  /** Which sections restoring the version would change. */
  'versions.preview': z.object({ id: versionId }).strict(),
  /** Restores every changed section in one transaction (one 'restore' revision each). */
  'versions.restore': z.object({ id: versionId }).strict(),
  /** 撤销恢复: what a versions.restore replaced, back as new revisions; refused when edited since. */
  'versions.undoRestore': z
    .object({ restored: z.record(nodeId, z.number().int().min(1)), previous: z.record(nodeId, z.number().int().min(1)) })
    .strict(),
} as const;

export type IpcMethod = keyof typeof inputSchemas;
export type IpcInput<M extends IpcMethod> = z.input<(typeof inputSchemas)[M]>;
export type IpcParsedInput<M extends IpcMethod> = z.output<(typeof inputSchemas)[M]>;

// What a project is made of, as main hands it out; defined in shared/model so that the project
// store names them without depending on the IPC contract.
export type { ReadOnlyReason, LockHolder, ReportStats, ProjectSnapshot, SectionRecovery, SectionDocument, RevisionInfo } from '../model/project-snapshot';

export interface SaveResult {
  readonly revision: number;
  readonly characters: CharCount;
  readonly stats: ReportStats;
}

/** What an export is doing: Word's stages (load … write) and the PDF's steps (prepare … write). */
export type ExportStage = 'pending' | 'load' | 'layout' | 'pack' | 'images' | 'prepare' | 'body' | 'front' | 'assemble' | 'write' | 'done';

export interface ExportProgress {
  /** Overall, 0–1. */
  readonly fraction: number;
  readonly stage: ExportStage;
  /** The export has settled (finished, failed or cancelled). */
  readonly done: boolean;
}

/** A printed preview waiting in main to be read (export.previewRead) and maybe saved. */
export interface PrintPreview {
  readonly previewId: string;
  readonly pages: number;
  /** The PDF's size in bytes. */
  readonly size: number;
  /** As for export.pdf: missing images, broken references, entries without a page. */
  readonly warnings: readonly string[];
}

export interface PreviewChunk {
  readonly offset: number;
  /** The bytes from `offset`, base64; empty at or past the end. */
  readonly base64: string;
  /** The whole PDF's size, so the reader knows when it is done. */
  readonly size: number;
}

/** A file chosen in one of main's dialogs: the handle to pass back, and its name (no folder) to show. */
export interface PickedFile {
  readonly handle: string;
  readonly displayName: string;
}

/** A recently opened project, opened again by its handle (an open-project handle, valid until the list is asked for again). */
export interface RecentFile extends PickedFile {
  readonly title: string;
  readonly openedAt: string;
}

export interface AppInfo {
  readonly version: string;
  /** 'electron' in the desktop app, 'harness' in the loopback test harness. */
  readonly host: 'electron' | 'harness';
}

export interface OutlineChange {
  readonly outline: readonly OutlineNode[];
  readonly deleted: readonly OutlineNode[];
  readonly stats: ReportStats;
}

export interface ImportedAsset {
  /** What a figure stores in its `asset`. */
  readonly sha256: string;
  /** Pixel size after preparation (at most 2400 px on the long side). */
  readonly width: number;
  readonly height: number;
  readonly mime: string;
}

export interface AssetData {
  readonly mime: string;
  readonly base64: string;
}

/** A merged area of a read sheet, in grid coordinates (bottom and right exclusive). */
export interface SpreadsheetMerge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A sheet read for import as a table: what the cells show, the merges, the column widths. */
export interface SpreadsheetData {
  /** Every sheet of the workbook (one, named after the file, for a CSV). */
  readonly sheets: readonly string[];
  /** The sheet read. */
  readonly sheet: string;
  /** The A1 range actually read after trimming empty border rows and columns ('' when empty). */
  readonly range: string;
  /** Display text of each cell (as the spreadsheet shows it: 11.21%, 1,106); covered cells of a merge are ''. */
  readonly grid: readonly (readonly string[])[];
  readonly merges: readonly SpreadsheetMerge[];
  /** Relative column widths from the file, or empty when it has none. */
  readonly columnWidths: readonly number[];
}

export interface StatementImageInfo {
  readonly sha256: string;
  readonly width: number;
  readonly height: number;
}

/** One line of the register of issued statements (electron/statement/statement-store.ts). */
export interface IssuedStatementInfo {
  readonly fileName: string;
  readonly reportName: string | null;
  readonly reportSha256: string | null;
  readonly signed: boolean;
  readonly issuedAt: string;
}

export interface StatementState {
  readonly settings: StatementSettings;
  /** Bytes through asset.read; null when no image is set (or it is missing from the project). */
  readonly signatureImage: StatementImageInfo | null;
  readonly sealImage: StatementImageInfo | null;
  /** The report settings the template is filled from (unit, title, year). */
  readonly report: ReportSettings;
  readonly issued: readonly IssuedStatementInfo[];
  readonly readOnly: boolean;
}

export interface IssuedStatementResult {
  readonly path: string;
  readonly reportSha256: string | null;
  readonly signed: boolean;
  /** E.g. signed with a certificate outside its validity period (the file is written; verify will fail it), or characters a Word file cannot carry, shown as U+FFFD. */
  readonly warnings: readonly string[];
}

// A new year from last year's project (issue 16, part 2).
export interface NewYearResult {
  readonly snapshot: ProjectSnapshot;
  /** What was guessed or needs checking (a changed title, a year not after last year's, damaged sections). */
  readonly notices: readonly string[];
  readonly tables: number;
  readonly clearedValues: number;
}

export interface PriorYearInfo {
  readonly year: number;
  readonly unitName: string;
  readonly fileName: string;
  readonly tableValues: TableValueMode;
}

export interface PriorYearSection {
  readonly year: number;
  /** Last year's title and computed number (一、（一）) as printed. */
  readonly title: string;
  readonly label: string;
  readonly content: SectionContent;
}

export interface PriorYearCopyResult {
  readonly revision: number;
  readonly stats: ReportStats;
  /** E.g. a figure whose image is not in this year's project and became a placeholder. */
  readonly warnings: readonly string[];
}

export interface Outputs {
  'app.info': AppInfo;
  'app.recentFiles': readonly RecentFile[];
  'app.closeReady': null;
  'app.takeLaunchFile': PickedFile | null;
  'dialog.pickNewProjectPath': PickedFile | null;
  'dialog.pickOpenProjectPath': PickedFile | null;
  'dialog.pickSaveAsPath': PickedFile | null;
  'dialog.pickImagePath': PickedFile | null;
  'dialog.pickSpreadsheetPath': PickedFile | null;
  'dialog.pickPackagePath': PickedFile | null;
  'dialog.pickContributionPath': PickedFile | null;
  'dialog.pickExportPath': PickedFile | null;
  'dialog.pickCertificatePath': PickedFile | null;
  'table.readSpreadsheet': SpreadsheetData;
  'project.create': ProjectSnapshot;
  'project.open': ProjectSnapshot;
  'project.close': null;
  'project.current': ProjectSnapshot | null;
  'project.saveAs': { readonly path: string };
  'settings.update': ReportSettings;
  'outline.add': OutlineChange & { readonly id: string };
  'outline.rename': OutlineChange;
  'outline.delete': OutlineChange;
  'outline.restore': OutlineChange;
  'outline.move': OutlineChange;
  'section.load': SectionDocument;
  'section.save': SaveResult;
  'section.history': readonly RevisionInfo[];
  'section.restore': SectionDocument;
  'report.stats': ReportStats;
  'report.numbering': ReportNumbering;
  'report.loadAll': readonly SectionDocument[];
  'asset.import': ImportedAsset;
  'asset.read': AssetData;
  'export.docx': { readonly path: string; readonly warnings: readonly string[] };
  'export.pdf': {
    readonly path: string;
    readonly pages: number;
    readonly warnings: readonly string[];
    /** SHA-256 of the file written, and whether it is signed / went into the statement register. */
    readonly sha256: string;
    readonly signed: boolean;
    readonly recorded: boolean;
  };
  'export.preview': PrintPreview;
  'export.previewRead': PreviewChunk;
  'export.previewSave': { readonly path: string };
  'export.previewClose': null;
  'export.progress': ExportProgress;
  'export.cancel': null;
  'department.list': readonly Department[];
  'department.add': Department;
  'department.update': Department;
  'department.remove': null;
  'outline.assign': OutlineChange;
  'section.setStatus': { readonly status: NodeStatus; readonly dueDate: string | null };
  'dashboard.get': Dashboard;
  'package.create': IssuedPackage;
  'package.list': readonly PackageRecord[];
  'package.import': ImportReview;
  'draft.import': ImportReview;
  'package.decide': ImportOutcome & { readonly stats: ReportStats };
  'package.discard': null;
  'package.undoImport': { readonly restored: Readonly<Record<string, number>>; readonly stats: ReportStats };
  'package.submit': ContributionInfo;
  'comment.add': CommentThread;
  'comment.list': readonly CommentThread[];
  'comment.reply': CommentThread;
  'preflight.run': PreflightResult;
  'preflight.settings': PreflightState;
  'preflight.updateSettings': PreflightState;
  'preflight.ignore': PreflightState;
  'preflight.unignore': PreflightState;
  'statement.get': StatementState;
  'statement.update': StatementState;
  'statement.pickImage': StatementState | null;
  'statement.clearImage': StatementState;
  'statement.issue': IssuedStatementResult | null;
  // ---- find and replace, zoom, open after export, print the preview ----
  'report.find': ReportFindResult;
  'report.replaceAll': ReportReplaceResult;
  'app.preferences': UserPreferences;
  'app.setPreferences': UserPreferences;
  'export.openResult': null;
  'export.previewPrint': null;
  // A new year from last year's project (issue 16, part 2).
  'project.createFromLastYear': NewYearResult;
  'priorYear.info': PriorYearInfo | null;
  'priorYear.section': PriorYearSection | null;
  'priorYear.copyBlock': PriorYearCopyResult;
  'priorYear.compareColumn': { readonly revision: number; readonly filled: number; readonly stats: ReportStats };
  // 从 Word 报告创建 (issue 16)
  'dialog.pickWordReportPath': PickedFile | null;
  'project.createFromWord': { readonly snapshot: ProjectSnapshot; readonly summary: WordImportSummary };
  // History: timed and named versions (issue 15)
  'section.revision': SectionContent;
  'versions.list': readonly ReportVersionInfo[];
  'versions.save': ReportVersionInfo;
  'versions.rename': ReportVersionInfo;
  'versions.delete': null;
  'versions.preview': ReportVersionPreview;
  'versions.restore': ReportVersionRestore & { readonly stats: ReportStats };
  'versions.undoRestore': { readonly restored: Readonly<Record<string, number>>; readonly stats: ReportStats };
}

/** What 从 Word 报告创建 made of the Word file, to show the user (issue 16). */
export interface WordImportSummary {
  readonly chapters: number;
  readonly sections: number;
  readonly headings: number;
  readonly tables: number;
  readonly figures: number;
  readonly images: number;
  readonly cases: number;
  readonly crossReferences: number;
  /** Paragraphs of the cover and the statement, lines of the table of contents, recognised and skipped. */
  readonly skipped: { readonly cover: number; readonly statement: number; readonly toc: number };
  /** One line each, in Chinese: what was dropped or guessed. */
  readonly warnings: readonly string[];
}

export type IpcOutput<M extends IpcMethod> = Outputs[M];

export const IPC_METHODS = Object.keys(inputSchemas) as IpcMethod[];

export function isIpcMethod(name: unknown): name is IpcMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(inputSchemas, name);
}

/** The typed API the renderer calls: `api.project.open({ file })`. */
type Group<M extends string> = M extends `${infer G}.${string}` ? G : never;
export type Api = {
  [G in Group<IpcMethod>]: {
    [M in IpcMethod as M extends `${G}.${infer N}` ? N : never]: (input: IpcInput<M>) => Promise<IpcOutput<M>>;
  };
};

/** The single channel name the preload forwards on. */
export const IPC_CHANNEL = 'reportworks:invoke';

/** Main → renderer: the window is about to close, flush pending edits then call app.closeReady. */
export const CLOSE_REQUEST_CHANNEL = 'reportworks:close-request';

/** What the preload exposes on `window.reportworks`. */
export interface PreloadBridge {
  invoke(method: string, payload: unknown): Promise<unknown>;
  onCloseRequest(listener: () => void): void;
}

export type { OutlineRole };
