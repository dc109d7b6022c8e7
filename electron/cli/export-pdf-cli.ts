/**
 * The PDF half of `reportworks export`: prints through Debian's Chromium (over the DevTools pipe, cdp-pipe.ts;
 * CHROMIUM_PATH overrides) and stops cleanly on Ctrl+C, so no Chromium and no half-written file
 * are left behind.
 */
import type { ExportPartKey } from '../../shared/export/export-parts';
import { exportPdf, type PdfExportResult } from '../export/pdf/export-pdf';
import { ChromiumPrintEngine } from '../export/pdf/chromium-print-engine';
import type { Project } from '../project-store/project';
import type { P12Identity } from '../statement/pdf-signature';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';

export async function exportPdfFromCli(
  project: Project,
  out: string,
  parts: Partial<Record<ExportPartKey, boolean>>,
  io: CliIo,
  identity: P12Identity | null = null,
): Promise<PdfExportResult> {
  const engine = new ChromiumPrintEngine();
  const controller = new AbortController();
  const interrupt = (): void => controller.abort();
  process.once('SIGINT', interrupt);
  try {
    const sign = identity === null ? {} : { sign: { identity, now: new Date() } };
    // One export per run: Chromium is closed as soon as it has printed (see releaseEngine).
    const result = await exportPdf(project, { path: out, engine, parts, signal: controller.signal, releaseEngine: true, ...sign });
    io.out(`已导出 ${result.path}（共 ${result.pages} 页，警告 ${result.warnings.length} 条）。\n`);
    if (result.signed) io.out(`已数字签名（${identity?.commonName ?? ''}），SHA-256：${result.sha256} / digitally signed\n`);
    for (const warning of result.warnings) io.err(`警告：${warning}\n`);
    return result;
  } catch (error) {
    if (controller.signal.aborted) throw new CliError('已取消导出，未写入 PDF', 'export cancelled, no PDF written');
    throw error;
  } finally {
    process.removeListener('SIGINT', interrupt);
    await engine.close();
  }
}
