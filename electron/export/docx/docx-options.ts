/**
 * The Word export's options and result, designed for the export dialog (renderer, later) as much as
 * for the CLI: which parts to include, progress reports and cancelling.
 */
import type { ExportPartKey } from '../../../shared/export/export-parts';

/** Stages in the order they run; `fraction` in onProgress covers the whole export (0 → 1). */
export type DocxExportStage = 'load' | 'layout' | 'pack' | 'images' | 'write' | 'done';

export interface DocxExportOptions {
  /** Parts to include; missing keys mean true, so callers name only what they switch off. */
  readonly parts?: Partial<Record<ExportPartKey, boolean>>;
  /** Called as the export advances; never called after the export settles. */
  readonly onProgress?: (fraction: number, stage: DocxExportStage) => void;
  /** Aborting rejects the export with a cancelled error and leaves no file behind. */
  readonly signal?: AbortSignal;
  /** Called right before the finished file replaces the target; throwing leaves no file behind (main re-checks the target here). */
  readonly beforeWrite?: () => void;
}

export interface DocxFileResult {
  readonly path: string;
  /** For the user, in Chinese, one sentence each. */
  readonly warnings: readonly string[];
  /** Distinct images written. */
  readonly images: number;
}

export interface DocxBytesResult {
  readonly bytes: Uint8Array;
  readonly warnings: readonly string[];
  readonly images: number;
}
