/**
 * Node-side glue of the Markdown import: read and decode the file, parse it (pure, in shared/),
 * then replace the project's outline in one transaction. The Markdown is fully parsed before the
 * project is opened, so a bad file never touches the project, not even its lock file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ReportStats } from '../../shared/ipc/contract';
import type { MarkdownReport } from '../../shared/markdown/build-report';
import { importMarkdown } from '../../shared/markdown/import-markdown';
import { toOutline } from '../../shared/markdown/to-outline';
import { AppError } from '../errors/app-error';
import { Project } from '../project-store/project';
import { decodeUtf8 } from './decode-text';
import { IMPORT_PROBLEM_TEXT, type ImportProblem } from './import-problems';

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

export interface ImportOutcome {
  readonly report: MarkdownReport;
  /** Top-level nodes the project had before; now soft-deleted (restorable). */
  readonly replacedNodes: number;
  readonly stats: ReportStats;
}

/** Replaces the outline and content of the project at `projectFile` with the Markdown report. */
export function importMarkdownIntoProject(projectFile: string, report: MarkdownReport): ImportOutcome {
  const project = Project.open(projectFile);
  try {
    if (project.readOnly) throw new AppError('FILE_READ_ONLY', { name: path.basename(project.path) });
    const replacedNodes = project.outline().filter((n) => n.parentId === null).length;
    project.replaceOutline(toOutline(report.nodes));
    return { report, replacedNodes, stats: project.stats() };
  } finally {
    project.close();
  }
}
