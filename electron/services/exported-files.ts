/**
 * 打开文件 / 打开所在文件夹 after an export, and 打印 in the print preview: the IPC methods
 * export.openResult and export.previewPrint. Main remembers which file each export job wrote
 * (keyed by the renderer's job id, so the renderer never hands a path back) and asks the desktop
 * (./desktop-shell.ts) to open, reveal or print it. Plain Node, tested without Electron.
 */
import fs from 'node:fs';
import { AppError } from '../errors/app-error';
import type { DesktopShell } from './desktop-shell';
import type { Handlers } from './handlers';
import type { PreviewStore } from './preview-store';
import type { ProjectSession } from './session';

/** Enough for the exports of one sitting; the oldest are forgotten first. */
const MAX_REMEMBERED = 50;

export class ExportedFiles {
  private readonly byJob = new Map<string, string>();

  remember(jobId: string | undefined, file: string): void {
    if (jobId === undefined) return;
    this.byJob.delete(jobId);
    this.byJob.set(jobId, file);
    for (const key of this.byJob.keys()) {
      if (this.byJob.size <= MAX_REMEMBERED) break;
      this.byJob.delete(key);
    }
  }

  /** The file job `jobId` wrote, if it is still where it was written. */
  fileOf(jobId: string): string {
    const file = this.byJob.get(jobId);
    if (file === undefined) throw new AppError('INVALID_OPERATION', { detail: '这次导出的文件已不在记录中，请重新导出' });
    if (!fs.existsSync(file)) throw new AppError('INVALID_OPERATION', { detail: '导出的文件已不在原处（被移动、改名或删除），请重新导出' });
    return file;
  }
}

export type ExportedMethod = 'export.openResult' | 'export.previewPrint';

export interface ExportedHandlerDeps {
  readonly session: ProjectSession;
  readonly exported: ExportedFiles;
  readonly previews: PreviewStore;
  readonly shell?: DesktopShell;
}

export function createExportedHandlers({ session, exported, previews, shell }: ExportedHandlerDeps): Pick<Handlers, ExportedMethod> {
  const requireShell = (): DesktopShell => {
    if (shell === undefined) throw new AppError('INVALID_OPERATION', { detail: '此环境无法打开文件或打印' });
    return shell;
  };
  return {
    'export.openResult': async ({ jobId, reveal }) => {
      const file = exported.fileOf(jobId);
      const desktop = requireShell();
      if (reveal) {
        desktop.showItemInFolder(file);
        return null;
      }
      const failure = await desktop.openPath(file);
      if (failure !== '') throw new AppError('INVALID_OPERATION', { detail: `无法打开文件（${failure}）。可以用“打开所在文件夹”找到它` });
      return null;
    },
    'export.previewPrint': async ({ previewId }) => {
      const file = await previews.file(previewId, session.current);
      await requireShell().printPdf(file);
      return null;
    },
  };
}
