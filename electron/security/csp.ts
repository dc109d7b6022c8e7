/**
 * The Content Security Policies, one per kind of page, and the helpers that put them in place.
 *
 * The renderer's policy travels twice: as a `<meta http-equiv>` in renderer/index.html (so it holds
 * wherever the page is loaded from, file:// included, where no header applies) and as a header from
 * the app:// protocol handler (which can also carry frame-ancestors, ignored in a meta tag).
 * The harness relaxes connect-src to 'self' for its HTTP IPC transport, in both places.
 */
import { PRINT_CONTENT_SECURITY_POLICY as PRINT_PAGE_POLICY } from '../../shared/export/html/print-csp';

/**
 * Strict CSP for the renderer: only our own bundled script and styles, images from our own
 * origin or data/blob URLs (pasted images), our own worker script, no remote connections, no eval,
 * no inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // The print preview's pdf.js worker, a bundled file beside app.js (never blob: or remote).
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The print pages (report, front matter, statement): the policy their own <meta> carries
 * (shared/export/html/print-csp.ts, one definition for every engine) plus what only a header can
 * say. Printing waits for fonts and images through the debugger, which the page's CSP does not govern.
 */
export const PRINT_CONTENT_SECURITY_POLICY = `${PRINT_PAGE_POLICY}; frame-ancestors 'none'`;

/** Directives a browser ignores when the policy comes from a <meta> tag (CSP Level 3, §3.3). */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** The policy as it is written in a <meta http-equiv="Content-Security-Policy">. */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !HEADER_ONLY_DIRECTIVES.has(directive.split(/\s+/)[0] ?? ''))
    .join('; ');
}

const META_PATTERN = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi;

/** The content of each CSP meta tag in a page (the tests hold index.html to exactly one). */
export function metaPolicies(html: string): string[] {
  return Array.from(html.matchAll(META_PATTERN), (match) => decodeAttribute(match[1] ?? ''));
}

/** The page with its CSP meta tag's content replaced; a page without one is refused. */
export function withMetaPolicy(html: string, policy: string): string {
  if (metaPolicies(html).length !== 1) throw new Error('the page must have exactly one CSP <meta> tag');
  const escaped = metaPolicy(policy).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return html.replace(META_PATTERN, `<meta http-equiv="Content-Security-Policy" content="${escaped}" />`);
}

function decodeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** The harness's variant: the page talks to its backend by fetch() on its own origin. */
export function harnessPolicy(policy: string): string {
  return policy.replace("connect-src 'none'", "connect-src 'self'");
}
