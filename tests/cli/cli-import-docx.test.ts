/**
 * `reportworks import-docx` as a user runs it (the built CLI on real files): what it says on
 * success, and the refusals — not a Word file, a PDF, an old .doc, an encrypted file, a
 * macro-enabled .docm (by name or by content), a zip bomb, a damaged document, a document without
 * headings, bad arguments — each one line in Chinese and English with its exit code, and the
 * project file byte for byte as it was, with no lock left behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { wordReport } from '../import-docx/support';
import { expectOneLineError, fileState, makeTempDir, runCli } from './support';

let dir: string;
let cleanup: () => void;
let project: string;

beforeAll(() => {
  ({ dir, cleanup } = makeTempDir());
  project = path.join(dir, 'report.rwproj');
  const created = runCli(['new', project, '--unit', '天津示范职业技术学院', '--year', '2025']);
  expect(created.status).toBe(0);
});

afterAll(() => cleanup());

const styled = (): Record<string, Uint8Array> => unzipSync(fs.readFileSync(wordReport('styled-report.docx')));

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

function zip(name: string, files: Zippable): string {
  return write(name, zipSync(files, { level: 9 }));
}

/** An OLE compound file as Word writes it: the signature, and the named streams in its directory. */
function compoundFile(streams: readonly string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header);
  const directory = Buffer.concat(streams.map((name) => {
    const entry = Buffer.alloc(128);
    Buffer.from(name, 'utf16le').copy(entry);
    entry.writeUInt16LE((name.length + 1) * 2, 64);
    return entry;
  }));
  return Buffer.concat([header, directory, Buffer.alloc(4096)]);
}

const REFUSALS: readonly { name: string; make: () => string; exit: number; says: string[] }[] = [
  { name: 'a text file named .docx', make: () => write('notes.docx', '这是一段文字，不是 Word 文件。'), exit: 1, says: ['不是 Word 文档', 'ZIP'] },
  { name: 'a PDF', make: () => write('report.docx', '%PDF-1.7\n%…'), exit: 1, says: ['PDF'] },
  { name: 'an old Word 97-2003 .doc', make: () => write('old.doc', compoundFile(['Root Entry', 'WordDocument', '1Table'])), exit: 1, says: ['.doc', '另存为 .docx'] },
  { name: 'an encrypted Word file', make: () => write('secret.docx', compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage'])), exit: 1, says: ['加密', '取消密码'] },
  { name: 'a macro-enabled .docm', make: () => zip('macros.docm', { ...styled(), 'word/vbaProject.bin': strToU8('VBA') }), exit: 1, says: ['启用宏', '.docm'] },
  { name: 'macros in a file named .docx', make: () => zip('renamed.docx', { ...styled(), 'word/vbaProject.bin': strToU8('VBA') }), exit: 1, says: ['启用宏'] },
  {
    name: 'a zip bomb',
    make: () => zip('bomb.docx', { ...styled(), 'word/document.xml': strToU8(`<w:document xmlns:w="x"><w:body>${'<w:p/>'.repeat(1024 * 1024)}</w:body></w:document>`) }),
    exit: 1,
    says: ['压缩炸弹'],
  },
  { name: 'a damaged document part', make: () => zip('damaged.docx', { ...styled(), 'word/document.xml': strToU8('<w:document><w:body><w:p>') }), exit: 1, says: ['document.xml', '已损坏'] },
  {
    name: 'a document without any heading',
    make: () => zip('flat.docx', { ...styled(), 'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>只有一段正文。</w:t></w:r></w:p></w:body></w:document>') }),
    exit: 1,
    says: ['找不到标题'],
  },
];

describe('refusals leave the project exactly as it was', () => {
  for (const refusal of REFUSALS) {
    it(`refuses ${refusal.name}`, () => {
      const before = fileState(project);
      const run = runCli(['import-docx', project, refusal.make()]);
      expectOneLineError(run, refusal.exit, ...refusal.says);
      expect(fileState(project)).toEqual(before);
    });
  }

  it('says which argument is missing or misplaced (exit 2), and that a missing Word file is missing', () => {
    const before = fileState(project);
    expectOneLineError(runCli(['import-docx', project]), 2, 'Word 文件');
    expectOneLineError(runCli(['import-docx', wordReport('styled-report.docx'), project]), 2, '参数顺序');
    expectOneLineError(runCli(['import-docx', project, path.join(dir, 'nowhere.docx')]), 2, 'nowhere.docx');
    expect(fileState(project)).toEqual(before);
  });

  it('negative control: the same project accepts the unchanged styled report', () => {
    const before = fileState(project);
    const run = runCli(['import-docx', project, zip('fine.docx', styled())]);
    expect(run.status).toBe(0);
    expect(fileState(project).bytes).not.toEqual(before.bytes);
  });
});

describe('a successful import', () => {
  it('says what it imported and skipped, that the old outline can be restored, and prints each warning as one line', () => {
    const target = path.join(dir, 'fresh.rwproj');
    expect(runCli(['new', target, '--unit', '天津示范职业技术学院', '--year', '2025']).status).toBe(0);
    const run = runCli(['import-docx', target, wordReport('styled-report.docx')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('已导入 styled-report.docx');
    expect(run.stdout).toContain('4 章 3 节，正文小标题 2 个，表格 1 个，图 2 个（图片 1 张），案例 1 个，交叉引用 3 处');
    expect(run.stdout).toContain('已识别并略去：封面 4 段，声明 5 段，目录 7 行。');
    expect(run.stdout).toContain('已移入“已删除”');
    const warnings = run.stderr.split('\n').filter((l) => l !== '');
    expect(warnings).toHaveLength(3);
    expect(warnings.every((l) => /^警告：.+ \/ Warning: .+/.test(l))).toBe(true);
    expect(warnings.join('\n')).toContain('BMP');
    const info = JSON.parse(runCli(['info', target, '--json']).stdout) as { counts: { tables: number; figures: number; cases: number } };
    expect(info.counts).toMatchObject({ tables: 1, figures: 2, cases: 1 });
  });

  it('--help explains the command', () => {
    const run = runCli(['import-docx', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('reportworks import-docx <文件.rwproj> <报告.docx>');
  });
});
