/**
 * The stand-alone statement as a one-page HTML document for Chromium to print: the shared page
 * box ({@link statementPageHtml}) on an A4 page without margins, images inline as data: URLs, the
 * shipped fonts from the print folder's fonts/ (see print-statement.ts).
 */
import { fontFaceCss } from '../../shared/export/html/print-fonts';
import { printCspMeta } from '../../shared/export/html/print-csp';
import { statementPageCss, statementPageHtml, type StatementPageBinding } from '../../shared/statement/statement-page-html';
import type { StatementText } from '../../shared/statement/statement-text';

export interface StatementImages {
  readonly signature: Buffer | null;
  readonly seal: Buffer | null;
}

export type StatementBinding = StatementPageBinding;

const dataUrl = (png: Buffer | null): string | null => (png === null ? null : `data:image/png;base64,${png.toString('base64')}`);

export function statementHtml(text: StatementText, images: StatementImages, binding: StatementBinding | null): string {
  const page = statementPageHtml(text, { signatureUrl: dataUrl(images.signature), sealUrl: dataUrl(images.seal) }, binding);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${printCspMeta()}<style>
@page { size: A4; margin: 0 }
html, body { margin: 0; padding: 0; font-synthesis: none }
${fontFaceCss()}
${statementPageCss()}
</style></head><body>${page}</body></html>`;
}
