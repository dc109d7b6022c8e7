/**
 * Realistic stand-ins for report photos, for the import tests, the benchmarks and the export
 * tests. The fixture has no image files (every figure points at a missing `figure.png`), and one
 * tiny PNG repeated 72 times would measure nothing: real figures are distinct camera photos of a
 * few hundred KB, which is what makes image handling dominate export time (see BRIEF.md).
 *
 * Each photo is 1200×800, soft colour gradients and blobs (upscaled from a small drawing, so the
 * structure is smooth like a photo's) plus per-pixel grain, which is what makes JPEG files of
 * photos large: 150–300 KB at quality 82. Every photo has its own seed, so no two share bytes.
 *
 * Generating takes ~60 ms a photo, so photos are cached by seed under the OS temp folder (written
 * under a temporary name and renamed, so a parallel test never sees half a file) and hard-linked
 * (or copied) into the folder a test asks for.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { fixturePath } from '../markdown/support';

export const PHOTO_WIDTH = 1200;
export const PHOTO_HEIGHT = 800;
/** Bump when the drawing changes, so stale cached photos are not reused. */
const CACHE_VERSION = 1;
const CACHE_DIR = path.join(os.tmpdir(), `reportworks-photos-v${CACHE_VERSION}`);

/** xorshift32: tiny, seedable, and fast enough for a few million values. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}

/** The photo's smooth structure at 1/10 size: a tilted two-colour gradient, a tint, soft blobs. */
function drawSmall(seed: number, width: number, height: number): Buffer {
  const next = random(seed * 7919 + 1);
  const colour = (): number[] => [next() * 255, next() * 255, next() * 255];
  const [from, to, tint] = [colour(), colour(), colour()] as [number[], number[], number[]];
  const angle = next() * Math.PI * 2;
  const blobs = Array.from({ length: 14 }, () => ({ x: next() * width, y: next() * height, radius: 3 + next() * 25, colour: colour() }));
  const out = Buffer.alloc(width * height * 3);
  let at = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = ((x - width / 2) * Math.cos(angle) + (y - height / 2) * Math.sin(angle)) / Math.hypot(width, height) + 0.5;
      const v = (y / height) * 0.5;
      const pixel = [0, 1, 2].map((k) => ((from[k] as number) * (1 - t) + (to[k] as number) * t) * (1 - v) + (tint[k] as number) * v);
      for (const blob of blobs) {
        const d = Math.hypot(x - blob.x, y - blob.y) / blob.radius;
        if (d >= 1) continue;
        const weight = (1 - d * d) * 0.7;
        for (let k = 0; k < 3; k++) pixel[k] = (pixel[k] as number) * (1 - weight) + (blob.colour[k] as number) * weight;
      }
      for (const value of pixel) out[at++] = Math.max(0, Math.min(255, value));
    }
  }
  return out;
}

/** One photo as JPEG bytes; the same seed always gives the same bytes. */
export async function renderPhoto(seed: number): Promise<Buffer> {
  const small = { width: PHOTO_WIDTH / 10, height: PHOTO_HEIGHT / 10 };
  const pixels = await sharp(drawSmall(seed, small.width, small.height), { raw: { ...small, channels: 3 } })
    .resize(PHOTO_WIDTH, PHOTO_HEIGHT, { kernel: 'cubic' })
    .raw()
    .toBuffer();
  // Grain: a camera sensor's noise, the part of a photo JPEG cannot compress away.
  const strength = 40 + (seed % 10);
  let state = Math.imul(seed, 2654435761) >>> 0 || 7;
  for (let i = 0; i < pixels.length; i++) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    const value = (pixels[i] as number) + (((state & 255) - 128) * strength) / 256;
    pixels[i] = value < 0 ? 0 : value > 255 ? 255 : value;
  }
  return sharp(pixels, { raw: { width: PHOTO_WIDTH, height: PHOTO_HEIGHT, channels: 3 } })
    .jpeg({ quality: 82 })
    .toBuffer();
}

async function cachedPhoto(seed: number): Promise<string> {
  const file = path.join(CACHE_DIR, `photo-${seed}.jpg`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  fs.writeFileSync(temp, await renderPhoto(seed));
  fs.renameSync(temp, file);
  return file;
}

function place(cached: string, target: string): void {
  fs.rmSync(target, { force: true });
  try {
    fs.linkSync(cached, target);
  } catch {
    // Another file system than the temp folder's: hard links cannot cross it.
    fs.copyFileSync(cached, target);
  }
}

export const photoName = (index: number, count: number): string => `fig-${String(index + 1).padStart(Math.max(2, String(count).length), '0')}.jpg`;

/** Writes `count` distinct photos into `dir` as fig-01.jpg, fig-02.jpg …; returns their paths. */
export async function generatePhotos(dir: string, count: number, firstSeed = 1): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const target = path.join(dir, photoName(i, count));
    place(await cachedPhoto(firstSeed + i), target);
    files.push(target);
  }
  return files;
}

export interface FixtureWithPhotos {
  /** The copy of the fixture, next to its photos. */
  readonly markdown: string;
  /** One photo per figure, in document order. */
  readonly photos: readonly string[];
}

const FIGURE_TARGET = /(!\[[^\]\n]*\]\()figure\.png(\))/g;

/**
 * A copy of the fixture in `dir` whose figures point at distinct photos next to it (fig-01.jpg …,
 * relative paths, as an author's folder would have them).
 */
export async function fixtureWithPhotos(dir: string, fixture: string = fixturePath()): Promise<FixtureWithPhotos> {
  const source = fs.readFileSync(fixture, 'utf8');
  const count = source.match(FIGURE_TARGET)?.length ?? 0;
  const photos = await generatePhotos(dir, count);
  let index = 0;
  const markdown = path.join(dir, path.basename(fixture));
  fs.writeFileSync(
    markdown,
    source.replace(FIGURE_TARGET, (_whole, open: string, close: string) => `${open}${photoName(index++, count)}${close}`),
  );
  return { markdown, photos };
}
