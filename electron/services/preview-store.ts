/**
 * The one print preview main keeps: a PDF printed into a temporary folder, read by the renderer in
 * chunks and maybe copied to where the user saves it. Only one exists at a time, so a 20 MB report
 * PDF never piles up in the temp folder: a new preview, closing it or closing the project deletes
 * it, and what is left when the app quits is deleted on exit.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PREVIEW_CHUNK_BYTES, type PreviewChunk, type PrintPreview } from '../../shared/ipc/contract';
import { AppError } from '../errors/app-error';
import { writeFileAtomically } from '../export/write-file-atomically';

interface Preview {
  readonly id: string;
  readonly dir: string;
  readonly file: string;
  readonly size: number;
  /** As exportPdf computed it while writing the file. */
  readonly sha256: string;
  /** The open project it shows: once that is closed, the preview is stale. */
  readonly owner: object;
}

/** Prints the report into `file`; what exportPdf returns. */
export type PrintInto = (file: string) => Promise<{ readonly pages: number; readonly warnings: readonly string[]; readonly sha256: string }>;

export class PreviewStore {
  private current: Preview | null = null;
  /** Bumped by every new preview and every discard, so a print that finishes late knows it was superseded. */
  private generation = 0;
  private readonly onExit = (): void => {
    if (this.current !== null) fs.rmSync(this.current.dir, { recursive: true, force: true });
  };

  /** Deletes the previous preview, prints a new one for `owner` and keeps it. */
  async create(owner: object, print: PrintInto): Promise<PrintPreview> {
    await this.discard();
    const generation = this.generation;
    // The process id in the name tells whose preview a folder was, should one ever be left over.
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), `rw-preview-${process.pid}-`));
    const file = path.join(dir, 'preview.pdf');
    try {
      const { pages, warnings, sha256 } = await print(file);
      const { size } = await fsp.stat(file);
      // Another preview started, or the project closed, while this one printed: that one wins.
      if (generation !== this.generation) throw new AppError('INVALID_OPERATION', { detail: '打印预览已被新的预览或关闭项目取代' });
      const id = crypto.randomUUID();
      this.current = { id, dir, file, size, sha256, owner };
      process.on('exit', this.onExit);
      return { previewId: id, pages, size, warnings };
    } catch (error) {
      await fsp.rm(dir, { recursive: true, force: true });
      throw error;
    }
  }

  /** Up to PREVIEW_CHUNK_BYTES from `offset`, read from the file, never the whole PDF in memory. */
  async read(id: string, owner: object | null, offset: number): Promise<PreviewChunk> {
    const preview = await this.lookup(id, owner);
    const length = Math.max(0, Math.min(PREVIEW_CHUNK_BYTES, preview.size - offset));
    if (length === 0) return { offset, base64: '', size: preview.size };
    const handle = await fsp.open(preview.file, 'r');
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      return { offset, base64: buffer.subarray(0, bytesRead).toString('base64'), size: preview.size };
    } finally {
      await handle.close();
    }
  }

  /** Writes the previewed PDF to `target` under a temporary name and renames it (see writeFileAtomically). */
  async save(id: string, owner: object | null, target: string): Promise<{ path: string; sha256: string }> {
    const preview = await this.lookup(id, owner);
    const resolved = path.resolve(target);
    await writeFileAtomically(resolved, await fsp.readFile(preview.file));
    return { path: resolved, sha256: preview.sha256 };
  }

  /** Where the previewed PDF is, for printing it as it was shown (export.previewPrint). */
  async file(id: string, owner: object | null): Promise<string> {
    return (await this.lookup(id, owner)).file;
  }

  /** Deletes the preview (only the one named, when `id` is given); nothing kept is no error. */
  async discard(id?: string): Promise<void> {
    const preview = this.current;
    if (id !== undefined && preview?.id !== id) return;
    this.generation += 1;
    this.current = null;
    process.off('exit', this.onExit);
    if (preview !== null) await fsp.rm(preview.dir, { recursive: true, force: true });
  }

  /** The preview `id` of the project open now; a stale one (its project closed) is deleted and refused. */
  private async lookup(id: string, owner: object | null): Promise<Preview> {
    const preview = this.current;
    if (preview === null || preview.id !== id) throw new AppError('NOT_FOUND', { what: '打印预览', id });
    if (preview.owner !== owner) {
      await this.discard();
      throw new AppError('INVALID_OPERATION', { detail: '打印预览所属的项目已关闭，请重新预览' });
    }
    return preview;
  }
}
