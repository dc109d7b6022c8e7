/** The envelope every IPC answer travels in: main never throws across the process boundary. */

export type ErrorCode =
  | 'INVALID_PAYLOAD'
  | 'UNKNOWN_METHOD'
  | 'FILE_NOT_FOUND'
  | 'FILE_EXISTS'
  | 'NOT_A_PROJECT'
  | 'FOREIGN_DATABASE'
  | 'NEWER_VERSION'
  | 'CORRUPT_FILE'
  | 'UNTRUSTED_SCHEMA'
  | 'FILE_READ_ONLY'
  | 'IN_USE'
  | 'READ_ONLY_SESSION'
  | 'NO_PROJECT'
  | 'NOT_FOUND'
  | 'REVISION_CONFLICT'
  | 'INVALID_OPERATION'
  | 'IMPORT_FAILED'
  | 'NOT_A_PACKAGE'
  | 'PACKAGE_REFUSED'
  | 'NOT_A_WORD_FILE'
  | 'IO_ERROR'
  | 'NAME_TOO_LONG'
  | 'STATEMENT_REFUSED'
  | 'INVALID_HANDLE'
  | 'INTERNAL';

export interface IpcError {
  readonly code: ErrorCode;
  /** Human-readable message in the UI language (zh-CN), ready to show. */
  readonly message: string;
  /** Structured details (for example who holds the lock) for UIs that offer a choice. */
  readonly details?: Readonly<Record<string, string | number | boolean | null>>;
}

export type IpcResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: IpcError };

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail(error: IpcError): IpcResult<never> {
  return { ok: false, error };
}
