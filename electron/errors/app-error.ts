import type { ErrorCode, IpcError } from '../../shared/ipc/result';
import { t, type MessageKey, type Params } from '../../shared/i18n';

type Details = Readonly<Record<string, string | number | boolean | null>>;

/**
 * An expected failure with a code the UI understands and a ready zh-CN message. Anything else that
 * escapes a handler is reported as INTERNAL.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Params = {},
    readonly details?: Details,
  ) {
    super(t(`error.${code}` as MessageKey, params));
    this.name = 'AppError';
  }

  toIpcError(): IpcError {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

/**
 * The envelope's error for anything thrown. An unexpected error gets the short message only; when
 * its stack was written to the error log, the message says where the log is and details.logFile
 * names it (the renderer shows the message as it is).
 */
export function toIpcError(error: unknown, logFile?: string): IpcError {
  if (error instanceof AppError) return error.toIpcError();
  const detail = error instanceof Error ? error.message : safeString(error);
  const message = t('error.INTERNAL', { detail });
  if (logFile === undefined) return { code: 'INTERNAL', message };
  return { code: 'INTERNAL', message: `${message}${t('error.logHint', { path: logFile })}`, details: { logFile } };
}

/**
 * Codes that mean an input was turned away (a malformed request, a file that is not ours or is
 * damaged, a package that fails its checks): each is logged, without its payload, for support.
 * The other codes are ordinary outcomes of using the app (no project open, a file in use …).
 */
export const REFUSED_INPUT_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'INVALID_PAYLOAD',
  'UNKNOWN_METHOD',
  'NOT_A_PROJECT',
  'FOREIGN_DATABASE',
  'NEWER_VERSION',
  'CORRUPT_FILE',
  'NOT_A_PACKAGE',
  'PACKAGE_REFUSED',
  'NOT_A_WORD_FILE',
  'IMPORT_FAILED',
  'STATEMENT_REFUSED',
  'NAME_TOO_LONG',
]);

/** String(x) throws for objects without a callable toString (JSON `{"toString":1}`, null prototypes). */
function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
