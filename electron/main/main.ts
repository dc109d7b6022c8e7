/**
 * The Electron shell: window, menu, dialogs, IPC registration. Everything that does real work lives
 * in services/ and project-store/, which never import electron and are tested in plain Node.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session as electronSession, type FileFilter, type SaveDialogOptions } from 'electron';
import path from 'node:path';
import { CLOSE_REQUEST_CHANNEL, IPC_CHANNEL } from '../../shared/ipc/contract';
import { RecentFiles } from '../app-state/recent-files';
import { useNativeBinding } from '../project-store/sqlite';
import type { StatementInputKind } from '../services/dialogs';
import { createHandlers, dispatch } from '../services/handlers';
import { ProjectSession } from '../services/session';
import { ErrorLog } from '../errors/error-log';
import { logProcessErrors } from '../errors/process-errors';
import { LOGS_FOLDER } from '../errors/log-location';
import { AppMounts, RENDERER_URL } from '../security/app-protocol';
import { mainWindowPreferences } from '../security/window-preferences';
import { guardWebContents, hardenSession, registerAppScheme } from './hardening';
import { buildMenu } from './menu';
import { ElectronPrintEngine } from './pdf-print-engine';
import { electronNativeBinding } from './native-binding';
import { Preferences } from '../app-state/preferences';
import { electronDesktopShell } from './desktop-shell-electron';

// The renderer and the print pages are served on app:// (electron/security/app-protocol.ts), never file://.
app.enableSandbox();
registerAppScheme();
const appMounts = new AppMounts(path.join(__dirname, '..', 'renderer'));
const rendererUrl = RENDERER_URL;
const errorLog = new ErrorLog({ dir: path.join(app.getPath('userData'), LOGS_FOLDER) });
logProcessErrors(process, errorLog);

useNativeBinding(electronNativeBinding(app.getAppPath(), process.resourcesPath));

const recent = new RecentFiles(app.getPath('userData'));
const session = new ProjectSession(recent);
let mainWindow: BrowserWindow | null = null;
let closeConfirmed = false;

/** File associations: Windows/Linux pass the file in argv, macOS sends 'open-file'. */
let launchFile: string | null = projectFileIn(process.argv);
function projectFileIn(argv: readonly string[]): string | null {
  return argv.slice(1).find((arg) => /\.rwproj$/i.test(arg)) ?? null;
}
app.on('open-file', (event, file) => {
  event.preventDefault();
  launchFile = file;
});

/**
 * Save dialogs ask before answering with an existing file (Windows and macOS always do, Linux only
 * when told): the handle main gives the renderer records that confirmation (services/file-handles.ts).
 */
const saveProperties: SaveDialogOptions['properties'] = ['showOverwriteConfirmation', 'createDirectory'];
const projectFilters = [{ name: '年报工坊项目', extensions: ['rwproj'] }];
// A department author opens the package they were sent through the ordinary 打开 dialog.
const openFilters = [
  { name: '年报工坊项目或部门材料包', extensions: ['rwproj', 'rwpkg'] },
  { name: '所有文件', extensions: ['*'] },
];
const packageFilters = [{ name: '部门材料包', extensions: ['rwpkg'] }];
// What comes back from a department: its package, or a Word draft written outside the app.
const contributionFilters = [
  { name: '部门材料包或 Word 文稿', extensions: ['rwpkg', 'docx'] },
  { name: '所有文件', extensions: ['*'] },
];
// What electron/assets/prepare-image.ts decodes; anything else is refused there with a message.
const imageFilters = [
  { name: '图片', extensions: ['jpg', 'jpeg', 'png', 'gif', 'webp', 'tif', 'tiff'] },
  { name: '所有文件', extensions: ['*'] },
];
/** 真实性声明: what each of its file choosers asks for. */
const statementInputs: Readonly<Record<StatementInputKind, { title: string; filters: FileFilter[] }>> = {
  signature: { title: '选择签名图片（背景透明的 PNG）', filters: [{ name: 'PNG 图片', extensions: ['png'] }] },
  seal: { title: '选择印章图片（背景透明的 PNG）', filters: [{ name: 'PNG 图片', extensions: ['png'] }] },
  report: { title: '选择声明对应的报告 PDF', filters: [{ name: 'PDF 文档', extensions: ['pdf'] }] },
  certificate: { title: '选择数字证书', filters: [{ name: '数字证书（PKCS#12）', extensions: ['p12', 'pfx'] }] },
};
// What electron/spreadsheet reads (an old .xls is refused there with a hint to save as .xlsx).
const exportFilters = (format: 'docx' | 'pdf') => [format === 'pdf' ? { name: 'PDF 文档', extensions: ['pdf'] } : { name: 'Word 文档', extensions: ['docx'] }];
const spreadsheetFilters = [
  { name: '表格文件', extensions: ['xlsx', 'csv'] },
  { name: '所有文件', extensions: ['*'] },
];

