/**
 * Pixel size from an image file's header, for assets stored without one (the schema allows null).
 * PNG, JPEG, GIF and BMP: the types Word embeds.
 */

export interface PixelSize {
  readonly width: number;
  readonly height: number;
}

function jpegSize(bytes: Uint8Array, dv: DataView): PixelSize | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] as number;
    // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: dv.getUint16(at + 5), width: dv.getUint16(at + 7) };
    }
    at += 2 + dv.getUint16(at + 2);
  }
  return null;
}

export function imagePixelSize(bytes: Uint8Array): PixelSize | null {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const starts = (...sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);
  let size: PixelSize | null = null;
  if (bytes.length >= 24 && starts(0x89, 0x50, 0x4e, 0x47)) size = { width: dv.getUint32(16), height: dv.getUint32(20) };
  else if (bytes.length >= 4 && starts(0xff, 0xd8)) size = jpegSize(bytes, dv);
  else if (bytes.length >= 10 && starts(0x47, 0x49, 0x46)) size = { width: dv.getUint16(6, true), height: dv.getUint16(8, true) };
  else if (bytes.length >= 26 && starts(0x42, 0x4d)) size = { width: Math.abs(dv.getInt32(18, true)), height: Math.abs(dv.getInt32(22, true)) };
  return size !== null && size.width > 0 && size.height > 0 ? size : null;
}
