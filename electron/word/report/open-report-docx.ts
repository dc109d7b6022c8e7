/**
 * Opening a whole Word report for import: what the file is (refused unless it is a plain .docx),
 * its zip directory judged before anything is inflated (./../docx-zip.ts), then the parts the
 * import reads inflated with fflate (already a dependency; unzipSync with a filter inflates only
 * the entries asked for).
 *
 * Refused, with one line saying what to do, and the project untouched:
 * - not a ZIP at all, a PDF, an old .doc (read-docx.ts's checkKind);
 * - an encrypted Word file: Word stores a document with an open password as an OLE compound file
 *   holding `EncryptedPackage`, which would otherwise be taken for an old .doc;
 * - a macro-enabled document (.docm, or any package carrying word/vbaProject.bin): a report has
 *   no use for macros, and the app must not be the way one travels into a project;
 * - a zip bomb (too many entries, too large, too strongly compressed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { MAX_DOCX_BYTES } from '../../../shared/limits';
import { AppError } from '../../errors/app-error';
import { checkDocxZip, readDocxDirectory } from '../docx-zip';
import { checkKind } from '../read-docx';
import { sniffFileKind } from '../../files/file-kind';

export interface ReportDocxParts {
  readonly document: string;
  readonly styles: string | null;
  readonly numbering: string | null;
  readonly relationships: string | null;
  /** Inflates the named entries (image parts); missing ones are absent from the map. */
  readonly entries: (names: readonly string[]) => Map<string, Uint8Array>;
}

function refuse(file: string, detail: string): never {
  throw new AppError('NOT_A_WORD_FILE', { name: path.basename(file), detail });
}

/** The stream name of an encrypted OOXML package, as a compound file's directory spells it (UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

function checkNotEncrypted(file: string): void {
  // An unreadable path is reported by checkKind; an encrypted .docx is a compound file.
  if (sniffFileKind(file) !== 'cfb') return;
  const size = fs.statSync(file).size;
  if (size > MAX_DOCX_BYTES) return;
  if (fs.readFileSync(file).includes(ENCRYPTED_PACKAGE)) {
    refuse(file, '文件设置了打开密码（已加密），无法读取；请在 Word 或 WPS 中取消密码（文件 → 信息 → 保护文档）后另存为 .docx 再导入');
  }
}

const decoder = new TextDecoder('utf-8');

export function openReportDocx(file: string): ReportDocxParts {
  checkNotEncrypted(file);
  checkKind(file);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new AppError('IO_ERROR', { detail: (error as Error).message });
  }
  checkDocxZip(bytes, file);
  let macros = /\.docm$/i.test(file);
  readDocxDirectory(bytes, (name) => {
    if (/(^|\/)vbaProject\.bin$/i.test(name) || /(^|\/)vbaData\.xml$/i.test(name)) macros = true;
  });
  if (macros) refuse(file, '这是启用宏的 Word 文件（.docm，含 VBA 宏），为安全起见不导入；请在 Word 中另存为“Word 文档（*.docx）”后再导入');
  const wanted = new Set(['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml']);
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (entry) => wanted.has(entry.name) });
  } catch (error) {
    return refuse(file, `文件已损坏，无法解压（${(error as Error).message.slice(0, 80)}）`);
  }
  const types = parts['[Content_Types].xml'];
  if (types !== undefined && /macroEnabled/i.test(decoder.decode(types))) {
    refuse(file, '这是启用宏的 Word 文件（.docm），为安全起见不导入；请在 Word 中另存为“Word 文档（*.docx）”后再导入');
  }
  const text = (name: string): string | null => {
    const part = parts[name];
    return part === undefined ? null : decoder.decode(part);
  };
  const document = text('word/document.xml');
  if (document === null) refuse(file, '其中没有 Word 正文（word/document.xml）');
  return {
    document,
    styles: text('word/styles.xml'),
    numbering: text('word/numbering.xml'),
    relationships: text('word/_rels/document.xml.rels'),
    entries: (names) => {
      const set = new Set(names);
      if (set.size === 0) return new Map();
      const found = unzipSync(bytes, { filter: (entry) => set.has(entry.name) });
      return new Map(Object.entries(found));
    },
  };
}
