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

export function toIpcError(error: unknown): IpcError {
  if (error instanceof AppError) return error.toIpcError();
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: t('error.INTERNAL', { detail }) };
}
