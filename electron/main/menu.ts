import { Menu } from 'electron';
import { menuTemplate } from '../security/menu-template';

/** The application menu (see electron/security/menu-template.ts); DevTools only in development. */
export function buildMenu({ devTools }: { devTools: boolean }): Menu {
  return Menu.buildFromTemplate(menuTemplate({ devTools }));
}
