/**
 * The application menu as data (electron/main/menu.ts builds it). Editing commands use Electron
 * roles so that Ctrl+C/V/X/A work natively; formatting shortcuts (Ctrl+B/I/U, Ctrl+Z/Y,
 * Ctrl+1/2/3) are handled by the editor itself. The DevTools entry (and its Ctrl+Shift+I
 * accelerator, which comes with the role) exists only in a development run.
 *
 * No zoom roles: their accelerators (Ctrl+= / Ctrl+- / Ctrl+0) would zoom the whole window before
 * the page sees the keys; the editor's own zoom (renderer/src/zoom/) takes them and is remembered.
 */
export type MenuRole = 'quit' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'togglefullscreen' | 'toggleDevTools' | 'reload' | 'forceReload';

export interface MenuItemSpec {
  readonly role?: MenuRole;
  readonly label: string;
  readonly submenu?: MenuItemSpec[];
}

export function menuTemplate({ devTools }: { devTools: boolean }): MenuItemSpec[] {
  const view: MenuItemSpec[] = [
    { role: 'togglefullscreen', label: '全屏' },
  ];
  if (devTools) view.push({ role: 'toggleDevTools', label: '开发者工具' });
  return [
    { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
    {
      label: '编辑',
      submenu: [
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    { label: '视图', submenu: view },
  ];
}
