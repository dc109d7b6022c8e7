/**
 * PDF export: the report printed by Chromium's own CSS paged-media layout, in two prints and an
 * assembly step.
 *
 * 1. Body (前言 … appendices) printed on its own, folios “— 1 —” from its first page. Chromium writes
 *    a named destination for every heading and numbered item; their pages are the page numbers,
 *    read straight from the bytes (quick-destinations.ts).
 * 2. Front matter (cover, statement, 目录, lists) printed with those numbers, folios in roman
 *    numerals; meanwhile pdf-lib parses the body. When the engine keeps pages (PrintEngine.open),
 *    the front matter replaces the body's content in the page that printed it: no second page or
 *    renderer, the style sheet and fonts already loaded (a new page cost ~1 s on the full report).
 * 3. pdf-lib puts the front pages before the body, merges the destinations (so the 目录, the lists
 *    and cross-references are live links), and adds bookmarks, page labels and document info.
 *
 * Why not one print of everything: the 目录's numbers are only known after a layout, so that would
 * mean printing the whole report twice; printing the body alone once is the expensive part, and its
 * numbers cannot move because nothing before it is counted. Why not Paged.js: it paginates in
 * JavaScript and measured 1.5× LibreOffice here (BRIEF.md), while Chromium's native fragmentation
 * now covers what a report needs (see shared/export/html/print-css.ts).
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { PDFDocument, ParseSpeeds } from '@cantoo/pdf-lib';
import { resolveParts, type ExportPartKey } from '../../../shared/export/export-parts';
import { planReport } from '../../../shared/export/plan-report';
import type { ReportPlan } from '../../../shared/export/report-plan';
import { resolvePreset } from '../../../shared/export/style-presets';
import { buildPrintHtml, hasFrontMatter, printContentHtml } from '../../../shared/export/html/print-document';
import { reportAssets } from '../../../shared/export/html/plan-assets';
import { bookmarkEntries, describeAnchors, FRONT_ANCHORS, frontAnchors } from '../../../shared/export/html/print-targets';
import type { Project } from '../../project-store/project';
import { AppError } from '../../errors/app-error';
import { loadReportSource } from '../load-report';
import { assemblePdf } from './assemble-pdf';
import { layOutBody } from './body-layout';
import { frontLabels } from './front-labels';
import { readDestinations, type Destination } from './pdf-destinations';
import { pdfWarnings } from './pdf-warnings';
import type { PrintEngine, PrintPage } from './print-engine';
import { PrintFolder } from './print-folder';
import { writeFileAtomically } from '../write-file-atomically';
import { signingValidityWarning, signPdf, type P12Identity } from '../../statement/pdf-signature';
import { addReportSignature, recordReportStatement } from './report-signature';

export type PdfExportStep = 'prepare' | 'body' | 'front' | 'assemble' | 'write' | 'done';

export interface PdfExportProgress {
  readonly step: PdfExportStep;
  /** Overall progress, 0–1. */
  readonly fraction: number;
}

export interface PdfExportOptions {
  readonly path: string;
  readonly engine: PrintEngine;
  /** Parts to leave out (false); everything else is exported. */
  readonly parts?: Partial<Record<ExportPartKey, boolean>>;
  readonly onProgress?: (progress: PdfExportProgress) => void;
  readonly signal?: AbortSignal;
  /** Digitally sign the whole report, visibly at the signer's place on the statement page. */
  readonly sign?: { readonly identity: P12Identity; readonly now: Date };
  /** Record the written file in the project's register of issued statements (a real export, not a preview). */
  readonly recordStatement?: boolean;
  /** Called right before the finished file replaces `path`; throwing leaves no file behind (main re-checks the target here). */
  readonly beforeWrite?: () => void;
  /**
   * Close the engine as soon as the last print is done (the CLI, which exports once): Chromium's
   * memory is given back before pdf-lib parses and assembles, instead of adding to it (the body is
   * then parsed after the front print rather than during it).
   */
  readonly releaseEngine?: boolean;
}

export interface PdfExportResult {
  readonly path: string;
  readonly pages: number;
  /** SHA-256 of the file as written: what the statement register records for it. */
  readonly sha256: string;
  readonly signed: boolean;
  /** The file went into the project's register of issued statements. */
  readonly recorded: boolean;
  /** In Chinese, for the user: what was missing or broken, and what the PDF shows instead. */
  readonly warnings: readonly string[];
}

/** Where a step starts, as a share of the whole (the body print takes most of the time). */
const STEP_START: Readonly<Record<PdfExportStep, number>> = { prepare: 0, body: 0.1, front: 0.75, assemble: 0.85, write: 0.95, done: 1 };

