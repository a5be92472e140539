import { BrowserWindow, Menu } from 'electron';
import { IPC_EVENT } from '../preload/ipc-names';
import { appMenuTemplate, type MenuActions } from './app-menu-template';

export type { MenuActions } from './app-menu-template';

/** The application menu (see appMenuTemplate); File dialog entries are sent to the clicked window's page. */
export function buildAppMenu(actions: MenuActions, recent: readonly string[]): Menu {
  return Menu.buildFromTemplate(
    appMenuTemplate(actions, recent, (command, win) => {
      const target = win instanceof BrowserWindow ? win : BrowserWindow.getFocusedWindow();
      if (target && !target.isDestroyed()) target.webContents.send(IPC_EVENT, 'file/menu', command);
    }),
  );
}
