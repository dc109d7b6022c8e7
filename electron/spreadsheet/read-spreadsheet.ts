/**
 * Reading a sheet or a range of an .xlsx or .csv file for import as a report table
 * (table.readSpreadsheet). The national data-collection platform and most offices hand data over
 * as Excel workbooks or CSV exports of them.
 *
 * Libraries, and why:
 * - exceljs (MIT) for .xlsx: actively maintained, pure JavaScript (nothing to compile for Electron's
 *   ABI), TypeScript types included, reads values, number formats and merged cells, and has a
 *   streaming reader used here to measure sheets before loading them. SheetJS, the other common
 *   choice, has only its old 0.18 line on the npm registry (with open security advisories); newer
 *   releases come from the vendor's own download site, outside our package pipeline.
 * - papaparse (MIT) for .csv: small, dependency-free, the de-facto standard CSV parser, handles
 *   quoted fields with line breaks and guesses the delimiter (comma, semicolon or tab, as Excel
 *   writes in different locales). Decoding is done before it (./decode-csv.ts): Chinese Excel
 *   writes plain CSV in GBK, which no CSV parser detects by itself.
 *
 * What is refused, with a message saying why (IMPORT_FAILED; nothing is inserted): files that are
 * not workbooks (including old .xls and encrypted ones), and sheets over the limits of ./limits.ts.
 * A range with nothing in it is not an error: an empty grid comes back.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SpreadsheetData } from '../../shared/ipc/contract';
import { AppError } from '../errors/app-error';
import { CSV_MAX_BYTES, XLSX_MAX_BYTES, fileTooLarge } from './limits';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { toSpreadsheetData } from './sheet-grid';
import { parseRange } from './sheet-range';
import { fileKindOf, readFileHead } from '../files/file-kind';

export interface ReadSpreadsheetRequest {
  readonly path: string;
  readonly sheet?: string;
  /** "A1:D20"; the whole used area of the sheet when omitted. */
  readonly range?: string;
}

type Kind = 'xlsx' | 'csv';

/** What the file really is; the extension only decides between CSV and "not a workbook". */
function kindOf(file: string, name: string): Kind {
  const kind = fileKindOf(readFileHead(file));
  if (kind === 'zip') return 'xlsx';
  // A compound file: Excel 97–2003 .xls, or a password-protected .xlsx.
  if (kind === 'cfb') {
    throw new AppError('IMPORT_FAILED', {
      detail: `“${name}”是旧版 Excel 97-2003 工作簿（.xls）或加密的工作簿，无法直接读取。请在 Excel 或 WPS 中另存为 .xlsx（不设密码）后再导入`,
    });
  }
  if (/\.(csv|txt)$/i.test(name)) return 'csv';
  throw new AppError('IMPORT_FAILED', { detail: `“${name}”不是有效的 Excel 工作簿（.xlsx），或文件已损坏` });
}

export async function readSpreadsheet(request: ReadSpreadsheetRequest): Promise<SpreadsheetData> {
  const file = request.path;
  const name = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError('FILE_NOT_FOUND', { path: file });
  }
  if (!stat.isFile()) throw new AppError('IMPORT_FAILED', { detail: `“${name}”不是文件` });
  const range = request.range === undefined ? null : parseRange(request.range);
  const kind = kindOf(file, name);
  if (kind === 'csv') {
    if (stat.size > CSV_MAX_BYTES) throw fileTooLarge(name, stat.size, CSV_MAX_BYTES);
    const sheetName = name.replace(/\.[^.]+$/, '');
    if (request.sheet !== undefined && request.sheet !== sheetName) {
      throw new AppError('IMPORT_FAILED', { detail: `“${name}”中找不到工作表“${request.sheet}”` });
    }
    return toSpreadsheetData(readCsv(fs.readFileSync(file), sheetName), [sheetName], sheetName, range);
  }
  if (stat.size > XLSX_MAX_BYTES) throw fileTooLarge(name, stat.size, XLSX_MAX_BYTES);
  const workbook = await readXlsx(file, name, request.sheet);
  return toSpreadsheetData(workbook.sheet, workbook.sheets, workbook.name, range);
}
