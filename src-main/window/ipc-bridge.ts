import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { WorkbookChangedEvent } from '../../src-shared/ipc/contract';
import { fail, type Result } from '../../src-shared/ipc/result';
import type { WorkbookSession } from '../services/session-api';
import { IPC_CALL, IPC_EVENT } from '../preload/ipc-names';
import { isAppDocument, type MainWindowPaths } from './main-window';

export interface IpcBridgeDeps {
  window: () => BrowserWindow | null;
  session: () => WorkbookSession | null;
  paths: MainWindowPaths;
}

/**
 * Only our window's top frame, showing our own document, may call services. Anything
 * else (a subframe, a navigated page, another web contents) is refused before dispatch.
 */
function isTrustedSender(event: IpcMainInvokeEvent, deps: IpcBridgeDeps): boolean {
  const win = deps.window();
  const frame = event.senderFrame;
  if (!win || win.isDestroyed() || !frame) return false;
  return event.sender.id === win.webContents.id && frame.parent === null && isAppDocument(frame.url, deps.paths);
}

/**
 * Registers the single invoke channel that carries every contract call. Validation of
 * channel and arguments happens in `session.dispatch`; this layer only decides who may ask.
 */
export function registerIpc(deps: IpcBridgeDeps): () => void {
  ipcMain.handle(IPC_CALL, async (event, channel: unknown, args: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event, deps)) {
      return fail({ code: 'unauthorized', message: 'This frame may not call Outlay services.' });
    }
    const session = deps.session();
    if (!session) return fail({ code: 'no-workbook', message: 'No workbook is open.' });
    if (typeof channel !== 'string') return fail({ code: 'bad-request', message: 'The channel must be a string.' });
    return session.dispatch(channel, args);
  });
  return () => ipcMain.removeHandler(IPC_CALL);
}

/** Forwards one session's change events to the window; returns the unsubscribe function. */
export function forwardChanges(session: WorkbookSession, window: () => BrowserWindow | null): () => void {
  return session.onChanged((e: WorkbookChangedEvent) => {
    const win = window();
    if (win && !win.isDestroyed()) win.webContents.send(IPC_EVENT, 'workbook/changed', e);
  });
}
