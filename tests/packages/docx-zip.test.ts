/**
 * A Word draft is judged by its zip directory before mammoth inflates anything: a zip bomb, an
 * archive of thousands of entries, or a ZIP that holds no Word document is refused with
 * NOT_A_WORD_FILE saying why, quickly and with the project unchanged. A real draft still converts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { AppError } from '../../electron/errors/app-error';
import { importWordDraft } from '../../electron/packages/import-draft';
import { MAX_DOCX_ENTRIES } from '../../shared/limits';
import { fingerprint, makeTempDir, removeTempDir } from '../support/temp-files';
import { smallSetup, type SmallSetup } from './small-project';

let dir: string;
let setup: SmallSetup;

beforeAll(() => {
  dir = makeTempDir('rw-docx-zip-');
  setup = smallSetup(dir);
});

afterAll(() => {
  setup.project.close();
  removeTempDir(dir);
});

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const documentXml = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

function writeZip(name: string, files: Zippable): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, zipSync(files, { level: 9 }));
  return file;
}

async function refusal(file: string): Promise<AppError> {
  const [a] = setup.sections;
  const before = fingerprint(setup.project.path).sha256;
  let caught: unknown;
  try {
    await importWordDraft(setup.project, file, a);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).code).toBe('NOT_A_WORD_FILE');
  expect(fingerprint(setup.project.path).sha256).toBe(before);
  return caught as AppError;
}

test('a zip bomb (a document part that inflates over a thousand times) is refused from the directory', async () => {
  // 6 MB of blank paragraphs deflate to a few KB: a small bomb, enough to show the ratio check.
  const bomb = writeZip('炸弹.docx', {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    _rels: { '.rels': strToU8(RELS) },
    word: { 'document.xml': strToU8(documentXml('<w:p/>'.repeat(1024 * 1024))) },
  });
  expect(fs.statSync(bomb).size).toBeLessThan(1024 * 1024);
  const error = await refusal(bomb);
  expect(error.message).toContain('“炸弹.docx”不是 Word 文档');
  expect(error.message).toContain('压缩比异常');
  expect(error.message).toContain('疑似“压缩炸弹”，未解压');
  expect(error.message).toContain('项目未作任何改动');
});

test('an archive with more entries than any Word file has is refused', async () => {
  const many: Zippable = { '[Content_Types].xml': strToU8(CONTENT_TYPES), _rels: { '.rels': strToU8(RELS) }, word: { 'document.xml': strToU8(documentXml('')) } };
  for (let i = 0; i <= MAX_DOCX_ENTRIES; i += 1) many[`x/${i}.xml`] = strToU8('<a/>');
  const error = await refusal(writeZip('很多文件.docx', many));
  expect(error.message).toContain(`压缩包内文件过多（超过 ${MAX_DOCX_ENTRIES} 个）`);
});

test('a ZIP without word/document.xml (a spreadsheet, an archive) is refused saying so', async () => {
  const error = await refusal(writeZip('表格.docx', { 'xl/workbook.xml': strToU8('<workbook/>'), '[Content_Types].xml': strToU8(CONTENT_TYPES) }));
  expect(error.message).toContain('其中没有 Word 正文（word/document.xml）');
});

test('a ZIP whose directory is cut off is refused as damaged', async () => {
  const whole = fs.readFileSync(writeZip('完整.docx', { '[Content_Types].xml': strToU8(CONTENT_TYPES), word: { 'document.xml': strToU8(documentXml('')) } }));
  const cut = path.join(dir, '截断.docx');
  fs.writeFileSync(cut, whole.subarray(0, whole.length - 30));
  const error = await refusal(cut);
  expect(error.message).toContain('ZIP 目录无法读取');
});

test('a real Word draft still converts', async () => {
  const [a] = setup.sections;
  const file = path.join(dir, '真实稿件.docx');
  fs.writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('学院坚持立德树人根本任务。'), new Paragraph('部门新写的一段。')] }] })));
  const prepared = await importWordDraft(setup.project, file, a);
  expect(prepared.review.changes).toBeGreaterThan(0);
});
