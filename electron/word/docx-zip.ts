/**
 * A .docx is a ZIP archive; before mammoth inflates anything, its central directory is read and
 * judged: how many entries, how large they say they become once inflated, and how strongly any
 * large entry is compressed. A zip bomb (a few MB that inflate to gigabytes: 6.9 s and 3.2 GB of
 * memory in mammoth before) is refused from these numbers alone, in milliseconds.
 *
 * The directory is read with fflate's `unzipSync` and a filter that declines every entry: the
 * filter is handed each entry's name, compressed and original size straight from the directory and,
 * declined, nothing is inflated. fflate is already installed (docx and pdf-lib use it), has no
 * dependencies, and this is its documented API; jszip (mammoth's own reader) keeps those sizes in
 * private fields only, and yauzl would have been a new package for the same answer.
 *
 * The sizes are the ones the archive declares. mammoth's jszip checks, once an entry is inflated,
 * that it matches its declared size, so an archive that lies is caught then, not before: what
 * this check rules out is the honest bomb, which is what zip tools make.
 */
import path from 'node:path';
import { unzipSync } from 'fflate';
import {
  DOCX_RATIO_FROM_BYTES,
  MAX_DOCX_ENTRIES,
  MAX_DOCX_INFLATED_BYTES,
  MAX_DOCX_RATIO,
  MAX_DOCX_XML_BYTES,
} from '../../shared/limits';
import { AppError } from '../errors/app-error';

const MB = 1024 * 1024;
const mb = (bytes: number): string => `${Math.round(bytes / MB)} MB`;

export interface DocxDirectory {
  readonly entries: number;
  readonly inflatedBytes: number;
  readonly hasDocument: boolean;
}

/** Entries Word stores as-is or as pictures: not parsed as XML by mammoth. */
const isMedia = (name: string): boolean => name.startsWith('word/media/') || name.startsWith('word/embeddings/');

/** Reads the directory only; throws a plain Error when there is no readable ZIP directory. */
export function readDocxDirectory(bytes: Uint8Array, onEntry: (name: string, compressed: number, inflated: number) => void): void {
  unzipSync(bytes, {
    filter: (file) => {
      onEntry(file.name, file.size, file.originalSize);
      return false;
    },
  });
}

/** Refuses (NOT_A_WORD_FILE, with the figure that is too large) a .docx that would inflate to too much. */
export function checkDocxZip(bytes: Uint8Array, file: string): DocxDirectory {
  const refuse = (detail: string): never => {
    throw new AppError('NOT_A_WORD_FILE', { name: path.basename(file), detail });
  };
  let entries = 0;
  let inflated = 0;
  let xml = 0;
  let hasDocument = false;
  let problem: string | null = null;
  try {
    readDocxDirectory(bytes, (name, compressed, original) => {
      if (problem !== null) return;
      entries += 1;
      inflated += original;
      if (!isMedia(name)) xml += original;
      if (name === 'word/document.xml') hasDocument = true;
      if (entries > MAX_DOCX_ENTRIES) problem = `压缩包内文件过多（超过 ${MAX_DOCX_ENTRIES} 个），不像是 Word 稿件`;
      else if (original >= DOCX_RATIO_FROM_BYTES && original > compressed * MAX_DOCX_RATIO) {
        problem = `其中“${name}”的压缩比异常（${mb(compressed)} 解压后为 ${mb(original)}，超过 ${MAX_DOCX_RATIO} 倍），疑似“压缩炸弹”，未解压`;
      } else if (inflated > MAX_DOCX_INFLATED_BYTES) problem = `解压后超过 ${mb(MAX_DOCX_INFLATED_BYTES)}，文件过大，未解压`;
      else if (xml > MAX_DOCX_XML_BYTES) problem = `文档内容（XML）解压后超过 ${mb(MAX_DOCX_XML_BYTES)}，文件过大，未解压`;
    });
  } catch {
    refuse('文件内容不是 .docx 格式（ZIP 目录无法读取，文件可能已损坏）');
  }
  if (problem !== null) refuse(problem);
  if (!hasDocument) refuse('这是一个 ZIP 压缩包，但其中没有 Word 正文（word/document.xml），可能是 Excel、WPS 表格或其他压缩文件');
  return { entries, inflatedBytes: inflated, hasDocument };
}
