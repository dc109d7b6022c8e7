/**
 * Importing tables from real .xlsx and .csv files made here: an Excel workbook with merged 院系
 * cells, percentage and thousands formats and a formula; CSV as Chinese Excel writes it (GBK),
 * with and without a UTF-8 BOM; and files that must be refused with a clear message, quickly.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../electron/errors/app-error';
import { TABLE_MAX_ROWS } from '../../electron/spreadsheet/limits';
import { readSpreadsheet } from '../../electron/spreadsheet/read-spreadsheet';
import { makeTempDir, removeTempDir } from '../support/temp-files';

let dir: string;

beforeAll(() => {
  dir = makeTempDir('rw-sheet-');
});

afterAll(() => removeTempDir(dir));

async function graduatesWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('毕业生分布');
  sheet.addRow(['院系', '专业', '人数', '占比']);
  sheet.addRow(['机械工程系', '机电一体化技术', 374, 0.1121]);
  sheet.addRow([null, '数控技术', 236, 0.0707]);
  sheet.addRow([null, '小计', { formula: 'C2+C3', result: 610 }, 0.1828]);
  sheet.addRow(['合计', null, 3337, 1]);
  sheet.mergeCells('A2:A4');
  sheet.mergeCells('A5:B5');
  sheet.getColumn(3).numFmt = '#,##0';
  sheet.getColumn(4).numFmt = '0.00%';
  sheet.getColumn(1).width = 16;
  sheet.getColumn(2).width = 24;
  sheet.getColumn(3).width = 8;
  sheet.getColumn(4).width = 8;
  const second = workbook.addWorksheet('生源地');
  second.addRow(['生源地', '人数']);
  second.addRow(['河北省', 1106]);
  second.getCell('B2').numFmt = '#,##0';
  await workbook.xlsx.writeFile(file);
}

async function expectImportFailure(request: Parameters<typeof readSpreadsheet>[0], message: RegExp): Promise<void> {
  const error = await readSpreadsheet(request).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('IMPORT_FAILED');
  expect((error as AppError).message).toMatch(message);
}

describe('.xlsx', () => {
  let file: string;

  beforeAll(async () => {
    file = path.join(dir, '毕业生.xlsx');
    await graduatesWorkbook(file);
  });

  test('the first sheet: display texts, merges (covered cells empty), formula results, widths', async () => {
    const data = await readSpreadsheet({ path: file });
    expect(data.sheets).toEqual(['毕业生分布', '生源地']);
    expect(data.sheet).toBe('毕业生分布');
    expect(data.range).toBe('A1:D5');
    expect(data.grid).toEqual([
      ['院系', '专业', '人数', '占比'],
      ['机械工程系', '机电一体化技术', '374', '11.21%'],
      ['', '数控技术', '236', '7.07%'],
      ['', '小计', '610', '18.28%'],
      ['合计', '', '3,337', '100.00%'],
    ]);
    expect(data.merges).toEqual([
      { top: 1, left: 0, bottom: 4, right: 1 },
      { top: 4, left: 0, bottom: 5, right: 2 },
    ]);
    expect(data.columnWidths).toEqual([16, 24, 8, 8]);
  });

  test('another sheet by name, and a range of it', async () => {
    const second = await readSpreadsheet({ path: file, sheet: '生源地' });
    expect(second.grid).toEqual([
      ['生源地', '人数'],
      ['河北省', '1,106'],
    ]);
    const part = await readSpreadsheet({ path: file, range: 'B2:C4' });
    expect(part.range).toBe('B2:C4');
    expect(part.grid).toEqual([
      ['机电一体化技术', '374'],
      ['数控技术', '236'],
      ['小计', '610'],
    ]);
    expect(part.merges).toEqual([]);
  });

  test('a range cutting through a merge keeps the part inside', async () => {
    const part = await readSpreadsheet({ path: file, range: 'A3:B5' });
    expect(part.grid).toEqual([
      ['', '数控技术'],
      ['', '小计'],
      ['合计', ''],
    ]);
    expect(part.merges).toEqual([
      { top: 0, left: 0, bottom: 2, right: 1 },
      { top: 2, left: 0, bottom: 3, right: 2 },
    ]);
  });

  test('an unknown sheet is refused by name', async () => {
    await expectImportFailure({ path: file, sheet: '不存在' }, /找不到工作表“不存在”/);
  });

  test('a sheet too large for one table is refused unless a range is given', async () => {
    const big = path.join(dir, '明细.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('明细');
    for (let i = 0; i < TABLE_MAX_ROWS + 500; i++) sheet.addRow([`学生${i}`, i]);
    await workbook.xlsx.writeFile(big);
    await expectImportFailure({ path: big }, /超出一张表格的上限.*区域/);
    const part = await readSpreadsheet({ path: big, range: 'A1:B3' });
    expect(part.grid).toEqual([
      ['学生0', '0'],
      ['学生1', '1'],
      ['学生2', '2'],
    ]);
  });
});

describe('refused files', () => {
  test('an .xlsx that is really a text file', async () => {
    const file = path.join(dir, '假的.xlsx');
    fs.writeFileSync(file, '院系,人数\n机械工程系,939\n');
    await expectImportFailure({ path: file }, /“假的\.xlsx”不是有效的 Excel 工作簿/);
  });

  test('a zip that is not a workbook', async () => {
    const file = path.join(dir, '压缩包.xlsx');
    // An empty zip archive: end-of-central-directory record only, behind a local-file signature.
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60)]));
    await expectImportFailure({ path: file }, /不是有效的 Excel 工作簿/);
  });

  test('an old .xls names the fix', async () => {
    const file = path.join(dir, '旧格式.xls');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    await expectImportFailure({ path: file }, /Excel 97-2003.*另存为 \.xlsx/);
  });

  test('a missing file', async () => {
    const error = await readSpreadsheet({ path: path.join(dir, '没有.xlsx') }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('FILE_NOT_FOUND');
  });

  test('a CSV of 100 001 rows is refused quickly, before parsing', async () => {
    const file = path.join(dir, '全量.csv');
    fs.writeFileSync(file, 'id,name\n' + Array.from({ length: 100_001 }, (_, i) => `${i},学生${i}`).join('\n'));
    const started = Date.now();
    await expectImportFailure({ path: file }, /工作表“全量”超过 100,000 行，无法导入/);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  test('a CSV whose rows hold line breaks is measured by rows, not lines', async () => {
    const file = path.join(dir, '多行.csv');
    fs.writeFileSync(file, '院系,说明\n机械工程系,"第一行\n第二行"\n');
    const data = await readSpreadsheet({ path: file });
    expect(data.grid).toEqual([
      ['院系', '说明'],
      ['机械工程系', '第一行\n第二行'],
    ]);
  });
});

describe('.csv encodings', () => {
  /** "院系,人数,占比 / 机械工程系,939,28.14% / "智能技术系",806,24.15%" as Chinese Excel saves plain CSV (GBK). */
  const GBK_HEX =
    'd4bacfb52cc8cbcafd2cd5bcb1c80d0abbfad0b5b9a4b3cccfb52c3933392c32382e3134250d0a22d6c7c4dcbcbccaf5cfb5222c3830362c32342e3135250d0a';
  const expected = [
    ['院系', '人数', '占比'],
    ['机械工程系', '939', '28.14%'],
    ['智能技术系', '806', '24.15%'],
  ];

  test('GBK bytes (not valid UTF-8) are read as GB18030', async () => {
    const file = path.join(dir, '院系分布.csv');
    fs.writeFileSync(file, Buffer.from(GBK_HEX, 'hex'));
    const data = await readSpreadsheet({ path: file });
    expect(data.sheets).toEqual(['院系分布']);
    expect(data.grid).toEqual(expected);
  });

  test('UTF-8 with a BOM (Excel "CSV UTF-8") and without one', async () => {
    const text = '院系,人数,占比\r\n机械工程系,939,28.14%\r\n"智能技术系",806,24.15%\r\n';
    const withBom = path.join(dir, 'bom.csv');
    fs.writeFileSync(withBom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    expect((await readSpreadsheet({ path: withBom })).grid).toEqual(expected);
    const plain = path.join(dir, 'plain.csv');
    fs.writeFileSync(plain, text, 'utf8');
    expect((await readSpreadsheet({ path: plain })).grid).toEqual(expected);
  });

  test('semicolon-separated (European Excel) is recognised', async () => {
    const file = path.join(dir, 'semicolon.csv');
    fs.writeFileSync(file, '院系;人数\n机械工程系;939\n');
    expect((await readSpreadsheet({ path: file })).grid).toEqual([
      ['院系', '人数'],
      ['机械工程系', '939'],
    ]);
  });
});
