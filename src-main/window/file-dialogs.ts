import { dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { IPC_PICK_OPEN, IPC_PICK_SAVE } from '../preload/ipc-names';
import { dialogFilters, saveFilters } from './dialog-filters';

const text = (v: unknown, max: number): string | undefined =>
  typeof v === 'string' && v.length <= max ? v : undefined;

/**
 * The native Open and Save dialogs the page asks for (FilePicker, OutputPicker), shown on
 * the asking window. Only a trusted sender gets a dialog; anything else gets null, as if
 * the user had cancelled. Returns the function that unregisters them.
 */
export function registerFileDialogs(
  window: () => BrowserWindow | null,
  trusted: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  ipcMain.handle(IPC_PICK_OPEN, async (event, raw: unknown): Promise<string | null> => {
    const win = window();
    if (!win || !trusted(event)) return null;
    const opts = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const r = await dialog.showOpenDialog(win, {
      title: text(opts.title, 200) ?? 'Choose a file',
      filters: dialogFilters(text(opts.accept, 500) ?? ''),
      properties: ['openFile'],
    });
    return r.canceled ? null : (r.filePaths[0] ?? null);
  });
  ipcMain.handle(IPC_PICK_SAVE, async (event, raw: unknown): Promise<string | null> => {
    const win = window();
    if (!win || !trusted(event)) return null;
    const opts = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const defaultName = text(opts.defaultName, 255) ?? '';
    const r = await dialog.showSaveDialog(win, {
      title: text(opts.title, 200) ?? 'Save as',
      defaultPath: defaultName,
      filters: saveFilters(defaultName),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    return r.canceled || !r.filePath ? null : r.filePath;
  });
  return () => {
    ipcMain.removeHandler(IPC_PICK_OPEN);
    ipcMain.removeHandler(IPC_PICK_SAVE);
  };
}
