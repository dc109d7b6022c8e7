import path from 'node:path';
import { RecentFiles } from '../../electron/app-state/recent-files';
import { AppError } from '../../electron/errors/app-error';
import { Project, type CreateOptions } from '../../electron/project-store/project';
import type { Dialogs } from '../../electron/services/dialogs';
import { createHandlers, type Handlers } from '../../electron/services/handlers';
import { FileHandles } from '../../electron/services/file-handles';
import { ProjectSession } from '../../electron/services/session';
import type { FilePurpose } from '../../shared/ipc/contract';
import type { ErrorCode } from '../../shared/ipc/result';
import type { SectionContent } from '../../shared/model/document';

export const UNIT = '天津工业职业学院';
export const YEAR = 2025;

/** A section body made of plain paragraphs with predictable ids (p0, p1, …). */
export function paragraphs(...texts: string[]): SectionContent {
  return texts.map((text, index) => ({ type: 'paragraph', id: `p${index}`, children: [{ text }] }));
}

/** Creates a project from the built-in template (or blank) in `dir`. */
export function createProject(dir: string, name = '年报.rwproj', options: Partial<CreateOptions> = {}): Project {
  return Project.create(path.join(dir, name), { unitName: UNIT, year: YEAR, ...options });
}

/** The first top-level node with the given title. */
export function nodeIdByTitle(project: Project, title: string): string {
  const node = project.outline().find((n) => n.title === title);
  if (!node) throw new Error(`no outline node titled ${title}`);
  return node.id;
}

/** Runs `fn`, expects an AppError with `code`, and returns it for further checks. */
export function catchAppError(fn: () => unknown, code: ErrorCode): AppError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  if (!(caught instanceof AppError)) {
    throw new Error(`expected AppError ${code}, got ${caught === undefined ? 'no error' : String(caught)}`);
  }
  expect(caught.code).toBe(code);
  return caught;
}

/**
 * Fills a project with enough text that its file spans many pages (for truncation and corruption
 * tests): `sections` sections of about `charsPerSection` characters each.
 */
export function fillWithText(project: Project, sections = 8, charsPerSection = 6000): void {
  const sentence = '学院坚持立德树人根本任务，深化产教融合，2025 届毕业生去向落实率达 95.3%。';
  const ids = project.outline().slice(0, sections).map((n) => n.id);
  ids.forEach((id, index) => {
    const base = project.loadSection(id).revision;
    const text = `第${index + 1}节：` + sentence.repeat(Math.ceil(charsPerSection / sentence.length));
    project.saveSection(id, paragraphs(text, text.slice(0, 500)), base);
  });
}

/** A session whose recent-files list lives in `profileDir` (never the user's real profile). */
export function testSession(profileDir: string): ProjectSession {
  return new ProjectSession(new RecentFiles(profileDir));
}

/** Main's dialogs as a user who cancels every one: one stub, so a new dialog is added in one place. */
export function cancelledDialogs(): Dialogs {
  return { pickNewProjectPath: async () => null, pickOpenProjectPath: async () => null, pickSaveAsPath: async () => null, pickImagePath: async () => null, pickSpreadsheetPath: async () => null, pickPackagePath: async () => null, pickContributionPath: async () => null, pickExportPath: async () => null, pickStatementInput: async () => null, pickStatementPath: async () => null, pickWordReportPath: async () => null };
}

/**
 * The real handler table over a fresh session, with dialogs that are always cancelled. `file(purpose,
 * path)` plays main's dialog: it registers the path and returns the handle the renderer would get.
 */
export function testHandlers(profileDir: string): { session: ProjectSession; handlers: Handlers; files: FileHandles; file: (purpose: FilePurpose, path: string) => string } {
  const recent = new RecentFiles(profileDir);
  const session = new ProjectSession(recent);
  const dialogs = cancelledDialogs();
  const files = new FileHandles();
  const handlers = createHandlers({ session, dialogs, recent, host: 'harness', version: '0.0.0-test', closeReady: () => {}, files });
  return { session, handlers, files, file: (purpose, path) => files.grant(purpose, path).handle };
}
