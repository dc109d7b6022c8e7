/**
 * What a page being printed may load: its own print folder (the HTML and the images written there,
 * see print-folder.ts) and data:/blob: URLs, nothing else: no other local file, no network. Both
 * engines ask this for every request the page makes (Playwright's route, Electron's webRequest), as
 * the print pages' CSP cannot: on a file: page, its 'self' is every file: URL.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function allowedPrintUrl(url: string, folder: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  // A host would be a network share (file://server/…).
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  let file: string;
  try {
    file = fileURLToPath(parsed);
  } catch {
    return false;
  }
  const root = path.resolve(folder);
  const resolved = path.resolve(file);
  return resolved.startsWith(root + path.sep);
}
