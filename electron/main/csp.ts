/**
 * Strict CSP for the renderer: only our own bundled script and styles, images from our own
 * origin or data/blob URLs (pasted images), our own worker script, no remote connections, no eval,
 * no inline script.
 * The harness relaxes connect-src to 'self' for its HTTP IPC transport.
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
