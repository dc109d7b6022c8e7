/**
 * A failure the CLI reports as one line, in Chinese for our users and English for logs and
 * support, with the exit code scripts can test.
 */

/** 0 success; 1 the operation failed; 2 the command line cannot be carried out as given. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(en);
    this.name = 'CliError';
  }
}

/** A mistake in the command line: exit code 2 and a pointer to the help. */
export function usageError(zh: string, en: string): CliError {
  return new CliError(`${zh}（用法见 reportworks --help）`, `${en} (see reportworks --help)`, EXIT_USAGE);
}

/** The one line printed for an error; newlines inside messages are flattened to keep it one line. */
export function errorLine(zh: string, en: string): string {
  return `错误：${zh} / Error: ${en}`.replace(/\s*[\r\n]+\s*/g, ' ');
}
