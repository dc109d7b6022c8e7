import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The application menu. Editing commands use Electron roles so that Ctrl+C/V/X/A work natively;
 * formatting shortcuts (Ctrl+B/I/U, Ctrl+Z/Y, Ctrl+1/2/3) are handled by the editor itself.
 */
export function buildMenu(): Menu {
  const template: MenuItemConstructorOptions[] = [
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
    {
      label: '视图',
      submenu: [
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { role: 'resetZoom', label: '实际大小' },
        { role: 'togglefullscreen', label: '全屏' },
        { role: 'toggleDevTools', label: '开发者工具' },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