/** TOC and list entries whose page was not found in the body print. */
function unplacedEntries(plan: ReportPlan, pageOf: (anchor: string) => string): string[] {
  const names = describeAnchors(plan);
  const anchors = [...(plan.toc?.entries ?? []), ...plan.captionLists.flatMap((list) => list.entries)].map((entry) => entry.anchor);
  return [...new Set(anchors)].filter((anchor) => pageOf(anchor) === '').map((anchor) => pdfWarnings.pageNotFound(names.get(anchor) ?? anchor));
}

export async function exportPdf(project: Project, options: PdfExportOptions): Promise<PdfExportResult> {
  const { engine, signal } = options;
  const target = path.resolve(options.path);
  const step = (name: PdfExportStep): void => {
    signal?.throwIfAborted();
    options.onProgress?.({ step: name, fraction: STEP_START[name] });
  };
  step('prepare');
  // The browser starts while the report is read and laid out as HTML; a failure shows at print.
  const warming = engine.warmUp?.().catch(() => undefined);
  const plan = planReport(loadReportSource(project), resolveParts(options.parts));
  const preset = resolvePreset(plan.settings);
  const warnings = [...plan.warnings];
  const validity = options.sign ? signingValidityWarning(options.sign.identity, options.sign.now) : null;
  if (validity !== null) warnings.push(validity.zh);
  const folder = await PrintFolder.create();
  let page: PrintPage | null = null;
  let releasing: Promise<void> | null = null;
  try {
    const unreadable = await folder.writeAssets(reportAssets(plan), (sha256) => project.asset(sha256)?.bytes);
    warnings.push(...unreadable.map(pdfWarnings.unreadableImage));
    await warming;

    step('body');
    const body = await layOutBody({ plan, preset, engine, folder, assetUrl: PrintFolder.assetUrl, frontFollows: hasFrontMatter(plan), ...(signal ? { signal } : {}) });
    page = body.page;
    warnings.push(...unplacedEntries(plan, body.pageOf));

    step('front');
    // pdf-lib parses the body while Chromium prints the front matter (unless Chromium is to be
    // released first, see releaseEngine).
    const startParse = (): Promise<PDFDocument | null> => body.document?.() ?? Promise.resolve(null);
    let parsingBody = options.releaseEngine === true ? null : startParse();
    // Awaited below; until then a failed front print must not leave its rejection unhandled.
    parsingBody?.catch(() => undefined);
    let front: PDFDocument | null = null;
    if (hasFrontMatter(plan)) {
      const frontOptions = { preset, assetUrl: PrintFolder.assetUrl, pageOf: body.pageOf };
      let bytes: Uint8Array;
      if (page !== null) {
        // The page that printed the body shows the front matter: same style sheet, fonts loaded.
        await page.showBody(printContentHtml(plan, 'front', frontOptions));
        bytes = await page.print();
        await page.close();
        page = null;
      } else {
        const file = await folder.writeHtml('front.html', buildPrintHtml(plan, 'front', frontOptions));
        bytes = await engine.print({ htmlFile: file, ...(signal ? { signal } : {}) });
      }
      front = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
    }
    if (options.releaseEngine === true) {
      await page?.close();
      page = null;
      releasing = engine.close();
      releasing.catch(() => undefined);
    }
    const bodyPdf = await (parsingBody ??= startParse());

    step('assemble');
    const base = bodyPdf ?? front;
    if (base === null) throw new AppError('INVALID_OPERATION', { detail: '所选部分没有可导出的内容' });
    const frontDestinations = front === null ? new Map<string, Destination>() : readDestinations(front);
    const pages = await assemblePdf({
      body: base,
      front: bodyPdf === null ? null : front,
      frontAnchors: frontAnchors(plan),
      bookmarks: bookmarkEntries(plan).map((entry) => ({ title: entry.title, destination: entry.anchor, level: entry.level })),
      frontLabels: front === null ? [] : frontLabels(plan, frontDestinations),
      bodyLabels: bodyPdf !== null,
      info: { title: plan.settings.reportTitle, author: plan.settings.unitName, subject: `${plan.settings.unitName} ${plan.settings.year} 年度质量报告` },
    });
    // Object streams would make the file a little smaller but cost noticeable time on a document of
    // this size; pdf-lib's default of yielding every 50 objects triples the time of a save.
    if (options.sign) await addReportSignature(base, frontDestinations.get(FRONT_ANCHORS.statement)?.page ?? null, options.sign);
    const saved = await base.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
    const bytes = options.sign ? await signPdf(Buffer.from(saved), options.sign.identity, options.sign.now) : saved;

    step('write');
    options.beforeWrite?.();
    await writeFileAtomically(target, bytes);
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const recorded = plan.statement !== null && options.recordStatement === true && recordReportStatement(project, { target, sha256, signed: options.sign !== undefined });
    step('done');
    return { path: target, pages, warnings, sha256, signed: options.sign !== undefined, recorded };
  } finally {
    await page?.close();
    await releasing?.catch(() => undefined);
    await folder.remove();
  }
}
