/**
 * Node-side glue of the Markdown import: read and decode the file, parse it (pure, in shared/),
 * read and prepare its images, then replace the project's outline and store the images in one
 * transaction. Everything that can fail slowly or for reasons of the input happens before the
 * project is opened, so a bad file never touches the project, not even its lock file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ReportStats } from '../../shared/ipc/contract';
import type { MarkdownReport } from '../../shared/markdown/build-report';
import { withFigureAssets } from '../../shared/markdown/figure-assets';
import { importMarkdown } from '../../shared/markdown/import-markdown';
import type { ImportWarning } from '../../shared/markdown/import-warnings';
import { toOutline } from '../../shared/markdown/to-outline';
import type { PreparedImage } from '../assets/prepare-image';
import { AppError } from '../errors/app-error';
import { Project } from '../project-store/project';
import { decodeUtf8 } from './decode-text';
import { IMPORT_PROBLEM_TEXT, type ImportProblem } from './import-problems';
import { loadFigureImages } from './load-figure-images';

const MAX_BYTES = 64 * 1024 * 1024;

function refuse(problem: ImportProblem): never {
  throw new AppError('IMPORT_FAILED', { detail: IMPORT_PROBLEM_TEXT[problem].zh }, { problem });
}

/** Reads, decodes and parses a Markdown report; throws AppError (IMPORT_FAILED with a `problem`). */
export function readMarkdownReport(file: string): MarkdownReport {
  const target = path.resolve(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('FILE_NOT_FOUND', { path: target });
    throw new AppError('IO_ERROR', { detail: (error as Error).message });
  }
  if (!stat.isFile()) refuse('not-a-file');
  if (stat.size > MAX_BYTES) refuse('too-large');
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(target);
  } catch (error) {
    throw new AppError('IO_ERROR', { detail: (error as Error).message });
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) refuse(decoded.problem);
  const parsed = importMarkdown(decoded.text);
  if (!parsed.ok) refuse(parsed.problem);
  return parsed.report;
}

/** A parsed report with its images read and prepared: ready for one transaction. */
export interface PreparedImport {
  /** Figures whose image was prepared carry its hash; the others are placeholders. */
  readonly report: MarkdownReport;
  readonly assets: readonly PreparedImage[];
  /** The report's own warnings and those about images, in source order. */
  readonly warnings: readonly ImportWarning[];
}

/** Reads and prepares every image a parsed report refers to (paths relative to `markdownFile`). */
export async function prepareImages(parsed: MarkdownReport, markdownFile: string): Promise<PreparedImport> {
  const images = await loadFigureImages(parsed.images, markdownFile);
  const report = withFigureAssets(parsed, images.byFigure);
  const warnings = [...report.warnings, ...images.warnings].sort((a, b) => a.line - b.line);
  return { report, assets: images.assets, warnings };
}

/** Parses the Markdown file and prepares every image it refers to. */
export async function prepareMarkdownImport(file: string): Promise<PreparedImport> {
  return prepareImages(readMarkdownReport(file), file);
}

export interface ImportOutcome {
  readonly report: MarkdownReport;
  /** Top-level nodes the project had before; now soft-deleted (restorable). */
  readonly replacedNodes: number;
  readonly stats: ReportStats;
}

/**
 * Replaces the outline and content of the project at `projectFile` with the prepared report and
 * stores its images, in one transaction.
 */
export function importMarkdownIntoProject(projectFile: string, prepared: PreparedImport): ImportOutcome {
  const project = Project.open(projectFile);
  try {
    if (project.readOnly) throw new AppError('FILE_READ_ONLY', { name: path.basename(project.path) });
    const replacedNodes = project.outline().filter((n) => n.parentId === null).length;
    project.replaceOutline(toOutline(prepared.report.nodes), prepared.assets);
    return { report: prepared.report, replacedNodes, stats: project.stats() };
  } finally {
    project.close();
  }
}
