#!/usr/bin/env node
// Renders the app icon and the file-type icons from their one SVG source each (assets/*.svg) into
// what the installers need, and writes them beside the sources (the outputs are committed; run
// this by hand after changing an SVG):
//   assets/icon.ico, rwproj.ico, rwpkg.ico    Windows: PNG-in-ICO, 16–256 px
//   assets/icon.icns, rwproj.icns, rwpkg.icns macOS: ICNS with PNG entries, 16@2x–512@2x
//   assets/icon.png                           1024 px, the source electron-builder falls back to
//   assets/icons/NxN.png                      Linux: the hicolor sizes (linux.icon points here)
// Each size is rendered from the vector source at that size (not scaled down from a large bitmap),
// so small sizes stay sharp. Both containers are simple enough to write here without a dependency.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const assets = path.join(root, 'assets');

export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS types whose data is a PNG, and the pixel size of each (Apple's icns format, 10.7+). */
export const ICNS_TYPES = { ic11: 32, ic12: 64, ic07: 128, ic13: 256, ic08: 256, ic09: 512, ic14: 1024, ic10: 1024 };
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

async function renderPng(svg, size) {
  // librsvg renders the SVG (1024 user units) at 72 dpi × scale: exactly `size` pixels wide.
  const density = (72 * size) / 1024;
  const png = await sharp(svg, { density }).resize(size, size, { fit: 'fill' }).png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer();
  const { width, height } = await sharp(png).metadata();
  if (width !== size || height !== size) throw new Error(`rendered ${width}×${height}, expected ${size}×${size}`);
  return png;
}

/** ICO: a 6-byte header, one 16-byte entry per image, then the PNGs (Vista+ reads PNG entries). */
export function icoContainer(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}

/** ICNS: 'icns' + total length, then per image its 4-char type, its length (with these 8 bytes), the PNG. */
export function icnsContainer(images) {
  const chunks = images.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'ascii');
  header.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([header, ...chunks]);
}

async function makeIcon(name, { linux }) {
  const svg = fs.readFileSync(path.join(assets, `${name}.svg`));
  const sizes = new Set([...ICO_SIZES, ...Object.values(ICNS_TYPES), ...(linux ? LINUX_SIZES : [])]);
  const png = new Map();
  for (const size of [...sizes].sort((a, b) => a - b)) png.set(size, await renderPng(svg, size));

  fs.writeFileSync(path.join(assets, `${name}.ico`), icoContainer(ICO_SIZES.map((size) => ({ size, png: png.get(size) }))));
  fs.writeFileSync(path.join(assets, `${name}.icns`), icnsContainer(Object.entries(ICNS_TYPES).map(([type, size]) => ({ type, png: png.get(size) }))));
  if (linux) {
    fs.writeFileSync(path.join(assets, `${name}.png`), png.get(1024));
    fs.mkdirSync(path.join(assets, 'icons'), { recursive: true });
    for (const size of LINUX_SIZES) fs.writeFileSync(path.join(assets, 'icons', `${size}x${size}.png`), png.get(size));
  }
  process.stdout.write(`${name}: ${[...sizes].join(', ')} px\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await makeIcon('icon', { linux: true });
  await makeIcon('rwproj', { linux: false });
  await makeIcon('rwpkg', { linux: false });
}
