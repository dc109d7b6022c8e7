/**
 * Word export: project → plan (shared/export) → body XML + docx scaffold → package with the images.
 *
 *   load      read settings, outline, sections, departments, image metadata
 *   layout    plan the report, estimate pages for the TOC, write the body XML (ooxml.ts)
 *   pack      docx serialises the package around the body (styles, sections, headers, footers)
 *   images    the package is written, then each image's stored bytes, one at a time
 * Written to a temporary file next to the target and renamed, so a failed or cancelled export never
 * leaves a half-written .docx (or destroys the previous one).
 */
import fs from 'node:fs';
import path from 'node:path';
import { resolveParts } from '../../../shared/export/export-parts';
import { planReport } from '../../../shared/export/plan-report';
import type { ReportPlan } from '../../../shared/export/report-plan';
import { replaceFileAtomicallyAsync } from '../../files/replace-file';
import { AppError } from '../../errors/app-error';
import { Project } from '../../project-store/project';
import { assembleDocx, type AssembledDocx } from './assemble';
import type { DocxBytesResult, DocxExportOptions, DocxExportStage, DocxFileResult } from './docx-options';
import { loadReportSource } from '../load-report';
import { writeDocxPackage } from './package-docx';
import { estimatePages } from './page-estimate';
import { rasteriseCharts } from './chart-raster';

export function cancelledError(): AppError {
  return new AppError('INVALID_OPERATION', { detail: '导出已取消' }, { cancelled: true });
}

function checkpoint(options: DocxExportOptions, fraction: number, stage: DocxExportStage): void {
  if (options.signal?.aborted) throw cancelledError();
  options.onProgress?.(Math.min(1, Math.max(0, fraction)), stage);
}

/** The plan and the assembled document for a project, before anything is packed (also what the tests inspect). */
export function buildDocx(project: Project, options: DocxExportOptions = {}): { plan: ReportPlan; assembled: AssembledDocx; warnings: string[] } {
  const source = loadReportSource(project, (done, total) => checkpoint(options, (0.2 * done) / total, 'load'));
  checkpoint(options, 0.2, 'layout');
  const plan = planReport(source, resolveParts(options.parts));
  const warnings = [...plan.warnings];
  const warn = (text: string): void => {
    if (!warnings.includes(text)) warnings.push(text);
  };
  const assembled = assembleDocx(plan, estimatePages(plan), warn);
  return { plan, assembled, warnings };
}

async function packWith(project: Project, options: DocxExportOptions, sink: (chunk: Uint8Array) => void): Promise<{ warnings: string[]; images: number }> {
  checkpoint(options, 0, 'load');
  const { assembled, warnings } = buildDocx(project, options);
  checkpoint(options, 0.3, 'pack');
  const charts = await rasteriseCharts(assembled.images.charts, () => checkpoint(options, 0.3, 'pack'));
  const images = await writeDocxPackage(assembled, sink, {
    imageBytes: (sha256) => {
      const chart = charts.get(sha256);
      if (chart !== undefined) return chart;
      const stored = project.asset(sha256);
      if (stored === undefined) throw new AppError('NOT_FOUND', { what: '图片', id: sha256 });
      return stored.bytes;
    },
    onPacked: () => checkpoint(options, 0.6, 'images'),
    beforeImage: (index, total) => checkpoint(options, 0.6 + (0.35 * index) / Math.max(1, total), 'images'),
  });
  return { warnings, images };
}

/** Exports to `file` (replacing it) and returns the warnings. */
export async function exportDocxToFile(project: Project, file: string, options: DocxExportOptions = {}): Promise<DocxFileResult> {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  if (!fs.existsSync(dir)) throw new AppError('FILE_NOT_FOUND', { path: dir });
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw new AppError('IO_ERROR', { detail: `“${target}”是文件夹` });
  try {
    const result = await replaceFileAtomicallyAsync(target, async (temp) => {
      const out = fs.openSync(temp, 'w');
      let packed: Awaited<ReturnType<typeof packWith>>;
      try {
        packed = await packWith(project, options, (chunk) => {
          fs.writeSync(out, chunk);
        });
        checkpoint(options, 0.97, 'write');
      } finally {
        // No fsync: an export can be redone at any time, and flushing 15 MB of photos costs more
        // than the whole export. The rename still guarantees nobody sees a half-written file.
        fs.closeSync(out);
      }
      options.beforeWrite?.();
      return packed;
    });
    options.onProgress?.(1, 'done');
    return { path: target, ...result };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined) throw new AppError('IO_ERROR', { detail: (error as Error).message });
    throw error;
  }
}

/** Exports to memory (tests, previews). */
export async function exportDocxBytes(project: Project, options: DocxExportOptions = {}): Promise<DocxBytesResult> {
  const chunks: Uint8Array[] = [];
  const result = await packWith(project, options, (chunk) => chunks.push(chunk));
  options.onProgress?.(1, 'done');
  return { bytes: Buffer.concat(chunks), ...result };
}

/**
 * Opens a project file read-only (no lock, nothing written to it, so this works while the app edits
 * it), exports it to `file` and closes it: what `reportworks export` does.
 */
export async function exportProjectFile(projectFile: string, file: string, options: DocxExportOptions = {}): Promise<DocxFileResult> {
  const project = Project.open(projectFile, { readOnly: true });
  try {
    return await exportDocxToFile(project, file, options);
  } finally {
    project.close();
  }
}

/** `exportDocx(project, { file })` writes the file; without `file` it returns the bytes. */
export function exportDocx(project: Project, options: DocxExportOptions & { file: string }): Promise<DocxFileResult>;
export function exportDocx(project: Project, options?: DocxExportOptions): Promise<DocxBytesResult>;
export function exportDocx(project: Project, options: DocxExportOptions & { file?: string } = {}): Promise<DocxFileResult | DocxBytesResult> {
  return options.file === undefined ? exportDocxBytes(project, options) : exportDocxToFile(project, options.file, options);
}
