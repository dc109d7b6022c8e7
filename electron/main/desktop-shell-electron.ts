/**
 * {@link DesktopShell} in the desktop app: Electron's `shell` opens and reveals exported files;
 * 打印 shows the previewed PDF in a window of its own, in Chromium's PDF viewer (served from the
 * preview's folder alone on app://print/, as the print pages are), and opens the system's print
 * dialog on it: the very pages that were previewed go to the printer, nothing is laid out again.
 * (webContents.print on a PDF document prints its pages since Electron 32, electron/electron#43309.)
 * Type-checked here; run only in the app.
 */
import { BrowserWindow, shell } from 'electron';
import path from 'node:path';
import type { DesktopShell } from '../services/desktop-shell';
import type { AppMounts } from '../security/app-protocol';
import { printWindowPreferences } from '../security/window-preferences';

export function electronDesktopShell(mounts: AppMounts, parent: () => BrowserWindow | null): DesktopShell {
  return {
    openPath: (file) => shell.openPath(file),
    showItemInFolder: (file) => shell.showItemInFolder(file),
    printPdf: async (file) => {
      const owner = parent();
      const window = new BrowserWindow({
        show: false,
        width: 900,
        height: 1000,
        ...(owner ? { parent: owner } : {}),
        // The PDF viewer is a plugin; no preload, no Node, no IPC, like the print window.
        webPreferences: { ...printWindowPreferences(), plugins: true },
      });
      const mount = mounts.mountPrintFolder(path.dirname(file));
      try {
        await window.loadURL(mount.urlOf(file));
        await new Promise<void>((resolve) => {
          window.webContents.print({ silent: false, printBackground: true }, () => resolve());
        });
      } finally {
        mount.unmount();
        if (!window.isDestroyed()) window.destroy();
      }
    },
  };
}
