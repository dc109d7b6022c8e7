import crypto from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import { AppError } from '../errors/app-error';
import { isConvertedFormat, isKeptFormat, sniffImageFormat, type RefusedFormat, type SniffedFormat } from './image-format';
import { stripJpegMetadata, stripPngMetadata, type Stripped } from './strip-metadata';

/**
 * THE gate every image passes on its way into a project or a package: dialog, paste and drop
 * (asset.import), Markdown figures, Word drafts, images arriving in packages at merge time, the
 * statement's signature and seal. It takes bytes and a name for messages, never a path, so it does
 * not care where the bytes came from.
 *
 * 1. Allowed by what the bytes are (image-format.ts, confirmed by sharp's header read), never by
 *    the name: PNG and JPEG are stored as they are; GIF, WebP and TIFF are decoded (first frame)
 *    and stored as lossless PNG, since Word and LibreOffice handle them unevenly. SVG is refused,
 *    not rasterised: it may reference external files and fonts and carry script, its text renders
 *    with whatever fonts the machine has, and there is no right resolution to pick for the author;
 *    the drawing program that made it exports a PNG that prints exactly as intended. HEIC, BMP,
 *    EMF/WMF and PDF are refused with what to do instead.
 * 2. Limits before any decoding: MAX_INPUT_BYTES, and MAX_INPUT_PIXELS from the header (a 30000 ×
 *    30000 PNG is 100 KB on disk and 2.7 GB decoded; LibreOffice needs a gigabyte to open a Word
 *    file holding one). sharp's limitInputPixels guards the decoder too.
 * 3. Kept, byte for byte in its pixel data, when it is a PNG or JPEG within the print box, upright
 *    and in RGB: decoded once in full (failOn 'error') to prove it is complete, then its metadata
 *    segments are cut out without re-encoding (strip-metadata.ts says why: GPS positions).
 * 4. Otherwise encoded once, at print quality: EXIF orientation applied, downscaled to fit the
 *    print box, JPEG sources as JPEG quality 92 with 4:4:4 chroma (no mozjpeg: it is 8× slower for
 *    ~15 % fewer bytes), everything else as lossless PNG, never palette-quantised (quantising a
 *    photo dithered 239 992 of 240 000 pixels of a 600×400 test image and took seconds).
 *
 * The print box: a figure is at most the text width of A4 — 156 mm with the 公文 preset's margins,
 * 146 mm with Word's — and at most ~200 mm tall (print-css.ts leaves the caption room). At 300 dpi
 * that is 1843 × 2362 px; 1900 × 2400 keeps a little margin. Below that nothing is resampled.
 */
export const PRINT_BOX = { width: 1900, height: 2400 } as const;
export const MAX_INPUT_BYTES = 60 * 1024 * 1024;
/** 100 megapixels is far beyond any camera a college uses (a 48 MP phone photo is 8064 × 6048). */
export const MAX_INPUT_PIXELS = 100_000_000;
const JPEG_QUALITY = 92;

export type ImageMime = 'image/jpeg' | 'image/png';

export interface PreparedImage {
  readonly sha256: string;
  readonly mime: ImageMime;
  readonly bytes: Buffer;
  /** Real dimensions of the stored bytes (upright). */
  readonly width: number;
  readonly height: number;
  readonly downscaled: boolean;
  /** True when the stored pixel data is the input's, unchanged (only metadata segments removed). */
  readonly kept: boolean;
  /** What the gate did, in Chinese, for logs and reviews ("已按拍摄方向旋转" …); empty when nothing. */
  readonly changes: readonly string[];
}

export interface PrepareOptions {
  /** Formats accepted (default: every allowed one). The statement's seal and signature take PNG only. */
  readonly formats?: readonly SniffedFormat[];
  /** How the accepted formats are named in the refusal, e.g. '背景透明的 PNG'. */
  readonly formatsText?: string;
}

export type ImageProblem = 'empty' | 'too-large' | 'not-an-image' | 'refused-format' | 'too-many-pixels' | 'corrupt';

const REFUSED_FORMAT_TEXT: Readonly<Record<RefusedFormat, string>> = {
  svg: '是 SVG 矢量图，不能直接作为插图（它可引用外部文件和字体、可含脚本，各软件显示不一）；请在绘图软件中导出为 PNG 后再插入',
  heif: '是 HEIC/HEIF 格式（苹果手机照片），请另存为 JPG，或在手机相机设置中选择“兼容性最佳”',
  bmp: '是 BMP 位图，请另存为 PNG 后再插入',
  emf: '是 Word 的矢量图（EMF），请在 Word 中将其另存为 PNG 图片后再插入',
  wmf: '是 Word 的矢量图（WMF），请在 Word 中将其另存为 PNG 图片后再插入',
  pdf: '是 PDF 文件，不是图片；请导出为 PNG 或 JPG 后再插入',
};

function refuse(problem: ImageProblem, detail: string): never {
  throw new AppError('IMPORT_FAILED', { detail }, { problem });
}

const corrupt = (name: string): never => refuse('corrupt', `图片“${name}”无法解码（文件可能已损坏）`);

const sha256Of = (bytes: Buffer): string => crypto.createHash('sha256').update(bytes).digest('hex');

