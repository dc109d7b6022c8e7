/**
 * The IPC shapes of the workspace conveniences Word users reach for: find and replace across the
 * report, the remembered zoom, opening an exported file and printing the previewed PDF. Kept out of
 * contract.ts so that file only lists them.
 */
import { z } from 'zod';
import { MAX_FIND_QUERY } from '../find/match-text';
import type { ReportStats } from './contract';

export const findOptionsSchema = z.object({ matchCase: z.boolean().optional(), matchWidth: z.boolean().optional() }).strict();
export const findQuerySchema = z.string().min(1, '请输入要查找的内容').max(MAX_FIND_QUERY, `查找内容不能超过 ${MAX_FIND_QUERY} 个字符`);
export const replacementSchema = z.string().max(MAX_FIND_QUERY * 5, `替换内容不能超过 ${MAX_FIND_QUERY * 5} 个字符`);

/** The editor's zoom, in percent (Word's 缩放 within reason). */
export const ZOOM_MIN = 50;
export const ZOOM_MAX = 200;
export const ZOOM_DEFAULT = 100;
export const zoomSchema = z.number().int().min(ZOOM_MIN).max(ZOOM_MAX);

export interface ReportFindResult {
  readonly total: number;
  /** Sections with at least one match, in reading order. */
  readonly sections: readonly { readonly id: string; readonly count: number }[];
}

export interface ReportReplaceResult {
  readonly count: number;
  /** The sections that got a new revision (reason 'replace'), in reading order. */
  readonly sections: readonly string[];
  /** Sections whose stored content is damaged: shown recovered in the editor, never replaced in. */
  readonly damaged: readonly string[];
  readonly stats: ReportStats;
}

/** What the app remembers for this user on this PC, whatever report is open. */
export interface UserPreferences {
  readonly zoom: number;
}
