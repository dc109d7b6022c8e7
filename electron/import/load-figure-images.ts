/**
 * The images of an imported Markdown report: each figure's path resolved against the Markdown
 * file's folder, read, and prepared (electron/assets/prepare-image.ts), all before the project is
 * opened, so the project transaction that follows does no I/O and no image work.
 *
 * An image that cannot be had never fails the import: the figure stays a visible placeholder
 * (asset null, missingName = the path as typed) and a warning says which file and why. A report
 * whose images were not copied along is the common case (the fixture has none), not an error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FigureImage } from '../../shared/markdown/build-report';
import type { ImportWarning } from '../../shared/markdown/import-warnings';
import { prepareImage, type PreparedImage } from '../assets/prepare-image';
import { readImageFile } from '../assets/read-image-file';
import { AppError } from '../errors/app-error';

export interface LoadedImages {
  /** Distinct prepared images (two figures of the same file share one). */
  readonly assets: readonly PreparedImage[];
  /** Figure block id → sha256 of its image, for the figures whose image was prepared. */
  readonly byFigure: ReadonlyMap<string, string>;
  readonly warnings: readonly ImportWarning[];
}

/** Images prepared at once: sharp runs each on libuv's thread pool, so a few in flight keep the cores busy. */
const PARALLEL = 4;

type Outcome = { readonly ok: true; readonly image: PreparedImage } | { readonly ok: false; readonly missing: boolean; readonly zh: string; readonly en: string };

type Located = { readonly file: string } | { readonly missing: true; readonly zh: string; readonly en: string };

/**
 * Where `src` points. Pandoc writes spaces as %20 and Windows authors type backslashes; a web
 * address is never fetched (a report import must not go online behind the user's back).
 */
function locate(src: string, baseDir: string): Located {
  const typed = src.trim();
  if (typed === '') return { missing: true, zh: '图片路径为空', en: 'the image path is empty' };
  if (/^file:/i.test(typed)) {
    try {
      return { file: fileURLToPath(typed) };
    } catch {
      return { missing: true, zh: '图片地址无效', en: 'invalid file address' };
    }
  }
  if (/^data:/i.test(typed)) return { missing: true, zh: '嵌入在 Markdown 中的图片（data:）暂不支持导入', en: 'embedded data: images are not supported' };
  if (/^[a-z][a-z0-9+.-]+:/i.test(typed) && !/^[a-z]:[\\/]/i.test(typed)) {
    return { missing: true, zh: '网络图片不会自动下载，请先保存到本地', en: 'web images are not downloaded' };
  }
  const local = (text: string): string => path.resolve(baseDir, path.sep === '/' ? text.replace(/\\/g, '/') : text);
  let decoded = typed;
  try {
    decoded = decodeURI(typed);
  } catch {
    // A % that is no escape: the path can only be meant as typed.
  }
  // A file literally named `a%20b.jpg` wins over `a b.jpg`: the path as typed is tried first.
  const asTyped = local(typed);
  return { file: decoded === typed || fs.existsSync(asTyped) ? asTyped : local(decoded) };
}

async function loadOne(file: string): Promise<Outcome> {
  try {
    const image = await prepareImage(await readImageFile(file), path.basename(file));
    return { ok: true, image };
  } catch (error) {
    if (error instanceof AppError && error.code === 'FILE_NOT_FOUND') return { ok: false, missing: true, zh: '文件不存在', en: 'file not found' };
    // prepareImage's details already name the file and the reason ("…”不是可识别的图片，或文件已损坏").
    const detail = error instanceof AppError ? String(error.params.detail ?? error.message) : (error as Error).message;
    return { ok: false, missing: false, zh: detail, en: 'not a readable image (corrupt or unsupported format)' };
  }
}

/** Runs `work` over `items` with at most `limit` in flight. */
async function inPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export async function loadFigureImages(images: readonly FigureImage[], markdownFile: string): Promise<LoadedImages> {
  const baseDir = path.dirname(path.resolve(markdownFile));
  const located = images.map((image) => ({ image, where: locate(image.src, baseDir) }));
  const files = [...new Set(located.flatMap(({ where }) => ('file' in where ? [where.file] : [])))];
  const outcomes = new Map<string, Outcome>();
  await inPool(files, PARALLEL, async (file) => {
    outcomes.set(file, await loadOne(file));
  });

  const assets = new Map<string, PreparedImage>();
  const byFigure = new Map<string, string>();
  const warnings: ImportWarning[] = [];
  for (const { image, where } of located) {
    const outcome: Outcome = 'file' in where ? (outcomes.get(where.file) as Outcome) : { ok: false, ...where };
    if (outcome.ok) {
      assets.set(outcome.image.sha256, outcome.image);
      byFigure.set(image.blockId, outcome.image.sha256);
      continue;
    }
    warnings.push(
      outcome.missing
        ? {
            kind: 'image-missing',
            line: image.line,
            subject: image.src,
            zh: `第 ${image.line} 行的图片“${image.src}”找不到（${outcome.zh}），已插入占位图`,
            en: `line ${image.line}: image "${image.src}" not found (${outcome.en}); a placeholder was inserted`,
          }
        : {
            kind: 'image-unreadable',
            line: image.line,
            subject: image.src,
            zh: `第 ${image.line} 行的图片“${image.src}”无法导入：${outcome.zh}；已插入占位图`,
            en: `line ${image.line}: image "${image.src}" could not be imported (${outcome.en}); a placeholder was inserted`,
          },
    );
  }
  return { assets: [...assets.values()], byFigure, warnings };
}
