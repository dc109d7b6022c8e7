/**
 * .xlsx → sheet cells, with exceljs (see ./read-spreadsheet.ts for why).
 *
 * Two passes. First exceljs's streaming reader walks every sheet's rows without keeping them,
 * which measures each sheet in bounded memory and stops at the first one over the limits: the
 * second pass (exceljs's full reader, the only one that reads merged cells) loads every sheet of
 * the workbook, so it must never meet a huge one. Typical report workbooks take milliseconds for
 * both passes.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { AppError } from '../errors/app-error';
import { displayText } from './cell-display';
import { isSheetTooLarge, sheetTooLarge } from './limits';
import type { ReadSheet } from './sheet-grid';
import { parseRange, type GridRect } from './sheet-range';

/** Excel's default column width in characters, for columns the file gives no width. */
const DEFAULT_COLUMN_WIDTH = 8.43;

function notAWorkbook(name: string): AppError {
  return new AppError('IMPORT_FAILED', { detail: `“${name}”不是有效的 Excel 工作簿（.xlsx），或文件已损坏` });
}

/** Streams through every sheet once, refusing the workbook if any sheet is over the limits. */
async function checkSheetSizes(file: string, name: string): Promise<void> {
  const stream = fs.createReadStream(file);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, { sharedStrings: 'ignore', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'ignore' });
  try {
    for await (const worksheet of reader) {
      const sheet = (worksheet as unknown as { name?: unknown }).name;
      let rows = 0;
      let columns = 0;
      for await (const row of worksheet) {
        rows = Math.max(rows, row.number);
        columns = Math.max(columns, row.cellCount);
        if (isSheetTooLarge(rows, columns)) throw sheetTooLarge(typeof sheet === 'string' ? sheet : name, rows, columns);
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw notAWorkbook(name);
  } finally {
    stream.destroy();
  }
}

function mergesOf(worksheet: ExcelJS.Worksheet): GridRect[] {
  const merges: GridRect[] = [];
  for (const range of worksheet.model.merges ?? []) {
    try {
      merges.push(parseRange(range));
    } catch {
      // A merge the file describes in a form we do not read is ignored, not fatal.
    }
  }
  return merges;
}

/** Display texts; cells covered by a merge are '' (exceljs reports the merge's value in each). */
function cellsOf(worksheet: ExcelJS.Worksheet, merges: readonly GridRect[]): string[][] {
  const cells: string[][] = [];
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.findRow(r);
    const out: string[] = [];
    if (row) {
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.findCell(c);
        out.push(cell ? displayText(cell.value, cell.numFmt) : '');
      }
    }
    cells.push(out);
  }
  for (const merge of merges) {
    for (let r = merge.top; r < merge.bottom; r++) {
      const row = cells[r];
      if (!row) continue;
      for (let c = merge.left; c < merge.right; c++) if ((r !== merge.top || c !== merge.left) && c < row.length) row[c] = '';
    }
  }
  return cells;
}

function columnWidthsOf(worksheet: ExcelJS.Worksheet, columns: number): number[] {
  return Array.from({ length: columns }, (_, i) => {
    const width = worksheet.getColumn(i + 1).width;
    return typeof width === 'number' && width > 0 ? width : DEFAULT_COLUMN_WIDTH;
  });
}

export interface ReadWorkbook {
  readonly sheets: readonly string[];
  readonly name: string;
  readonly sheet: ReadSheet;
}

/** Reads sheet `sheetName` (the first sheet when undefined) of the workbook at `file`. */
export async function readXlsx(file: string, displayName: string, sheetName: string | undefined): Promise<ReadWorkbook> {
  await checkSheetSizes(file, displayName);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch {
    throw notAWorkbook(displayName);
  }
  const sheets = workbook.worksheets.map((worksheet) => worksheet.name);
  const worksheet = sheetName === undefined ? workbook.worksheets[0] : workbook.worksheets.find((w) => w.name === sheetName);
  if (!worksheet) {
    throw new AppError('IMPORT_FAILED', { detail: sheetName === undefined ? `“${displayName}”中没有工作表` : `“${displayName}”中找不到工作表“${sheetName}”` });
  }
  const merges = mergesOf(worksheet);
  const cells = cellsOf(worksheet, merges);
  const width = cells.reduce((max, row) => Math.max(max, row.length), 0);
  return { sheets, name: worksheet.name, sheet: { cells, merges, columnWidths: columnWidthsOf(worksheet, width) } };
}
