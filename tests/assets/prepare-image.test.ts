/**
 * The image gate (electron/assets/prepare-image.ts), judged by pixels: what is within limits keeps
 * its bytes (only metadata cut out), what is bigger than print needs is downscaled with a small
 * error and never palette-quantised, and everything that is not an allowed, complete image within
 * the limits is refused with a message that says why.
 */
import sharp, { type Sharp } from 'sharp';
import { MAX_INPUT_PIXELS, prepareImage, PRINT_BOX, type PreparedImage } from '../../electron/assets/prepare-image';
import { AppError } from '../../electron/errors/app-error';
import { bombPng, decode, photoPixels, pixelDiff, pngColourType, rawImage, withPngText } from '../support/test-images';

// Decodes and resamples photos of many megapixels: longer than the suite's short default (package.json).
jest.setTimeout(60_000);

async function refusal(bytes: Buffer, name: string): Promise<AppError> {
  try {
    await prepareImage(bytes, name);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('IMPORT_FAILED');
    return error as AppError;
  }
  throw new Error(`“${name}” was accepted`);
}

describe('within the print box the original is kept', () => {
  it('keeps a 24-bit 600×400 PNG photo byte for byte (no palette, no dithering)', async () => {
    const png = await rawImage(await photoPixels(600, 400, 3), 600, 400).png().toBuffer();
    expect(pngColourType(png)).toBe(2);
    const prepared = await prepareImage(png, 'photo.png');
    expect(prepared.bytes.equals(png)).toBe(true);
    expect(prepared).toMatchObject({ mime: 'image/png', width: 600, height: 400, kept: true, downscaled: false, changes: [] });
    expect(pixelDiff(await decode(prepared.bytes), await decode(png)).changed).toBe(0);
  });

  it('keeps a JPEG photo byte for byte (not re-encoded)', async () => {
    const jpeg = await rawImage(await photoPixels(1200, 800, 4), 1200, 800).jpeg({ quality: 90 }).toBuffer();
    const prepared = await prepareImage(jpeg, 'photo.jpg');
    expect(prepared.bytes.equals(jpeg)).toBe(true);
    expect(prepared).toMatchObject({ mime: 'image/jpeg', width: 1200, height: 800, kept: true });
  });

  it('keeps a transparent PNG (a seal, a chart) with its alpha channel', async () => {
    const png = await sharp({ create: { width: 300, height: 300, channels: 4, background: { r: 200, g: 0, b: 0, alpha: 0.5 } } }).png().toBuffer();
    const prepared = await prepareImage(png, 'seal.png');
    expect(prepared.bytes.equals(png)).toBe(true);
    expect(pngColourType(prepared.bytes)).toBe(6);
  });

  it('cuts the GPS position and the rest of EXIF out of a photo without touching its pixels', async () => {
    const jpeg = await rawImage(await photoPixels(800, 600, 5), 800, 600)
      .jpeg({ quality: 90 })
      .withExif({ IFD0: { Make: 'PhoneMaker', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 6/1 3600/100', GPSLongitudeRef: 'E', GPSLongitude: '117/1 12/1 0/1' } })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif?.length).toBeGreaterThan(0);
    const prepared = await prepareImage(jpeg, 'phone.jpg');
    expect(prepared.kept).toBe(true);
    expect(prepared.changes).toEqual(['已去除元数据（EXIF），图像未改动']);
    expect((await sharp(prepared.bytes).metadata()).exif).toBeUndefined();
    expect(prepared.bytes.includes(Buffer.from('PhoneMaker'))).toBe(false);
    expect(prepared.bytes.length).toBeLessThan(jpeg.length);
    // The compressed picture itself is the same bytes: the decoded pixels are identical.
    expect(pixelDiff(await decode(prepared.bytes), await decode(jpeg)).changed).toBe(0);
  });

  it('strips a progressive JPEG (several scans) and what follows its end marker, pixels unchanged', async () => {
    const progressive = await rawImage(await photoPixels(640, 480, 12), 640, 480)
      .jpeg({ quality: 90, progressive: true })
      .withExif({ IFD0: { Artist: 'Zhang San' } })
      .toBuffer();
    const appended = Buffer.concat([progressive, Buffer.from('a phone appends a second picture here')]);
    const prepared = await prepareImage(appended, 'progressive.jpg');
    expect(prepared.kept).toBe(true);
    expect(prepared.changes).toEqual(['已去除元数据（EXIF、文件尾部附加数据），图像未改动']);
    expect(prepared.bytes.includes(Buffer.from('Zhang San'))).toBe(false);
    expect(prepared.bytes.subarray(-2).equals(Buffer.from([0xff, 0xd9]))).toBe(true);
    expect(pixelDiff(await decode(prepared.bytes), await decode(progressive)).changed).toBe(0);
  });

  it('keeps a 16-bit PNG as it is', async () => {
    const png = await rawImage(await photoPixels(200, 100, 13), 200, 100).toColourspace('rgb16').png().toBuffer();
    expect(png[24]).toBe(16);
    const prepared = await prepareImage(png, 'deep.png');
    expect(prepared.bytes.equals(png)).toBe(true);
  });

  it('converts a CMYK JPEG (from a print shop) to an sRGB JPEG and says so', async () => {
    const cmyk = await rawImage(await photoPixels(300, 200, 14), 300, 200).toColourspace('cmyk').jpeg({ quality: 95 }).toBuffer();
    expect((await sharp(cmyk).metadata()).space).toBe('cmyk');
    const prepared = await prepareImage(cmyk, 'print.jpg');
    expect(prepared.mime).toBe('image/jpeg');
    expect((await sharp(prepared.bytes).metadata()).space).toBe('srgb');
    expect(prepared.changes).toContain('已转换为 sRGB 颜色');
  });

  it('cuts PNG text chunks out and keeps the pixels', async () => {
    const png = withPngText(await rawImage(await photoPixels(400, 300, 6), 400, 300).png().toBuffer(), 'Author', 'Wang Laoshi, Room 301');
    const prepared = await prepareImage(png, 'chart.png');
    expect(prepared.kept).toBe(true);
    expect(prepared.bytes.includes(Buffer.from('Room 301'))).toBe(false);
    expect(pixelDiff(await decode(prepared.bytes), await decode(png)).changed).toBe(0);
  });
});

describe('beyond the print box it is downscaled once, at print quality', () => {
  let photo: Buffer;
  beforeAll(async () => {
    photo = await photoPixels(3200, 2400, 7);
  });

  it('downscales a 3200×2400 JPEG photo to 1900 px wide as JPEG q≥90, 4:4:4, with a small error', async () => {
    const jpeg = await rawImage(photo, 3200, 2400).jpeg({ quality: 95 }).toBuffer();
    const prepared = await prepareImage(jpeg, 'big.jpg');
    expect(prepared).toMatchObject({ mime: 'image/jpeg', width: PRINT_BOX.width, height: 1425, downscaled: true, kept: false });
    expect((await sharp(prepared.bytes).metadata()).chromaSubsampling).toBe('4:4:4');
    // Against the same downscale kept lossless: only the JPEG encoding differs.
    const reference = await sharp(jpeg).resize(PRINT_BOX.width).raw().toBuffer({ resolveWithObject: true });
    const diff = pixelDiff(await decode(prepared.bytes), { data: reference.data, channels: reference.info.channels });
    expect(diff.meanError).toBeLessThan(3.5);
  });

  it('downscales a big PNG losslessly: truecolour, never a palette, identical to the resampled pixels', async () => {
    const png = await rawImage(photo, 3200, 2400).png({ compressionLevel: 1 }).toBuffer();
    const prepared = await prepareImage(png, 'big.png');
    expect(prepared).toMatchObject({ mime: 'image/png', width: PRINT_BOX.width, height: 1425, downscaled: true });
    expect(pngColourType(prepared.bytes)).toBe(2);
    const reference = await sharp(png).resize(PRINT_BOX.width).raw().toBuffer({ resolveWithObject: true });
    expect(pixelDiff(await decode(prepared.bytes), { data: reference.data, channels: reference.info.channels }).changed).toBe(0);
  });

  it('fits a tall image into the box by its height', async () => {
    const png = await sharp({ create: { width: 1000, height: 5000, channels: 3, background: '#3070c0' } }).png().toBuffer();
    const prepared = await prepareImage(png, 'tall.png');
    expect([prepared.width, prepared.height]).toEqual([480, PRINT_BOX.height]);
  });

  it('turns a phone photo upright by its EXIF orientation and says so', async () => {
    // Stored landscape 600×400 with "rotate 90° clockwise to view": it is a 400×600 portrait.
    const pixels = await photoPixels(600, 400, 8);
    const jpeg = await rawImage(pixels, 600, 400).jpeg({ quality: 92 }).withMetadata({ orientation: 6 }).toBuffer();
    const prepared = await prepareImage(jpeg, 'portrait.jpg');
    expect([prepared.width, prepared.height]).toEqual([400, 600]);
    expect(prepared.changes).toContain('已按拍摄方向旋转');
    const meta = await sharp(prepared.bytes).metadata();
    expect([meta.width, meta.height, meta.orientation ?? 1]).toEqual([400, 600, 1]);
    expect(pixelDiff(await decode(prepared.bytes), await decode(jpeg)).meanError).toBeLessThan(2);
  });
});

describe('other formats', () => {
  it.each([
    ['GIF', (s: Sharp) => s.gif()],
    ['WebP (lossless)', (s: Sharp) => s.webp({ lossless: true })],
    ['TIFF', (s: Sharp) => s.tiff()],
  ])('stores a %s as a lossless PNG with the same pixels', async (_what, encode) => {
    const source = await encode(sharp({ create: { width: 120, height: 80, channels: 3, background: '#2a6' } })).toBuffer();
    const prepared = await prepareImage(source, 'image');
    expect(prepared.mime).toBe('image/png');
    expect(pngColourType(prepared.bytes)).not.toBe(3);
    expect(pixelDiff(await decode(prepared.bytes), await decode(source)).changed).toBe(0);
    expect(prepared.changes[0]).toMatch(/无损转换为 PNG/);
  });
});

describe('refusals', () => {
  it('refuses a 30000×30000 PNG (a 110 KB decompression bomb) from its header, saying its size', async () => {
    const bomb = bombPng(30000, 30000);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const error = await refusal(bomb, 'bomb.png');
    expect(error.details?.problem).toBe('too-many-pixels');
    expect(error.message).toContain('图片“bomb.png”像素过多（30000×30000');
    expect(30000 * 30000).toBeGreaterThan(MAX_INPUT_PIXELS);
  }, 30_000);

  it('refuses an SVG, saying why and what to do', async () => {
    const svg = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100"/></svg>');
    const error = await refusal(svg, 'chart.svg');
    expect(error.details?.problem).toBe('refused-format');
    expect(error.message).toContain('“chart.svg”是 SVG 矢量图');
    expect(error.message).toContain('导出为 PNG');
  });

  it.each([
    ['PNG', (s: Sharp) => s.png()],
    ['JPEG', (s: Sharp) => s.jpeg()],
  ])('refuses a truncated %s whose header is intact', async (_what, encode) => {
    const whole = await encode(rawImage(await photoPixels(300, 200, 9), 300, 200)).toBuffer();
    const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
    expect((await sharp(cut).metadata()).width).toBe(300);
    const error = await refusal(cut, 'cut');
    expect(error.details?.problem).toBe('corrupt');
    expect(error.message).toContain('无法解码');
  });

  it.each([
    ['a text file named .png', 'notes.png', Buffer.from('这不是图片，只是扩展名为 png 的文本文件。\n'), 'not-an-image', '不是可识别的图片'],
    ['an empty file', 'empty.png', Buffer.alloc(0), 'empty', '是空文件'],
    ['a HEIC photo', 'IMG_0001.heic', Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\u0000\u0000\u0000\u0000mif1heic')]), 'refused-format', 'HEIC'],
    ['an EMF drawing from Word', 'image1.emf', Buffer.concat([Buffer.from([1, 0, 0, 0]), Buffer.alloc(36), Buffer.from(' EMF'), Buffer.alloc(40)]), 'refused-format', 'EMF'],
    ['a PDF', 'scan.pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n'), 'refused-format', 'PDF'],
  ])('refuses %s', async (_what, name, bytes, problem, fragment) => {
    const error = await refusal(bytes, name);
    expect(error.details?.problem).toBe(problem);
    expect(error.message).toContain(fragment);
    expect(error.message).toContain(name);
  });

  it('refuses a format the caller does not take (the seal takes PNG only)', async () => {
    const jpeg = await sharp({ create: { width: 50, height: 50, channels: 3, background: '#c00' } }).jpeg().toBuffer();
    await expect(prepareImage(jpeg, 'seal.jpg', { formats: ['png'], formatsText: '背景透明的 PNG' })).rejects.toThrow('“seal.jpg”是 JPEG 图片，这里只接受背景透明的 PNG');
  });
});

describe('what it returns', () => {
  it('names the stored bytes by their SHA-256 and reports their real size', async () => {
    const png = await sharp({ create: { width: 64, height: 32, channels: 3, background: '#888' } }).png().toBuffer();
    const prepared: PreparedImage = await prepareImage(png, 'a.png');
    const { createHash } = await import('node:crypto');
    expect(prepared.sha256).toBe(createHash('sha256').update(prepared.bytes).digest('hex'));
    expect([prepared.width, prepared.height]).toEqual([64, 32]);
  });
});
