/**
 * Prints the one-page statement HTML to PDF through a {@link PrintEngine}: the app's hidden
 * Electron window, or Debian's Chromium over the DevTools pipe in the CLI and tests. The same
 * engine the report's PDF export uses, so the packaged app needs no browser of its own; one page
 * needs none of the export's pagination machinery, only the engine's print.
 */
import { PrintFolder } from '../export/pdf/print-folder';
import type { PrintEngine } from '../export/pdf/print-engine';

export async function printStatementHtml(html: string, engine: PrintEngine): Promise<Buffer> {
  // Engines print files, not strings: relative URLs and file loading work the same in both.
  const folder = await PrintFolder.create();
  try {
    const file = await folder.writeHtml('statement.html', html);
    const pdf = await engine.print({ htmlFile: file });
    return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await folder.remove();
  }
}
