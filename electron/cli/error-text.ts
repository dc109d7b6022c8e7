/**
 * Any error → the Chinese and English text of the CLI's one-line message, and its exit code.
 * AppError messages already exist in Chinese (shared/i18n); the English here is deliberately
 * short and leaves out Chinese details.
 */
import type { ErrorCode } from '../../shared/ipc/result';
import type { Params } from '../../shared/i18n';
import { AppError } from '../errors/app-error';
import { IMPORT_PROBLEM_TEXT, isImportProblem } from '../import/import-problems';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from './cli-error';

const ENGLISH: Readonly<Record<ErrorCode, string>> = {
  INVALID_PAYLOAD: 'invalid data',
  UNKNOWN_METHOD: 'unknown operation: {method}',
  FILE_NOT_FOUND: 'file not found: {path}',
  FILE_EXISTS: 'file already exists: {path}',
  NOT_A_PROJECT: '"{name}" is not a ReportWorks project file (.rwproj); the file was not changed',
  FOREIGN_DATABASE: '"{name}" is not a ReportWorks project file (another program saved it); the file was not changed',
  NEWER_VERSION: '"{name}" was made by a newer ReportWorks (file version {fileVersion}, supported up to {supportedVersion}); the file was not changed',
  CORRUPT_FILE: '"{name}" is damaged or incomplete and cannot be opened; the file was not changed',
  // The altered parts stay named in English (for whoever supports the college), not in the Chinese half.
  UNTRUSTED_SCHEMA: '"{name}" was changed outside ReportWorks ({objects}) and was not opened, for safety; the file was not changed',
  FILE_READ_ONLY: '"{name}" is read-only and cannot be changed',
  IN_USE: '"{name}" is open for editing by {user} on {host} since {since}',
  READ_ONLY_SESSION: 'the project is open read-only',
  NO_PROJECT: 'no project is open',
  NOT_FOUND: 'not found: {id}',
  REVISION_CONFLICT: 'the section was changed elsewhere (revision {current}, edit based on {base})',
  INVALID_OPERATION: 'the operation is not possible',
  IMPORT_FAILED: 'import failed',
  NOT_A_PACKAGE: '"{name}" is not a ReportWorks contribution package (.rwpkg); the file was not changed',
  PACKAGE_REFUSED: 'package "{name}" refused: {reasonEn}; the project was not changed',
  NOT_A_WORD_FILE: '"{name}" is not a Word document (.docx); the project was not changed',
  IO_ERROR: 'file read/write error: {detail}',
  NAME_TOO_LONG: 'the file name "{name}" is too long ({bytes} bytes; at most {max}, or it could not be saved); nothing was changed',
  STATEMENT_REFUSED: '{detailEn}',
  INVALID_HANDLE: 'the chosen file is no longer valid; choose it again',
  INTERNAL: 'internal error: {detail}',
};

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

/** A file we were asked to read that does not exist is a command-line mistake, like a typo. */
const USAGE_CODES: ReadonlySet<ErrorCode> = new Set(['FILE_NOT_FOUND']);

export function describeError(error: unknown): { zh: string; en: string; exitCode: number } {
  if (error instanceof CliError) return { zh: error.zh, en: error.en, exitCode: error.exitCode };
  if (error instanceof AppError) {
    let en = fill(ENGLISH[error.code], error.params);
    const problem = error.details?.problem;
    if (error.code === 'IMPORT_FAILED' && isImportProblem(problem)) en = `${en}: ${IMPORT_PROBLEM_TEXT[problem].en}`;
    // `usage`: the domain says the command line itself was wrong (a named file that is not there).
    const usage = USAGE_CODES.has(error.code) || error.details?.usage === true;
    return { zh: error.message, en, exitCode: usage ? EXIT_USAGE : EXIT_FAILURE };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { zh: `内部错误：${detail}`, en: `internal error: ${detail}`, exitCode: EXIT_FAILURE };
}
