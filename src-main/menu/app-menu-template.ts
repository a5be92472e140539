import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import type { FileMenuCommand } from '../../src-shared/ipc/files';

/** What the menu can ask the app to do; each returns when the action is finished or refused. */
export interface MenuActions {
  newWorkbook(): void;
  openWorkbook(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  saveAs(): void;
  closeWorkbook(): void;
  undo(): void;
  redo(): void;
  about(): void;
}

/** Asks the page in `window` to open one of its File dialogs (export, import changes, imports). */
export type FileDialogRequest = (command: FileMenuCommand, window: BaseWindow | undefined) => void;

/**
 * The application menu as a template (no Electron calls, so it can be tested). Undo/Redo
 * drive the workbook journal (not the text field under the cursor): the grid commits edits
 * before they could be undone as text. Cut/copy/paste keep Chromium's roles so they work in
 * grid editors and inputs. The Excel entries open the page's own dialogs, the same ones as
 * the header's File menu.
 */
export function appMenuTemplate(
  actions: MenuActions,
  recent: readonly string[],
  requestFileDialog: FileDialogRequest,
  isMac = process.platform === 'darwin',
): MenuItemConstructorOptions[] {
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: 'No Recent Workbooks', enabled: false }]
      : [
          ...recent.map((path, i) => ({
            label: `${i < 9 ? `&${i + 1} ` : ''}${basename(path)}`,
            sublabel: path,
            toolTip: path,
            click: () => actions.openRecent(path),
          })),
          { type: 'separator' as const },
          { label: 'Clear Recent', click: () => actions.clearRecent() },
        ];

  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: '&New Workbook…', accelerator: 'CmdOrCtrl+N', click: () => actions.newWorkbook() },
        { label: '&Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkbook() },
        { label: 'Open &Recent', submenu: recentItems },
        { type: 'separator' },
        { label: 'Save &As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.saveAs() },
        { type: 'separator' },
        { label: '&Export to Excel…', click: (_item, win) => requestFileDialog('export', win) },
        { label: 'Import &Changes from Excel…', click: (_item, win) => requestFileDialog('import-changes', win) },
        { label: 'Import &Data…', click: (_item, win) => requestFileDialog('import-data', win) },
        { type: 'separator' },
        { label: '&Close', accelerator: 'CmdOrCtrl+W', click: () => actions.closeWorkbook() },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { label: '&Undo', accelerator: 'CmdOrCtrl+Z', click: () => actions.undo() },
        { label: '&Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: () => actions.redo() },
        // Windows and Linux users also expect Ctrl+Y; a hidden item's accelerator still fires there.
        ...(isMac ? [] : [{ label: 'Redo', accelerator: 'Ctrl+Y', visible: false, click: () => actions.redo() }]),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    ...(isMac ? [{ role: 'windowMenu' as const }] : []),
    {
      role: 'help',
      submenu: [{ label: 'About Outlay', click: () => actions.about() }],
    },
  ];
}
