/**
 * How much a spreadsheet import may read. Two kinds of limit:
 * - a sheet larger than SHEET_* is refused before it is parsed in full, so a data dump of the
 *   national platform (hundreds of thousands of rows) cannot stall the main process or fill memory;
 * - what reaches the editor as one table is capped by TABLE_*: a report table is a page or two, and
 *   a table of tens of thousands of rows would make the editor window unresponsive. A larger sheet
 *   can still be imported by giving a range.
 */
import { AppError } from '../errors/app-error';

export const SHEET_MAX_ROWS = 100_000;
export const SHEET_MAX_CELLS = 2_000_000;
export const TABLE_MAX_ROWS = 2_000;
export const TABLE_MAX_CELLS = 40_000;
/** An .xlsx is compressed XML; past this size it cannot be a sheet within the limits above. */
export const XLSX_MAX_BYTES = 60 * 1024 * 1024;
export const CSV_MAX_BYTES = 100 * 1024 * 1024;

const thousands = (n: number): string => n.toLocaleString('en-US');

export function sheetTooLarge(sheet: string, rows: number, columns: number): AppError {
  const what = rows > SHEET_MAX_ROWS ? `超过 ${thousands(SHEET_MAX_ROWS)} 行` : `约 ${thousands(rows * columns)} 个单元格，超过 ${thousands(SHEET_MAX_CELLS)} 个`;
  return new AppError('IMPORT_FAILED', {
    detail: `工作表“${sheet}”${what}，无法导入。请在 Excel 或 WPS 中把需要的数据复制到新的工作簿（或另存为 CSV）后再导入`,
  });
}

export function tableTooLarge(rows: number, columns: number): AppError {
  return new AppError('IMPORT_FAILED', {
    detail: `所选数据有 ${thousands(rows)} 行 × ${thousands(columns)} 列，超出一张表格的上限（${thousands(TABLE_MAX_ROWS)} 行或 ${thousands(TABLE_MAX_CELLS)} 个单元格）。请填写“区域”（例如 A1:F40）只导入需要的部分`,
  });
}

export function fileTooLarge(name: string, bytes: number, max: number): AppError {
  return new AppError('IMPORT_FAILED', { detail: `“${name}”过大（${Math.round(bytes / 1048576)} MB，上限 ${Math.round(max / 1048576)} MB）` });
}

export function isSheetTooLarge(rows: number, columns: number): boolean {
  return rows > SHEET_MAX_ROWS || rows * columns > SHEET_MAX_CELLS;
}
