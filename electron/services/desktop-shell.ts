/**
 * What main asks of the desktop after an export or a preview: open a file with its application,
 * show it in its folder, print a PDF. The Electron shell implements these with `shell` and a print
 * window (electron/main/desktop-shell-electron.ts); the loopback harness records the calls so
 * tests see exactly what main would have asked for. Paths never leave main.
 */
export interface DesktopShell {
  /** Opens the file with the system's application; resolves to '' or the system's error text (as shell.openPath). */
  openPath(file: string): Promise<string>;
  /** Shows the file selected in the system's file manager. */
  showItemInFolder(file: string): void;
  /** Shows the system's print dialog for a PDF. */
  printPdf(file: string): Promise<void>;
}
