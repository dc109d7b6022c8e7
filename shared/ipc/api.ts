import { IPC_METHODS, type Api, type IpcInput, type IpcMethod, type IpcOutput } from './contract';
import type { IpcError, IpcResult } from './result';

export type Invoke = (method: string, input: unknown) => Promise<IpcResult<unknown>>;

/** Thrown in the renderer when main answers with `{ ok: false }`. */
export class IpcCallError extends Error {
  readonly code: IpcError['code'];
  readonly details: IpcError['details'];

  constructor(readonly method: string, error: IpcError) {
    super(error.message);
    this.name = 'IpcCallError';
    this.code = error.code;
    this.details = error.details;
  }
}

/** Builds the typed proxy over a transport (Electron preload or the harness' HTTP endpoint). */
export function createApi(invoke: Invoke): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const method of IPC_METHODS) {
    const [group, name] = method.split('.') as [string, string];
    const target = (api[group] ??= {});
    target[name] = async (input: unknown) => {
      const result = await invoke(method, input);
      if (!result.ok) throw new IpcCallError(method, result.error);
      return result.value;
    };
  }
  return api as unknown as Api;
}

export type { IpcInput, IpcMethod, IpcOutput };
