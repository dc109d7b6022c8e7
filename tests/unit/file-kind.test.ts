/**
 * One table of file signatures for every reader that refuses a file by what it is (file-kind.ts).
 * Cases as data: real first bytes of each kind, and near misses that must not be taken for one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileKindOf, readFileHead, sniffFileKind, type FileKind } from '../../electron/files/file-kind';
import { makeTempDir, removeTempDir } from '../support/temp-files';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);

test.each<[string, Uint8Array, FileKind | null]>([
  ['a ZIP archive (.docx, .xlsx)', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), 'zip'],
  ['a compound file (.doc, .xls, encrypted Office)', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0), 'cfb'],
  ['a PDF', text('%PDF-1.7\n'), 'pdf'],
  ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), 'png'],
  ['a SQLite database', text('SQLite format 3\u0000xxxx'), 'sqlite'],
  ['an empty ZIP (end of directory only): not something we read', bytes(0x50, 0x4b, 0x05, 0x06), null],
  ['the first half of a compound file signature', bytes(0xd0, 0xcf, 0x11, 0xe0), null],
  ['"%PDF" without its dash', text('%PDF'), null],
  ['a PNG signature cut short', bytes(0x89, 0x50, 0x4e, 0x47), null],
  ['SQLite format 2', text('** This file contains an SQLite 2.1 database **'), null],
  ['text', text('年报工坊'), null],
  ['nothing', bytes(), null],
])('%s', (_name, head, kind) => {
  expect(fileKindOf(head)).toBe(kind);
});

describe('reading a file head', () => {
  let dir: string;
  beforeAll(() => (dir = makeTempDir()));
  afterAll(() => removeTempDir(dir));

  test('a file shorter than the head gives what it has', () => {
    const file = path.join(dir, 'short.bin');
    fs.writeFileSync(file, Buffer.from('PK'));
    expect(readFileHead(file)).toEqual(Buffer.from('PK'));
    expect(sniffFileKind(file)).toBeNull();
  });

  test('a renamed PDF is a PDF whatever its name', () => {
    const file = path.join(dir, '报告.docx');
    fs.writeFileSync(file, Buffer.from('%PDF-1.4\n%âãÏÓ\n'));
    expect(sniffFileKind(file)).toBe('pdf');
  });

  test('a path that cannot be read is no kind (the caller names the path)', () => {
    expect(sniffFileKind(path.join(dir, 'missing.docx'))).toBeNull();
    expect(sniffFileKind(dir)).toBeNull();
    expect(() => readFileHead(path.join(dir, 'missing.docx'))).toThrow();
  });
});
