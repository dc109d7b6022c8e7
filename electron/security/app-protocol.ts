/**
 * The app:// protocol: how the window and the print pages are served instead of file://.
 *
 * A page on file:// may read any other file:// URL the machine has (and more, with Electron's
 * extra file privileges); a page on app:// sees only what this resolver hands out:
 *   app://renderer/<path>          a file inside dist/renderer (the bundled UI)
 *   app://print/<mount id>/<path>  a file inside one export's print folder, while it is mounted
 * Anything else — another host, `..` in any spelling, a drive letter, a missing file, a method
 * other than GET — is refused. Pure Node (no electron import): main registers the scheme and
 * passes each request here.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, PRINT_CONTENT_SECURITY_POLICY } from './csp';

export const APP_SCHEME = 'app';
export const RENDERER_HOST = 'renderer';
export const PRINT_HOST = 'print';
/** The one page the window shows (and the one page allowed to call main, see main.ts). */
export const RENDERER_URL = `${APP_SCHEME}://${RENDERER_HOST}/index.html`;
export const RENDERER_ORIGIN = `${APP_SCHEME}://${RENDERER_HOST}`;

/**
 * The privileges for protocol.registerSchemesAsPrivileged. standard: origins and relative URLs
 * like https; secure: a secure context (no mixed-content downgrades); supportFetchAPI: pdf.js
 * fetches its worker module. Never bypassCSP, never service workers, no CORS for other origins.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  bypassCSP: false,
  allowServiceWorkers: false,
  corsEnabled: false,
  stream: false,
  codeCache: false,
} as const;

/** What the resolver serves; anything else is a 404, so a stray file is never handed out as data. */
const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

export function mimeOf(file: string): string | undefined {
  return MIME[path.extname(file).toLowerCase()];
}

/** Where app:// URLs point: the renderer's folder and the print folders mounted right now. */
export interface AppMountTable {
  readonly rendererDir: string;
  printDir(id: string): string | undefined;
}

export type AppResolution =
  | { readonly ok: true; readonly file: string; readonly root: string; readonly mime: string; readonly csp: string }
  | { readonly ok: false; readonly status: 400 | 404 | 405 };

const MOUNT_ID = /^[0-9a-f]{32}$/;

/**
 * Maps a request to a file inside its root, or refuses it. Pure: it never touches the disk
 * (serveAppRequest checks that the file exists and is not reached through a link).
 */
export function resolveAppRequest(method: string, url: string, mounts: AppMountTable): AppResolution {
  if (method !== 'GET' && method !== 'HEAD') return { ok: false, status: 405 };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return { ok: false, status: 400 };
  const segments = decodeSegments(parsed.pathname);
  if (segments === null) return { ok: false, status: 400 };

  let root: string | undefined;
  let rest: string[];
  let csp: string;
  if (parsed.hostname === RENDERER_HOST) {
    root = mounts.rendererDir;
    rest = segments.length === 0 ? ['index.html'] : segments;
    csp = CONTENT_SECURITY_POLICY;
  } else if (parsed.hostname === PRINT_HOST) {
    const [id, ...inside] = segments;
    root = id !== undefined && MOUNT_ID.test(id) ? mounts.printDir(id) : undefined;
    rest = inside;
    csp = PRINT_CONTENT_SECURITY_POLICY;
  } else {
    return { ok: false, status: 404 };
  }
  if (root === undefined || rest.length === 0) return { ok: false, status: 404 };

  const base = path.resolve(root);
  const file = path.resolve(base, ...rest);
  if (!isInside(base, file)) return { ok: false, status: 400 };
  const mime = mimeOf(file);
  if (mime === undefined) return { ok: false, status: 404 };
  return { ok: true, file, root: base, mime, csp };
}

/**
 * The path's segments, percent-decoded; null when any is empty, a dot segment, or would change
 * meaning on some platform once decoded (a separator, a drive letter or stream name, a NUL).
 * The URL parser already folds `..` and `%2e%2e`; this also refuses `..%2f`, `%5c..` and the like.
 */
function decodeSegments(pathname: string): string[] | null {
  if (pathname === '' || pathname === '/') return [];
  const raw = pathname.replace(/^\//, '').split('/');
  const segments: string[] = [];
  for (const piece of raw) {
    let segment: string;
    try {
      segment = decodeURIComponent(piece);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

export interface AppResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array | null;
}

/** The response for one app:// request: the file with its type and CSP, or an empty error. */
export async function serveAppRequest(method: string, url: string, mounts: AppMountTable): Promise<AppResponse> {
  const resolved = resolveAppRequest(method, url, mounts);
  if (!resolved.ok) return { status: resolved.status, headers: {}, body: null };
  let body: Uint8Array;
  try {
    // A link inside the folder must not lead out of it.
    const real = await fs.realpath(resolved.file);
    if (!isInside(await fs.realpath(resolved.root), real)) return { status: 404, headers: {}, body: null };
    body = await fs.readFile(real);
  } catch {
    return { status: 404, headers: {}, body: null };
  }
  const headers = {
    'content-type': resolved.mime,
    'content-security-policy': resolved.csp,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  };
  return { status: 200, headers, body: method === 'HEAD' ? null : body };
}

/** The mount table of a running app: the renderer folder, and print folders while they print. */
export class AppMounts implements AppMountTable {
  private readonly prints = new Map<string, string>();

  constructor(readonly rendererDir: string) {}

  printDir(id: string): string | undefined {
    return this.prints.get(id);
  }

  /** Mounts a print folder under a fresh unguessable id; the page's URL and how to unmount it. */
  mountPrintFolder(dir: string): { readonly urlOf: (file: string) => string; readonly unmount: () => void } {
    const id = crypto.randomBytes(16).toString('hex');
    this.prints.set(id, path.resolve(dir));
    return {
      urlOf: (file) => {
        const relative = path.relative(dir, file).split(path.sep).map(encodeURIComponent).join('/');
        return `${APP_SCHEME}://${PRINT_HOST}/${id}/${relative}`;
      },
      unmount: () => void this.prints.delete(id),
    };
  }
}
