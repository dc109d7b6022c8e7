/**
 * The installers' icons (assets/, rendered by electron/tools/make-icons.mjs): the ICO and ICNS
 * containers parse, hold every size they must, and each entry is a PNG that decodes to that size;
 * electron-builder.yml points at them.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

// js-yaml comes with electron-builder (which reads this very file with it).
const yaml = require('js-yaml') as { load(text: string): unknown };

const assets = path.join(__dirname, '..', '..', 'assets');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function pngSize(png: Buffer): Promise<{ width: number; height: number; format: string; channels: number }> {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  // Decoding every pixel, not only reading the header, proves the image is whole.
  const { info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, format: 'png', channels: info.channels };
}

function parseIco(file: Buffer): { size: number; png: Buffer }[] {
  expect(file.readUInt16LE(0)).toBe(0);
  expect(file.readUInt16LE(2)).toBe(1);
  const count = file.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const entry = 6 + 16 * i;
    const width = file.readUInt8(entry) || 256;
    const height = file.readUInt8(entry + 1) || 256;
    expect(height).toBe(width);
    expect(file.readUInt16LE(entry + 6)).toBe(32);
    const length = file.readUInt32LE(entry + 8);
    const offset = file.readUInt32LE(entry + 12);
    expect(offset + length).toBeLessThanOrEqual(file.length);
    return { size: width, png: file.subarray(offset, offset + length) };
  });
}

function parseIcns(file: Buffer): Map<string, Buffer> {
  expect(file.toString('ascii', 0, 4)).toBe('icns');
  expect(file.readUInt32BE(4)).toBe(file.length);
  const entries = new Map<string, Buffer>();
  for (let offset = 8; offset < file.length; ) {
    const type = file.toString('ascii', offset, offset + 4);
    const length = file.readUInt32BE(offset + 4);
    expect(length).toBeGreaterThan(8);
    expect(offset + length).toBeLessThanOrEqual(file.length);
    entries.set(type, file.subarray(offset + 8, offset + length));
    offset += length;
  }
  return entries;
}

const ICNS_SIZES: Record<string, number> = { ic11: 32, ic12: 64, ic07: 128, ic13: 256, ic08: 256, ic09: 512, ic14: 1024, ic10: 1024 };

describe.each(['icon', 'rwproj', 'rwpkg'])('%s', (name) => {
  it('has its SVG source', () => {
    expect(fs.readFileSync(path.join(assets, `${name}.svg`), 'utf8')).toMatch(/<svg[^>]+viewBox="0 0 1024 1024"/);
  });

  it('.ico holds PNGs of 16, 24, 32, 48, 64, 128 and 256 px', async () => {
    const images = parseIco(fs.readFileSync(path.join(assets, `${name}.ico`)));
    expect(images.map((image) => image.size)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const { size, png } of images) expect(await pngSize(png)).toEqual({ width: size, height: size, format: 'png', channels: 4 });
  });

  it('.icns holds PNG entries ic07–ic14 at their sizes', async () => {
    const entries = parseIcns(fs.readFileSync(path.join(assets, `${name}.icns`)));
    expect([...entries.keys()].sort()).toEqual(Object.keys(ICNS_SIZES).sort());
    for (const [type, png] of entries) {
      const size = ICNS_SIZES[type] ?? 0;
      expect(await pngSize(png)).toEqual({ width: size, height: size, format: 'png', channels: 4 });
    }
  });
});

describe('Linux icons', () => {
  it('assets/icons has NxN.png for every hicolor size, each that size, plus icon.png at 1024', async () => {
    const files = fs.readdirSync(path.join(assets, 'icons')).sort();
    const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
    expect(files).toEqual(sizes.map((s) => `${s}x${s}.png`).sort());
    for (const size of sizes) expect(await pngSize(fs.readFileSync(path.join(assets, 'icons', `${size}x${size}.png`)))).toMatchObject({ width: size, height: size });
    expect(await pngSize(fs.readFileSync(path.join(assets, 'icon.png')))).toMatchObject({ width: 1024, height: 1024 });
  });

  it('the icons are not blank: the app icon is mostly seal red with a light glyph', async () => {
    const { data, info } = await sharp(fs.readFileSync(path.join(assets, 'icons', '64x64.png'))).raw().toBuffer({ resolveWithObject: true });
    let red = 0;
    let light = 0;
    for (let i = 0; i < data.length; i += info.channels) {
      const [r = 0, g = 0, b = 0, a = 0] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
      if (a > 200 && r > 150 && g < 80 && b < 80) red += 1;
      if (a > 200 && r > 220 && g > 220 && b > 200) light += 1;
    }
    const pixels = info.width * info.height;
    expect(red / pixels).toBeGreaterThan(0.4);
    expect(light / pixels).toBeGreaterThan(0.08);
  });
});

describe('electron-builder.yml', () => {
  const config = yaml.load(fs.readFileSync(path.join(__dirname, '..', '..', 'electron-builder.yml'), 'utf8')) as {
    directories: { buildResources: string };
    win: { icon: string };
    mac: { icon: string };
    linux: { icon: string };
    fileAssociations: { ext: string; icon: string }[];
  };
  it('uses the generated icons for the app and both file types', () => {
    expect(config.directories.buildResources).toBe('assets');
    expect(config.win.icon).toBe('assets/icon.ico');
    expect(config.mac.icon).toBe('assets/icon.icns');
    expect(config.linux.icon).toBe('assets/icons');
    for (const file of [config.win.icon, config.mac.icon, config.linux.icon]) expect(fs.existsSync(path.join(__dirname, '..', '..', file))).toBe(true);
    // A file association's icon is looked up in buildResources as <icon>.icns / <icon>.ico.
    expect(config.fileAssociations.map((a) => [a.ext, a.icon])).toEqual([
      ['rwproj', 'rwproj'],
      ['rwpkg', 'rwpkg'],
    ]);
    for (const { icon } of config.fileAssociations) for (const ext of ['icns', 'ico']) expect(fs.existsSync(path.join(assets, `${icon}.${ext}`))).toBe(true);
  });
});
