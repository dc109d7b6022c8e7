/**
 * `import-md` into a package: a department author who drafted a section in Markdown replaces that
 * ASSIGNED section's content, as contributor mode would store it (working content, resealed). The
 * Markdown and its images are read and prepared before the package is opened for writing, so a bad
 * file leaves the package as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { withFigureAssets } from '../../shared/markdown/figure-assets';
import { adoptBlockIds } from '../../shared/merge/match-ids';
import { xrefLabel } from '../../shared/numbering/report-numbering';
import type { ImportWarning } from '../../shared/markdown/import-warnings';
import { importSectionMarkdown } from '../../shared/markdown/section-import';
import type { OutlineNode } from '../../shared/model/outline';
import { AppError } from '../errors/app-error';
import { decodeUtf8 } from '../import/decode-text';
import { IMPORT_PROBLEM_TEXT, type ImportProblem } from '../import/import-problems';
import { loadFigureImages } from '../import/load-figure-images';
import { ContributorSession } from './contributor-session';
import { openPackageReadOnly } from '../project-store/package-file';
import { readPackageContents, PackageFormatError } from './package-contents';

const MAX_BYTES = 16 * 1024 * 1024;

function refuse(problem: ImportProblem): never {
  throw new AppError('IMPORT_FAILED', { detail: IMPORT_PROBLEM_TEXT[problem].zh }, { problem });
}

function readText(file: string): string {
  let bytes: Buffer;
  try {
    if (!fs.statSync(file).isFile()) refuse('not-a-file');
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('FILE_NOT_FOUND', { path: path.resolve(file) });
    throw new AppError('IO_ERROR', { detail: (error as Error).message });
  }
  if (bytes.length > MAX_BYTES) refuse('too-large');
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) refuse(decoded.problem);
  return decoded.text;
}

/** The package's outline and the sections it may change, read without a lock. */
export function packageOutline(packageFile: string): { outline: readonly OutlineNode[]; editable: ReadonlySet<string>; department: string } {
  const opened = openPackageReadOnly(packageFile);
  try {
    const contents = readPackageContents(opened);
    return { outline: contents.outline, editable: new Set(contents.base.keys()), department: contents.department.name };
  } catch (error) {
    if (error instanceof PackageFormatError) throw new AppError('NOT_A_PACKAGE', { name: path.basename(packageFile), detail: error.detail });
    throw error;
  } finally {
    opened.close();
  }
}

export interface PackageMarkdownOutcome {
  readonly revision: number;
  readonly words: number;
  readonly images: number;
  readonly warnings: readonly ImportWarning[];
}

export async function importMarkdownIntoPackage(packageFile: string, markdownFile: string, node: OutlineNode): Promise<PackageMarkdownOutcome> {
  const parsed = importSectionMarkdown(readText(markdownFile), node.title);
  if (!parsed.ok) refuse(parsed.problem);
  const images = await loadFigureImages(parsed.value.images, markdownFile);
  const filled = withFigureAssets(parsed.value.report, images.byFigure);
  const content = filled.nodes[0]?.children[0]?.content ?? parsed.value.content;
  const session = ContributorSession.open(packageFile);
  try {
    // Paragraphs the draft keeps get the ids they had, so the office's merge sees edits, not a rewrite.
    const numbering = session.numbering();
    const matched = adoptBlockIds(session.loadSection(node.id).content, content, (target) => xrefLabel(numbering, target));
    const saved = session.replaceSection(node.id, matched, images.assets);
    const warnings = [...parsed.value.warnings, ...images.warnings].sort((a, b) => a.line - b.line);
    return { revision: saved.revision, words: saved.characters.words, images: images.assets.length, warnings };
  } finally {
    session.close();
  }
}
