/**
 * How the renderer reaches main. In Electron the preload exposes `window.reportworks.invoke`;
 * in the loopback harness (tests, manual checks in any browser) the page POSTs to `/ipc` with the
 * per-run token it was given in its URL. Both answer with the same IpcResult envelope.
 */
import type { Invoke } from '../../../shared/ipc/api';
import type { PreloadBridge } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import { t } from '../../../shared/i18n';

declare global {
  interface Window {
    reportworks?: PreloadBridge;
  }
}

export const TOKEN_HEADER = 'x-reportworks-token';

/** Requests below this size are sent with `keepalive`, so a save started on `pagehide` completes. */
const KEEPALIVE_LIMIT = 32 * 1024;

function transportFailure(message: string): IpcResult<never> {
  return { ok: false, error: { code: 'IO_ERROR', message } };
}

export function preloadBridge(): PreloadBridge | null {
  return typeof window !== 'undefined' && window.reportworks ? window.reportworks : null;
}

export function bridgeInvoke(bridge: PreloadBridge): Invoke {
  return async (method, payload) => {
    try {
      return (await bridge.invoke(method, payload)) as IpcResult<unknown>;
    } catch (error) {
      return transportFailure(t('ipc.failed', { detail: error instanceof Error ? error.message : String(error) }));
    }
  };
}

export function httpInvoke(token: string, endpoint = '/ipc'): Invoke {
  return async (method, payload) => {
    const body = JSON.stringify({ method, payload });
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body,
        keepalive: body.length < KEEPALIVE_LIMIT,
      });
    } catch (error) {
      return transportFailure(t('ipc.unreachable', { detail: error instanceof Error ? error.message : String(error) }));
    }
    if (!response.ok) return transportFailure(t('ipc.httpStatus', { status: response.status }));
    try {
      return (await response.json()) as IpcResult<unknown>;
    } catch {
      return transportFailure(t('ipc.badAnswer'));
    }
  };
}

/** Picks the transport for this page; a page with neither cannot work and says so on every call. */
export function createInvoke(location: Pick<Location, 'search'> = window.location): Invoke {
  const bridge = preloadBridge();
  if (bridge) return bridgeInvoke(bridge);
  const token = new URLSearchParams(location.search).get('token');
  if (token) return httpInvoke(token);
  return async () => transportFailure(t('ipc.noTransport'));
}
