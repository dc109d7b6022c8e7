/**
 * The one IPC contract between renderer and main. Input schemas are zod objects so that main can
 * validate every payload it receives (the renderer is not trusted); outputs are plain types.
 * The same table is served by Electron's ipcMain and by the loopback test harness.
 */
import { z } from 'zod';
import type { OutlineNode, OutlineRole } from '../model/outline';
import type { ReportSettings } from '../model/settings';
import type { SectionContent } from '../model/document';
import type { CharCount } from '../text/char-count';
import type { ReportNumbering } from '../numbering/report-numbering';

const path = z.string().min(1).max(4096);
const nodeId = z.string().min(1).max(64);
const title = z.string().trim().min(1).max(200);

/** Slate JSON is checked structurally in main (see project-store/content-validation). */
const content = z.array(z.unknown()).max(100_000);

export const settingsPatch = z
  .object({
    unitName: z.string().trim().min(1).max(100),
    unitNameEn: z.string().max(200),
    reportTitle: z.string().trim().min(1).max(200),
    year: z.number().int().min(2000).max(2100),
    numberingScheme: z.enum(['chapter', 'global']),
    stylePreset: z.enum(['gongwen', 'report']),
  })
  .partial()
  .strict();

export const inputSchemas = {
  'app.info': z.object({}).strict(),
  'app.recentFiles': z.object({}).strict(),
  /** The renderer has flushed pending edits after a close request; the window may close now. */
  'app.closeReady': z.object({}).strict(),
  /** A project file the app was launched with (double-click on a .rwproj), taken once. */
  'app.takeLaunchFile': z.object({}).strict(),
  'dialog.pickNewProjectPath': z.object({ suggestedName: z.string().max(200).optional() }).strict(),
  'dialog.pickOpenProjectPath': z.object({}).strict(),
  'dialog.pickSaveAsPath': z.object({ suggestedName: z.string().max(200).optional() }).strict(),
  'project.create': z
    .object({
      path,
      unitName: z.string().trim().min(1).max(100),
      year: z.number().int().min(2000).max(2100),
      blank: z.boolean().optional(),
      numberingScheme: z.enum(['chapter', 'global']).optional(),
    })
    .strict(),
  'project.open': z.object({ path, readOnly: z.boolean().optional() }).strict(),
  'project.close': z.object({}).strict(),
  'project.current': z.object({}).strict(),
  'project.saveAs': z.object({ path }).strict(),
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
    .object({ id: nodeId, content, baseRevision: z.number().int().min(0) })
    .strict(),
  'section.history': z.object({ id: nodeId }).strict(),
  'section.restore': z.object({ id: nodeId, revision: z.number().int().min(1) }).strict(),
  'report.stats': z.object({}).strict(),
  /** Numbers of headings, figures, tables and cases over the whole report (for labels and xrefs). */
  'report.numbering': z.object({}).strict(),
  /** Every live section's content in reading order (the whole-report view). */
  'report.loadAll': z.object({}).strict(),
} as const;

export type IpcMethod = keyof typeof inputSchemas;
export type IpcInput<M extends IpcMethod> = z.input<(typeof inputSchemas)[M]>;
export type IpcParsedInput<M extends IpcMethod> = z.output<(typeof inputSchemas)[M]>;

export type ReadOnlyReason = 'in-use' | 'file-read-only' | 'requested';

export interface LockHolder {
  readonly user: string;
  readonly host: string;
  readonly pid: number;
  readonly since: string;
}

export interface ReportStats {
  readonly sections: number;
  readonly characters: CharCount;
  readonly perNode: Readonly<Record<string, CharCount>>;
  readonly tables: number;
  readonly figures: number;
  readonly cases: number;
}

export interface ProjectSnapshot {
  readonly path: string;
  readonly readOnly: boolean;
  readonly readOnlyReason: ReadOnlyReason | null;
  readonly lockHolder: LockHolder | null;
  readonly settings: ReportSettings;
  readonly outline: readonly OutlineNode[];
  readonly deleted: readonly OutlineNode[];
  readonly stats: ReportStats;
}

export interface SectionDocument {
  readonly id: string;
  readonly revision: number;
  readonly content: SectionContent;
}

export interface RevisionInfo {
  readonly revision: number;
  readonly savedAt: string;
  readonly reason: 'create' | 'edit' | 'restore' | 'import';
  readonly characters: number;
}

export interface SaveResult {
  readonly revision: number;
  readonly characters: CharCount;
  readonly stats: ReportStats;
}

export interface RecentFile {
  readonly path: string;
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

export interface Outputs {
  'app.info': AppInfo;
  'app.recentFiles': readonly RecentFile[];
  'app.closeReady': null;
  'app.takeLaunchFile': string | null;
  'dialog.pickNewProjectPath': string | null;
  'dialog.pickOpenProjectPath': string | null;
  'dialog.pickSaveAsPath': string | null;
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
}

export type IpcOutput<M extends IpcMethod> = Outputs[M];

export const IPC_METHODS = Object.keys(inputSchemas) as IpcMethod[];

export function isIpcMethod(name: unknown): name is IpcMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(inputSchemas, name);
}

/** The typed API the renderer calls: `api.project.open({ path })`. */
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