const handlers = createHandlers({
  session,
  // Find and replace, zoom, open after export, print the preview.
  preferences: new Preferences(app.getPath('userData')),
  shell: electronDesktopShell(appMounts, () => mainWindow),
  printEngine: new ElectronPrintEngine(appMounts),
  recent,
  host: 'electron',
  version: app.getVersion(),
  closeReady: () => {
    closeConfirmed = true;
    mainWindow?.close();
  },
  takeLaunchFile: () => {
    const file = launchFile;
    launchFile = null;
    return file;
  },
  dialogs: {
    async pickNewProjectPath(suggestedName) {
      const result = await dialog.showSaveDialog(mainWindow!, { title: '新建年报', defaultPath: suggestedName, filters: projectFilters, properties: saveProperties });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async pickOpenProjectPath() {
      const result = await dialog.showOpenDialog(mainWindow!, { title: '打开项目', properties: ['openFile'], filters: openFilters });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickSaveAsPath(suggestedName) {
      const result = await dialog.showSaveDialog(mainWindow!, { title: '另存为', defaultPath: suggestedName, filters: projectFilters, properties: saveProperties });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async pickImagePath() {
      const result = await dialog.showOpenDialog(mainWindow!, { title: '插入图片', properties: ['openFile'], filters: imageFilters });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickSpreadsheetPath() {
      const result = await dialog.showOpenDialog(mainWindow!, { title: '导入表格', properties: ['openFile'], filters: spreadsheetFilters });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickPackagePath(suggestedName) {
      const result = await dialog.showSaveDialog(mainWindow!, { title: '生成分工包', defaultPath: suggestedName, filters: packageFilters, properties: saveProperties });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async pickContributionPath() {
      const result = await dialog.showOpenDialog(mainWindow!, { title: '导入部门材料', properties: ['openFile'], filters: contributionFilters });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickExportPath(format, suggestedName) {
      const defaultPath = suggestedName === undefined ? undefined : `${suggestedName}.${format}`;
      const result = await dialog.showSaveDialog(mainWindow!, { title: format === 'pdf' ? '导出 PDF' : '导出 Word', defaultPath, filters: exportFilters(format), properties: saveProperties });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async pickStatementInput(kind) {
      const { title, filters } = statementInputs[kind];
      const result = await dialog.showOpenDialog(mainWindow!, { title, properties: ['openFile'], filters });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickStatementPath(format, suggestedName) {
      const result = await dialog.showSaveDialog(mainWindow!, { title: '生成真实性声明', defaultPath: `${suggestedName}.${format}`, filters: exportFilters(format), properties: saveProperties });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    // 从 Word 报告创建 (issue 16)
    async pickWordReportPath() {
      const result = await dialog.showOpenDialog(mainWindow!, { title: '选择 Word 报告', properties: ['openFile'], filters: [{ name: 'Word 文档（.docx）', extensions: ['docx'] }] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  },
});

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1400,
    height: 900,
    title: '年报工坊',
    show: false,
    webPreferences: mainWindowPreferences(path.join(__dirname, 'preload.cjs'), { packaged: app.isPackaged }),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  // Pending edits are flushed by the renderer before the window really closes.
  mainWindow.on('close', (event) => {
    if (closeConfirmed || !session.current || session.current.readOnly) return;
    event.preventDefault();
    mainWindow?.webContents.send(CLOSE_REQUEST_CHANNEL);
    // The renderer answers with app.closeReady once its edits are saved. If it does not (a save
    // keeps failing, or the page hangs), ask the user instead of silently dropping edits.
    setTimeout(() => {
      if (closeConfirmed || !mainWindow) return;
      const choice = dialog.showMessageBoxSync(mainWindow, {
        type: 'warning',
        title: '年报工坊',
        message: '部分修改尚未保存。',
        detail: '继续等待可让程序再次尝试保存；强制关闭将丢失最近几秒内的修改。',
        buttons: ['继续等待', '强制关闭'],
        defaultId: 0,
        cancelId: 0,
      });
      if (choice === 1) {
        closeConfirmed = true;
        mainWindow.close();
      }
    }, 8000).unref();
  });
  mainWindow.on('closed', () => {
    session.close();
    mainWindow = null;
  });
  void mainWindow.loadURL(rendererUrl);
}

// No navigation away from the bundled renderer, no redirects, no new windows; allowed links open in
// the browser after confirmation.
app.on('web-contents-created', (_event, contents) => guardWebContents(contents, rendererUrl, () => mainWindow));

ipcMain.handle(IPC_CHANNEL, async (event, method: unknown, payload: unknown) => {
  // Only our own window, showing our own page, may call.
  if (!mainWindow || event.sender !== mainWindow.webContents || event.senderFrame?.url !== rendererUrl) {
    errorLog.write({ kind: 'refused', where: 'ipc', code: 'INVALID_PAYLOAD', message: `拒绝来源不明的请求（${String(event.senderFrame?.url ?? '').slice(0, 200)}）` });
    return { ok: false, error: { code: 'INVALID_PAYLOAD', message: '拒绝来源不明的请求' } };
  }
  return dispatch(handlers, method, payload, errorLog);
});

// No single-instance lock: two reports may be open in two app instances. A second instance that
// opens a report already open elsewhere is told so by the project lock and may open it read-only.
void app.whenReady().then(() => {
  // app:// with each page's CSP header (the renderer's is also a <meta> in index.html); no permissions.
  hardenSession(electronSession.defaultSession, appMounts);
  Menu.setApplicationMenu(buildMenu({ devTools: !app.isPackaged }));
  createWindow();
});
app.on('window-all-closed', () => app.quit());
