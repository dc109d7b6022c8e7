/**
 * CSV → sheet cells. Parsing is papaparse's (see ./read-spreadsheet.ts for why); before parsing, the
 * rows are counted with a plain scan of the bytes, so a dump far over the limits is refused in
 * milliseconds instead of being parsed first.
 */
import Papa from 'papaparse';
import { AppError } from '../errors/app-error';
import { decodeCsv } from './decode-csv';
import { SHEET_MAX_ROWS, isSheetTooLarge, sheetTooLarge } from './limits';
import type { ReadSheet } from './sheet-grid';

/** Line breaks in the file: an upper bound of the row count (quoted fields may hold line breaks). */
function countLines(bytes: Uint8Array, stopAfter: number): number {
  let lines = 0;
  // 0x0A is a line feed in UTF-8, GB18030 and (as the low byte) UTF-16LE alike.
  for (let i = bytes.indexOf(0x0a); i >= 0 && lines <= stopAfter; i = bytes.indexOf(0x0a, i + 1)) lines++;
  return lines;
}

export function readCsv(bytes: Uint8Array, sheetName: string): ReadSheet {
  // A quick refusal for files that cannot be within the limits whatever their quoting: rows are
  // at least one line each, so the line count bounds the rows from above only; parse to be exact
  // when the count is close.
  if (countLines(bytes, SHEET_MAX_ROWS * 2) > SHEET_MAX_ROWS * 2) throw sheetTooLarge(sheetName, SHEET_MAX_ROWS + 1, 1);
  // Trailing line breaks would read as an empty last row, which also spoils the delimiter guess.
  const text = decodeCsv(bytes).text.replace(/[\r\n]+$/, '');
  const rows: string[][] = [];
  let width = 0;
  let tooLarge = false;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    // Excel writes a comma, or in some locales a semicolon or a tab; papaparse guesses from the text.
    delimitersToGuess: [',', '\t', ';', '|'],
    step: (result, parser) => {
      rows.push(result.data);
      width = Math.max(width, result.data.length);
      if (isSheetTooLarge(rows.length, width)) {
        tooLarge = true;
        parser.abort();
      }
    },
  });
  if (tooLarge) throw sheetTooLarge(sheetName, rows.length, width);
  if (rows.length === 0) throw new AppError('IMPORT_FAILED', { detail: `“${sheetName}”中没有数据` });
  return { cells: rows, merges: [], columnWidths: [] };
}
