/**
 * Images of figures as blob URLs. An image is fetched from main once (asset.read) however many
 * figures show it, and its URL is revoked when the last figure showing it goes away, after a short
 * grace period: switching between 单节 and 全文 re-mounts every figure, and should not refetch
 * every image. Assets are addressed by content hash, so one cache serves every project.
 *
 * Images are asked for once the page has been painted: a long section with a dozen photos used to
 * decode their base64 on the main thread between its first render and its first frame, and so
 * showed (and took the keyboard) that much later. Now the text comes first and the pictures a
 * moment after, in their placeholders of the right size.
 */
import { useEffect, useState } from 'react';
import type { Api } from '../../../../shared/ipc/contract';
import { useApi } from '../../ipc/api-context';
import { errorMessage } from '../../ipc/error-message';

export type AssetUrlState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly url: string }
  | { readonly kind: 'error'; readonly message: string };

const GRACE_MS = 10_000;

interface Entry {
  refs: number;
  state: AssetUrlState;
  readonly listeners: Set<(state: AssetUrlState) => void>;
  revokeTimer: ReturnType<typeof setTimeout> | null;
}

const entries = new Map<string, Entry>();

/** Native base64 decoding where the engine has it (Chromium 140+): a photo is megabytes of text. */
const fromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> }).fromBase64;

export function base64ToBlob(base64: string, mime: string): Blob {
  if (fromBase64) return new Blob([fromBase64(base64)], { type: mime });
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}

/** Resolves after the next frame has been painted (a frame callback, then a task after it). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') {
      resolve();
      return;
    }
    requestAnimationFrame(() => {
      setTimeout(resolve, 0);
    });
  });
}

function load(api: Api, sha256: string, entry: Entry): void {
  // Every outcome, a failure included, ends in the entry's state: nothing is left to reject.
  void afterNextPaint()
    .then(() => api.asset.read({ sha256 }))
    .then((data) => ({ kind: 'ready', url: URL.createObjectURL(base64ToBlob(data.base64, data.mime)) }) as const)
    .catch((error: unknown) => ({ kind: 'error', message: errorMessage(error) }) as const)
    .then((state) => {
      if (entries.get(sha256) !== entry) {
        // Released and forgotten while loading: nobody will ever revoke this URL but us.
        if (state.kind === 'ready') URL.revokeObjectURL(state.url);
        return;
      }
      entry.state = state;
      for (const listener of [...entry.listeners]) listener(state);
    });
}

function acquire(api: Api, sha256: string, listener: (state: AssetUrlState) => void): () => void {
  let entry = entries.get(sha256);
  if (!entry) {
    entry = { refs: 0, state: { kind: 'loading' }, listeners: new Set(), revokeTimer: null };
    entries.set(sha256, entry);
    load(api, sha256, entry);
  }
  const current = entry;
  if (current.revokeTimer !== null) clearTimeout(current.revokeTimer);
  current.revokeTimer = null;
  current.refs += 1;
  current.listeners.add(listener);
  listener(current.state);
  return () => {
    current.listeners.delete(listener);
    current.refs -= 1;
    if (current.refs > 0) return;
    current.revokeTimer = setTimeout(() => {
      if (current.refs > 0 || entries.get(sha256) !== current) return;
      entries.delete(sha256);
      if (current.state.kind === 'ready') URL.revokeObjectURL(current.state.url);
    }, GRACE_MS);
  };
}

/** The image of asset `sha256` as a URL for <img>, loading on first use. */
export function useAssetUrl(sha256: string): AssetUrlState {
  const api = useApi();
  const [state, setState] = useState<AssetUrlState>(() => entries.get(sha256)?.state ?? { kind: 'loading' });
  useEffect(() => acquire(api, sha256, setState), [api, sha256]);
  return state;
}
