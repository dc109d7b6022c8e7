/**
 * A temporary folder for one export: the HTML documents to print and the images they show, written
 * once per distinct image as stored (already prepared JPEG/PNG, see electron/assets/prepare-image.ts).
 * Images by file URL load much faster than data: URLs in a document of 15 MB or more, and Chromium
 * embeds JPEG bytes in the PDF as they are. The shipped fonts are copied into fonts/ so the print
 * CSS names them by relative URL (shared/export/html/print-fonts.ts) and nothing outside the folder
 * is loaded.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SHIPPED_FONT_FILES } from '../../../shared/export/html/print-fonts';
import type { AssetRef } from '../../../shared/export/report-plan';
import { shippedFontsDir } from './shipped-fonts';

/** Reads an image's bytes (Project.asset); undefined when the project no longer has it. */
export type AssetBytes = (sha256: string) => Uint8Array | undefined;

const EXTENSIONS: Readonly<Record<string, string>> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp' };

export class PrintFolder {
  private constructor(readonly dir: string) {}

  static async create(): Promise<PrintFolder> {
    const source = shippedFontsDir();
    const folder = new PrintFolder(await fs.mkdtemp(path.join(os.tmpdir(), 'rw-pdf-')));
    try {
      await fs.mkdir(path.join(folder.dir, 'fonts'));
      await Promise.all(SHIPPED_FONT_FILES.map((file) => fs.copyFile(path.join(source, file), path.join(folder.dir, 'fonts', file), fs.constants.COPYFILE_FICLONE)));
    } catch (error) {
      await folder.remove();
      throw error;
    }
    return folder;
  }

  /** Relative URL of an image inside the folder (see {@link writeAssets}). */
  static assetUrl(asset: AssetRef): string {
    return `img/${asset.sha256}.${EXTENSIONS[asset.mime] ?? 'bin'}`;
  }

  /** Writes each image once; returns the hashes whose bytes could not be read. */
  async writeAssets(assets: Iterable<AssetRef>, bytesOf: AssetBytes): Promise<string[]> {
    await fs.mkdir(path.join(this.dir, 'img'), { recursive: true });
    const missing: string[] = [];
    const writes: Promise<void>[] = [];
    for (const asset of assets) {
      const bytes = bytesOf(asset.sha256);
      if (bytes === undefined) missing.push(asset.sha256);
      else writes.push(fs.writeFile(path.join(this.dir, PrintFolder.assetUrl(asset)), bytes));
    }
    await Promise.all(writes);
    return missing;
  }

  async writeHtml(name: string, html: string): Promise<string> {
    const file = path.join(this.dir, name);
    await fs.writeFile(file, html, 'utf8');
    return file;
  }

  async remove(): Promise<void> {
    await fs.rm(this.dir, { recursive: true, force: true });
  }
}