/** sharp's name for each sniffed format it decodes. */
const SHARP_FORMAT: Readonly<Partial<Record<SniffedFormat, string>>> = { png: 'png', jpeg: 'jpeg', gif: 'gif', webp: 'webp', tiff: 'tiff' };

async function headerOf(input: Buffer, name: string, format: SniffedFormat): Promise<Metadata & { width: number; height: number }> {
  let metadata: Metadata;
  try {
    // Reads the header only; the pixel count is checked here with a message that says the size.
    metadata = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    return refuse('not-an-image', `“${name}”不是可识别的图片，或文件已损坏`);
  }
  if (metadata.format !== SHARP_FORMAT[format] || !metadata.width || !metadata.height) return refuse('not-an-image', `“${name}”不是可识别的图片，或文件已损坏`);
  // An animated GIF/WebP or a multi-page TIFF reports its first page's height in pageHeight.
  const height = metadata.pageHeight ?? metadata.height;
  if (metadata.width * height > MAX_INPUT_PIXELS) {
    refuse('too-many-pixels', `图片“${name}”像素过多（${metadata.width}×${height}，上限 ${MAX_INPUT_PIXELS / 1_000_000} 百万像素），请缩小后再插入`);
  }
  return { ...metadata, width: metadata.width, height };
}

/** Decodes every pixel, failing on a truncated or damaged file; the result is thrown away. */
async function proveDecodable(input: Buffer, name: string): Promise<void> {
  try {
    await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).raw().toBuffer();
  } catch {
    corrupt(name);
  }
}

function stripped(input: Buffer, format: 'png' | 'jpeg'): Stripped | null {
  return format === 'png' ? stripPngMetadata(input) : stripJpegMetadata(input);
}

async function encode(input: Buffer, name: string, asJpeg: boolean, box: { width: number; height: number }): Promise<{ data: Buffer; width: number; height: number }> {
  try {
    const pipeline = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: box.width, height: box.height, fit: 'inside', withoutEnlargement: true });
    const { data, info } = asJpeg
      ? await pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: JPEG_QUALITY, chromaSubsampling: '4:4:4', mozjpeg: false, optimiseCoding: true }).toBuffer({ resolveWithObject: true })
      : await pipeline.png({ palette: false, compressionLevel: 6 }).toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch {
    return corrupt(name);
  }
}

export async function prepareImage(input: Buffer, name: string, options: PrepareOptions = {}): Promise<PreparedImage> {
  if (input.length === 0) refuse('empty', `图片“${name}”是空文件`);
  if (input.length > MAX_INPUT_BYTES) {
    refuse('too-large', `图片“${name}”过大（${Math.round(input.length / 1048576)} MB，上限 ${MAX_INPUT_BYTES / 1048576} MB）`);
  }
  const format = sniffImageFormat(input);
  if (format === null) return refuse('not-an-image', `“${name}”不是可识别的图片，或文件已损坏`);
  if (!isKeptFormat(format) && !isConvertedFormat(format)) return refuse('refused-format', `“${name}”${REFUSED_FORMAT_TEXT[format]}`);
  if (options.formats && !options.formats.includes(format)) {
    return refuse('refused-format', `“${name}”是 ${format.toUpperCase()} 图片，这里只接受${options.formatsText ?? options.formats.map((f) => f.toUpperCase()).join('、')}`);
  }

  const header = await headerOf(input, name, format);
  const orientation = header.orientation ?? 1;
  // EXIF orientations 5–8 turn the picture a quarter: its upright size has the sides swapped.
  const [width, height] = orientation >= 5 ? [header.height, header.width] : [header.width, header.height];
  const fits = width <= PRINT_BOX.width && height <= PRINT_BOX.height;
  const rgb = header.space === 'srgb' || header.space === 'b-w' || header.space === 'rgb16' || header.space === 'grey16';

  if (isKeptFormat(format) && fits && orientation === 1 && rgb) {
    await proveDecodable(input, name);
    const result = stripped(input, format);
    if (result !== null) {
      const changes = result.removed.length > 0 ? [`已去除元数据（${result.removed.join('、')}），图像未改动`] : [];
      return { sha256: sha256Of(result.bytes), mime: format === 'png' ? 'image/png' : 'image/jpeg', bytes: result.bytes, width, height, downscaled: false, kept: true, changes };
    }
    // A structure the stripper does not recognise although the decoder read it: encoded afresh below.
  }

  const asJpeg = format === 'jpeg';
  const out = await encode(input, name, asJpeg, PRINT_BOX);
  const changes: string[] = [];
  if (orientation !== 1) changes.push('已按拍摄方向旋转');
  const downscaled = !fits;
  if (downscaled) changes.push(`已从 ${width}×${height} 缩小到 ${out.width}×${out.height}（打印 300 dpi 所需）`);
  if (isConvertedFormat(format)) changes.push(`已由 ${format.toUpperCase()} 无损转换为 PNG${(header.pages ?? 1) > 1 ? '（只保留第一帧）' : ''}`);
  if (!rgb) changes.push('已转换为 sRGB 颜色');
  if (changes.length === 0) changes.push('已重新编码（文件结构不规范）');
  return { sha256: sha256Of(out.data), mime: asJpeg ? 'image/jpeg' : 'image/png', bytes: out.data, width: out.width, height: out.height, downscaled, kept: false, changes };
}
