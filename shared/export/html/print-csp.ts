/**
 * The Content Security Policy every page we print carries (report body and front matter, the
 * stand-alone statement), as a <meta> at the top of <head>, before anything it governs. Escaping
 * keeps project text out of the markup; this is the second wall in case it ever does not: no script
 * at all (none is needed: the engines print with JavaScript off, see electron/export/pdf/), no
 * frames, objects or style sheets from anywhere, fonts (the shipped faces copied into the print
 * folder, print-fonts.ts) and images only from the page's own folder ('self') or data:/blob: URLs. On a file: page 'self' is any file: URL, so
 * the engines also refuse every request outside the print folder (print-url-policy.ts).
 */
import { escapeHtmlAttribute } from '../../escape/html-escape';

export const PRINT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // The style sheet is generated inline (print-css.ts); CSS cannot run script, and every URL it
  // could name is governed by the rules above.
  "style-src 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function printCspMeta(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${escapeHtmlAttribute(PRINT_CONTENT_SECURITY_POLICY)}">`;
}
