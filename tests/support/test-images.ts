/**
 * Images for the image-gate tests, made in the test (no binary fixtures): photo-like pixels of any
 * size, a real decompression bomb, PNG chunks by hand, and pixel comparisons.
 */
import zlib from 'node:zlib';
import sharp, { type Sharp } from 'sharp';

/** Photo-like RGB pixels: smooth colour structure (upscaled from a coarse random grid) plus sensor grain. */
export async function photoPixels(width: number, height: number, seed = 1): Promise<Buffer> {
  const small = { width: Math.max(2, Math.round(width / 40)), height: Math.max(2, Math.round(height / 40)) };
  let state = Math.imul(seed, 2654435761) >>> 0 || 7;
  const next = (): number => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state & 255;
  };
  const grid = Buffer.alloc(small.width * small.height * 3);
  for (let i = 0; i < grid.length; i++) grid[i] = next();
  const pixels = await sharp(grid, { raw: { ...small, channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .raw()
    .toBuffer();
  for (let i = 0; i < pixels.length; i++) {
    const value = (pixels[i] as number) + ((next() - 128) * 40) / 256;
    pixels[i] = value < 0 ? 0 : value > 255 ? 255 : value;
  }
  return pixels;
}

export const rawImage = (pixels: Buffer, width: number, height: number, channels: 3 | 4 = 3): Sharp => sharp(pixels, { raw: { width, height, channels } });

/** Decoded RGB(A) pixels as sharp sees them, upright (EXIF orientation applied). */
export async function decode(bytes: Buffer): Promise<{ data: Buffer; width: number; height: number; channels: number }> {
  const { data, info } = await sharp(bytes).rotate().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

export interface PixelDiff {
  /** Pixels with any channel different. */
  readonly changed: number;
  readonly total: number;
  /** Mean absolute difference per channel value (0–255). */
  readonly meanError: number;
}

export function pixelDiff(a: { data: Buffer; channels: number }, b: { data: Buffer; channels: number }): PixelDiff {
  if (a.data.length !== b.data.length || a.channels !== b.channels) throw new Error(`different shapes: ${a.data.length}/${a.channels} vs ${b.data.length}/${b.channels}`);
  let changed = 0;
  let sum = 0;
  for (let p = 0; p < a.data.length; p += a.channels) {
    let differs = false;
    for (let c = 0; c < a.channels; c++) {
      const d = Math.abs((a.data[p + c] as number) - (b.data[p + c] as number));
      sum += d;
      if (d !== 0) differs = true;
    }
    if (differs) changed += 1;
  }
  return { changed, total: a.data.length / a.channels, meanError: sum / a.data.length };
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A valid, complete black 1-bit PNG of `width` × `height`: ~110 KB for 30000 × 30000, which decodes
 * to 900 megapixels (2.7 GB as RGB). Deflating the 112 MB of rows takes about a second.
 */
export function bombPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter method, no interlace
  const rows = Buffer.alloc(height * (1 + Math.ceil(width / 8)));
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** The PNG with a tEXt chunk inserted after IHDR (what many tools write: software, author, comments). */
export function withPngText(png: Buffer, keyword: string, text: string): Buffer {
  const afterIhdr = 8 + 12 + png.readUInt32BE(8);
  return Buffer.concat([png.subarray(0, afterIhdr), chunk('tEXt', Buffer.from(`${keyword}\u0000${text}`, 'latin1')), png.subarray(afterIhdr)]);
}

/** PNG colour type from IHDR: 2 truecolour, 3 palette, 6 truecolour with alpha. */
export const pngColourType = (png: Buffer): number => png[25] as number;
