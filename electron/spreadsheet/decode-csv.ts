/**
 * The text of a CSV file whatever Excel or WPS wrote it in: UTF-8 with a BOM ("CSV UTF-8"), UTF-8
 * without one (WPS, LibreOffice), UTF-16 with a BOM ("Unicode text"), or — what Chinese Excel's
 * plain "CSV" gives — the system code page GBK, read as its superset GB18030. Bytes that are valid
 * UTF-8 are taken as UTF-8: GBK text of any length is practically never valid UTF-8, while the
 * reverse guess would turn every UTF-8 file into mojibake.
 */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export function detectCsvEncoding(bytes: Uint8Array): CsvEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** Decodes with the detected encoding; a BOM is dropped. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const encoding = detectCsvEncoding(bytes);
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}
