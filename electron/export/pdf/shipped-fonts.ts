/**
 * Finds the font files the app ships (assets/fonts, listed in shared/export/html/print-fonts.ts):
 * in the packaged app they are an extraResource (resources/fonts, see electron-builder.yml); from a
 * checkout (CLI, tests, `npm start`) they are in assets/fonts above this file or the dist bundle.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SHIPPED_FONT_FILES } from '../../../shared/export/html/print-fonts';
import { AppError } from '../../errors/app-error';

function candidates(): string[] {
  const out: string[] = [];
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (typeof resources === 'string') out.push(path.join(resources, 'fonts'));
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    out.push(path.join(dir, 'assets', 'fonts'));
    if (path.dirname(dir) === dir) break;
  }
  return out;
}

let found: string | null = null;

/** The folder holding every shipped font file; a clear error when the installation lacks them. */
export function shippedFontsDir(): string {
  if (found !== null) return found;
  const dir = candidates().find((candidate) => SHIPPED_FONT_FILES.every((file) => fs.existsSync(path.join(candidate, file))));
  if (dir === undefined) throw new AppError('INVALID_OPERATION', { detail: '找不到随程序安装的字体文件（assets/fonts），请重新安装年报工坊' });
  found = dir;
  return dir;
}
