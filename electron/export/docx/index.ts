/**
 * The Word export's public surface: for the IPC handler, the CLI, and (bundled on its own as
 * dist/export-docx.cjs) the benchmarks, which time an export inside a running process the way the
 * app runs it.
 */
export { buildDocx, cancelledError, exportDocx, exportDocxBytes, exportDocxToFile, exportProjectFile } from './export-docx';
export type { DocxBytesResult, DocxExportOptions, DocxExportStage, DocxFileResult } from './docx-options';
