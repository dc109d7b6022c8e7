/**
 * The print HTML of the whole report for a preview (IPC export.printHtml): one document, images
 * inline as data: URLs so it needs no files beside it. With a print engine the body is laid out
 * first, as for the PDF, so the 目录 and the lists show the real page numbers; without one they are
 * left blank.
 */
import { resolveParts, type ExportPartKey } from '../../../shared/export/export-parts';
import { planReport } from '../../../shared/export/plan-report';
import type { AssetRef } from '../../../shared/export/report-plan';
import { resolvePreset } from '../../../shared/export/style-presets';
import { reportAssets } from '../../../shared/export/html/plan-assets';
import { buildPrintHtml } from '../../../shared/export/html/print-document';
import type { Project } from '../../project-store/project';
import { loadReportSource } from '../load-report';
import { layOutBody } from './body-layout';
import type { PrintEngine } from './print-engine';
import { PrintFolder } from './print-folder';

export interface PreviewOptions {
  readonly engine?: PrintEngine;
  readonly parts?: Partial<Record<ExportPartKey, boolean>>;
  readonly signal?: AbortSignal;
}

export async function printPreviewHtml(project: Project, options: PreviewOptions = {}): Promise<string> {
  const plan = planReport(loadReportSource(project), resolveParts(options.parts));
  const preset = resolvePreset(plan.settings);
  const dataUrls = new Map<string, string>();
  for (const asset of reportAssets(plan)) {
    const stored = project.asset(asset.sha256);
    if (stored !== undefined) dataUrls.set(asset.sha256, `data:${stored.mime};base64,${stored.bytes.toString('base64')}`);
  }
  const dataUrl = (asset: AssetRef): string => dataUrls.get(asset.sha256) ?? '';
  let pageOf = (_anchor: string): string => '';
  if (options.engine !== undefined) {
    const folder = await PrintFolder.create();
    try {
      await folder.writeAssets(reportAssets(plan), (sha256) => project.asset(sha256)?.bytes);
      pageOf = (await layOutBody({ plan, preset, engine: options.engine, folder, assetUrl: PrintFolder.assetUrl, ...(options.signal ? { signal: options.signal } : {}) })).pageOf;
    } finally {
      await folder.remove();
    }
  }
  return buildPrintHtml(plan, 'whole', { preset, assetUrl: dataUrl, pageOf });
}
