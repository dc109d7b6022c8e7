/**
 * Why a statement cannot be made or verified (an unusable image, a wrong certificate password, no
 * unit name): the app's error STATEMENT_REFUSED with the Chinese sentence the renderer shows and the
 * English one the CLI adds. The CLI maps it to its one line (electron/cli/error-text.ts); `usage`
 * marks a refusal caused by the command line itself (a file that is not there), exit code 2.
 */
import { AppError } from '../errors/app-error';

export function statementRefused(zh: string, en: string, options: { readonly usage?: boolean } = {}): AppError {
  return new AppError('STATEMENT_REFUSED', { detail: zh, detailEn: en }, options.usage ? { usage: true } : undefined);
}
