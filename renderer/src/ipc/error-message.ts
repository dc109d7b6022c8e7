import { IpcCallError } from '../../../shared/ipc/api';
import type { ErrorCode } from '../../../shared/ipc/result';
import { t } from '../../../shared/i18n';

/** The message to show for any failure: main's zh-CN message when there is one. */
export function errorMessage(error: unknown): string {
  if (error instanceof IpcCallError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return t('error.INTERNAL', { detail });
}

export function errorCode(error: unknown): ErrorCode | null {
  return error instanceof IpcCallError ? error.code : null;
}
