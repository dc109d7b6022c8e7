/**
 * The statement backend (electron/statement/) refuses with STATEMENT_REFUSED (statement-refused.ts);
 * here the handler adds which kind of refusal it was, so a UI can point at the field.
 */
import { AppError } from '../errors/app-error';

/** What kind of refusal it was, for a UI that wants to point at the field (the password, the image). */
export type RefusalReason = 'image' | 'certificate' | 'issue';

/** The error to throw instead of `error`: a statement refusal with its reason, anything else as it is. */
export function asRefusal(error: unknown, reason: RefusalReason): unknown {
  return error instanceof AppError && error.code === 'STATEMENT_REFUSED' ? new AppError(error.code, error.params, { ...error.details, reason }) : error;
}
