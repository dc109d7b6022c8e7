/**
 * The signature and seal as data: URLs for the thumbnails and the preview. Fetched from main once
 * per content hash (asset.read) and kept: two small PNGs per project, and a replaced image comes
 * back under a new hash, so nothing is ever stale.
 */
import { useEffect, useState } from 'react';
import { useApi } from '../ipc/api-context';

const cache = new Map<string, string>();

/** The image's URL, or null while it loads, when it cannot be read, or when there is none. */
export function useStatementImageUrl(sha256: string | null): string | null {
  const api = useApi();
  const [url, setUrl] = useState<string | null>(() => (sha256 === null ? null : (cache.get(sha256) ?? null)));
  useEffect(() => {
    if (sha256 === null) {
      setUrl(null);
      return;
    }
    const known = cache.get(sha256);
    setUrl(known ?? null);
    if (known !== undefined) return;
    let live = true;
    api.asset
      .read({ sha256 })
      .then((data) => {
        const dataUrl = `data:${data.mime};base64,${data.base64}`;
        cache.set(sha256, dataUrl);
        if (live) setUrl(dataUrl);
      })
      // A missing image shows as no image: the dialog offers to upload it again.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [api, sha256]);
  return url;
}
