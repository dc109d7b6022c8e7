/**
 * A department's Word draft (.docx) → HTML with its pictures prepared as project images, through
 * mammoth (BSD-2-Clause; it reads the document's structure — headings by style, lists, tables with
 * merged cells, images — rather than its look, which is what the report model needs). Anything
 * that is not a .docx is refused before mammoth sees it, with a message that says what it is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ASSET_SRC_PREFIX, MISSING_SRC_PREFIX } from '../../shared/word/html-to-blocks';
import { prepareImage, type PreparedImage } from '../assets/prepare-image';
import { AppError } from '../errors/app-error';
import { MAX_DOCX_BYTES } from '../../shared/limits';
import { checkDocxZip } from './docx-zip';
import { fileKindOf, readFileHead } from '../files/file-kind';

/** Chinese Word and WPS users often name heading styles 标题 1…; the English names are mammoth's default. */
const STYLE_MAP = [1, 2, 3, 4, 5, 6].map((n) => `p[style-name='标题 ${n}'] => h${n}:fresh`);

export interface DocxContent {
  readonly html: string;
  readonly assets: readonly PreparedImage[];
  readonly messages: readonly string[];
}

function refuse(file: string, detail: string): never {
  throw new AppError('NOT_A_WORD_FILE', { name: path.basename(file), detail });
}

/** What the file is, told apart by its first bytes and refused unless it may be a .docx (exported for the CLI's merge). */
export function checkKind(file: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('FILE_NOT_FOUND', { path: path.resolve(file) });
    throw new AppError('IO_ERROR', { detail: (error as Error).message });
  }
  if (!stat.isFile()) refuse(file, '不是文件');
  if (stat.size > MAX_DOCX_BYTES) refuse(file, `文件过大（超过 ${MAX_DOCX_BYTES / (1024 * 1024)} MB）`);
  const kind = fileKindOf(readFileHead(file));
  if (kind === 'cfb') refuse(file, '这是旧版 Word 97-2003 格式（.doc），请在 Word 或 WPS 中另存为 .docx 后再导入');
  if (kind === 'pdf') refuse(file, '这是 PDF 文件');
  if (kind !== 'zip') refuse(file, '文件内容不是 .docx 格式（Word 文档是一个 ZIP 压缩包）');
}

export async function readDocx(file: string): Promise<DocxContent> {
  checkKind(file);
  // Read once: the bytes whose zip directory is judged are the bytes mammoth converts.
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new AppError('IO_ERROR', { detail: (error as Error).message });
  }
  checkDocxZip(bytes, file);
  // Loaded on demand: mammoth takes ~30 ms to initialise, which every CLI command would pay.
  const { default: mammoth } = await import('mammoth');
  const assets = new Map<string, PreparedImage>();
  let counter = 0;
  const convertImage = mammoth.images.imgElement(async (image) => {
    counter += 1;
    const name = `图片 ${counter}`;
    try {
      const prepared = await prepareImage(await image.read(), name);
      assets.set(prepared.sha256, prepared);
      return { src: `${ASSET_SRC_PREFIX}${prepared.sha256}` };
    } catch (error) {
      // A picture the image gate refuses (EMF/WMF from Word, SVG, too many pixels, damaged) stays a
      // placeholder; the gate's reason goes into it and into the review's warning (html-to-blocks.ts).
      if (error instanceof AppError) return { src: `${MISSING_SRC_PREFIX}${String(error.params.detail ?? error.message)}` };
      return { src: `${MISSING_SRC_PREFIX}${name}（${image.contentType}）` };
    }
  });
  try {
    const result = await mammoth.convertToHtml({ buffer: bytes }, { styleMap: STYLE_MAP, convertImage });
    return { html: result.value, assets: [...assets.values()], messages: result.messages.map((m) => m.message) };
  } catch (error) {
    return refuse(file, `无法读取其中的 Word 内容（${(error as Error).message.slice(0, 120)}）`);
  }
}
