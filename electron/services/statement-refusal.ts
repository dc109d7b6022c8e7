/**
 * The statement backend (electron/statement/) reports refusals as CliError, a Chinese and an
 * English sentence for the CLI's one line. In the app they become STATEMENT_REFUSED with the same
 * Chinese sentence, so the renderer shows "证书密码错误…" instead of an internal error.
 */
import { CliError } from '../cli/cli-error';
import { AppError } from '../errors/app-error';

/** What kind of refusal it was, for a UI that wants to point at the field (the password, the image). */
export type RefusalReason = 'image' | 'certificate' | 'issue';

/** The error to throw instead of `error`: a CliError as the app's error, anything else as it is. */
export function asRefusal(error: unknown, reason: RefusalReason): unknown {
  return error instanceof CliError ? new AppError('STATEMENT_REFUSED', { detail: error.zh, detailEn: error.en }, { reason }) : error;
}
